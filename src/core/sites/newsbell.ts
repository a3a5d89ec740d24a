import type { SiteRule } from './types';

/** 뉴스벨: an aggregator reposting other outlets' stories; the publisher comes from the page. */
export const newsbell: SiteRule = {
  id: 'newsbell',
  name: null,
  hosts: ['newsbell.co.kr'],
  pageType: 'aggregator',
  articlePath: [/^\/[a-z]+\/view\/\d+-\d+/],
  clutter: [
    // The boxes' contents, not the boxes: the generic pass still finds each box with its heading to name it,
    // while early.css hides the lists (and headings) before the first paint.
    { selector: '.rank_box > *', kind: 'ranking' },
    { selector: '.recom_box > *', kind: 'recommended' },
  ],
};
