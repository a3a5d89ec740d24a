// Issue 10, "never hide the story's frame", in both real browsers: every corpus article served under its real
// address and cleaned automatically. One visit per page: measure what is visible after the clean-up, restore,
// and measure what the page shows by itself. Every headline, reporter name and story paragraph visible before
// must be visible after; every truth clutter headline visible before must be hidden after. The last test logs
// the totals per browser ("kept N of M").
import { eventually, loadCorpus, openNewsPage, sendToTab, short } from '../harness/index.mjs';

const pages = loadCorpus()
  .filter((p) => p.truth.kind === 'article')
  .map((p) => ({ ...p, url: p.truth.url.replace(/^http:/, 'https:') }));

/**
 * In the page: for each string, whether some element showing it is visible. The elements are the smallest
 * ones whose text holds the whole string (white space ignored); visible = rendered with a size, not hidden by
 * `visibility` or `opacity`, and none of its ancestors `display: none`.
 */
function visibility(strings) {
  const flat = (s) => String(s).normalize('NFC').replace(/\s+/g, '');
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const holders = (want) => {
    const out = [];
    const walk = (el) => {
      let inChild = false;
      for (const c of el.children) {
        if (skip.has(c.tagName) || !flat(c.textContent).includes(want)) continue;
        inChild = true;
        walk(c);
      }
      if (!inChild) out.push(el);
    };
    if (flat(document.body.textContent).includes(want)) walk(document.body);
    return out;
  };
  const seen = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    return el.checkVisibility
      ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
      : getComputedStyle(el).visibility !== 'hidden';
  };
  return strings.map((s) => {
    const want = flat(s);
    return !!want && holders(want).some(seen);
  });
}

/** Totals per browser, logged by the last test. */
const totals = {};
const KINDS = ['headline', 'reporter', 'paragraph', 'clutter'];

function sums(browserName) {
  totals[browserName] ??= { pages: 0, ...Object.fromEntries(KINDS.map((k) => [k, { kept: 0, of: 0 }])) };
  return totals[browserName];
}

export const tests = pages.map((p) => ({
  name: `${p.name}: the story's frame stays visible, clutter goes (frame)`,
  timeout: 45000,
  async fn({ browser, browserName, assert }) {
    const { truth } = p;
    const { page, ext, tabId, state } = await openNewsPage(browser, p.url);
    try {
      assert.equal(state.isArticle, true, `detected as an article (${state.url})`);
      const frame = [
        ['headline', truth.title],
        ...(truth.authors ?? []).map((a) => ['reporter', a]),
        ...(truth.bodyInScriptOnly ? [] : truth.body.map((b) => ['paragraph', b])),
      ];
      const clutter = truth.clutter ?? [];
      const strings = [...frame.map(([, s]) => s), ...clutter];
      // Late widgets: let the page load and the watcher catch up before the first measure.
      await page
        .waitFor(() => document.readyState === 'complete', undefined, { timeout: 8000 })
        .catch(() => {});
      await new Promise((r) => setTimeout(r, 600));
      const after = await page.evaluate(visibility, strings);
      const r = await sendToTab(ext, tabId, { type: 'malgeun:restore' });
      assert.ok(r.ok, `restore: ${r.error}`);
      await eventually(async () => {
        const n = await page.evaluate(() => document.querySelectorAll('[data-malgeun-hidden]').length);
        if (n) throw new Error(`${n} blocks still marked after restore`);
      });
      const before = await page.evaluate(visibility, strings);
      const sum = sums(browserName);
      sum.pages++;
      const lost = [];
      for (const kind of ['headline', 'reporter', 'paragraph']) {
        const idx = frame.map((f, i) => (f[0] === kind && before[i] ? i : -1)).filter((i) => i >= 0);
        const kept = idx.filter((i) => after[i]);
        sum[kind].kept += kept.length;
        sum[kind].of += idx.length;
        for (const i of idx) if (!after[i]) lost.push(`${kind} ${frame[i][1]}`);
      }
      const shown = clutter.map((_, i) => frame.length + i).filter((i) => before[i]);
      const left = shown.filter((i) => after[i]);
      sum.clutter.kept += shown.length - left.length;
      sum.clutter.of += shown.length;
      assert.deepEqual(lost, [], `frame no longer visible — ${short(lost)}`);
      assert.deepEqual(
        left.map((i) => strings[i]),
        [],
        `clutter still visible — ${short(left.map((i) => strings[i]))} of ${shown.length}`,
      );
    } finally {
      await ext.close();
      await page.close();
    }
  },
}));

tests.push({
  name: 'frame totals over the corpus (frame)',
  async fn({ browserName, log, assert }) {
    const t = totals[browserName];
    assert.ok(t?.pages, 'no page measured');
    const fig = (k) => `${k} ${t[k].kept} of ${t[k].of}`;
    log(
      `${browserName}: ${t.pages} pages; visible before and after: ${fig('headline')}, ${fig('reporter')}, ` +
        `${fig('paragraph')}; clutter visible before and hidden after: ${fig('clutter')}`,
    );
  },
});
