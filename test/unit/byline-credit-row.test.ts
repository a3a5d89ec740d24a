import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index';

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>가람시가 ${i + 1}일 새 도서관 운영 계획을 내놓았다. 시는 평일 저녁 열람실을 밤 11시까지 열기로 했다고 밝혔다.</p>`,
).join('');

function authorsOf(byline: string) {
  const { document } = parseHTML(
    `<!doctype html><html lang="ko"><head><title>가람시 도서관 밤 11시까지</title></head><body><article><h1>가람시 도서관 밤 11시까지</h1><div class="byline">${byline}</div><div itemprop="articleBody">${STORY}</div></article></body></html>`,
  );
  return extractArticle(document as unknown as Document, 'https://news.garam-ilbo.example/article/1').authors;
}

describe('a byline row that mixes credits and the reporter', () => {
  it('names the reporter, not the credited camera or graphics staff', () => {
    expect(authorsOf('영상취재 방지섭 | 그래픽 도은서 | 권하린 기자').map((a) => a.name)).toEqual(['권하린']);
  });
  it('keeps a row without credits as it was', () => {
    expect(authorsOf('권하린 기자 | 입력 2026.11.27').map((a) => a.name)).toEqual(['권하린']);
  });
});
