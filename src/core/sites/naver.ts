import type { SiteRule } from './types';

/** Naver News: n.news.naver.com/article/OID/AID, old news.naver.com/main/read.nhn, entertain/sports React pages. */
export const naver: SiteRule = {
  id: 'naver',
  name: null,
  hosts: ['news.naver.com', 'entertain.naver.com', 'sports.naver.com'],
  pageType: 'portal',
  articlePath: [/^\/(?:mnews\/)?article\/\d+\/\d+/, /read\.n(?:hn|aver)\?.*aid=\d+/, /\/article\/\d+\/\d+/],
  body: ['article#dic_area', '#newsct_article', '#articleBodyContents', '#articeBody', '#newsEndContents'],
  title: ['h2#title_area', 'h2.media_end_head_headline', 'h3#articleTitle'],
  clutter: [
    { selector: '.rankingnews, ._OFFICE_RANKING_ALL', kind: 'ranking' },
    {
      selector: '.media_end_linked, .media_end_linked_more, .more_news2, [data-module=moreNews]',
      kind: 'related',
    },
    {
      selector: '#channelRecommend, #channelRecommendLayer, .media_end_recommend, .media_end_recommend_more',
      kind: 'recommended',
    },
    { selector: '.media_end_series', kind: 'series' },
    // The outlet's headlines and 함께 볼만한 뉴스 beside the story; the channel subscription banner.
    { selector: '._OFFICE_HEADLINE', kind: 'recommended' },
    { selector: '#channelBanner', kind: 'subscribe' },
    // The older news.naver.com layout: 헤드라인 뉴스 in the header, the outlet's 관련뉴스 under the story,
    // the section's article list, and the right column's ranking, 분야별 주요뉴스 and 뉴스토픽 boxes.
    { selector: '.lnb_today', kind: 'recommended' },
    { selector: '.link_news, .article_list', kind: 'related' },
    { selector: 'td.aside .section', kind: 'ranking' },
    { selector: '.relatedvideo', kind: 'media-list' },
    { selector: '.u_likeit, #likeItCountViewDiv', kind: 'reactions' },
    { selector: '#cbox_module, .u_cbox, .u_cbox_layer_wrap', kind: 'comments' },
    { selector: '.media_journalistcard, ._JOURNALIST_CARD', kind: 'journalist-card' },
    { selector: '.media_end_head_autosummary', kind: 'ai-summary' },
    {
      selector:
        '.media_end_head_fontsize, .media_end_head_share, .media_end_head_tts, .media_end_head_lang, .media_end_head_print, #tooltipLayer_english',
      kind: 'toolbar',
    },
    { selector: '.media_end_head_top', kind: 'subscribe' },
    {
      selector: '.media_end_sponsor, #aside_ad, #doubleDA, #rightDoubleDA, .comp_news_ad, ._da_banner',
      kind: 'ad',
    },
  ],
  strip: ['.media_end_copyright', '.byline', '.media_end_head_journalist', 'em.media_end_phototitle'],
};
