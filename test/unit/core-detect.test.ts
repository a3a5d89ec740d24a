// detectPage: single news stories (known sites by URL, unknown sites by shape) versus portal homes, search
// results, list pages and galleries without a story. Fixtures are small pages written for these tests.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../src/core/index';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const STORY = [
  '정부가 21일 내년도 예산안을 발표했다. 총지출은 올해보다 3.2% 늘어난 규모로 편성됐으며 복지 분야 지출이 가장 크게 늘었다.',
  '기획재정부는 이날 세종청사에서 브리핑을 열고 재정 건전성을 지키면서도 민생 회복에 필요한 예산은 충분히 반영했다고 설명했다.',
  '야당은 즉각 반발했다. 야당 원내대표는 국회에서 기자들과 만나 서민 지원 예산이 턱없이 부족하다며 전면 재검토를 요구했다.',
  '예산안은 다음 달 국회에 제출되며 상임위원회 심사와 예산결산특별위원회 심사를 거쳐 연말 본회의에서 확정될 예정이다.',
];

function storyPage(extraHead = '', byline = '<p class="byline">홍길동 기자 hong@example.co.kr</p>') {
  return `<!doctype html><html lang="ko"><head><title>내년 예산안 발표 | 한국일간</title>${extraHead}</head><body>
  <header><nav><a href="/">홈</a><a href="/politics">정치</a><a href="/economy">경제</a></nav></header>
  <main><h1>내년 예산안 발표…복지 지출 크게 늘어</h1>${byline}<p class="date">입력 2026.01.06. 08:15</p>
  <div class="story">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
  <p>ⓒ 한국일간 무단전재 및 재배포 금지</p></main></body></html>`;
}

function headlineList(n: number) {
  return Array.from(
    { length: n },
    (_, i) => `<li><a href="/news/${i}">경제 뉴스 제목 ${i}번째 기사입니다 정부 발표 관련</a></li>`,
  ).join('');
}

describe('detectPage: articles', () => {
  it('an unknown outlet with article markup, byline and a story is an article, with a reason', () => {
    const d = detectPage(
      doc(storyPage('<meta property="og:type" content="article">')),
      'https://news.unknown-ilbo.example/view/12345',
    );
    expect(d.isArticle).toBe(true);
    expect(d.site).toBeNull();
    expect(d.reason).toMatch(/article/);
  });

  it('a story on a bare page with no markup at all is still recognised by its prose', () => {
    const html = `<html><body><div>${STORY.concat(STORY)
      .map((p) => `<p>${p}</p>`)
      .join('')}</div></body></html>`;
    expect(detectPage(doc(html), 'https://regional.example/news_view.html?idx=1').isArticle).toBe(true);
  });

  it('a known site is matched by its article URL shape and named', () => {
    const d = detectPage(doc(storyPage()), 'https://n.news.naver.com/article/001/0014000000');
    expect(d).toMatchObject({ isArticle: true, site: 'naver', pageType: 'portal' });
    const y = detectPage(doc(storyPage()), 'https://www.yna.co.kr/view/AKR20260106000100001');
    expect(y).toMatchObject({ isArticle: true, site: 'yna', pageType: 'publisher' });
  });

  it('a short breaking item (속보) on a known article URL is still an article', () => {
    const html =
      '<html><body><div class="text_area" itemprop="articleBody">[속보] 서울 전역에 한파경보 발령</div></body></html>';
    const d = detectPage(doc(html), 'https://news.sbs.co.kr/news/endPage.do?news_id=N1007000001');
    expect(d.isArticle).toBe(true);
  });
});

describe('detectPage: short and client-rendered stories on unknown sites', () => {
  it('a short item declared NewsArticle with an article body is an article', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: '속보' });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body>
      <div itemprop="articleBody">[속보] 서울 전역에 한파경보 발령</div><ul>${headlineList(40)}</ul></body></html>`;
    expect(detectPage(doc(html), 'https://news.unseen.example/view/1').isArticle).toBe(true);
  });

  it('a story that lives only in a script payload is an article', () => {
    const payload = JSON.stringify({
      content_elements: [...STORY, ...STORY].map((content) => ({ type: 'text', content })),
    });
    const html = `<html><head><meta property="og:type" content="article"></head><body><div id="app"></div>
      <script>window.Fusion = ${payload};</script></body></html>`;
    expect(detectPage(doc(html), 'https://news.unseen.example/2026/01/06/ABC/').isArticle).toBe(true);
  });

  it('a story on a portal-like page full of links is still an article', () => {
    const html = `<html><body><div id="story">${STORY.concat(STORY)
      .map((p) => `<p>${p}</p>`)
      .join('')}</div><ul>${headlineList(120)}</ul></body></html>`;
    expect(detectPage(doc(html), 'https://news.unseen.example/read.nhn?aid=1').isArticle).toBe(true);
  });
});

describe('detectPage: not articles', () => {
  it('a list page that wrongly declares og:type article is still not an article', () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body><h1>경제</h1>
      <ul class="list">${headlineList(30)}</ul></body></html>`;
    expect(detectPage(doc(html), 'https://www.unknown-daily.example/list/economy').isArticle).toBe(false);
  });

  it('a portal section home is not an article', () => {
    const html = `<html><head><title>네이버 뉴스</title></head><body><h2>헤드라인 뉴스</h2><ul>${headlineList(40)}</ul>
      <h2>많이 본 뉴스</h2><ol>${headlineList(20)}</ol></body></html>`;
    const d = detectPage(doc(html), 'https://news.naver.com/section/101');
    expect(d.isArticle).toBe(false);
    expect(d.site).toBe('naver');
  });

  it('a search result page is not an article, even with snippets of prose', () => {
    const items = Array.from(
      { length: 15 },
      (_, i) =>
        `<li><a href="/n/${i}">예산안 관련 기사 제목 ${i}번 정부 발표</a><p>정부가 예산안을 발표했다는 내용의 요약 ${i}</p></li>`,
    ).join('');
    const html = `<html><body><form><input name="query" value="예산"></form><ul class="results">${items}</ul></body></html>`;
    const d = detectPage(doc(html), 'https://search.unknown.example/search?query=%EC%98%88%EC%82%B0');
    expect(d.isArticle).toBe(false);
    expect(d.reason).toMatch(/not an article/);
  });

  it("an outlet's list page is not an article", () => {
    const html = `<html><head><meta property="og:type" content="website"></head><body><h1>경제</h1>
      <ul class="list">${headlineList(30)}</ul></body></html>`;
    expect(detectPage(doc(html), 'https://www.unknown-daily.example/list/economy').isArticle).toBe(false);
  });

  it('a photo gallery without a story is not an article', () => {
    const figs = Array.from(
      { length: 12 },
      (_, i) => `<figure><img src="/p/${i}.jpg"><figcaption>사진 ${i}</figcaption></figure>`,
    ).join('');
    const html = `<html><body><h1>오늘의 포토</h1>${figs}</body></html>`;
    expect(detectPage(doc(html), 'https://www.unknown-daily.example/photo/gallery').isArticle).toBe(false);
  });

  it('a known site page off its article URLs is not an article', () => {
    const html = `<html><body><ul>${headlineList(30)}</ul></body></html>`;
    const d = detectPage(doc(html), 'https://www.yna.co.kr/economy/all');
    expect(d).toMatchObject({ isArticle: false, site: 'yna' });
  });
});
