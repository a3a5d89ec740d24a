// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { closeReader, isReaderOpen, openReader, readerState } from '../../src/reader/reader';
import { defaultOptions } from '../../src/shared/options';

const article: Article = {
  isArticle: true,
  kind: 'article',
  reason: 'test',
  site: null,
  pageType: 'publisher',
  title: '정부, 내년 예산안 확정',
  kicker: null,
  subtitle: null,
  publisher: '테스트일보',
  authors: [{ name: '홍길동', email: 'hong@test.co.kr' }],
  publishedAt: '2024-08-20T10:00:00+09:00',
  modifiedAt: null,
  section: '경제',
  url: 'https://news.test.co.kr/1',
  originalUrl: 'javascript:alert(1)',
  leadImage: null,
  lang: 'ko',
  tags: [],
  images: [],
  text: '',
  html: `<p>첫 문단입니다. 장관은 “재정 건전성을 지키겠다”고 말했다.</p><script>window.__pwned = 1</script>
    <p onclick="window.__pwned = 2">둘째 문단입니다.</p><img src="x" onerror="window.__pwned = 3">`,
  blocks: [],
  quotes: [],
  keyQuotes: [{ text: '재정 건전성을 지키겠다', speaker: '장관' }],
  readingMinutes: 2,
  clutter: [],
};

// jsdom has no scrolling; the reader calls scrollTo on close.
window.scrollTo = () => {};

const actions = { copyMarkdown: async () => {}, saveMarkdown: async () => {}, savePrefs: () => {} };

describe('reader overlay', () => {
  it('opens over the page with the story and closes back to the identical page', () => {
    document.body.innerHTML = '<main><h1>원래 페이지</h1><p>원래 본문</p></main>';
    const before = document.documentElement.outerHTML;
    openReader(article, defaultOptions().reader, actions);
    expect(isReaderOpen()).toBe(true);
    expect(document.getElementById('malgeun-reader')).not.toBeNull();
    const state = readerState();
    expect(state.text).toContain('첫 문단입니다.');
    expect(state.text).toContain('둘째 문단입니다.');
    expect(state.text).not.toContain('__pwned');
    expect(state.paragraphs).toBe(2);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // The page cannot see into the reader: the shadow root is closed.
    expect(document.getElementById('malgeun-reader')?.shadowRoot).toBeNull();

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(isReaderOpen()).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('opens only once and closes idempotently', () => {
    openReader(article, defaultOptions().reader, actions);
    openReader(article, defaultOptions().reader, actions);
    expect(document.querySelectorAll('#malgeun-reader')).toHaveLength(1);
    closeReader();
    closeReader();
    expect(document.querySelectorAll('#malgeun-reader, #malgeun-reader-print')).toHaveLength(0);
  });
});
