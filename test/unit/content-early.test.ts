// @vitest-environment jsdom
// content.js on a known host: it arrives at document_start behind early.js (which sets the flag), does
// nothing to the page while the page loads, and runs the automatic clean-up at DOMContentLoaded, before
// document idle; auto.js at idle then finds nothing left to do.
import { afterAll, describe, expect, it } from 'vitest';
import { loadPage, RANKING_ASIDE, stateWhen } from '../fixtures/content-messages';

const PARA =
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.';

type Marks = { __malgeunEarly?: boolean; __malgeunAuto?: number; __malgeunWake?: () => void };
const g = globalThis as Marks;
afterAll(() => {
  delete (document as { readyState?: unknown }).readyState;
});

describe('content script compiled at document_start', () => {
  it('waits untouched while the page loads, cleans at DOMContentLoaded, and idle changes nothing', async () => {
    const before =
      loadPage(`<!doctype html><html lang="ko" data-malgeun-early="news"><head><title>예산안 확정</title>
<meta property="og:type" content="article"></head><body><article><h1>정부, 내년 예산안 확정</h1>
<div id="article-body">${`<p>${PARA}</p>`.repeat(5)}</div></article>${RANKING_ASIDE}</body></html>`);
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    g.__malgeunEarly = true;
    await import('../../src/content/index');
    // Waiting: the flag is taken, the page is as it was, nothing answers messages yet.
    expect(g.__malgeunEarly).toBeUndefined();
    await new Promise((ok) => setTimeout(ok, 30));
    expect(document.documentElement.outerHTML).toBe(before);
    // The document is parsed: the clean-up runs then, as the automatic registration's.
    window.dispatchEvent(new Event('DOMContentLoaded'));
    const ranking = document.querySelector('.ranking') as Element;
    expect(ranking.getAttribute('data-malgeun-hidden')).not.toBeNull();
    const state = await stateWhen((s) => s.settled === true);
    expect(state.auto).toBe(true);
    expect(state.hidden as number).toBeGreaterThan(0);
    for (const p of document.querySelectorAll('#article-body p'))
      expect(p.closest('[data-malgeun-hidden]')).toBeNull();
    // The early hide of the site rule stays on an article.
    expect(document.documentElement.getAttribute('data-malgeun-early')).toBe('news');
    // What auto.js does at document idle: the waker is used once and the marks are taken.
    const hidden = document.querySelectorAll('[data-malgeun-hidden]').length;
    expect(typeof g.__malgeunWake).toBe('function');
    await import('../../src/content/auto');
    expect(g.__malgeunWake).toBeUndefined();
    expect(g.__malgeunAuto).toBeUndefined();
    expect(document.querySelectorAll('[data-malgeun-hidden]').length).toBe(hidden);
  });
});
