// The page is read afresh on every call: a page changed in place (a portal's single-page navigation, a live
// blog) gives the new answer, and reading a page twice gives equal values.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index';
import { readArticlePage } from '../../src/core/page/page';

const URL_ = 'https://news.unknown-ilbo.example/article/2026/01/06/1';
const P = [
  '정부가 21일 내년도 예산안을 발표했다. 총지출은 올해보다 3.2% 늘어난 규모로 편성됐으며 복지 분야 지출이 가장 크게 늘었다.',
  '기획재정부는 이날 세종청사에서 브리핑을 열고 재정 건전성을 지키면서도 민생 회복에 필요한 예산은 충분히 반영했다고 설명했다.',
  '야당은 즉각 반발했다. 야당 원내대표는 국회에서 기자들과 만나 서민 지원 예산이 턱없이 부족하다며 전면 재검토를 요구했다.',
];
const NEW_P =
  '여당은 예산안이 민생을 충분히 담았다며 조속한 처리를 촉구했다. 국회 심사는 다음 주부터 시작된다.';

const html = `<!doctype html><html lang="ko"><head><title>내년 예산안 발표 | 한국일간</title>
  <meta property="og:type" content="article"><meta property="og:title" content="내년 예산안 발표">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"내년 예산안 발표"}</script></head>
  <body><main><h1 class="headline">내년 예산안 발표</h1><div class="byline">홍길동 기자</div>
  <div itemprop="articleBody">${P.map((p) => `<p>${p}</p>`).join('')}</div></main></body></html>`;

describe('the page model', () => {
  it('extracts the new answer after the page changed in place', () => {
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const first = extractArticle(doc, URL_);
    expect(first.title).toBe('내년 예산안 발표');
    expect(first.authors.map((a) => a.name)).toEqual(['홍길동']);
    expect(first.text).toContain(P[1]);

    // What a single-page navigation does: new headline (element, meta, JSON-LD), a new byline element, a
    // paragraph replaced.
    const title = '여야 예산 공방 본격화';
    const el = (sel: string) => {
      const found = doc.querySelector(sel);
      if (!found) throw new Error(`fixture lacks ${sel}`);
      return found;
    };
    el('h1').textContent = title;
    el('meta[property="og:title"]').setAttribute('content', title);
    el('script[type="application/ld+json"]').textContent = `{"@type":"NewsArticle","headline":"${title}"}`;
    const byline = doc.createElement('div');
    byline.className = 'byline';
    byline.textContent = '김철수 기자';
    el('.byline').replaceWith(byline);
    el('[itemprop=articleBody] p + p').textContent = NEW_P;

    const second = extractArticle(doc, URL_);
    expect(second.title).toBe(title);
    expect(second.authors.map((a) => a.name)).toEqual(['김철수']);
    expect(second.text).toContain(NEW_P);
    expect(second.text).not.toContain(P[1]);
  });

  it('reads the same page into equal values, each call a fresh one', () => {
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const a = readArticlePage(doc, URL_);
    const b = readArticlePage(doc, URL_);
    expect(a).not.toBe(b);
    expect(a.jsonLd).toEqual(b.jsonLd);
    expect([...a.metas]).toEqual([...b.metas]);
    expect(a.metas.get('og:title')).toEqual(['내년 예산안 발표']);
    expect(a.jsonLd[0]?.headline).toBe('내년 예산안 발표');
  });
});
