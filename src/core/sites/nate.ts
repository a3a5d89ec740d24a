import type { SiteRule } from './types';

/** Nate News (news.nate.com/view/ID). */
export const nate: SiteRule = {
  id: 'nate',
  name: null,
  hosts: ['news.nate.com'],
  pageType: 'portal',
  articlePath: [/^\/view\/\d+/],
  body: ['#realArtcContents', '#articleContetns'],
  title: ['h1.articleSubecjt'],
  clutter: [
    { selector: '.thisTimeNews', kind: 'ranking' },
    { selector: '.adtive, .adtive_box, iframe[name=adtive], #ad_innerView, .divAdv', kind: 'ad' },
  ],
};
