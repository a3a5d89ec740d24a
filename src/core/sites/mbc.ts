import type { SiteRule } from './types';

/** MBC 뉴스 (imnews.imbc.com; <br>-separated script text). */
export const mbc: SiteRule = {
  id: 'mbc',
  name: 'MBC',
  hosts: ['imnews.imbc.com'],
  pageType: 'publisher',
  articlePath: [/\/article\/\d+_\d+\.html/],
  body: ['.news_txt[itemprop=articleBody]', '.news_txt'],
  title: ['h2.art_title'],
  clutter: [
    { selector: 'div.ad_dableintxt, div.ad_banner', kind: 'ad' },
    { selector: '.vod_list, .s_slider', kind: 'media-list' },
  ],
};
