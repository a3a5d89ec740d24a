// @vitest-environment jsdom
// The block picker's two judgements: the selector it saves (stable names only, checked to match exactly the
// picked block, a position only as the last resort) and the story guard it shares with the clean-up.
import { describe, expect, it } from 'vitest';
import { refusal } from '../../src/content/picker';
import { buildSelector, isStableName, matchesOnly } from '../../src/content/picker-selector';
import { loadPage } from '../fixtures/content-messages';

const PARA =
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.';

const el = (sel: string) => document.querySelector(sel) as Element;

/** The selector built for `sel`'s element, checked against the page the way the picker checks it. */
function built(sel: string) {
  const target = el(sel);
  const b = buildSelector(target);
  if (b) expect(matchesOnly(document, b.selector, target)).toBe(true);
  return b;
}

describe('picker selector names', () => {
  it('keeps names a person wrote and drops generated or state ones', () => {
    for (const ok of ['rank_box', 'newsList', 'view-tools', 'ad_side', 'box', 'aside2'])
      expect(isStableName(ok), ok).toBe(true);
    for (const bad of [
      'css-1x2y3z',
      'sc-abc123',
      'jsx-2847561',
      'Header_title__3xYz1',
      'a1b2c3d4e5',
      'div-gpt-ad-1605721234567-0',
      'article_20261201',
      'kGyMfr',
      'iBjWkx',
      'on',
      'active',
      'is-open',
      'md:flex',
      ':r1:',
      'ember123',
    ])
      expect(isStableName(bad), bad).toBe(false);
  });
});

describe('picker selector builder', () => {
  it('prefers a stable id, then a unique stable class, never a generated one', () => {
    loadPage(`<body><div id="promo-box" class="css-1x2y3z"></div>
      <section class="sc-abc123 rank_box on"><h3>많이 본</h3></section><section class="rank_box2"></section></body>`);
    expect(built('#promo-box')).toEqual({ selector: '#promo-box', positional: false });
    expect(built('section.rank_box')).toEqual({ selector: '.rank_box', positional: false });
  });

  it('skips a generated id and combines classes until the match is unique', () => {
    loadPage(`<body><div id="div-gpt-ad-1605721234567-0" class="box ad"></div>
      <div class="box"></div><div class="ad"></div></body>`);
    const b = built('#div-gpt-ad-1605721234567-0');
    expect(b?.selector).toBe('div.box.ad');
    expect(b?.positional).toBe(false);
  });

  it('adds a parent anchor when the block alone is not unique', () => {
    loadPage(`<body><aside id="side"><div class="box"><h3>추천</h3></div></aside>
      <main><div class="box"></div></main></body>`);
    const b = built('#side .box');
    expect(b?.selector).toMatch(/^#side (> )?(\.box|div\.box)$/);
    expect(b?.positional).toBe(false);
  });

  it('falls back to a position below an anchor only when names cannot tell the block apart, and says so', () => {
    loadPage(
      `<body><div id="wrap"><div class="css-aaa111"></div><div class="css-bbb222"></div></div></body>`,
    );
    const b = built('.css-bbb222');
    expect(b).toEqual({ selector: '#wrap > div:nth-of-type(2)', positional: true });
  });

  it('gives nothing for the root elements', () => {
    loadPage('<body><p>x</p></body>');
    expect(buildSelector(document.body)).toBeNull();
    expect(buildSelector(document.documentElement)).toBeNull();
  });
});

describe('picker story guard', () => {
  it('refuses the story, its container and a paragraph of it, but not the clutter beside it', () => {
    loadPage(`<!doctype html><html lang="ko"><head><title>예산안 확정</title></head><body>
      <div id="wrap"><article><h1>정부, 내년 예산안 확정</h1>
      <div id="article-body">${`<p>${PARA}</p>`.repeat(6)}<div class="ad_inarticle">광고</div></div></article>
      <aside class="rank"><h3>많이 본 뉴스</h3><ol><li><a href="/1">많이 본 기사 제목이 길게 들어갑니다</a></li></ol></aside></div>
      </body></html>`);
    expect(refusal(el('#article-body'))).toBe('story');
    expect(refusal(el('#wrap'))).toBe('story');
    expect(refusal(el('#article-body p:nth-of-type(3)'))).toBe('story');
    expect(refusal(el('aside.rank'))).toBeNull();
    expect(refusal(el('.ad_inarticle'))).toBeNull();
  });
});
