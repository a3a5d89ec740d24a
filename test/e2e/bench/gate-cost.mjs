// Bench part (Chromium): the all-sites gate's cost where it must give up, gate.js's own start-to-verdict time
// (performance.now() around gateVerdict, read from its world) on the invented non-news pages, each opened
// `rounds` times in a build that has the all-sites permission, with the mode switched on from the options page;
// and the mean of 50 runs of gate.js in each page (compiled code, the page's own clock).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GATE_PAGES,
  gateResult,
  grantedBuild,
  serveInventedPages,
  setAllSites,
} from '../harness/all-sites.mjs';
import { eventually, launch, tabIdFor } from '../harness/index.mjs';

export async function gateCostBench(server, rounds) {
  const build = grantedBuild('chromium');
  serveInventedPages(server);
  const browser = await launch('chromium', server, { distDir: build.dir });
  const byPage = {};
  const verdicts = {};
  const repeated = {};
  try {
    const ext = await setAllSites(browser, true);
    for (let i = 0; i < rounds; i++) {
      for (const [what, url] of GATE_PAGES) {
        const page = await browser.openPage(url);
        const tabId = await tabIdFor(ext, url);
        const g = await eventually(async () => {
          const r = await gateResult(ext, tabId);
          if (!r) throw new Error(`gate.js has not run on ${what}`);
          return r;
        });
        byPage[what] ??= [];
        byPage[what].push(g.ms);
        verdicts[what] = g.verdict;
        await page.close();
      }
    }
    // The same script run 50 times over in the page itself: a content script's clock is coarse (Firefox
    // 1 ms; Chromium's readings cluster at 0.1 ms steps), so a mean over many runs resolves what one cannot.
    const src = readFileSync(join(build.dir, 'gate.js'), 'utf8');
    for (const [what, url] of GATE_PAGES) {
      const page = await browser.openPage(url);
      repeated[what] = await page.evaluate((code) => {
        const t0 = performance.now();
        // A fresh function per run, as the browser compiles the file afresh for each page.
        for (let i = 0; i < 50; i++) new Function(code)();
        return (performance.now() - t0) / 50;
      }, src);
      await page.close();
    }
  } finally {
    await browser.close();
    build.remove();
  }
  return { byPage, verdicts, repeated };
}
