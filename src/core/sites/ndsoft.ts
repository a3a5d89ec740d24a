import type { SiteRule } from './types';

/**
 * The ND-soft CMS shared by hundreds of regional and trade outlets (mediatoday, ebn, kado…). Matched by markup
 * (`#article-view-content-div`) rather than host, so it has no hosts; the registry falls back to it by shape.
 */
export const ndsoft: SiteRule = {
  id: 'ndsoft',
  name: null,
  hosts: [],
  pageType: 'publisher',
  articlePath: [/\/news\/articleView\.html\?idxno=\d+/],
  body: ['#article-view-content-div'],
  title: ['h1.heading', '.article-head-title'],
  clutter: [
    {
      selector: '.ad-template, .advertisment, #floating_banner_body, .float_banner, #bottom-sticky, .com_ban',
      kind: 'ad',
    },
    { selector: '.article-sponsor', kind: 'ad' },
    { selector: '.view-editors', kind: 'journalist-card' },
  ],
  strip: ['.slogan'],
};
