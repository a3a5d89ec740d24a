// @vitest-environment jsdom
// A registration not yet in step with the options (the user just switched this site off): content.js,
// sent to clean, finds the options say no and gives the page back exactly.
import { describe, expect, it } from 'vitest';
import { saveOptions } from '../../src/shared/options';
import { loadPage, RANKING_ASIDE, runAsRegistered } from '../fixtures/content-messages';

const PARA =
  '기획재정부는 이날 국무회의에서 이같은 내용을 담은 예산안을 의결했다고 밝혔다. 정부는 다음 달 초 국회에 예산안을 제출할 계획이다.';

describe('content script sent to clean a site switched off meanwhile', () => {
  it('restores the page once the options say no', async () => {
    await saveOptions({ sites: { localhost: { auto: false, selectors: [] } } });
    const pristine = loadPage(`<!doctype html><html lang="ko"><head><title>예산안</title>
<meta property="og:type" content="article"></head><body><article><h1>예산안 의결</h1>
<div id="article-body">${`<p>${PARA}</p>`.repeat(5)}</div></article>${RANKING_ASIDE}</body></html>`);
    const state = await runAsRegistered();
    expect(state.auto).toBe(false);
    expect(state.hidden).toBe(0);
    expect(document.documentElement.outerHTML).toBe(pristine);
  });
});
