// Shared by the all-sites e2e tests and the bench: a build whose manifest grants the all-sites permission at
// install (the stand-in for the reader accepting the browser's prompt, which a test cannot click), the
// invented pages served under invented addresses, and reading what gate.js decided from its own world.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distFor, eventually, repoRoot } from './index.mjs';

// A copy of the built extension whose manifest also grants every site at install. Returns { dir, remove }.
export function grantedBuild(browserName) {
  const dir = mkdtempSync(join(tmpdir(), 'malgeun-allsites-'));
  cpSync(distFor(browserName), dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, '*://*/*'];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const fixture = (name) => join(repoRoot, 'test/fixtures', name);

/** The invented non-news pages (test/fixtures/gate) under invented addresses. */
export const GATE_PAGES = [
  [
    'english news',
    'https://www.riverside-herald.example/2026/05/20/river-park-plan',
    'gate/english-news.html',
  ],
  ['shop', 'https://shop.northwind.example/men/t-shirts', 'gate/shop.html'],
  ['docs', 'https://docs.widgetkit.example/4.2/configuration.html', 'gate/docs.html'],
  ['Korean blog', 'https://slowwalk.blog.example/entry/2026-05-18-seaside', 'gate/ko-blog.html'],
  ['Korean shop', 'https://www.malgeun-market.example/best/kitchen', 'gate/ko-shop.html'],
];
/** The invented aggregator story (the demo page) on an outlet no rule and no host list knows. */
export const UNKNOWN_OUTLET_URL = 'https://news.maeil-sosik.example/article/20261127/5512';

export function serveInventedPages(server) {
  for (const [, url, file] of GATE_PAGES) server.addPage(url, { file: fixture(file) });
  server.addPage(UNKNOWN_OUTLET_URL, { file: fixture('demo/index.html') });
}

/** Switch the all-sites mode from the options page, as a reader does, and wait for the registrations. */
export async function setAllSites(browser, on) {
  const opts = await browser.openExtensionPage('options.html', { waitFor: '[data-testid="opt-all-sites"]' });
  const checked = () => opts.evaluate(() => document.querySelector('[data-testid="opt-all-sites"]').checked);
  if ((await checked()) !== on) await opts.click('[data-testid="opt-all-sites"]');
  await eventually(async () => {
    const ids = await opts.evaluate(async () =>
      (await (globalThis.browser ?? chrome).scripting.getRegisteredContentScripts()).map((s) => s.id),
    );
    if (ids.includes('all:pages') !== on) throw new Error(`registrations [${ids}] with all-sites ${on}`);
  });
  return opts;
}

/** What gate.js decided in tab `tabId` ({ verdict, ms }), or null when it did not run there. */
export async function gateResult(extPage, tabId) {
  return extPage.evaluate(async (tabId) => {
    const api = globalThis.browser ?? chrome;
    const [r] = await api.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.__malgeunGate ?? null,
    });
    return r?.result ?? null;
  }, tabId);
}
