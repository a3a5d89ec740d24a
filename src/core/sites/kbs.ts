import type { SiteRule } from './types';

/** KBS 뉴스 (body text split by <br />). */
export const kbs: SiteRule = {
  id: 'kbs',
  name: 'KBS',
  hosts: ['news.kbs.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/news\/(?:pc\/)?view\/view\.do\?.*ncd=\d+/, /\/news\/view\.do\?.*ncd=\d+/],
  body: ['#cont_newstext', '.detail-body'],
  title: ['h4.headline-title', 'h5.tit-s'],
  clutter: [
    { selector: '#vod_template, .detail-visual .vod-control', kind: 'player' },
    // The full menu's 뉴스 아카이브 list of special coverage ([특집] 평창동계올림픽 …).
    { selector: '.all-menu .archive-wrap', kind: 'navigation' },
  ],
};
