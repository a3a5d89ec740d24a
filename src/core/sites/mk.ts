import type { SiteRule } from './types';

/** 매일경제 (mid titles `.midtitle_text` are the story's own sub-headings). */
export const mk: SiteRule = {
  id: 'mk',
  name: '매일경제',
  hosts: ['mk.co.kr'],
  pageType: 'publisher',
  articlePath: [/^\/news\/[\w-]+\/\d{6,}/, /\/view\.php/],
  body: [
    'div.news_cnt_detail_wrap[itemprop=articleBody]',
    '.news_cnt_detail_wrap',
    'div[itemprop=articleBody]',
  ],
  title: ['h2.news_ttl'],
  clutter: [
    // The AI summary (뉴스 요약쏙) panel in the header.
    { selector: '.news_sum_group', kind: 'ai-summary' },
    {
      selector: 'div[class*=ad_wrap], div[class^=bn_sec], li.native-ad-list-item, #TC_billboard_X_container',
      kind: 'ad',
    },
    { selector: '.news_popularity_sec', kind: 'ranking' },
    { selector: '.news_photo_sec', kind: 'media-list' },
    // The footer's 알림 / 공지 lists.
    { selector: '.notice_sec', kind: 'related' },
  ],
};
