import type { SiteRule } from './types';

/** 경향신문. */
export const khan: SiteRule = {
  id: 'khan',
  name: '경향신문',
  hosts: ['khan.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/article\/\d+/, /art_view\.html/],
  body: ['#articleBody'],
  title: ['article header h1'],
  clutter: [
    {
      selector:
        'div.ad-art-mid, div.ad-art-pr, div.banner-article-bottom, div.banner-body-bottom, iframe[src*="//adv.khan.co.kr/"]',
      kind: 'ad',
    },
  ],
};
