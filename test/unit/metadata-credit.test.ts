// Aggregators: a page re-hosting another outlet's story credits the original outlet, read from the credit forms
// around the story on a layout no site rule knows (class names scrambled, the aggregator's own og:site_name).
// Picture credits (`(사진=…)`, `사진 출처: …`) are not outlet credits. Pages are invented for these tests.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index';
import { creditOfLine } from '../../src/core/metadata/credit';

const P = [
  '정부가 21일 내년도 예산안을 발표했다. 총지출은 올해보다 3.2% 늘어난 규모로 편성됐으며 복지 분야 지출이 가장 크게 늘었다.',
  '기획재정부는 이날 세종청사에서 브리핑을 열고 재정 건전성을 지키면서도 민생 회복에 필요한 예산은 충분히 반영했다고 설명했다.',
  '야당은 즉각 반발했다. 야당 원내대표는 국회에서 기자들과 만나 서민 지원 예산이 턱없이 부족하다며 전면 재검토를 요구했다.',
  '예산안은 다음 달 국회에 제출되며 상임위원회 심사와 예산결산특별위원회 심사를 거쳐 연말 본회의에서 확정될 예정이다.',
];

/** An aggregator page with scrambled class names; `head`/`tail` go inside the story, `after` below it. */
function aggregator({ head = '', tail = '', after = '' }: { head?: string; tail?: string; after?: string }) {
  return `<!doctype html><html lang="ko"><head><title>내년 예산안 발표 : 모아뉴스</title>
  <meta property="og:site_name" content="모아뉴스"><meta property="og:type" content="article">
  <meta property="og:title" content="내년 예산안 발표…복지 지출 크게 늘어"></head><body>
  <div class="x7f2a"><div class="q1"><h2 class="k9z">내년 예산안 발표…복지 지출 크게 늘어</h2>
  <span class="z3">2026.01.06 08:15</span></div>
  <div class="b8c1">${head}${P.map((p) => `<p>${p}</p>`).join('')}${tail}</div>${after}</div>
  <div class="f00"><p>모아뉴스의 모든 콘텐츠는 저작권법의 보호를 받습니다. ⓒ 모아뉴스</p></div></body></html>`;
}

const url = 'https://www.moa-news.example/v/20260106-1234';
const publisherOf = (html: string) =>
  extractArticle(parseHTML(html).document as unknown as Document, url).publisher;

describe('aggregator credit on a layout no rule knows', () => {
  it('without any credit the page is credited to itself', () => {
    expect(publisherOf(aggregator({}))).toBe('모아뉴스');
  });

  it.each([
    ['[출처: 가나일보]', { tail: '<p>[출처: 가나일보]</p>' }],
    ['ⓒ 가나일보 in the story tail', { tail: '<p>ⓒ 가나일보 무단전재 및 재배포 금지</p>' }],
    ['<가나뉴스 제공>', { tail: '<p>&lt;가나뉴스 제공&gt;</p>' }, '가나뉴스'],
    ['기사제공 가나일보 below the story', { after: '<div class="r5"><span>기사제공 가나일보</span></div>' }],
    [
      '원문 보기 가나일보 below the story',
      { after: '<div class="r5"><a href="#">원문 보기 가나일보</a></div>' },
    ],
    ['[출처=가나일보] opening the story', { head: '<p>[출처=가나일보]</p>' }],
  ])('credits the original outlet from %s', (_, parts, expected = '가나일보') => {
    expect(publisherOf(aggregator(parts as Parameters<typeof aggregator>[0]))).toBe(expected);
  });

  it('a picture credit is not an outlet credit', () => {
    const tail = '<p>(사진=가나일보)</p><p>사진 출처: 가나일보</p><p>[사진 가나일보 제공]</p>';
    expect(publisherOf(aggregator({ tail }))).toBe('모아뉴스');
  });
});

describe('creditOfLine', () => {
  it('reads the story-only labels on any page, the weaker forms only where no rule says the page is the outlet', () => {
    expect(creditOfLine('기사제공: 가나일보', 'own')).toBe('가나일보');
    expect(creditOfLine('[출처: 가나일보]', 'own')).toBeNull();
    expect(creditOfLine('[출처: 가나일보]', 'unknown')).toBe('가나일보');
    // A bare source line also credits pictures: only an aggregator or portal reads it.
    expect(creditOfLine('출처: 가나일보', 'unknown')).toBeNull();
    expect(creditOfLine('출처: 가나일보', 'rehost')).toBe('가나일보');
    expect(creditOfLine('(출처: 통계청)', 'rehost')).toBeNull();
    expect(creditOfLine('(그래픽=가나일보 제공)', 'rehost')).toBeNull();
  });
});
