// @vitest-environment jsdom
// The popup against a fake tab: what a reader sees for an article, and the plain message for a page that is not.
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/core/types';
import type { ArticleReply, CleanupState } from '../../src/shared/messages';

/** A fresh popup module over a fresh in-memory browser (each popup renders once, on import). */
// biome-ignore lint/suspicious/noExplicitAny: the mock's extra fields are not in the polyfill's types
async function freshBrowser(): Promise<any> {
  vi.resetModules();
  return (await import('../../src/shared/browser')).default;
}

const article: Article = {
  isArticle: true,
  reason: 'test',
  site: 'test',
  pageType: 'publisher',
  title: '정부, 내년 예산안 확정',
  subtitle: '총지출 3.2% 증가',
  publisher: '테스트일보',
  authors: [
    { name: '홍길동', email: 'hong@test.co.kr' },
    { name: '김철수', email: null },
    { name: '', email: 'desk@test.co.kr' },
  ],
  publishedAt: '2024-05-20T17:12:00+09:00',
  modifiedAt: '2024-05-20T18:00:00+09:00',
  section: '경제',
  url: 'https://news.test.co.kr/1',
  originalUrl: null,
  leadImage: 'javascript:alert(1)',
  lang: 'ko',
  tags: [],
  images: [],
  text: '',
  html: '',
  markdown: '# 제목',
  quotes: [],
  keyQuotes: [{ text: '재정 건전성을 지키겠다', speaker: '최상목 경제부총리' }],
  readingMinutes: 3,
  clutter: [],
};
const state: CleanupState = {
  active: true,
  hidden: 12,
  kinds: { ranking: 12 },
  headings: [],
  cleanMs: 4,
  idleToHiddenMs: 20,
  ruleMisfit: false,
  isArticle: true,
  site: 'test',
  auto: true,
  observing: true,
  batches: 0,
  lateHidden: 0,
  capReached: true,
  url: 'https://news.test.co.kr/1',
  settled: true,
};
const reply: ArticleReply = {
  article,
  blocks: [
    { type: 'p', text: '장관은 “재정 건전성을 지키겠다”고 말했다.' },
    { type: 'h', text: '소제목' },
    { type: 'img', src: 'https://img.test.co.kr/a.jpg', alt: '', caption: '사진 설명' },
    { type: 'img', src: 'javascript:alert(1)', alt: '', caption: null },
  ],
  extractMs: 12,
  cached: false,
};

async function renderPopup(articleReply: ArticleReply, cleanup: CleanupState) {
  document.body.innerHTML = '<div id="app"></div>';
  const mock = await freshBrowser();
  mock.tabs.query = async () => [{ id: 5, url: 'https://news.test.co.kr/1' }];
  mock.tabs.sendMessage = async (_tab: number, msg: { type: string }) => {
    if (msg.type === 'malgeun:ping' || msg.type === 'malgeun:tools-ping') return { ok: true };
    if (msg.type === 'malgeun:get-state') return cleanup;
    if (msg.type === 'malgeun:get-article') return articleReply;
    return undefined;
  };
  await import('../../src/popup/index');
  const root = () => document.getElementById('malgeun-popup');
  await vi.waitFor(() => expect(root()?.dataset.state).not.toBe('loading'), { timeout: 5000 });
  return root() as HTMLElement;
}

const q = (sel: string) => document.querySelector(`[data-testid=${sel}]`);

describe('popup', () => {
  it('shows the article card, the story and the actions', async () => {
    const root = await renderPopup(reply, state);
    expect(root.dataset.state).toBe('article');
    expect(q('title')?.textContent).toBe('정부, 내년 예산안 확정');
    expect(q('outlet')?.textContent).toBe('테스트일보');
    expect(q('section')?.textContent).toBe('경제');
    expect(q('published')?.getAttribute('datetime')).toBe('2024-05-20T17:12:00+09:00');
    expect(q('published')?.textContent).toBe('2024년 5월 20일 오후 5:12');
    expect(q('modified')?.textContent).toBe('2024년 5월 20일 오후 6:00');
    const mail = document.querySelector('[data-testid=authors] a[href^="mailto:"]');
    expect(mail?.getAttribute('href')).toBe('mailto:hong@test.co.kr');
    expect(q('authors')?.textContent).toContain('김철수');
    // A desk address without a name is shown by its address, not as an empty link.
    const desk = document.querySelector('[data-testid=authors] a[href="mailto:desk@test.co.kr"]');
    expect(desk?.textContent).toBe('desk@test.co.kr');
    // A javascript: lead image from a hostile page is not rendered at all.
    expect(q('lead-image')).toBeNull();
    expect(q('quote-text')?.textContent).toBe('재정 건전성을 지키겠다');
    expect(q('quote-speaker')?.textContent).toBe('최상목 경제부총리');
    const body = q('article-body') as Element;
    expect(body.querySelector('mark.malgeun-key-quote')?.textContent).toBe('재정 건전성을 지키겠다');
    expect(body.querySelector('h3')?.textContent).toBe('소제목');
    expect(body.querySelector('figcaption')?.textContent).toBe('사진 설명');
    expect([...body.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      'https://img.test.co.kr/a.jpg',
    ]);
    expect(q('hidden-count')?.getAttribute('data-count')).toBe('12');
    expect(q('cap-reached')).not.toBeNull();
    expect(q('btn-restore')?.getAttribute('data-active')).toBe('true');
    for (const id of ['btn-reader', 'btn-copy-md', 'btn-save-md', 'toggle-auto', 'btn-options']) {
      expect(q(id), id).not.toBeNull();
    }
    await vi.waitFor(() =>
      expect(Number(q('extract-ms')?.getAttribute('data-ms'))).toBeGreaterThanOrEqual(0),
    );
  });

  it('says plainly when the page is not an article, and offers the reader anyway', async () => {
    const root = await renderPopup(
      { ...reply, article: { ...article, isArticle: false } },
      { ...state, active: false, hidden: 0, isArticle: false },
    );
    expect(root.dataset.state).toBe('not-article');
    expect(q('not-article')).not.toBeNull();
    expect(q('btn-reader-anyway')).not.toBeNull();
    expect(q('title')).toBeNull();
  });

  it('refuses browser pages without trying to inject', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const injected: unknown[] = [];
    const mock = await freshBrowser();
    mock.tabs.query = async () => [{ id: 9, url: 'chrome://settings/' }];
    mock.scripting.executeScript = async (o: unknown) => injected.push(o);
    await import('../../src/popup/index');
    await vi.waitFor(() =>
      expect(document.getElementById('malgeun-popup')?.dataset.state).toBe('restricted'),
    );
    expect(q('restricted')).not.toBeNull();
    expect(injected).toEqual([]);
  });
});
