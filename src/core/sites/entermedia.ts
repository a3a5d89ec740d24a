import type { SiteRule } from './types';

/** 엔터미디어: columns the generic path reads well; the rule names the side lists so they never paint. */
export const entermedia: SiteRule = {
  id: 'entermedia',
  name: '엔터미디어',
  hosts: ['entermedia.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/news\/news_view\.html\?idx=\d+/],
  clutter: [
    // The story sits inside .recentNews too (as .newsContent), so only its heading and headline list go.
    { selector: '.recentNews > h4, .recentNews > .newsWrap', kind: 'recommended' },
    // The boxes' contents, so the generic pass still names each box by its heading (집중분석, 많이 본 칼럼).
    { selector: '.asideR .rhSection > *', kind: 'ranking' },
  ],
};
