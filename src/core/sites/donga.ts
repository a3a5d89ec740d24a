import type { SiteRule } from './types';

/** 동아일보 (paragraphs are text nodes split by <br><br>). */
export const donga: SiteRule = {
  id: 'donga',
  name: '동아일보',
  hosts: ['donga.com'],
  pageType: 'publisher',
  articlePath: [/\/article\//, /\/news\/[\w/]*\d{6,}/],
  body: ['.news_view', '.article_txt'],
  title: ['.head_group h1', 'h1.title'],
  byline: ['.author_info a'],
  clutter: [
    { selector: '.article_relation, .recommend', kind: 'related' },
    { selector: 'div[id^=adbox_], #above_cmcl_box, div[class^=view_ads], div[id^=ad_], .txt_ad', kind: 'ad' },
    { selector: '.t_sns', kind: 'toolbar' },
  ],
  strip: ['.title_foot'],
};
