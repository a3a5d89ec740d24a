import type { SiteRule } from './types';

/** 조선일보 (Arc/Fusion; the story is often only in the Fusion.globalContent script payload). */
export const chosun: SiteRule = {
  id: 'chosun',
  name: '조선일보',
  hosts: ['chosun.com'],
  pageType: 'publisher',
  articlePath: [
    /\/\d{4}\/\d{2}\/\d{2}\/[A-Z0-9]{10,}/,
    /\/site\/data\/html_dir\/\d{4}\/\d{2}\/\d{2}\/\d+\.html/,
  ],
  body: ['section.article-body', '#news_body_id', '.article-body'],
  title: ['h1.article-header__headline', '#news_title_text_id'],
  clutter: [
    { selector: '.arcad, #_popIn_recommend', kind: 'ad' },
    { selector: '.popular-news-widget', kind: 'ranking' },
    { selector: '#rel_art_list_id', kind: 'related' },
    // news.chosun.com (스포츠조선 stories): the last paragraph box is a list of ▲ promo headlines.
    { selector: '#news_body_id .par:has(> b > a[href*="ntype"])', kind: 'related' },
  ],
  strip: ['#date_text', '#keyword', '.copy_2011'],
};
