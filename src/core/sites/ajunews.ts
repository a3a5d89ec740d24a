import type { SiteRule } from './types';

/** 아주경제 (bracket byline `[아주경제=홍길동 기자]`). */
export const ajunews: SiteRule = {
  id: 'ajunews',
  name: '아주경제',
  hosts: ['ajunews.com', 'ajunews.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/view\/\d{8,}/],
  body: ['#articleBody'],
  clutter: [
    { selector: 'div[class^=asd_], div[class^=atc_ad_], .m_view_ad_relate, .view_banner', kind: 'ad' },
  ],
};
