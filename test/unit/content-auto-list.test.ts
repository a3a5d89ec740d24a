// @vitest-environment jsdom
// content.js sent by the automatic registration to a page that is not an article (a section's list of
// headlines): nothing is hidden, not even what the user's own selectors for the site match.
import { describe, expect, it } from 'vitest';
import { saveOptions } from '../../src/shared/options';
import { loadPage, runAsRegistered } from '../fixtures/content-messages';

describe('content script sent to a list page', () => {
  it('leaves the page exactly as it was', async () => {
    await saveOptions({ sites: { localhost: { selectors: ['.promo'] } } });
    const items = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/news/${i}">정치권 예산 공방 이어져 여야 협상 난항 ${i}번째 소식</a></li>`,
    ).join('');
    const pristine =
      loadPage(`<!doctype html><html lang="ko"><head><title>정치 - 테스트일보</title></head><body>
<h2>정치</h2><p class="intro">정치 분야의 최신 기사를 모아 보여 드립니다. 목록은 수시로 바뀝니다.</p><ul class="list">${items}</ul><div class="promo">구독 이벤트</div></body></html>`);
    const state = await runAsRegistered();
    expect(state.isArticle).toBe(false);
    expect(state.hidden).toBe(0);
    expect(document.documentElement.outerHTML).toBe(pristine);
  });
});
