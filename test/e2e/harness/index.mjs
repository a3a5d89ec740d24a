// The e2e harness every test shares: one launcher per browser behind one interface, the local server, and
// small helpers that talk to the extension the way its own pages do.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';
import { repoRoot } from './server.mjs';

export { launchChromium } from './chromium.mjs';
export { launchFirefox } from './firefox.mjs';
export { corpusDir, DEMO_URL, demoPage, loadCorpus, repoRoot, startServer } from './server.mjs';

export const BROWSERS = ['chromium', 'firefox'];

export function distFor(browserName) {
  // MALGEUN_DIST points the tests at another build (e.g. a copy, while someone rebuilds dist/).
  const base = process.env.MALGEUN_DIST ? resolve(process.env.MALGEUN_DIST) : join(repoRoot, 'dist');
  const dir = join(base, browserName === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir} is not built: run \`npm run build\` first`);
  return dir;
}

/**
 * Waits until the background's automatic clean-up registration is in step with the options: present
 * while automatic clean-up is on, gone while it is off. The background registers it at install and
 * start-up and after every options change; a page opened before that would rightly not be cleaned.
 */
export function autoScriptsInStep(extPage) {
  return eventually(async () => {
    const { on, ids } = await extPage.evaluate(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const { autoClean } = await api.storage.sync.get('autoClean');
      const ids = (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
      return { on: autoClean !== false, ids };
    });
    if (on !== ids.includes('auto:known'))
      throw new Error(`automatic clean-up ${on ? 'on' : 'off'} but registrations are [${ids}]`);
  });
}

/** Launches `browserName` with the built extension, its traffic sent to `server`, registrations in step. */
export async function launch(browserName, server, opts = {}) {
  const o = { proxy: server?.proxy, ...opts };
  // `distDir`: another build of the extension (e.g. a copy with a test-only manifest patch).
  const dir = opts.distDir ?? distFor(browserName);
  const browser = browserName === 'chromium' ? await launchChromium(dir, o) : await launchFirefox(dir, o);
  try {
    const ext = await browser.openExtensionPage('options.html', { waitFor: null });
    await autoScriptsInStep(ext);
    await ext.close();
  } catch (e) {
    await browser.close();
    throw e;
  }
  return browser;
}

/** Text compared the way the corpus scores it: NFC, white space removed. */
export const squash = (s) =>
  String(s ?? '')
    .normalize('NFC')
    .replace(/\s+/g, '');

/** What a person sees on the page (hidden blocks are left out of innerText), squashed. */
export function visibleText(page) {
  // innerText on purpose: it leaves out what CSS hides, which is what the clean-up does.
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
  return page.evaluate(() => document.body.innerText).then(squash);
}

/** The id of the tab showing `url` (exact, or its first tab whose URL starts with it), asked from an extension page. */
export function tabIdFor(extPage, url) {
  return extPage.evaluate(async (u) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = await api.tabs.query({});
    const t = tabs.find((x) => x.url === u) ?? tabs.find((x) => x.url?.startsWith(u));
    return t ? t.id : null;
  }, url);
}

/** Sends `message` from an extension page to the content script in tab `tabId`; returns the answer. */
export function sendToTab(extPage, tabId, message) {
  return extPage.evaluate(
    async ({ tabId, message }) => {
      const api = globalThis.browser ?? globalThis.chrome;
      try {
        return { ok: true, value: await api.tabs.sendMessage(tabId, message) };
      } catch (e) {
        return { ok: false, error: String(e?.message ?? e) };
      }
    },
    { tabId, message },
  );
}

/**
 * Timings and counters a test build keeps (`node build.mjs --test`; messages.ts `ToTestHooks`): content.js's
 * `{cleanMs, startToHiddenMs, idleToHiddenMs, batches, lateHidden, firstPass}`, or with `tools` page-tools.js's `{extractMs, readerOpenMs}`.
 * A product build does not answer: that is an error naming the build to make.
 */
