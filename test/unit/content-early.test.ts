// @vitest-environment jsdom
// content.js on a known host: it arrives at document_start behind early.js (which sets the flag), does
// nothing to the page while it waits, and runs the automatic clean-up when auto.js wakes it at idle.
import { describe, expect, it } from 'vitest';
import { loadPage, RANKING_ASIDE, stateWhen } from '../fixtures/content-messages';

const PARA =
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.';

type Marks = { __malgeunEarly?: boolean; __malgeunAuto?: number; __malgeunWake?: () => void };
const g = globalThis as Marks;

describe('content script compiled at document_start', () => {
  it('waits untouched until auto.js wakes it, then cleans as the automatic registration', async () => {
    const before = loadPage(`<!doctype html><html lang="ko"><head><title>예산안 확정</title>
<meta property="og:type" content="article"></head><body><article><h1>정부, 내년 예산안 확정</h1>
<div id="article-body">${`<p>${PARA}</p>`.repeat(5)}</div></article>${RANKING_ASIDE}</body></html>`);
    g.__malgeunEarly = true;
    await import('../../src/content/index');
    // Waiting: the flag is taken, the page is as it was, nothing answers messages yet, a waker is left.
    expect(g.__malgeunEarly).toBeUndefined();
    await new Promise((ok) => setTimeout(ok, 30));
    expect(document.documentElement.outerHTML).toBe(before);
    expect(typeof g.__malgeunWake).toBe('function');
    // What auto.js does at document idle.
    await import('../../src/content/auto');
    expect(g.__malgeunWake).toBeUndefined();
    expect(g.__malgeunAuto).toBeUndefined();
    const state = await stateWhen((s) => s.settled === true);
    expect(state.auto).toBe(true);
    expect(state.hidden as number).toBeGreaterThan(0);
    expect(document.querySelector('.ranking')?.getAttribute('data-malgeun-hidden')).not.toBeNull();
    for (const p of document.querySelectorAll('#article-body p'))
      expect(p.closest('[data-malgeun-hidden]')).toBeNull();
  });
});
