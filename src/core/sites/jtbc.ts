import type { SiteRule } from './types';

/** JTBC (MUI React; headline reliable only in JSON-LD). */
export const jtbc: SiteRule = {
  id: 'jtbc',
  name: 'JTBC',
  hosts: ['news.jtbc.co.kr', 'news.jtbc.joins.com'],
  pageType: 'publisher',
  articlePath: [/\/article\/[\w]+/, /article\.aspx\?news_id=/i],
  body: ['#ijam_content', '.article_content'],
  byline: ['.author-item span'],
  clutter: [{ selector: '.set_contents_video_ad, #ednp_wrap, div[id^=right_banner]', kind: 'ad' }],
};
