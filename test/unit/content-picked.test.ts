// @vitest-environment jsdom
// What the block picker saves: a selector among the site's own, with the day it was picked. An open page hides
// a block picked on it at once (even where the clean-up does not run), keeps earlier picks hidden through later
// changes, and shows a block again when its selector is removed. Stored data from before the picker still reads.
import { describe, expect, it } from 'vitest';
import browser from '../../src/shared/browser';
import {
  addPickedSelector,
  loadOptions,
  normalizeOptions,
  removePickedSelector,
  saveOptions,
} from '../../src/shared/options';
import { loadPage, RANKING_ASIDE, stateWhen } from '../fixtures/content-messages';

const PARA =
  '정부가 20일 내년도 예산안을 확정했다. 총지출 규모는 올해보다 3.2% 늘어난 680조원으로, 민생 회복과 저출생 대응에 무게를 실었다.';

type Changed = (changes: Record<string, unknown>, area: string) => unknown;

/** storage.onChanged as the browser fires it after a write (the in-memory mock does not). */
async function storageChanged(): Promise<void> {
  const list = (browser.storage.onChanged as unknown as { list: Changed[] }).list;
  await Promise.all(list.map((l) => l({ sites: {} }, 'sync')));
}

const hidden = (sel: string) => document.querySelector(sel)?.hasAttribute('data-malgeun-hidden');

describe('blocks picked on an open page', () => {
  it('hide at once where the clean-up is off, stay hidden through later picks, and show again when removed', async () => {
    await saveOptions({ sites: { localhost: { auto: false, selectors: [] } } });
    loadPage(`<!doctype html><html lang="ko"><head><title>예산안</title>
<meta property="og:type" content="article"></head><body><article><h1>예산안 확정</h1>
<div id="article-body">${`<p>${PARA}</p>`.repeat(5)}</div><div class="promo">이벤트 안내</div></article>
${RANKING_ASIDE}<div id="late">구독 안내</div></body></html>`);
    await import('../../src/content/index');
    await stateWhen((s) => s.settled === true);
    expect(hidden('.ranking')).toBe(false);

    const at = new Date('2026-12-01T10:00:00Z');
    await addPickedSelector('localhost', '.promo', at);
    await storageChanged();
    expect(hidden('.promo')).toBe(true);
    expect(hidden('.ranking')).toBe(false); // the clean-up itself stays off here

    await addPickedSelector('localhost', '#late', at);
    await storageChanged();
    expect(hidden('#late')).toBe(true);
    expect(hidden('.promo')).toBe(true);

    const site = (await loadOptions()).sites.localhost;
    expect(site).toEqual({
      auto: false,
      selectors: ['.promo', '#late'],
      picked: { '.promo': at.toISOString(), '#late': at.toISOString() },
    });

    await removePickedSelector('localhost', '.promo');
    await storageChanged();
    expect(hidden('.promo')).toBe(false);
    expect(hidden('#late')).toBe(true);
    expect((await loadOptions()).sites.localhost).toEqual({
      auto: false,
      selectors: ['#late'],
      picked: { '#late': at.toISOString() },
    });
  });
});

describe('stored picked dates', () => {
  it('reads data from before the picker, and drops dates of selectors no longer listed or not dates', () => {
    const o = normalizeOptions({
      optionsVersion: 2,
      sites: {
        'old.example.com': { selectors: ['.ad'] },
        'new.example.com': {
          selectors: ['.rank', '#promo'],
          picked: {
            '.rank': '2026-11-30T01:02:03.000Z',
            '.gone': '2026-11-30T01:02:03.000Z',
            '#promo': 'soon',
          },
        },
      },
    });
    expect(o.sites['old.example.com']).toEqual({ selectors: ['.ad'] });
    expect(o.sites['new.example.com']).toEqual({
      selectors: ['.rank', '#promo'],
      picked: { '.rank': '2026-11-30T01:02:03.000Z' },
    });
  });
});
