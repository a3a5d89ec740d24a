import type { SiteRule } from './types';

/** 세계일보. */
export const segye: SiteRule = {
  id: 'segye',
  name: '세계일보',
  hosts: ['segye.com'],
  pageType: 'publisher',
  articlePath: [/\/newsView\/\d+/],
  body: ['article.viewBox2'],
  title: ['h3#title_sns'],
};
