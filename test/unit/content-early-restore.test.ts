// @vitest-environment jsdom
// content.js on a known host: no article at DOMContentLoaded, then the user restores the page (원래대로)
// before document idle. Idle must not clean it again, even with the story there by then.
import { afterAll, describe, expect, it } from 'vitest';
import { answer, loadPage, RANKING_ASIDE, stateWhen } from '../fixtures/content-messages';

const PARA =
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.';

const g = globalThis as { __malgeunEarly?: boolean };
afterAll(() => {
  delete (document as { readyState?: unknown }).readyState;
});

describe('content script restored before document idle', () => {
  it('leaves the page as the user asked when idle comes', async () => {
    loadPage(`<!doctype html><html lang="ko" data-malgeun-early="news"><head><title>예산안 확정</title>
<meta property="og:type" content="article"></head><body><article><h1>정부, 내년 예산안 확정</h1>
<div id="article-body"></div></article>${RANKING_ASIDE}</body></html>`);
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    g.__malgeunEarly = true;
    await import('../../src/content/index');
    window.dispatchEvent(new Event('DOMContentLoaded'));
    await stateWhen((s) => s.settled === true);
    const restored = await answer({ type: 'malgeun:restore' });
    expect(restored.hidden).toBe(0);
    expect(document.documentElement.hasAttribute('data-malgeun-early')).toBe(false);
    (document.getElementById('article-body') as Element).innerHTML = `<p>${PARA}</p>`.repeat(5);
    await import('../../src/content/auto');
    await new Promise((ok) => setTimeout(ok, 30));
    expect(document.querySelectorAll('[data-malgeun-hidden]').length).toBe(0);
    expect((await answer({ type: 'malgeun:get-state' })).hidden).toBe(0);
  });
});
