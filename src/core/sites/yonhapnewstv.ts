import type { SiteRule } from './types';

/** 연합뉴스TV. */
export const yonhapnewstv: SiteRule = {
  id: 'yonhapnewstv',
  name: '연합뉴스TV',
  hosts: ['yonhapnewstv.co.kr'],
  pageType: 'publisher',
  articlePath: [/^\/news\/MYH\d+/, /\/view\/MYH\d+/],
  body: ['#articleBody'],
  title: ['.article-head h1', 'h1.title'],
  clutter: [
    { selector: '.videoWrap', kind: 'player' },
    // The headline cards under the story (정치 / 경제 / 사회 …).
    { selector: '.detail-cate', kind: 'related' },
  ],
};
