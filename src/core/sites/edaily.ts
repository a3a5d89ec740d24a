import type { SiteRule } from './types';

/** 이데일리. */
export const edaily: SiteRule = {
  id: 'edaily',
  name: '이데일리',
  hosts: ['edaily.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/[Nn]ews\/[Rr]ead\?newsId=\d+/, /\/news\/newspath\.asp/],
  body: ['div.news_body[itemprop=articleBody]', '#viewcontent_inner', 'div.news_body'],
  clutter: [
    { selector: '#manyview_info, .weekend_news', kind: 'ranking' },
    { selector: 'div[class^=gg_], [class$=_dable][id^=boxshow_]', kind: 'ad' },
  ],
};
