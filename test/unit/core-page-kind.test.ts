// Page kinds by structure (detect.ts + page-kind.ts): an article has one headline that matches its title and one
// story; a section front streaming several full stories, search results and portal homes are not articles,
// whatever the host or URL. Every fixture is a small invented page written for these tests.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectPage, extractArticle, findClutter } from '../../src/core/index';
import { item, STORIES, sectionPage } from '../fixtures/section-page';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

/** One story under its headline; optionally the next story preloaded below it (infinite scroll). */
function articlePage(preloadNext = false) {
  const [a, b] = STORIES as [(typeof STORIES)[number], (typeof STORIES)[number]];
  return `<!doctype html><html lang="ko"><head><title>${a.h} | 한국일간</title>
  <meta property="og:title" content="${a.h}"><meta property="og:type" content="article"></head><body>
  <main><article><h1>${a.h}</h1><p class="byline">${a.by}</p>
  <h3>예산 총지출 3.2% 늘어난 규모로 편성</h3>${a.p.map((p) => `<p>${p}</p>`).join('')}
  <h3>야당 반발, 국회 심사 진통 예상돼</h3>${a.p.map((p) => `<p>${p}</p>`).join('')}</article>
  ${preloadNext ? `<div class="next">${item(b, 'h1')}</div>` : ''}</main></body></html>`;
}

describe('page kind: section fronts', () => {
  it('a section page whose every item has a headline, a byline and full paragraphs is a section, not an article', () => {
    const d = detectPage(doc(sectionPage()), 'https://news.unseen-ilbo.example/politics');
    expect(d).toMatchObject({ isArticle: false, kind: 'section' });
    expect(d.reason).toMatch(/4 stories/);
  });

  it('is a section even on a known site under an article-like URL', () => {
    const d = detectPage(doc(sectionPage()), 'https://www.yna.co.kr/view/AKR20260106000100001');
    expect(d).toMatchObject({ isArticle: false, kind: 'section', site: 'yna' });
  });

  it('leaves such a page whole: the extraction reports it and the clean-up is never asked to hide a story', () => {
    const html = sectionPage();
    const a = extractArticle(doc(html), 'https://www.yna.co.kr/view/AKR20260106000100001');
    expect(a).toMatchObject({ isArticle: false, kind: 'section' });
    // The core's clutter finder alone would still find the sidebar: the callers (content script, CLI) must
    // check isArticle first, which is what these kinds are for.
    expect(findClutter(doc(html), 'https://www.yna.co.kr/view/AKR20260106000100001').length).toBeGreaterThan(
      0,
    );
  });

  it('an article with subheadings and one byline stays an article', () => {
    const d = detectPage(doc(articlePage()), 'https://news.unseen-ilbo.example/article/2026/01/06/1');
    expect(d).toMatchObject({ isArticle: true, kind: 'article' });
  });

  it('an article with the next story preloaded below it stays an article: its headline is the page title', () => {
    const d = detectPage(doc(articlePage(true)), 'https://news.unseen-ilbo.example/article/2026/01/06/1');
    expect(d).toMatchObject({ isArticle: true, kind: 'article' });
  });

  it('a stream of alike stories whose first gives the page its title is still a section', () => {
    const first = (STORIES[0] as { h: string }).h;
    const d = detectPage(doc(sectionPage(`${first} | 한국일간`)), 'https://news.unseen-ilbo.example/a/1');
    expect(d.kind).toBe('section');
    expect(d.reason).toMatch(/the page title names one of them/);
  });

  it('an article (h1) with several other full stories below it (h2) stays an article', () => {
    const [a, ...rest] = STORIES as [(typeof STORIES)[number], ...(typeof STORIES)[number][]];
    const html = `<html><head><title>${a.h} | 한국일간</title></head><body>
      <article><h1>${a.h}</h1><p>${a.by}</p>${[...a.p, ...a.p].map((p) => `<p>${p}</p>`).join('')}</article>
      <section class="more">${rest.map((s) => item(s, 'h2')).join('')}</section></body></html>`;
    const d = detectPage(doc(html), 'https://news.unseen-ilbo.example/article/2026/01/06/1');
    expect(d).toMatchObject({ isArticle: true, kind: 'article' });
  });
});