export async function testMetrics(extPage, tabId, { tools = false } = {}) {
  const type = tools ? 'malgeun:tools-metrics' : 'malgeun:cleanup-metrics';
  const r = await sendToTab(extPage, tabId, { type });
  if (r.ok && r.value && typeof r.value === 'object') return r.value;
  throw new Error(
    `no answer to ${type} (${r.error ?? 'none'}): timings need a test build, \`npm run build:test\` (node build.mjs --test)`,
  );
}

/** Sends `message` from an extension page to the background; returns the answer. */
export function sendToBackground(extPage, message) {
  return extPage.evaluate(async (message) => {
    const api = globalThis.browser ?? globalThis.chrome;
    try {
      return { ok: true, value: await api.runtime.sendMessage(message) };
    } catch (e) {
      return { ok: false, error: String(e?.message ?? e) };
    }
  }, message);
}

/** Retries an async check until it returns without throwing (or the time runs out, then rethrows). */
export async function eventually(check, { timeout = 8000, interval = 150 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/**
 * Injects `files` into tab `tabId` the way the popup and background do (each file guards against running
 * twice): by default content.js and the on-demand page tools.
 */
export function injectPageTools(extPage, tabId, files = ['content.js', 'page-tools.js']) {
  return extPage.evaluate(
    async ({ tabId, files }) => {
      const api = globalThis.browser ?? globalThis.chrome;
      for (const file of files) await api.scripting.executeScript({ target: { tabId }, files: [file] });
      return true;
    },
    { tabId, files },
  );
}

/**
 * Opens `url` and an extension page to talk to it (or uses `ext`); waits until the content script has answered with a
 * clean-up state that is settled (blocks hidden, or the page judged not an article). Returns
 * { page, ext, tabId, state }.
 */
export async function openNewsPage(browser, url, { settle = true, timeout = 15000, ext: given = null } = {}) {
  const page = await browser.openPage(url);
  // `ext`: an extension page opened beforehand (the bench passes one, so that no extension page starts up
  // on the 2 cores while the content script runs and is timed).
  const ext = given ?? (await browser.openExtensionPage('options.html', { waitFor: null }));
  const tabId = await tabIdFor(ext, url);
  if (tabId == null) throw new Error(`no tab for ${url}`);
  // The news tab is what the reader looks at: in front, visible (Firefox reports a background tab as hidden,
  // and the clean-up rightly pauses its late-widget watcher there).
  await page.bringToFront();
  let state = null;
  if (settle) {
    state = await eventually(
      async () => {
        const r = await sendToTab(ext, tabId, { type: 'malgeun:get-state' });
        if (!r.ok || !r.value) throw new Error(`content script not answering on ${url}: ${r.error}`);
        const s = r.value;
        // Settled: the options are read and, where they want it, the page was cleaned (runtime.ts).
        if (!s.settled) throw new Error(`clean-up not done on ${url}`);
        return s;
      },
      { timeout },
    );
  }
  return { page, ext, tabId, state };
}

/** The members of `wanted` (strings) that are not in `text` (both squashed); a short report for failures. */
export function missingFrom(text, wanted) {
  const hay = squash(text);
  return wanted.filter((w) => squash(w) && !hay.includes(squash(w)));
}

export const short = (list, n = 3) =>
  `${list.length}: ${list
    .slice(0, n)
    .map((s) => JSON.stringify(String(s).slice(0, 50)))
    .join(', ')}${list.length > n ? ', …' : ''}`;

/** Where two serialisations first differ, with a little context, for failure messages. */
export function firstDiff(a, b, context = 60) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return 'identical';
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const from = Math.max(0, i - context);
  return `at ${i}: before …${JSON.stringify(a.slice(from, a.length - j + 20).slice(0, 300))}… after …${JSON.stringify(b.slice(from, b.length - j + 20).slice(0, 300))}…`;
}

/** Open the popup pointed at a tab and wait until it leaves its loading state; returns the page and that state. */
export async function openPopup(browser, tabId, { timeout = 15000 } = {}) {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { waitFor: '#malgeun-popup' });
  const state = await popup.waitFor(
    () => {
      const s = document.querySelector('#malgeun-popup')?.getAttribute('data-state');
      return s && s !== 'loading' ? s : null;
    },
    undefined,
    { timeout },
  );
  return { popup, state };
}
