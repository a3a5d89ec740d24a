// The deck shown once: the popup, the reader and the Markdown show the subtitle above the story (card, header,
// front matter or the lines under `# 제목`), so the story's html leaves out leading paragraphs that only repeat
// it, while the plain text still reads deck then story.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, withoutDeck } from '../../src/core/index';
import { toMarkdown } from '../../src/core/markdown';
import type { Unit } from '../../src/core/story/extract';

const URL_ = 'https://news.unknown-ilbo.example/article/2026/01/06/7';
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const flat = (s: string) => s.replace(/\s+/g, '');
const count = (hay: string, needle: string) => flat(hay).split(flat(needle)).length - 1;

const DECK = ['12개 노선 폐지하고 출퇴근 급행 신설', '한 달 시범 운행 거쳐 3월부터 시행'];
const P = [
  '가상시가 시내버스 노선을 전면 개편한다. 이용객이 적은 12개 노선을 없애고 출퇴근 시간대 급행 노선을 새로 만든다고 5일 밝혔다.',
  '시는 다음 달까지 시민 의견을 듣고 3월부터 새 노선을 운행할 계획이다. 폐지 노선 구간에는 마을버스를 늘려 공백을 메운다.',
  '시 교통정책과 관계자는 "빈 차로 다니는 노선을 줄여 배차 간격을 좁히려는 것"이라고 말했다.',
];

function page(body: string) {
  return `<!doctype html><html lang="ko"><head><title>가상시, 시내버스 노선 전면 개편 | 가상일보</title>
  <meta property="og:type" content="article"></head><body><main><h1>가상시, 시내버스 노선 전면 개편</h1>
  <h2 class="subheading">${DECK.join('<br>')}</h2>${body}</main></body></html>`;
}

describe('the deck shown once', () => {
  it('drops first body paragraphs that repeat the deck from the rendered story, not from the text', () => {
    const body = `<div itemprop="articleBody">${[...DECK, ...P].map((p) => `<p>${p}</p>`).join('')}</div>`;
    const a = extractArticle(doc(page(body)), URL_);
    expect(a.subtitle).toBe(DECK.join('\n'));
    for (const line of DECK) {
      expect(count(a.html, line)).toBe(0);
      expect(count(a.text, line)).toBe(1);
      // Front matter carries it once; without front matter the lines under the headline do.
      expect(count(toMarkdown(a), line)).toBe(1);
      expect(count(toMarkdown(a, { frontMatter: false }), line)).toBe(1);
    }
    for (const p of P) expect(flat(a.html)).toContain(flat(p));
  });

  it('a deck kept outside the story is in the text once and not in the rendered story', () => {
    const body = `<div itemprop="articleBody">${P.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const a = extractArticle(doc(page(body)), URL_);
    for (const line of DECK) {
      expect(count(a.text, line)).toBe(1);
      expect(count(a.html, line)).toBe(0);
    }
    expect(flat(a.text).startsWith(flat(DECK[0]))).toBe(true);
  });

  it('withoutDeck keeps pictures, stops at the first paragraph that is not the deck, and needs a deck', () => {
    const u = (kind: Unit['kind'], text: string): Unit => ({ kind, text, html: text });
    const units = [u('img', ''), u('p', DECK[0]), u('p', P[0]), u('p', DECK[1])];
    expect(withoutDeck(units, DECK.join('\n'))).toEqual([units[0], units[2], units[3]]);
    expect(withoutDeck(units, null)).toBe(units);
    // Deck lines printed again as bullets (`- 줄`) are the deck too.
    const bullets = [u('p', `- ${DECK[0]}`), u('p', `- ${DECK[1]}`), u('p', P[1])];
    expect(withoutDeck(bullets, DECK.join('\n'))).toEqual([bullets[2]]);
    // A paragraph that opens with the deck and goes on is story, not a repeat.
    const longer = [u('p', `${DECK[0]} ${P[0]}`)];
    expect(withoutDeck(longer, DECK[0])).toEqual(longer);
  });
});
