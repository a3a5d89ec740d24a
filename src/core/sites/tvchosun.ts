import type { SiteRule } from './types';

/** TV조선. */
export const tvchosun: SiteRule = {
  id: 'tvchosun',
  name: 'TV조선',
  hosts: ['news.tvchosun.com', 'tvchosun.com'],
  pageType: 'publisher',
  articlePath: [/\/site\/data\/html_dir\/\d{4}\/\d{2}\/\d{2}\/\d+\.html/, /\/news\/article\//],
  // The body container, not `.article`: a video item splits the anchor lead and the report into two `.article`s.
  body: ['.contents[itemprop=articleBody]', '.item-main .contents .text-box'],
  title: ['.view-title h2.title', '.article_title h3'],
  clutter: [
    { selector: 'iframe[src*="rnbAdplex"]', kind: 'ad' },
    { selector: '.related_news_list', kind: 'related' },
  ],
};
