import type { SiteRule } from './types';

/** ZDNet Korea. */
export const zdnet: SiteRule = {
  id: 'zdnet',
  name: '지디넷코리아',
  hosts: ['zdnet.co.kr'],
  pageType: 'publisher',
  articlePath: [/\/view\/\?no=\d+/],
  body: ['#articleBody', '#content .view_cont'],
  clutter: [
    {
      selector: 'iframe[src^="https://adv.zdnet.co.kr/"], iframe[src^="/template_ad/"], .iwm_ba, .view_ad',
      kind: 'ad',
    },
    { selector: '.news_box', kind: 'related' },
  ],
};
