// The opt-in all-sites mode ("모든 한국어 뉴스 사이트"), switched from the options page: an outlet no rule or
// host list knows is cleaned under its own address; pages that are not Korean or not news are left exactly as
// they were, with gate.js's time to give up recorded; switched off, nothing of ours runs there at all.
import {
  GATE_PAGES,
  gateResult,
  grantedBuild,
  serveInventedPages,
  setAllSites,
  UNKNOWN_OUTLET_URL,
} from '../harness/all-sites.mjs';
import {
  demoPage,
  eventually,
  missingFrom,
  openNewsPage,
  sendToTab,
  short,
  tabIdFor,
  visibleText,
} from '../harness/index.mjs';

/** A browser whose build has the all-sites permission granted, with the invented pages served. */
async function grantedBrowser({ browserName, server, launch }) {
  const build = grantedBuild(browserName);
  serveInventedPages(server);
  try {
    return { browser: await launch({ distDir: build.dir }), build };
  } catch (e) {
    build.remove();
    throw e;
  }
}

/** The page's DOM against a fresh parse of its own source: equal when nothing was added, marked or moved. */
function untouched(page) {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href, { cache: 'no-store' })).text();
    const fresh = new DOMParser().parseFromString(source, 'text/html');
    return fresh.documentElement.outerHTML === document.documentElement.outerHTML;
  });
}

export const tests = [
  {
    name: 'all-sites mode cleans an article on an unknown outlet, served under its own address',
    timeout: 90000,
    async fn(t) {
      const { browser, build } = await grantedBrowser(t);
      try {
        const ext = await setAllSites(browser, true);
        const { page, tabId, state } = await openNewsPage(browser, UNKNOWN_OUTLET_URL, { ext });
        t.assert.equal(state.isArticle, true, 'detected as an article by its shape');
        t.assert.ok(state.hidden > 0, 'clutter hidden');
        const truth = demoPage().truth;
        const text = await visibleText(page);
        const lost = missingFrom(text, [truth.title, ...truth.body]);
        t.assert.deepEqual(lost, [], `story lost: ${short(lost)}`);
        const shown = truth.clutter.filter((h) => missingFrom(text, [h]).length === 0);
        t.assert.deepEqual(shown, [], `clutter still visible: ${short(shown)}`);
        const gate = await gateResult(ext, tabId);
        t.assert.equal(gate?.verdict, 'news');
        t.log(`gate passed in ${gate.ms.toFixed(2)} ms; ${state.hidden} blocks hidden`);
      } finally {
        await browser.close();
        build.remove();
      }
    },
  },
  {
    name: 'all-sites mode leaves pages that are not Korean or not news exactly as they are',
    timeout: 120000,
    async fn(t) {
      const { browser, build } = await grantedBrowser(t);
      try {
        const ext = await setAllSites(browser, true);
        for (const [what, url] of GATE_PAGES) {
          const page = await browser.openPage(url);
          const tabId = await tabIdFor(ext, url);
          const gate = await eventually(async () => {
            const g = await gateResult(ext, tabId);
            if (!g) throw new Error(`gate.js has not run on ${what}`);
            return g;
          });
          t.assert.equal(gate.verdict, /Korean/.test(what) ? 'not-news' : 'not-korean', what);
          t.assert.equal(
            (await sendToTab(ext, tabId, { type: 'malgeun:ping' })).ok,
            false,
            `${what}: no content.js`,
          );
          t.assert.equal(await untouched(page), true, `${what}: the DOM changed`);
          t.log(`${what}: ${gate.verdict} in ${gate.ms.toFixed(2)} ms`);
          await page.close();
        }
      } finally {
        await browser.close();
        build.remove();
      }
    },
  },
  {
    name: 'all-sites mode switched off: no script of ours runs on an unknown outlet',
    timeout: 90000,
    async fn(t) {
      const { browser, build } = await grantedBrowser(t);
      try {
        await setAllSites(browser, true);
        const ext = await setAllSites(browser, false);
        const page = await browser.openPage(UNKNOWN_OUTLET_URL);
        const tabId = await tabIdFor(ext, UNKNOWN_OUTLET_URL);
        await new Promise((r) => setTimeout(r, 1500));
        t.assert.equal(await gateResult(ext, tabId), null, 'gate.js ran');
        t.assert.equal(
          (await sendToTab(ext, tabId, { type: 'malgeun:ping' })).ok,
          false,
          'content.js answers',
        );
        t.assert.equal(await untouched(page), true, 'the page changed');
      } finally {
        await browser.close();
        build.remove();
      }
    },
  },
];
