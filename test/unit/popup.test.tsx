// @vitest-environment jsdom
// The popup against a fake tab: what a reader sees for an article, and the plain message for a page that is not.
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  kind: 'article',
  reason: 'test',
  site: 'test',
  pageType: 'publisher',
  title: '정부, 내년 예산안 확정',
  kicker: null,
  subtitle: '총지출 3.2% 증가',
  publisher: '테스트일보',
  authors: [
    { name: '홍길동', email: 'hong@test.co.kr' },
    { name: '김철수', email: null },
    { name: '', email: 'desk@test.co.kr' },
    { name: '', email: 'lee.younghee@test.co.kr' },
    { name: 'webmaster@test.co.kr', email: 'webmaster@test.co.kr' },
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
  blocks: [],
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
  ruleMisfit: false,
  isArticle: true,
  site: 'test',
  auto: true,
  observing: true,
  capReached: true,
  url: 'https://news.test.co.kr/1',
  settled: true,
};
const reply: ArticleReply = {
  article,
  blocks: [
    { type: 'p', text: '총지출 3.2% 증가' },
    { type: 'p', text: '장관은 “재정 건전성을 지키겠다”고 말했다.' },
    { type: 'h', text: '소제목' },
    { type: 'img', src: 'https://img.test.co.kr/a.jpg', alt: '', caption: '사진 설명' },
    { type: 'img', src: 'javascript:alert(1)', alt: '', caption: null },
  ],
  cached: false,
};

async function renderPopup(articleReply: ArticleReply, cleanup: CleanupState) {
  document.body.innerHTML = '<div id="app"></div>';
  const mock = await freshBrowser();
  mock.tabs.query = async () => [{ id: 5, url: 'https://news.test.co.kr/1' }];
  mock.tabs.sendMessage = async (_tab: number, msg: { type: string }) => {
    if (['malgeun:ping', 'malgeun:tools-ping', 'malgeun:picker-ping'].includes(msg.type)) return { ok: true };
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

// Preact runs effects after paint (a frame or a 100 ms timer): let them run while jsdom is still there.
afterEach(() => new Promise((r) => setTimeout(r, 150)));

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
    // A newsroom mailbox is not a reporter (with or without a name); a personal address without a name is
    // shown by its address.
    expect(q('authors')?.textContent).not.toContain('desk@');
    expect(q('authors')?.textContent).not.toContain('webmaster');
    const bare = document.querySelector('[data-testid=authors] a[href="mailto:lee.younghee@test.co.kr"]');
    expect(bare?.textContent).toBe('lee.younghee@test.co.kr');
    // The deck shows once: under the headline, not again as the story's first paragraph.
    expect(q('deck')?.textContent).toBe('총지출 3.2% 증가');
    expect(document.body.textContent?.split('총지출 3.2% 증가').length).toBe(2);
    expect(q('article-body')?.querySelector('p')?.textContent).toContain('장관은');
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
    // Two buttons in the row; the rest in the menu, so nothing is left alone on a second row.
    expect(document.querySelectorAll('.actions > button')).toHaveLength(2);
    expect(q('actions-menu')?.contains(q('btn-save-md'))).toBe(true);
    // No developer timing for readers (it is an attribute behind ?timing, for the bench).
    expect(document.body.textContent).not.toMatch(/\d\s*ms\b/);
    expect(root.hasAttribute('data-render-ms')).toBe(false);
  });

  it('says plainly when the page is not an article, and offers the reader anyway', async () => {
    const root = await renderPopup(
      { ...reply, article: { ...article, isArticle: false } },
      { ...state, active: false, hidden: 0, isArticle: false },
    );
    expect(root.dataset.state).toBe('not-article');
    expect(q('not-article')).not.toBeNull();
    expect(q('btn-reader-anyway')).not.toBeNull();
    expect(q('btn-clean-anyway')).not.toBeNull();
    expect(q('toggle-auto')).not.toBeNull();
    expect(q('title')).toBeNull();
  });

  it('names the kind of page from the core (or its reason) and says why', async () => {
    const cases: [Partial<Article> & { kind?: string }, string, string][] = [
      [{ kind: 'search' }, 'search', 'kindSearch'],
      [{ reason: 'not an article: search URL' }, 'search', 'kindSearch'],
      [{ url: 'https://www.test.co.kr/', reason: 'not an article: 80 headline links' }, 'home', 'kindHome'],
      [{ url: 'https://www.test.co.kr/section/economy', reason: 'x' }, 'section', 'kindSection'],
      [
        { url: 'https://news.test.co.kr/news/list.do', reason: 'not an article: no story-shaped prose' },
        'list',
        'kindList',
      ],
      [
        { url: 'https://blog.test.com/post/1', site: null, reason: 'not an article: no story-shaped prose' },
        'not-news',
        'kindNotNews',
      ],
    ];
    for (const [change, kind, key] of cases) {
      await renderPopup(
        { ...reply, article: { ...article, isArticle: false, ...change } as Article },
        { ...state, active: false, hidden: 0, isArticle: false },
      );
      expect(q('not-article')?.getAttribute('data-kind')).toBe(kind);
      // The mock's i18n answers with the key: the label and its explanation are that kind's.
      expect(q('page-kind')?.textContent).toBe(key);
      expect(q('page-kind-why')?.textContent).toBe(`${key}Why`);
    }
  });

  it('starts the block picker from its own bundle, injected on first use', async () => {
    await renderPopup(reply, state);
    const mock = (await import('../../src/shared/browser')).default as unknown as {
      scripting: { executeScript: (o: { files: string[] }) => Promise<unknown> };
      tabs: { sendMessage: (tab: number, msg: { type: string }) => Promise<unknown> };
    };
    const injected: string[] = [];
    const sent: string[] = [];
    mock.scripting.executeScript = async (o) => {
      injected.push(...o.files);
      return [{}];
    };
    mock.tabs.sendMessage = async (_tab, msg) => {
      sent.push(msg.type);
      if (msg.type === 'malgeun:picker-ping' && !injected.includes('picker.js'))
        throw new Error('no receiver');
      return { ok: true };
    };
    // The popup closes once the picker runs (jsdom's own close would tear the document down).
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    try {
      (q('btn-picker') as HTMLButtonElement).click();
      await vi.waitFor(() => expect(close).toHaveBeenCalled());
      expect(injected).toEqual(['picker.js']);
      expect(sent.indexOf('malgeun:start-picker')).toBeGreaterThan(sent.lastIndexOf('malgeun:picker-ping'));
    } finally {
      close.mockRestore();
    }
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
