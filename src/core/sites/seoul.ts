import type { SiteRule } from './types';

/** 서울신문. */
export const seoul: SiteRule = {
  id: 'seoul',
  name: '서울신문',
  hosts: ['seoul.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/news\/[\w/]*\d{8,}/, /newsView\.php/],
  body: ['.viewContent', '#articleContent'],
  title: ['h1.h38'],
  clutter: [
    { selector: 'iframe[src^="/ad/"], table[id*=Ad], #hnsIframe, #googleAdTable, #seoulAdTable', kind: 'ad' },
  ],
};
