// @vitest-environment jsdom
// content.js run by the automatic registration (auto.js before it): it hides the clutter at once, before
// the options are read, then adds what the user's own selectors for the site match.
import { describe, expect, it } from 'vitest';
import browser from '../../src/shared/browser';
import { saveOptions } from '../../src/shared/options';
import { loadPage, RANKING_ASIDE, runAsRegistered } from '../fixtures/content-messages';

const PARA =
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.';

describe('content script sent by the automatic registration', () => {
  it('cleans before the options arrive, then applies the site selectors, and takes the flag once', async () => {
    await saveOptions({ sites: { localhost: { selectors: ['.promo'] } } });
    loadPage(`<!doctype html><html lang="ko"><head><title>예산안 확정</title>
<meta property="og:type" content="article"></head><body><article><h1>정부, 내년 예산안 확정</h1>
<div id="article-body">${`<p>${PARA}</p>`.repeat(5)}</div><div class="promo">이벤트 안내</div></article>
${RANKING_ASIDE}</body></html>`);
    // Record the order of events: the ranking must be hidden while the options are still being read.
    let readsDone = 0;
    const get = browser.storage.sync.get.bind(browser.storage.sync);
    // A slow storage read (an IPC round trip in a browser): the clean-up must not wait for it.
    browser.storage.sync.get = (async (keys: unknown) => {
      const r = await get(keys as null);
      await new Promise((ok) => setTimeout(ok, 50));
      readsDone++;
      return r;
    }) as typeof browser.storage.sync.get;
    let hiddenBeforeOptions = false;
    const ranking = document.querySelector('.ranking') as Element;
    new MutationObserver(() => {
      if (ranking.hasAttribute('data-malgeun-hidden') && readsDone === 0) hiddenBeforeOptions = true;
    }).observe(ranking, { attributes: true });
    const state = await runAsRegistered();
    expect((globalThis as { __malgeunAuto?: number }).__malgeunAuto).toBeUndefined();
    expect(hiddenBeforeOptions).toBe(true);
    expect(state.auto).toBe(true);
    expect(state.hidden as number).toBeGreaterThan(0);
    expect(ranking.getAttribute('data-malgeun-hidden')).not.toBeNull();
    expect(document.querySelector('.promo')?.getAttribute('data-malgeun-hidden')).toBe('other');
    for (const p of document.querySelectorAll('#article-body p'))
      expect(p.closest('[data-malgeun-hidden]')).toBeNull();
  });
});
