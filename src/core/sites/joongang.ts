import type { SiteRule } from './types';

/** 중앙일보. */
export const joongang: SiteRule = {
  id: 'joongang',
  name: '중앙일보',
  hosts: ['joongang.co.kr'],
  pageType: 'publisher',
  articlePath: [/^\/article\/\d+/],
  body: ['#article_body'],
  title: ['h1.headline'],
  clutter: [
    { selector: 'div.ad_wrap, #__inline_ms_da_ad__', kind: 'ad' },
    { selector: '#relation_news', kind: 'related' },
  ],
  strip: ['.ab_byline'],
};
