#!/usr/bin/env node
// Screenshots of what a reader sees, in real Chromium with the Korean UI and Korean fonts:
//   the popup (opened as an extension page on the news tab, as the e2e tests do), the reader in three themes,
//   the reader's 보기 설정 panel, the options page and the not-article state, for the demo page and five corpus
//   pages served under their real addresses. PNGs go to shots/ (git-ignored).
//   node scripts/shots.mjs [--locale en] [--browser firefox] [name-filter…]   (npm run shots builds first)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEMO_URL,
  eventually,
  injectPageTools,
  launch,
  loadCorpus,
  openNewsPage,
  repoRoot,
  sendToTab,
  startServer,
} from '../test/e2e/harness/index.mjs';

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = argv[at + 1];
  argv.splice(at, 2);
  return value;
};
const locale = flag('--locale', 'ko');
const browserName = flag('--browser', 'chromium');
const filters = argv;
const CORPUS = [
  '001-hankookilbo.com',
  '006-mk.co.kr',
  '014-news.kbs.co.kr',
  '035-news.sbs.co.kr',
  '068-n.news.naver.com',
];
const NOT_ARTICLE_URL = 'https://news.kbs.co.kr/__e2e/not-article.html';
/** An invented story with two data tables, one wider than a phone (test/e2e/pages/table.html). */
const TABLE_URL = 'https://www.newsbell.co.kr/__e2e/table.html';
const outDir = join(repoRoot, 'shots');

const corpus = loadCorpus();
const pages = [
  { name: 'demo', url: DEMO_URL },
  { name: 'table', url: TABLE_URL },
  ...CORPUS.map((n) => corpus.find((p) => p.name === n))
    .filter(Boolean)
    .map((p) => ({ name: p.name, url: p.truth.url.replace(/^http:/, 'https:') })),
].filter((p) => !filters.length || filters.some((f) => p.name.includes(f)));

const written = [];
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function shoot(page, file, { fullPage = false } = {}) {
  const prefix = `${browserName === 'chromium' ? '' : `${browserName}-`}${locale === 'ko' ? '' : `${locale}-`}`;
  const path = join(outDir, `${prefix}${file}.png`);
  await page.raw.screenshot({ path, fullPage });
  written.push(path);
}

/** The popup at its real size (420 × 600) on `tabId`, after its images had a moment. */
async function popupShots(browser, tabId, name, extra = false) {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { waitFor: '#malgeun-popup' });
  await popup.setViewport(420, 600);
  await popup.waitFor(() => {
    const s = document.querySelector('#malgeun-popup')?.getAttribute('data-state');
    return s && s !== 'loading';
  });
  await wait(600);
  await shoot(popup, `${name}-popup`);
  if (extra) {
    await popup.evaluate(() =>
      document.querySelector('[data-testid="key-quotes"]')?.setAttribute('open', ''),
    );
    await shoot(popup, `${name}-popup-quotes`);
    await popup.evaluate(() => {
      document.querySelector('[data-testid="key-quotes"]')?.removeAttribute('open');
      document.querySelector('[data-testid="actions-menu"]')?.setAttribute('open', '');
    });
    await shoot(popup, `${name}-popup-menu`);
    await popup.setViewport(320, 600);
    await popup.evaluate(() =>
      document.querySelector('[data-testid="actions-menu"]')?.removeAttribute('open'),
    );
    await shoot(popup, `${name}-popup-320`);
  }
  await popup.close();
}

async function setTheme(ext, theme) {
  await ext.evaluate(async (theme) => {
    const api = globalThis.browser ?? chrome;
    const { reader } = await api.storage.sync.get('reader');
    await api.storage.sync.set({ reader: { ...(reader ?? {}), theme } });
  }, theme);
}

