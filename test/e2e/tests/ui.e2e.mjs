// What a reader sees, measured in the real browsers with the Korean UI (and once with the English UI):
// the popup has no sideways scroll from 320 to 800 px, shows the deck once, keeps its actions on one row and
// its times whole, and puts the story's first paragraph on the first screen; the reader's controls fit
// without wrapping at 1280 px, its theme sets color-scheme, and the page behind is locked while it is open;
// a not-article page is named in words; in an English UI, labels and dates are English.
import {
  DEMO_URL,
  eventually,
  injectPageTools,
  loadCorpus,
  openNewsPage,
  openPopup,
  sendToTab,
} from '../harness/index.mjs';

const corpus = loadCorpus();
// The demo page, an invented story with a table wider than a phone, a daily with a six-line deck, a
// broadcaster and a portal.
const PAGES = [
  { name: 'demo', url: DEMO_URL },
  { name: 'table', url: 'https://www.newsbell.co.kr/__e2e/table.html' },
  ...['006-mk.co.kr', '001-hankookilbo.com', '068-n.news.naver.com']
    .map((n) => corpus.find((p) => p.name === n))
    .filter(Boolean)
    .map((p) => ({ name: p.name, url: p.truth.url.replace(/^http:/, 'https:'), truth: p.truth })),
];
const NOT_ARTICLE_URL = 'https://news.kbs.co.kr/__e2e/not-article.html';
const HANGUL = /[가-힣]/;

/** Layout facts of the popup at its current width. */
function popupLayout() {
  const body = document.body;
  const right = body.getBoundingClientRect().right + 0.5;
  const sticking = [...document.querySelectorAll('#malgeun-popup *')]
    .filter((e) => {
      const r = e.getBoundingClientRect();
      // A wide table's cells run on inside its own box, which scrolls sideways (the box itself must fit).
      return r.width > 0 && r.right > right && !e.parentElement?.closest('.table-scroll');
    })
    .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 60));
  const actions = [...document.querySelectorAll('.actions > *')].map((e) =>
    Math.round(e.getBoundingClientRect().top),
  );
  const brokenTimes = [...document.querySelectorAll('time, [data-testid="reading-time"]')]
    .filter((e) => new Set([...e.getClientRects()].map((r) => Math.round(r.top))).size > 1)
    .map((e) => e.textContent);
  const deck = document.querySelector('[data-testid="deck"]')?.textContent?.trim() ?? '';
  const squash = (s) => s.replace(/\s+/g, '');
  const first = document.querySelector('[data-testid="article-body"] p');
  // biome-ignore lint/performance/useDomNodeTextContent: what is shown (a closed strip's quotes are not)
  const shown = body.innerText;
  return {
    docOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    bodyOverflow: body.scrollWidth - body.clientWidth,
    sticking,
    actionRows: new Set(actions).size,
    brokenTimes,
    deckCount: deck ? squash(shown).split(squash(deck)).length - 1 : null,
    firstParagraphTop: first ? first.getBoundingClientRect().top - body.getBoundingClientRect().top : null,
    timings: /\b\d+\s?ms\b/.test(shown),
    /** Per table box: whether its table is wider than the box (and so scrolls sideways). */
    tableScrolls: [...document.querySelectorAll('.table-scroll')].map((b) => b.scrollWidth > b.clientWidth),
  };
}

export const tests = [];

for (const p of PAGES) {
  tests.push({
    name: `${p.name}: popup fits 320–800 px, deck once, one row of actions, whole times, story on the first screen`,
    async fn({ browser, assert }) {
      const { page, ext, tabId } = await openNewsPage(browser, p.url);
      await ext.close();
      const { popup, state } = await openPopup(browser, tabId);
      assert.equal(state, 'article');
      for (const width of [320, 480, 800]) {
        await popup.setViewport(width, 600);
        await new Promise((r) => setTimeout(r, 150));
        const l = await popup.evaluate(popupLayout);
        assert.ok(
          l.docOverflow <= 0 && l.bodyOverflow <= 0,
          `${width}px: sideways overflow ${l.docOverflow}/${l.bodyOverflow}`,
        );
        assert.deepEqual(l.sticking, [], `${width}px: elements past the right edge`);
        assert.equal(l.actionRows, 1, `${width}px: actions on one row`);
        assert.deepEqual(l.brokenTimes, [], `${width}px: a time broken over two lines`);
        assert.ok(!l.timings, 'no developer timings shown');
        if (l.deckCount !== null) assert.equal(l.deckCount, 1, 'the deck appears once');
        if (p.name === 'table' && width === 320)
          assert.deepEqual(
            l.tableScrolls,
            [false, true],
            '320px: both tables shown, the wide one scrolls in its box',
          );
      }
      // The popup's own width (420 px, what a reader gets): the story starts on the first screen.
      await popup.setViewport(420, 600);
      const at420 = await popup.evaluate(popupLayout);
      assert.ok(at420.firstParagraphTop < 600, `first paragraph at ${at420.firstParagraphTop}px at 420 px`);
      // Korean UI: Korean labels and Korean dates.
      const words = await popup.evaluate(() => ({
        reader: document.querySelector('[data-testid="btn-reader"]')?.textContent ?? '',
        published: document.querySelector('[data-testid="published"]')?.textContent ?? '',
      }));
      assert.match(words.reader, HANGUL, `reader button in Korean: ${words.reader}`);
      if (words.published) assert.match(words.published, /년|전/, `Korean date: ${words.published}`);
      await popup.close();
      await page.close();
    },
  });
}

