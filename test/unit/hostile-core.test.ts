// The core on attack pages: whatever the page carries, the extracted HTML and Markdown hold no script,
// no event handler, no javascript:/data:text URL and no raw HTML, and the story still comes through.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index';
import { toMarkdown } from '../../src/core/markdown';
import { deepPage, hostilePages, hugePage, manyLinksPage, storyParagraphs } from '../fixtures/hostile';

const URL_ = 'https://news.test-ilbo.example/article/2026/01/06/12345';
const squash = (s: string) => s.replace(/\s+/g, '');

function run(html: string) {
  const { document } = parseHTML(html);
  const before = document.documentElement.outerHTML;
  const article = extractArticle(document as unknown as Document, URL_);
  // extraction never changes the document it is given
  expect(document.documentElement.outerHTML).toBe(before);
  return article;
}

function expectSafe(html: string, markdown: string) {
  expect(html).not.toMatch(/<script|<iframe|<object|<embed|<form|<input|<style|<base|<meta/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:|data:text|vbscript:/i);
  expect(html).not.toMatch(/srcdoc/i);
  // Markdown may not carry raw HTML tags at all
  expect(markdown).not.toMatch(/<\/?(script|iframe|img|a|div|p|span|svg|style|form|object|embed)\b/i);
  expect(markdown).not.toMatch(/javascript:|data:text/i);
}

describe('hostile pages through the core', () => {
  for (const [name, html] of Object.entries(hostilePages)) {
    it(`${name}: story extracted, nothing executable leaks`, () => {
      const a = run(html);
      expect(a.isArticle).toBe(true);
      for (const p of storyParagraphs) expect(squash(a.text)).toContain(squash(p));
      expectSafe(a.html, toMarkdown(a));
      expect(a.text).not.toContain('__pwned');
    });
  }

  it('a story paragraph that merely mentions 관련기사 / 많이 본 뉴스 is kept', () => {
    const a = run(hostilePages.lookalikeHeading);
    expect(squash(a.text)).toContain(
      squash('관련기사 많이 본 뉴스라는 말이 들어 있어도 이 문장은 본문이다.'),
    );
    expect(squash(a.text)).toContain(
      squash('시민 감시단은 관련기사 스크랩과 예산 분석 자료를 누리집에 꾸준히 올려 왔다.'),
    );
  });

  it('huge data URIs are not copied into the output', () => {
    const a = run(hostilePages.hugeDataUri);
    expect(a.html.length).toBeLessThan(200_000);
    expect(toMarkdown(a).length).toBeLessThan(200_000);
  });
});

describe('heavy pages through the core', () => {
  it('a DOM nested 10,000 levels deep does not throw', () => {
    const a = run(deepPage(10_000));
    expect(typeof a.text).toBe('string');
  });

  it('a page with 50,000 links keeps the story and drops the list', () => {
    const a = run(manyLinksPage(50_000));
    for (const p of storyParagraphs) expect(squash(a.text)).toContain(squash(p));
    expect(a.text).not.toContain('다른 기사 제목 49999번');
  });

  it('a 5 MB page is handled', () => {
    const a = run(hugePage(5_000_000));
    for (const p of storyParagraphs) expect(squash(a.text)).toContain(squash(p));
  });
});