describe('page kind: search, home, list, not-news', () => {
  const results = Array.from(
    { length: 12 },
    (_, i) =>
      `<li><a href="/news/${i}">예산안 관련 기사 제목 ${i}번 정부 발표</a><p>정부가 21일 내년도 예산안을 발표했다. 총지출은 올해보다 늘어난 규모로 편성됐으며 복지 지출이 늘었다 ${i}</p><span>홍길동 기자</span></li>`,
  ).join('');

  it('search results under a URL that does not say "search" are search: the query is echoed over result links', () => {
    const html = `<html><head><title>통합검색 | 한국일간</title></head><body>
      <form action="/find"><input type="text" name="kwd" value="예산안"></form>
      <h2>‘예산안’에 대한 검색 결과 1,204건</h2><ul class="list">${results}</ul></body></html>`;
    const d = detectPage(doc(html), 'https://www.unseen-ilbo.example/find.php?page=2');
    expect(d).toMatchObject({ isArticle: false, kind: 'search' });
    expect(d.reason).toMatch(/search results/);
  });

  it('a "검색 결과" label alone (no search box) also marks search results', () => {
    const html = `<html><body><div class="result-count">검색결과 총 <strong>12</strong>건</div><ul>${results}</ul></body></html>`;
    expect(detectPage(doc(html), 'https://www.unseen-ilbo.example/find.php').kind).toBe('search');
  });

  it('a search URL without a story is search', () => {
    const html = `<html><body><ul>${results}</ul></body></html>`;
    const d = detectPage(doc(html), 'https://www.unseen-ilbo.example/search?q=%EC%98%88%EC%82%B0');
    expect(d).toMatchObject({ isArticle: false, kind: 'search' });
  });

  it("a portal's front page is home, even with a featured story block on it", () => {
    const links = Array.from(
      { length: 60 },
      (_, i) => `<li><a href="/article/${i}">오늘의 주요 뉴스 제목 ${i}번째 기사입니다 정부 발표</a></li>`,
    ).join('');
    const lead = (STORIES[1] as { p: string[] }).p.map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>한국포털</title><meta property="og:type" content="website"></head><body>
      <div class="featured">${lead}</div><ul>${links}</ul></body></html>`;
    const d = detectPage(doc(html), 'https://www.unseen-portal.example/');
    expect(d).toMatchObject({ isArticle: false, kind: 'home' });
  });

  it('a story addressed at the root with an id in the query is not taken for the home page', () => {
    const a = STORIES[0] as { h: string; p: string[] };
    const links = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/?idxno=${i}">다른 기사 제목 ${i}번째 기사입니다 정부 발표</a></li>`,
    ).join('');
    const html = `<html><head><title>${a.h}</title><meta property="og:type" content="article"></head><body>
      <h1>${a.h}</h1><p>홍길동 기자</p><div>${[...a.p, ...a.p].map((p) => `<p>${p}</p>`).join('')}</div>
      <ul>${links}</ul></body></html>`;
    expect(detectPage(doc(html), 'https://www.unseen-ilbo.example/?mod=news&idxno=12345').kind).toBe(
      'article',
    );
  });

  it("an outlet's headline list is list", () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/n/${i}">경제 뉴스 제목 ${i}번째 기사입니다 정부 발표</a></li>`,
    ).join('');
    const d = detectPage(
      doc(`<html><body><ul>${links}</ul></body></html>`),
      'https://x.example/list/economy',
    );
    expect(d).toMatchObject({ isArticle: false, kind: 'list' });
  });

  it('a page without any story prose is not-news', () => {
    const html =
      '<html><head><title>회원 로그인</title></head><body><form><input name="id"></form></body></html>';
    expect(detectPage(doc(html), 'https://www.unseen-ilbo.example/member/login').kind).toBe('not-news');
  });

  it('an expired story on a known article URL is not-news', () => {
    const html = '<html><body><p>Page not found</p></body></html>';
    const d = detectPage(doc(html), 'https://www.yna.co.kr/view/AKR20260106000100001');
    expect(d).toMatchObject({ isArticle: false, kind: 'not-news' });
  });
});
