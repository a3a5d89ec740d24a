import type { SiteRule } from './types';

/** 한국일보 (V2 pages carry the story in a script `contentHtml` payload). */
export const hankookilbo: SiteRule = {
  id: 'hankookilbo',
  name: '한국일보',
  hosts: ['hankookilbo.com'],
  pageType: 'publisher',
  articlePath: [/\/News\/Read\/[A-Z]?\d+/i, /\/news\/article\/[A-Z]?\d+/i],
  body: ['div.article-view', 'div[itemprop=articleBody]', '.end-body'],
  title: ['h2.news-view-ttl', 'h1.title'],
  clutter: [
    { selector: 'div[data-ga4^=out_taboola], div[data-ad-type=article-ad], .side-ad-box', kind: 'ad' },
    // The series box under the story (제21대 대통령 선거 …): the series' other headlines.
    { selector: '.edit-subscribe', kind: 'series' },
  ],
  strip: ['.writer-info', '.module-subscribe'],
};
