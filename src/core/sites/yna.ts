import type { SiteRule } from './types';

/** 연합뉴스 (wire; dateline `(서울=연합뉴스) 홍길동 기자 =`). */
export const yna: SiteRule = {
  id: 'yna',
  name: '연합뉴스',
  hosts: ['yna.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/view\/AKR\d+/],
  body: ['.story-news.article', 'article.story-news'],
  title: ['h1.tit01', 'h1.tit'],
  byline: ['.txt-con .tit-name a'],
  clutter: [
    {
      selector: '.article > aside, aside[class^=aside-article], aside[class^=aside-box], [class^=aside-bnr]',
      kind: 'related',
    },
  ],
  strip: ['p.txt-copyright', '.writer-zone01'],
};