tests.push({
  name: 'reader: controls fit without wrapping at 1280 px, color-scheme per theme, the page behind locked and restored',
  async fn({ browser, assert }) {
    const { page, ext, tabId } = await openNewsPage(browser, DEMO_URL);
    await page.setViewport(1280, 800);
    await injectPageTools(ext, tabId);
    const overflowBefore = await page.evaluate(() => getComputedStyle(document.documentElement).overflowY);
    const setTheme = (theme) =>
      ext.evaluate(async (theme) => {
        const api = globalThis.browser ?? chrome;
        const { reader } = await api.storage.sync.get('reader');
        await api.storage.sync.set({ reader: { ...(reader ?? {}), theme } });
      }, theme);
    try {
      for (const [theme, scheme] of [
        ['dark', 'dark'],
        ['light', 'light'],
      ]) {
        await setTheme(theme);
        const opened = await sendToTab(ext, tabId, { type: 'malgeun:open-reader' });
        assert.ok(opened.ok, opened.error);
        const s = await eventually(async () => {
          const r = await sendToTab(ext, tabId, { type: 'malgeun:reader-state' });
          assert.ok(r.ok && r.value?.open && r.value.listen !== 'checking', 'reader open, voices checked');
          return r.value;
        });
        assert.equal(s.colorScheme, scheme, `${theme} theme declares color-scheme ${scheme}`);
        assert.ok(s.layout.controls >= 15, `controls measured: ${s.layout.controls}`);
        assert.deepEqual(s.layout.wrapped, [], 'no control label wraps');
        assert.deepEqual(s.layout.offscreen, [], 'no control outside the window');
        const locked = await page.evaluate(() => ({
          overflow: getComputedStyle(document.documentElement).overflowY,
          scrollbar: window.innerWidth - document.documentElement.clientWidth,
        }));
        assert.equal(locked.overflow, 'hidden', 'the page behind does not scroll');
        assert.equal(locked.scrollbar, 0, 'the page behind shows no scrollbar');
        await sendToTab(ext, tabId, { type: 'malgeun:close-reader' });
        const after = await page.evaluate(() => getComputedStyle(document.documentElement).overflowY);
        assert.equal(after, overflowBefore, 'page scrolling given back');
      }
    } finally {
      await setTheme('system');
    }
    await page.close();
    await ext.close();
  },
});

tests.push({
  name: 'not-article page: named in words, with clean anyway, reader and the site switch',
  async fn({ browser, assert }) {
    const { page, ext, tabId } = await openNewsPage(browser, NOT_ARTICLE_URL);
    await ext.close();
    const { popup, state } = await openPopup(browser, tabId);
    assert.equal(state, 'not-article');
    const seen = await popup.evaluate(() => {
      const q = (id) => document.querySelector(`[data-testid="${id}"]`);
      return {
        kind: q('page-kind')?.textContent ?? '',
        why: q('page-kind-why')?.textContent ?? '',
        buttons: ['btn-clean-anyway', 'btn-reader-anyway', 'toggle-auto'].filter((id) => q(id)),
      };
    });
    assert.match(seen.kind, HANGUL, `kind in Korean: ${seen.kind}`);
    assert.ok(seen.why.length > 20, 'says why');
    assert.deepEqual(seen.buttons, ['btn-clean-anyway', 'btn-reader-anyway', 'toggle-auto']);
    await popup.close();
    await page.close();
  },
});

tests.push({
  name: 'English UI: labels and dates in English, no Korean date under an English label',
  timeout: 90000,
  async fn({ launch, assert }) {
    const browser = await launch({ locale: 'en' });
    const { page, ext, tabId } = await openNewsPage(browser, DEMO_URL);
    await ext.close();
    const { popup, state } = await openPopup(browser, tabId);
    assert.equal(state, 'article');
    const seen = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      reader: document.querySelector('[data-testid="btn-reader"]')?.textContent ?? '',
      published: document.querySelector('[data-testid="published"]')?.parentElement?.textContent ?? '',
      reading: document.querySelector('[data-testid="reading-time"]')?.textContent ?? '',
    }));
    assert.equal(seen.lang, 'en');
    assert.doesNotMatch(seen.reader, HANGUL, `reader button: ${seen.reader}`);
    assert.match(
      seen.published,
      /^Published [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$|ago$/,
      seen.published,
    );
    assert.match(seen.reading, /^\d+ min read$/, seen.reading);
    await popup.close();
    await page.close();
  },
});
