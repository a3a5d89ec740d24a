import type { SiteRule } from './types';

/** 머니투데이. */
export const mt: SiteRule = {
  id: 'mt',
  name: '머니투데이',
  hosts: ['mt.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/[\w-]*\/?\d{4}\/\d{2}\/\d{2}\/\d+/, /mtview\.php/],
  body: ['#articleView', '#textBody'],
  title: ['h1.headline', 'h1.subject'],
  clutter: [
    { selector: 'div.wing_ads_area, div.cms_banner, div[id^=mobonDivBanner_], .mask_div', kind: 'ad' },
    { selector: '#now-sence', kind: 'other' },
  ],
  strip: ['span.up', 'span.down'],
};
