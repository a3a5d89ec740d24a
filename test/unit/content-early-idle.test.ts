// @vitest-environment jsdom
// content.js on a known host when DOMContentLoaded never reaches window (a page may stop the event on
// document): auto.js at document idle starts the clean-up instead, once.
import { afterAll, describe, expect, it } from 'vitest';
import { loadPage, RANKING_ASIDE, stateWhen } from '../fixtures/content-messages';

const PARA =
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.';

const g = globalThis as { __malgeunEarly?: boolean; __malgeunAuto?: number; __malgeunWake?: () => void };
afterAll(() => {
  delete (document as { readyState?: unknown }).readyState;
});

describe('content script whose DOMContentLoaded never came', () => {
  it('cleans when auto.js runs at document idle', async () => {
    const before = loadPage(`<!doctype html><html lang="ko"><head><title>예산안 확정</title>
<meta property="og:type" content="article"></head><body><article><h1>정부, 내년 예산안 확정</h1>
<div id="article-body">${`<p>${PARA}</p>`.repeat(5)}</div></article>${RANKING_ASIDE}</body></html>`);
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    g.__malgeunEarly = true;
    await import('../../src/content/index');
    await new Promise((ok) => setTimeout(ok, 30));
    expect(document.documentElement.outerHTML).toBe(before);
    await import('../../src/content/auto');
    expect(g.__malgeunWake).toBeUndefined();
    expect(g.__malgeunAuto).toBeUndefined();
    expect(document.querySelector('.ranking')?.getAttribute('data-malgeun-hidden')).not.toBeNull();
    const state = await stateWhen((s) => s.settled === true);
    expect(state.auto).toBe(true);
    // A DOMContentLoaded heard after all starts nothing twice.
    const hidden = state.hidden;
    window.dispatchEvent(new Event('DOMContentLoaded'));
    expect((await stateWhen((s) => s.settled === true)).hidden).toBe(hidden);
  });
});
