// @vitest-environment jsdom
// What the popup and the reader show of an Article: reporters (never a newsroom mailbox), the deck once,
// no caption left without its picture, and a not-article page named by its kind.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { header, storyBody } from '../../src/reader/article-view';
import { closeReader, openReader, readerState } from '../../src/reader/reader';
import { deckRepeats, isGenericMailbox, pageKindOf, shownAuthors } from '../../src/shared/article-view';
import { defaultOptions } from '../../src/shared/options';

const base: Article = {
  isArticle: true,
  reason: 'test',
  site: null,
  pageType: 'publisher',
  kind: 'article',
  kicker: null,
  title: '정부, 내년 예산안 확정',
  subtitle: '총지출 3.2% 증가\n복지 예산 역대 최대',
  publisher: '테스트일보',
  authors: [
    { name: '홍길동', email: 'hong@test.co.kr' },
    { name: '', email: 'content@test.co.kr' },
    { name: 'news@test.co.kr', email: 'news@test.co.kr' },
  ],
  publishedAt: '2024-08-20T10:00:00+09:00',
  modifiedAt: null,
  section: '경제',
  url: 'https://news.test.co.kr/1',
  originalUrl: null,
  leadImage: null,
  lang: 'ko',
  tags: [],
  images: [],
  text: '',
  html: `<p>총지출 3.2% 증가</p><p>복지 예산 역대 최대</p><p>정부가 내년 예산안을 확정했다.</p>
    <figure><img data-src="lazy.jpg"><figcaption>지워질 설명</figcaption></figure>
    <figure><img src="https://img.test.co.kr/a.jpg"><figcaption>사진 설명</figcaption></figure>`,
  blocks: [],
  quotes: [],
  keyQuotes: [],
  readingMinutes: 2,
  clutter: [],
};

describe('reporters', () => {
  it('leaves out newsroom mailboxes, keeps people and personal addresses', () => {
    expect(isGenericMailbox('content@test.co.kr')).toBe(true);
    expect(isGenericMailbox('webmaster@yna.co.kr')).toBe(true);
    expect(isGenericMailbox('hong@test.co.kr')).toBe(false);
    const shown = shownAuthors([...base.authors, { name: '', email: 'kim.cs@test.co.kr' }]);
    expect(shown.map((a) => a.name || a.email)).toEqual(['홍길동', 'kim.cs@test.co.kr']);
  });
});

describe('the deck once', () => {
  it('counts the leading blocks that only repeat the deck, and nothing else', () => {
    expect(deckRepeats(base.subtitle, ['총지출 3.2% 증가', '복지 예산 역대 최대', '정부가 확정했다.'])).toBe(
      2,
    );
    expect(deckRepeats(base.subtitle, ['정부가 확정했다.', '총지출 3.2% 증가'])).toBe(0);
    expect(deckRepeats(null, ['총지출 3.2% 증가'])).toBe(0);
  });

  it('the reader shows the deck under the headline and the story without it', () => {
    const head = header(document, base);
    expect(head.querySelector('.mg-subtitle')?.textContent).toBe(base.subtitle);
    expect(head.textContent).toContain('홍길동');
    expect(head.textContent).not.toContain('content@');
    expect(head.textContent).not.toContain('news@');
    const body = storyBody(document, base);
    expect(body.querySelector('p')?.textContent).toBe('정부가 내년 예산안을 확정했다.');
    expect(body.textContent).not.toContain('총지출');
  });
});

describe('captions', () => {
  it('a figure whose picture is gone goes with its caption; a failed image takes its figure along', () => {
    const body = storyBody(document, base);
    const figures = [...body.querySelectorAll('figure')];
    expect(figures[0].hidden).toBe(true);
    expect(figures[1].hidden).toBe(false);
    figures[1].querySelector('img')?.dispatchEvent(new Event('error'));
    expect(figures[1].hidden).toBe(true);
  });
});

describe('page kinds', () => {
  it('uses the core kind when given, else reads the reason and the address', () => {
    const no = { ...base, isArticle: false };
    expect(pageKindOf({ ...no, kind: 'section' } as Article)).toBe('section');
    expect(pageKindOf({ ...no, reason: 'not an article: search URL, 30 headline links' })).toBe('search');
    expect(pageKindOf({ ...no, url: 'https://www.test.co.kr/' })).toBe('home');
    expect(pageKindOf({ ...no, reason: 'naver article URL but no story text on the page' })).toBe('empty');
    expect(pageKindOf({ ...no, site: 'kbs', reason: 'not an article: no story-shaped prose' })).toBe('list');
    expect(pageKindOf({ ...no, reason: 'not an article: no story-shaped prose' })).toBe('not-news');
    expect(pageKindOf(base)).toBe('article');
  });
});

describe('reader', () => {
  it('locks the page behind while open, and says read-aloud is unavailable instead of offering it', async () => {
    window.scrollTo = () => {};
    document.body.innerHTML = '<p>원래 본문</p>';
    openReader(
      base,
      { ...defaultOptions().reader, theme: 'dark', lineHeight: 2.1 },
      {
        copyMarkdown: async () => {},
        saveMarkdown: async () => {},
        savePrefs: () => {},
      },
    );
    const css = document.getElementById('malgeun-reader-print')?.textContent ?? '';
    expect(css).toMatch(/html:has\(>[^{]*malgeun-reader[^{]*\)[^{]*\{overflow:hidden!important/);
    // jsdom has no speech synthesis: the reader says so (no play button that does nothing).
    await new Promise((r) => setTimeout(r, 0));
    expect(readerState().listen).toBe('unavailable');
    closeReader();
    expect(document.getElementById('malgeun-reader-print')).toBeNull();
  });
});
