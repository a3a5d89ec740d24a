// Firefox ESR (/usr/bin/firefox-esr) with the built extension as a temporary add-on, driven by puppeteer-core
// over WebDriver BiDi (Playwright's Firefox needs its own patched build; there is no geckodriver here).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { uiLocale } from './locale.mjs';
import { wrapPage } from './page.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// A fixed internal uuid makes the moz-extension:// address of our pages known before the add-on starts.
export const FIREFOX_EXTENSION_UUID = '6d3f1c2a-8b4e-4c61-9a57-0e2b7f4d9c11';

/**
 * @param {string} distDir  dist/firefox
 * @param {{proxy?: string, profileDir?: string, downloadsDir?: string, locale?: 'ko' | 'en'}} opts
 */
export async function launchFirefox(distDir, opts = {}) {
  const ui = uiLocale(opts.locale);
  const geckoId = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')).browser_specific_settings
    .gecko.id;
  const ownProfile = !opts.profileDir;
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'malgeun-firefox-'));
  const downloadsDir = opts.downloadsDir ?? join(profileDir, 'downloads');
  mkdirSync(downloadsDir, { recursive: true });
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    // A temporary add-on is removed at shutdown; keep its storage so "options survive a restart" is testable.
    'extensions.webextensions.keepStorageOnUninstall': true,
    // The Korean UI needs the language pack (Debian: firefox-esr-l10n-ko); without it Firefox stays English.
    'intl.locale.requested': ui.firefox,
    'intl.accept_languages': ui.accept,
    'browser.download.useDownloadDir': true,
    'browser.download.folderList': 2,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.dir': downloadsDir,
    // Quiet the browser's own background traffic (remote settings, captive portal, updates), so what the
    // e2e server sees is the pages and the extension.
    'services.settings.server': 'data:,#remote-settings-off/v1',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
  };
  if (opts.proxy) {
    // Every non-loopback request goes to the e2e server (see server.mjs): real host names, nothing leaves.
    const [host, port] = opts.proxy.split(':');
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': host,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': host,
      'network.proxy.ssl_port': Number(port),
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir: profileDir,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
    defaultViewport: { width: 1280, height: 900 },
    // A cold start on a busy 2-core machine (a fresh profile, the Korean language pack) can pass puppeteer's 30 s.
    timeout: 90000,
  });
  await browser.installExtension(distDir);
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const extensionRequests = [];

  return {
    name: 'firefox',
    extensionId: geckoId,
    origin,
    extensionRequests,
    raw: browser,
    profileDir,
    downloadsDir,
    async openPage(url, { timeout = 20000 } = {}) {
      const page = await browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
      } catch (e) {
        // An ad iframe refused by the e2e proxy shows an error page, which BiDi may report as the navigation
        // failing ("Address rejected") although the page itself loaded: check the page, not the report.
        const loaded = await page
          .waitForFunction(
            (u) => location.href === u && document.readyState !== 'loading',
            { timeout: 5000 },
            url,
          )
          .catch(() => null);
        if (!loaded) throw e;
      }
      return wrapPage(page, 'puppeteer');
    },
    async openExtensionPage(path, { waitFor = 'body', timeout = 10000 } = {}) {
      const page = await browser.newPage();
      page.on('request', (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) extensionRequests.push(r.url());
      });
      // Navigations to moz-extension:// never report completion: start it and wait for the page instead.
      page.goto(`${origin}/${path}`).catch(() => {});
      const end = Date.now() + timeout;
      // BiDi never reports this navigation as done (page.url() stays about:blank): ask the page itself.
      for (;;) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(origin)) break;
        if (Date.now() > end) throw new Error(`${path} did not open`);
        await new Promise((r) => setTimeout(r, 50));
      }
      // The about:blank -> extension page switch can destroy a wait begun too early: retry until the end.
      for (;;) {
        try {
          await page.waitForSelector(waitFor ?? 'body', { timeout: Math.max(100, end - Date.now()) });
          break;
        } catch (e) {
          if (Date.now() > end) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      return wrapPage(page, 'puppeteer');
    },
    async evaluateBackground() {
      throw new Error(
        'Firefox: the background page is not reachable over BiDi; message it from an extension page',
      );
    },
    async close({ keepProfile = false } = {}) {
      await browser.close().catch(() => {});
      if (ownProfile && !keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
