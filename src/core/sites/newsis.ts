import type { SiteRule } from './types';

/** 뉴시스 (text split on <br>). */
export const newsis: SiteRule = {
  id: 'newsis',
  name: '뉴시스',
  hosts: ['newsis.com'],
  pageType: 'publisher',
  articlePath: [/\/view\/?\?id=NISX\d+/, /\/view\/NISX\d+/],
  body: ['div.viewer', '#articleBody', '#textBody'],
  title: ['h1.tit', '.viewnewstitle'],
  clutter: [
    { selector: 'iframe[src^="/view/ad/"], table[class*=Ad], .articleView div[class^=botBox]', kind: 'ad' },
  ],
};
