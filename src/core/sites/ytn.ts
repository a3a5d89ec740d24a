import type { SiteRule } from './types';

/** YTN (`#CmAdContent` with <br>-separated text; signature `YTN 홍길동 (x@ytn.co.kr)`). */
export const ytn: SiteRule = {
  id: 'ytn',
  name: 'YTN',
  hosts: ['ytn.co.kr'],
  pageType: 'publisher',
  articlePath: [/^\/_ln\/\d{4}_\d+/, /\/news_view\.php/, /\/_sn\/\d{4}_\d+/],
  body: ['#CmAdContent', '.article .paragraph'],
  title: ['h2.news_title', '#h_news_title'],
  clutter: [
    {
      selector: '.recomm_news_slider, .YTN_CSA_editorrecomm, #_popIn_recommend, .YTN_CSA_topnews',
      kind: 'recommended',
    },
    { selector: '.YTN_CSA_morenews', kind: 'related' },
    {
      selector:
        '.ad_newsview_text, .ad_newsview_bottom, .ad_1200, .ad_300, div[class*=YTN_CSA_mainbnr], iframe[src^="/inc_banner/"], .hns_mask_div',
      kind: 'ad',
    },
  ],
};
