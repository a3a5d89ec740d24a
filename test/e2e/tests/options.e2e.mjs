// Issue 4: options are stored with storage.sync and survive a restart of the browser with the same profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
];
