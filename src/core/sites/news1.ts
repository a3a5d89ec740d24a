import type { SiteRule } from './types';

/** 뉴스1 (wire; dateline `(서울=뉴스1) 홍길동 기자 =`). */
export const news1: SiteRule = {
  id: 'news1',
  name: '뉴스1',
  hosts: ['news1.kr'],
  pageType: 'publisher',
  articlePath: [/\/articles\/\?\d+/, /\/[\w-]+\/[\w-]+\/\d{5,}/],
  body: ['#article_body_content', '#articles_detail', 'div.detail.sa_area'],
  clutter: [
    { selector: '.ads-article-warp, div[class^=ads_], iframe[src^="/template/ads/"]', kind: 'ad' },
    { selector: '#article_body_content > .link_news', kind: 'related' },
  ],
};