async function readerShots(page, ext, tabId, name, extra = false) {
  await injectPageTools(ext, tabId);
  await page.setViewport(1280, 800);
  for (const theme of ['light', 'sepia', 'dark']) {
    await setTheme(ext, theme);
    const opened = await sendToTab(ext, tabId, { type: 'malgeun:open-reader' });
    if (!opened.ok) throw new Error(`reader on ${name}: ${opened.error}`);
    await eventually(async () => {
      const r = await sendToTab(ext, tabId, { type: 'malgeun:reader-state' });
      if (!r.ok || !r.value?.open) throw new Error('reader not open');
    });
    await wait(700);
    await shoot(page, `${name}-reader-${theme}`);
    if (extra && theme === 'light') {
      // The panel's second button (보기 설정): the panel sits at the top left, as in Firefox's reader.
      await page.raw.mouse.click(50, 102);
      await wait(200);
      await shoot(page, `${name}-reader-settings`);
      await page.raw.mouse.click(50, 102);
      // 듣기 (third button): with no Korean voice on the machine it says so and offers nothing else.
      await page.raw.mouse.click(50, 158);
      await wait(200);
      await shoot(page, `${name}-reader-listen`);
      await page.raw.mouse.click(50, 158);
      await page.setViewport(480, 800);
      await wait(300);
      await shoot(page, `${name}-reader-480`);
      await page.setViewport(1280, 800);
    }
    await sendToTab(ext, tabId, { type: 'malgeun:close-reader' });
  }
  await setTheme(ext, 'system');
}

/** The popup and the reader at 320 px, down to the story's tables (a wide one scrolls sideways in its box). */
async function narrowShots(browser, page, ext, tabId, name) {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { waitFor: '#malgeun-popup' });
  await popup.setViewport(320, 600);
  await popup.waitFor(() => document.querySelector('.story table'));
  await popup.evaluate(() => document.querySelector('.story .table-scroll')?.scrollIntoView());
  await wait(300);
  await shoot(popup, `${name}-popup-320`);
  await popup.close();
  // The reader's shadow root is closed: a tall window shows the story down to its tables instead.
  await page.setViewport(320, 1800);
  const opened = await sendToTab(ext, tabId, { type: 'malgeun:open-reader' });
  if (!opened.ok) throw new Error(`reader on ${name}: ${opened.error}`);
  await wait(700);
  await shoot(page, `${name}-reader-320`);
  await sendToTab(ext, tabId, { type: 'malgeun:close-reader' });
  await page.setViewport(1280, 800);
}

mkdirSync(outDir, { recursive: true });
const server = await startServer();
const browser = await launch(browserName, server, { locale });
try {
  for (const p of pages) {
    const { page, ext, tabId } = await openNewsPage(browser, p.url);
    await popupShots(browser, tabId, p.name, p.name === 'demo');
    await readerShots(page, ext, tabId, p.name, p.name === 'demo');
    if (p.name === 'table') await narrowShots(browser, page, ext, tabId, p.name);
    await page.close();
    await ext.close();
    console.log(`shots: ${p.name}`);
  }
  const { page, ext, tabId } = await openNewsPage(browser, NOT_ARTICLE_URL);
  await popupShots(browser, tabId, 'not-article');
  await page.close();
  await ext.close();
  const options = await browser.openExtensionPage('options.html', {
    waitFor: '#malgeun-options[data-ready="true"]',
  });
  // One site with its own settings (a known news host, so no permission is involved), so the per-site row
  // and its collapsed 고급 part are in the picture.
  await options.evaluate(() =>
    (globalThis.browser ?? chrome).storage.sync.set({
      sites: { 'news.kbs.co.kr': { auto: false, selectors: [] } },
    }),
  );
  await options.waitFor(() => document.querySelector('[data-testid="site-row"]'));
  await options.setViewport(900, 800);
  await wait(300);
  await shoot(options, 'options', { fullPage: true });
  await options.close();
} finally {
  await browser.close();
  await server.close();
}
console.log(written.map((f) => f.replace(`${repoRoot}/`, '')).join('\n'));
