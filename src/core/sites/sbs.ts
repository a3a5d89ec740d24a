import type { SiteRule } from './types';

/** SBS 뉴스 (`.text_area` with <br>-separated paragraphs). */
export const sbs: SiteRule = {
  id: 'sbs',
  name: 'SBS',
  hosts: ['news.sbs.co.kr', 'mnews.sbs.co.kr'],
  pageType: 'publisher',
  articlePath: [/endPage\.do\?.*news_id=N\d+/, /\/news\/endPage\.do/],
  body: ['.text_area[itemprop=articleBody]', '.text_area', '.main_text'],
  title: ['h1#news-title', 'h1.article_main_tit'],
  clutter: [
    { selector: '#sn_banner_side_top, sbs-player-ad-wrapper', kind: 'ad' },
    // The boxes of the story's side column: 이 시각 인기기사, 많이 본 뉴스, 스브스프리미엄, the brand boxes.
    { selector: '.w_article_side .w_box', kind: 'ranking' },
    // The menus' drop-down lists of series (.layer_snb) and family sites (.layer_family).
    { selector: '.layer_snb, .layer_family', kind: 'navigation' },
  ],
};
