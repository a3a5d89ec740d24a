// @vitest-environment jsdom
// A registration not yet in step with the options (the user just switched this site off): content.js,
// sent to clean, finds the options say no and gives the page back exactly.
import { describe, expect, it } from 'vitest';
import { saveOptions } from '../../src/shared/options';
import { stateWhen } from '../fixtures/content-messages';

const PARA =
  '기획재정부는 이날 국무회의에서 이같은 내용을 담은 예산안을 의결했다고 밝혔다. 정부는 다음 달 초 국회에 예산안을 제출할 계획이다.';

describe('content script sent to clean a site switched off meanwhile', () => {
  it('restores the page once the options say no', async () => {
    await saveOptions({ sites: { localhost: { auto: false, selectors: [] } } });
    document.open();
    document.write(`<!doctype html><html lang="ko"><head><title>예산안</title>
<meta property="og:type" content="article"></head><body><article><h1>예산안 의결</h1>
<div id="article-body">${`<p>${PARA}</p>`.repeat(5)}</div></article>
<aside class="ranking"><h3>많이 본 뉴스</h3><ol>${[1, 2, 3]
      .map((i) => `<li><a href="/n/${i}">많이 본 기사 제목이 여기에 길게 ${i}번째로 들어갑니다</a></li>`)
      .join('')}</ol></aside></body></html>`);
    document.close();
    const pristine = document.documentElement.outerHTML;
    (globalThis as { __malgeunAuto?: number }).__malgeunAuto = performance.now();
    await import('../../src/content/index');
    const state = await stateWhen((s) => s.settled === true);
    expect(state.auto).toBe(false);
    expect(state.hidden).toBe(0);
    expect(document.documentElement.outerHTML).toBe(pristine);
  });
});
