import type { SiteRule } from './types';

/** 한국경제. */
export const hankyung: SiteRule = {
  id: 'hankyung',
  name: '한국경제',
  hosts: ['hankyung.com'],
  pageType: 'publisher',
  articlePath: [/\/article\/\d{6,}/, /\/news\/app\/newsview/],
  body: ['div.article-body#articletxt', '#articletxt', 'div[itemprop=articleBody]'],
  title: ['h1.headline', 'h1.title'],
  clutter: [
    {
      selector:
        'div.ad-area, div.ad-wrap, div.ad-top, div.ad-bottom, div.ad_bottom_fix, div.banner-area, #teads_slot',
      kind: 'ad',
    },
    { selector: '.box_related_list, .article_aside_group', kind: 'related' },
  ],
};
