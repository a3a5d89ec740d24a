// Issue 2: the built extension loads and its parts talk to each other, in both real browsers.
import { DEMO_URL, eventually, openPopup, sendToTab, tabIdFor } from '../harness/index.mjs';

export const tests = [
  {
    name: 'the background starts',
    async fn({ browser, browserName, assert }) {
      if (browserName === 'chromium') {
        // The service worker is up and is our extension's.
        const id = await browser.evaluateBackground(() => chrome.runtime.id);
        assert.equal(id, browser.extensionId);
      } else {
        // Firefox runs the background as an event page; an extension page can reach it.
        const page = await browser.openExtensionPage('options.html');
        const href = await page.evaluate(
          async () => (await browser.runtime.getBackgroundPage()).location.href,
        );
        assert.ok(href.startsWith(browser.origin), `background page at ${href}`);
        await page.close();
      }
    },
  },
  {
    name: 'the content script runs on a news page and a message goes popup → page → back',
    async fn({ browser, assert }) {
      const page = await browser.openPage(DEMO_URL);
      const popup = await browser.openExtensionPage('popup.html');
      const tabId = await tabIdFor(popup, DEMO_URL);
      assert.ok(tabId != null, 'the news tab is visible to the extension');
      const reply = await eventually(async () => {
        const r = await sendToTab(popup, tabId, { type: 'malgeun:ping' });
        assert.ok(r.ok, `content script answers: ${r.error}`);
        return r.value;
      });
      assert.equal(reply.ok, true);
      assert.equal(reply.url, DEMO_URL);
      await popup.close();
      await page.close();
    },
  },
  {
    name: 'the popup opens for a tab and renders',
    async fn({ browser, assert }) {
      const page = await browser.openPage(DEMO_URL);
      const probe = await browser.openExtensionPage('options.html');
      const tabId = await tabIdFor(probe, DEMO_URL);
      await probe.close();
      // It leaves the loading state (the answer came back from the page) and shows words, not an empty box.
      const { popup, state } = await openPopup(browser, tabId);
      assert.notEqual(state, 'error', 'popup is not in its error state');
      // biome-ignore lint/performance/useDomNodeTextContent: what the user sees, not hidden markup
      const text = await popup.evaluate(() => document.body.innerText.trim());
      assert.ok(text.length > 20, `popup shows text (${text.length} chars)`);
      await popup.close();
      await page.close();
    },
  },
  {
    name: 'the options page opens and renders',
    async fn({ browser, assert }) {
      const options = await browser.openExtensionPage('options.html', { waitFor: '#malgeun-options' });
      await options.waitFor(
        () => document.querySelector('#malgeun-options')?.getAttribute('data-ready') === 'true',
      );
      const checkboxes = await options.evaluate(
        () => document.querySelectorAll('input[type=checkbox]').length,
      );
      assert.ok(checkboxes > 0, 'options has its switches');
      await options.close();
    },
  },
  {
    name: 'no content script on a page that is not a known news host',
    async fn({ browser, server, assert }) {
      const url = `${server.origin}/__e2e/plain.html`;
      // Without host permission the extension cannot read this tab's URL: find it as the tab that is new.
      const popup = await browser.openExtensionPage('options.html');
      const tabIds = () =>
        popup.evaluate(async () => (await (globalThis.browser ?? chrome).tabs.query({})).map((t) => t.id));
      const before = await tabIds();
      const page = await browser.openPage(url);
      const fresh = (await tabIds()).filter((id) => !before.includes(id));
      assert.equal(fresh.length, 1, 'one new tab');
      const tabId = fresh[0];
      // Give a content script (if one were wrongly registered) time to start, then ask.
      await new Promise((r) => setTimeout(r, 500));
      const r = await sendToTab(popup, tabId, { type: 'malgeun:ping' });
      assert.equal(r.ok, false, 'nobody answers on a non-news page');
      const marked = await page.evaluate(
        () => document.querySelectorAll('[data-malgeun-hidden], #malgeun-clean-style').length,
      );
      assert.equal(marked, 0);
      await popup.close();
      await page.close();
    },
  },
];
