import type { SiteRule } from './types';

/** 헤럴드경제. */
export const heraldcorp: SiteRule = {
  id: 'heraldcorp',
  name: '헤럴드경제',
  hosts: ['heraldcorp.com'],
  pageType: 'publisher',
  articlePath: [/\/article\/\d+/, /view\.php\?ud=\d+/],
  body: ['article.article-body#articleText', '#articleText'],
  clutter: [
    { selector: '#_popIn_recommend', kind: 'recommended' },
    { selector: 'div[id^=mobonDivBanner_], #FadeADLayer, .hbanner, div[data-svcad]', kind: 'ad' },
    { selector: '.article_area > .article_right', kind: 'other' },
  ],
  strip: ['.mask_div'],
};
