// Chromium (Debian's /usr/bin/chromium) with the built extension, driven by playwright-core.
// A persistent context is required: a plain newContext() runs no extension.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { uiLocale } from './locale.mjs';
import { wrapPage } from './page.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * @param {string} distDir  dist/chrome
 * @param {{proxy?: string, profileDir?: string, downloadsDir?: string, locale?: 'ko' | 'en'}} opts
 */
export async function launchChromium(distDir, opts = {}) {
  const ui = uiLocale(opts.locale);
  const ownProfile = !opts.profileDir;
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'malgeun-chromium-'));
  const downloadsDir = opts.downloadsDir ?? join(profileDir, 'downloads');
  mkdirSync(downloadsDir, { recursive: true });
  // Downloads land in downloadsDir under the name the extension asked for (see below), never a prompt.
  const prefsFile = join(profileDir, 'Default', 'Preferences');
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  const prefs = existsSync(prefsFile) ? JSON.parse(readFileSync(prefsFile, 'utf8')) : {};
  prefs.download = { ...prefs.download, default_directory: downloadsDir, prompt_for_download: false };
  writeFileSync(prefsFile, JSON.stringify(prefs));
  const args = [
    '--headless=new',
    `--disable-extensions-except=${distDir}`,
    `--load-extension=${distDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--ignore-certificate-errors',
    `--lang=${ui.tag}`,
  ];
  // Everything but loopback goes through the e2e server: real host names, nothing leaves the machine.
  if (opts.proxy)
    args.push(`--proxy-server=http://${opts.proxy}`, '--proxy-bypass-list=<-loopback>;127.0.0.1');
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: false, // --headless=new above: the old headless mode loads no extensions
    args,
    ignoreHTTPSErrors: true,
    locale: ui.tag,
    // Chromium on Linux takes its UI language (and so chrome.i18n's) from LANGUAGE, not from --lang. LANG stays
    // a locale the machine has (C.UTF-8): a missing ko_KR.UTF-8 makes Chromium refuse non-ASCII file names.
    env: { ...process.env, LANGUAGE: ui.language, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    viewport: { width: 1280, height: 900 },
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(sw.url()).host;
  // Playwright makes Chromium save downloads under GUID names; the tests check the file name the extension
  // chose, so hand downloads back to the browser's own behaviour (the profile's directory, real names).
  const first = ctx.pages()[0] ?? (await ctx.newPage());
  await (await ctx.newCDPSession(first)).send('Browser.setDownloadBehavior', { behavior: 'default' });
  const origin = `chrome-extension://${extensionId}`;

  /** Requests made by the extension's own pages and service worker (the page's own are not counted). */
  const extensionRequests = [];
  ctx.on('request', (r) => {
    let from = '';
    try {
      from = r.frame().url();
    } catch {
      from = r.serviceWorker()?.url() ?? '';
    }
    if (from.startsWith(origin) && !r.url().startsWith(origin)) extensionRequests.push(r.url());
  });

  return {
    name: 'chromium',
    extensionId,
    origin,
    extensionRequests,
    raw: ctx,
    profileDir,
    downloadsDir,
    async openPage(url, { waitUntil = 'domcontentloaded', timeout = 20000 } = {}) {
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil, timeout });
      return wrapPage(page, 'playwright');
    },
    async openExtensionPage(path, { waitFor = 'body', timeout = 10000 } = {}) {
      const page = await ctx.newPage();
      await page.goto(`${origin}/${path}`, { waitUntil: 'domcontentloaded', timeout });
      if (waitFor) await page.waitForSelector(waitFor, { timeout, state: 'attached' });
      return wrapPage(page, 'playwright');
    },
    /** Evaluates in the background (service worker). */
    async evaluateBackground(fn, arg) {
      const w = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
      return w.evaluate(fn, arg);
    },
    async close({ keepProfile = false } = {}) {
      await ctx.close().catch(() => {});
      if (ownProfile && !keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
