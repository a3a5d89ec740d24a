// @vitest-environment jsdom
// content.js on a known host, on a page whose script builds the story after DOMContentLoaded: no article
// then, so the early hide stays and nothing is hidden; at document idle (auto.js) it looks again, finds the
// story and cleans. A page that is still no article at idle gets the early hide taken away.
import { afterAll, describe, expect, it } from 'vitest';
import { loadPage, RANKING_ASIDE, stateWhen } from '../fixtures/content-messages';

const PARA =
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.';

const g = globalThis as { __malgeunEarly?: boolean; __malgeunWake?: () => void };
afterAll(() => {
  delete (document as { readyState?: unknown }).readyState;
});

describe('content script at DOMContentLoaded before the story is built', () => {
  it('keeps the early hide, hides nothing, and cleans at document idle once the story is there', async () => {
    loadPage(`<!doctype html><html lang="ko" data-malgeun-early="news"><head><title>예산안 확정</title></head>
<body><article><h1>정부, 내년 예산안 확정</h1><div id="article-body"></div></article>${RANKING_ASIDE}</body></html>`);
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    g.__malgeunEarly = true;
    await import('../../src/content/index');
    window.dispatchEvent(new Event('DOMContentLoaded'));
    const before = await stateWhen((s) => s.settled === true);
    expect(before.isArticle).toBe(false);
    expect(before.hidden).toBe(0);
    expect(document.documentElement.getAttribute('data-malgeun-early')).toBe('news');
    // The page's script fills the story in; then document idle comes.
    const head = document.head as HTMLHeadElement;
    head.insertAdjacentHTML('beforeend', '<meta property="og:type" content="article">');
    (document.getElementById('article-body') as Element).innerHTML = `<p>${PARA}</p>`.repeat(5);
    await import('../../src/content/auto');
    expect(g.__malgeunWake).toBeUndefined();
    const after = await stateWhen((s) => s.hidden !== 0);
    expect(after.isArticle).toBe(true);
    expect(document.querySelector('.ranking')?.getAttribute('data-malgeun-hidden')).not.toBeNull();
    for (const p of document.querySelectorAll('#article-body p'))
      expect(p.closest('[data-malgeun-hidden]')).toBeNull();
    expect(document.documentElement.getAttribute('data-malgeun-early')).toBe('news');
  });
});
