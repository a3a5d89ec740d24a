// Bench part (Chromium): what a reader sees before the clean-up, over the corpus articles on known hosts.
//   - flash: a clutter headline (truth `clutter`) visible in any frame painted from the first one up to the
//     first frame after DOMContentLoaded (innerText taken in each requestAnimationFrame, i.e. the frame about
//     to be painted), per page; reported with the early-hide stylesheet and without it (early.css taken
//     out of early:known for the second pass);
//   - layout shift the clean-up causes: the sum of layout-shift entries (no recent input) from the moment the
//     first block was hidden to 500 ms after, per page;
//   - DOMContentLoaded -> first block hidden, in the page's clock: how long the clutter the early hide left
//     still showed once the document was parsed.
import { eventually, sendToTab, squash, tabIdFor } from '../harness/index.mjs';

/** Runs in every page before its own scripts (main world): records frames, shifts and the first hiding. */
function recorder() {
  const rec = { frames: [], shifts: [], hiddenAt: null, dcl: false, dclAt: null, done: false, rule: null };
  window.__malgeunBench = rec;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) rec.shifts.push({ t: e.startTime, v: e.value });
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver((muts) => {
    if (rec.hiddenAt === null && muts.some((m) => m.target.hasAttribute?.('data-malgeun-hidden')))
      rec.hiddenAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-malgeun-hidden'] });
  document.addEventListener('DOMContentLoaded', () => {
    rec.dcl = true;
    rec.dclAt = performance.now();
  });
  const frame = () => {
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered in this frame is the point
    if (document.body) rec.frames.push(document.body.innerText);
    // The site rule early.js named (only on a rule's article address), before content.js can take it away.
    rec.rule ??= document.documentElement.getAttribute('data-malgeun-early');
    if (rec.dcl) rec.done = true;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function measurePage(browser, ext, truth) {
  const url = truth.url.replace(/^http:/, 'https:');
  const page = await browser.openPage(url);
  const tabId = await tabIdFor(ext, url);
  await page.waitFor(() => window.__malgeunBench?.done === true, undefined, { timeout: 15000 });
  // Settled: the clean-up has run (or judged the page not an article).
  await eventually(async () => {
    const r = await sendToTab(ext, tabId, { type: 'malgeun:get-state' });
    if (!r.ok || !r.value?.settled) throw new Error('not settled');
  });
  await new Promise((r) => setTimeout(r, 600));
  const rec = await page.evaluate(() => {
    const r = window.__malgeunBench;
    // What the idle clean-up hid, named by id or class: what a site rule could name to hide it early.
    const named = [...document.querySelectorAll('[data-malgeun-hidden]')].map((el) =>
      el.id ? `#${el.id}` : el.classList.length ? `${el.localName}.${[...el.classList].join('.')}` : null,
    );
    return { frames: r.frames, shifts: r.shifts, hiddenAt: r.hiddenAt, dclAt: r.dclAt, rule: r.rule, named };
  });
  await page.close();
  const clutter = (truth.clutter ?? []).map(squash).filter(Boolean);
  const seen = rec.frames.some((f) => {
    const text = squash(f);
    return clutter.some((c) => text.includes(c));
  });
  const shift =
    rec.hiddenAt === null
      ? 0
      : rec.shifts
          .filter((s) => s.t >= rec.hiddenAt - 1 && s.t <= rec.hiddenAt + 500)
          .reduce((a, s) => a + s.v, 0);
  const total = rec.shifts.reduce((a, s) => a + s.v, 0);
  return {
    url,
    seen,
    shift,
    total,
    // How long the clutter still showed once the document was parsed (page clock; null: nothing hidden).
    afterDcl: rec.hiddenAt === null || rec.dclAt === null ? null : rec.hiddenAt - rec.dclAt,
    frames: rec.frames.length,
    rule: rec.rule,
    named: rec.named.filter(Boolean),
  };
}

/**
 * @param browser  a Chromium session from the harness
 * @param pages    corpus pages ({ truth }) to measure: articles with clutter truth
 * Returns { [pass]: rows }, a row per page: { url, seen, shift, frames, rule } (rule: the early-hide rule
 * early.js named on the page, null where none applies) or { url, failed }.
 */
export async function firstFrameBench(browser, pages) {
  await browser.raw.addInitScript(recorder);
  const ext = await browser.openExtensionPage('options.html', { waitFor: null });
  const passes = {};
  // Nothing learned yet (an earlier part of the bench visited these pages): the first page of each host is a
  // first visit, its later pages get what the clean-up learned on the earlier ones.
  await ext.evaluate(() => chrome.storage.local.remove('earlyLearned'));
  for (const pass of ['with early-hide', 'without early-hide']) {
    // Without: early:known keeps its scripts (content.js arrives there) but loses early.css, and what the
    // clean-up learns is forgotten before every page, so early.js's learned stylesheet stays empty.
    if (pass === 'without early-hide')
      await ext.evaluate(async () => {
        const [reg] = await chrome.scripting.getRegisteredContentScripts({ ids: ['early:known'] });
        await chrome.scripting.unregisterContentScripts({ ids: ['early:known'] });
        const { css: _css, ...rest } = reg;
        await chrome.scripting.registerContentScripts([rest]);
        await chrome.storage.local.remove('earlyLearned');
      });
    const rows = [];
    const hosts = new Set();
    for (const p of pages) {
      const host = new URL(p.truth.url).hostname;
      const first = !hosts.has(host);
      hosts.add(host);
      try {
        // Without: nothing learned on the earlier pages either.
        if (pass === 'without early-hide')
          await ext.evaluate(() => chrome.storage.local.remove('earlyLearned'));
        rows.push({ ...(await measurePage(browser, ext, p.truth)), first });
      } catch (e) {
        rows.push({ url: p.truth.url, failed: String(e?.message ?? e).split('\n')[0] });
      }
    }
    passes[pass] = rows;
  }
  await ext.close();
  return passes;
}
