// @vitest-environment jsdom
// House style rule 13: the product's messages carry what the UI shows; timings and counters for the tests live
// behind the test flag (`__MALGEUN_TEST__`, `node build.mjs --test`; vitest runs the product's setting). The
// state content.js sends has no timing or counter in it, and the test-only request goes unanswered.
// (test-build.test.ts checks the product bundles hold none of the test hooks.)
import { describe, expect, it } from 'vitest';
import { ask, loadPage, RANKING_ASIDE, runAsRegistered } from '../fixtures/content-messages';

const PARA =
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.';
/** Names a timing or a counter for tests would go by (a key ending in `Ms`, the watcher's counts). */
const TELEMETRY_KEY = /Ms$|^batches$|^lateHidden$|metric|timing/i;

describe('the clean-up state of a product build', () => {
  it('sends a clean-up state without timings or counters, and leaves the test request unanswered', async () => {
    loadPage(`<!doctype html><html lang="ko"><head><title>예산안 확정</title>
<meta property="og:type" content="article"></head><body><article><h1>정부, 내년 예산안 확정</h1>
<div id="article-body">${`<p>${PARA}</p>`.repeat(5)}</div></article>${RANKING_ASIDE}</body></html>`);
    const state = await runAsRegistered();
    // The page was cleaned: a timing would have been taken here, were there one to take.
    expect(state.hidden as number).toBeGreaterThan(0);
    expect(Object.keys(state).filter((k) => TELEMETRY_KEY.test(k))).toEqual([]);
    expect(ask({ type: 'malgeun:cleanup-metrics' })).toBeNull();
  });
});
