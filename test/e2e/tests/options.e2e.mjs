// Issue 4: options are stored with storage.sync and survive a restart of the browser with the same profile;
// the automatic clean-up runs exactly where they say.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_URL, eventually, sendToTab, tabIdFor } from '../harness/index.mjs';

/** Sets a form control the way a person does (value + the events preact listens to). */
function setControl(page, testid, value) {
  return page.evaluate(
    ({ testid, value }) => {
      const el = document.querySelector(`[data-testid="${testid}"]`);
      if (!el) return false;
      if (el.type === 'checkbox') el.checked = value;
      else el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    { testid, value },
  );
}

const readControls = (page) =>
  page.evaluate(() => ({
    theme: document.querySelector('[data-testid="opt-theme"]')?.value ?? null,
    auto: document.querySelector('[data-testid="opt-auto-global"]')?.checked ?? null,
  }));

async function openOptions(browser) {
  const page = await browser.openExtensionPage('options.html', { waitFor: '#malgeun-options' });
  await page.waitFor(() => document.querySelector('#malgeun-options')?.getAttribute('data-ready') === 'true');
  return page;
}

export const tests = [
  {
    name: 'options persist across a restart of the same profile',
    timeout: 90000,
    async fn({ launch, assert }) {
      const profileDir = mkdtempSync(join(tmpdir(), 'malgeun-profile-'));
      try {
        const first = await launch({ profileDir });
        const page = await openOptions(first);
        const initial = await readControls(page);
        assert.ok(initial.theme, 'theme control present');
        const theme = initial.theme === 'sepia' ? 'dark' : 'sepia';
        assert.ok(await setControl(page, 'opt-theme', theme));
        assert.ok(await setControl(page, 'opt-auto-global', !initial.auto));
        // Saved at once: wait until storage.sync holds it, then quit the browser.
        await page.waitFor(async (t) => {
          const api = globalThis.browser ?? globalThis.chrome;
          const got = await api.storage.sync.get(['reader']);
          return got.reader?.theme === t;
        }, theme);
        await first.close({ keepProfile: true });

        const second = await launch({ profileDir });
        const again = await openOptions(second);
        const now = await readControls(again);
        assert.equal(now.theme, theme, 'theme kept after restart');
        assert.equal(now.auto, !initial.auto, 'automatic clean-up switch kept after restart');
        await second.close({ keepProfile: true });
      } finally {
        rmSync(profileDir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'a known news site switched off gets no content script at all; switched back on, it is cleaned again',
    timeout: 60000,
    async fn({ browser, assert }) {
      const host = new URL(DEMO_URL).hostname;
      const probe = await browser.openExtensionPage('options.html', { waitFor: null });
      const setSites = (sites) =>
        probe.evaluate((sites) => (globalThis.browser ?? chrome).storage.sync.set({ sites }), sites);
      const excluded = () =>
        probe.evaluate(async () => {
          const api = globalThis.browser ?? chrome;
          const s = (await api.scripting.getRegisteredContentScripts()).find((x) => x.id === 'auto:known');
          return s?.excludeMatches ?? [];
        });
      try {
        await setSites({ [host]: { auto: false, selectors: [] } });
        await eventually(async () => assert.deepEqual(await excluded(), [`*://${host}/*`]));
        const page = await browser.openPage(DEMO_URL);
        const tabId = await tabIdFor(probe, DEMO_URL);
        await new Promise((r) => setTimeout(r, 500));
        const r = await sendToTab(probe, tabId, { type: 'malgeun:ping' });
        assert.equal(r.ok, false, 'nobody answers on a site switched off');
        const marked = () => page.evaluate(() => document.querySelectorAll('[data-malgeun-hidden]').length);
        assert.equal(await marked(), 0);
        await setSites({});
        await eventually(async () => assert.deepEqual(await excluded(), []));
        await page.reload();
        await eventually(async () => assert.ok((await marked()) > 0, 'cleaned again after reload'));
        await page.close();
      } finally {
        await setSites({});
        await probe.close();
      }
    },
  },
];
