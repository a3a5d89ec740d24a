import type { SiteRule } from './types';

/** MBN. */
export const mbn: SiteRule = {
  id: 'mbn',
  name: 'MBN',
  hosts: ['mbn.co.kr'],
  pageType: 'publisher',
  articlePath: [/^\/news\/[\w-]+\/\d{5,}/, /news_view\.mbn/],
  body: ['#newsViewArea', '.detail', '#article_body'],
  title: ['.box01 h1', 'h1.title'],
  clutter: [
    { selector: '#player-wrap, .ie10browser_con, #ie10browser_wrapper', kind: 'player' },
    // SNS 돋보기 in the right column.
    { selector: '#right_sns_photo', kind: 'recommended' },
  ],
};
