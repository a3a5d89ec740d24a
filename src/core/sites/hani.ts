import type { SiteRule } from './types';

/** 한겨레 (Next.js, hashed class names: match by prefix). */
export const hani: SiteRule = {
  id: 'hani',
  name: '한겨레',
  hosts: ['hani.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/arti\/.*\d+\.html/, /\/article\/\d+/],
  body: ['.article-text'],
  title: ['h3[class*=ArticleDetailView_title]'],
  byline: ['[class*=ArticleDetailView_reporterLink]'],
  clutter: [
    {
      selector:
        'div[class^=ArticleDetailContent_adWrap__], div[class*=BaseAd_adWrapper__], div[class^=ArticleBottomFixedAd_adFixed__], div[class^=ArticleAdTop_topAdWrapper__], div[class^=MainNativeLab_wrap]',
      kind: 'ad',
    },
  ],
};
