import type { SiteRule } from './types';

/** Daum News (v.daum.net/v/ID): outlet stories hosted by Kakao. */
export const daum: SiteRule = {
  id: 'daum',
  name: null,
  hosts: ['v.daum.net', 'news.v.daum.net', 'm.daum.net'],
  pageType: 'portal',
  articlePath: [/^\/v\/[\w]+/],
  body: ['.article_view section', '.article_view'],
  title: ['h3.tit_view'],
  byline: ['.info_view .txt_info:first-child'],
  published: ['.info_view .num_date'],
  clutter: [
    {
      selector: 'div.ad_wrap, div.ad_body2, .aside_g.aside_ad, .aside_g.aside_shopping, div.box_ad',
      kind: 'ad',
    },
    { selector: '.box_reaction, .emotion_wrap', kind: 'reactions' },
    { selector: '.cmt_view, #alex-area', kind: 'comments' },
  ],
};
