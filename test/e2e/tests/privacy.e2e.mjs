// Issue 5: the extension makes no network request of its own. Every request either browser makes goes through
// the e2e server (its proxy), which logs it; while we drive every part of the extension on a loaded page,
// nothing may be asked for that the page itself had not already loaded (the popup and reader may show the
// page's own images, nothing else).
import { DEMO_URL, injectPageTools, openNewsPage, sendToTab } from '../harness/index.mjs';

const settle = (ms) => new Promise((r) => setTimeout(r, ms));

export const tests = [
  {
    name: 'no network request of its own while popup, reader, export and options are used',
    timeout: 90000,
    async fn({ browser, server, assert }) {
      const { page, ext, tabId } = await openNewsPage(browser, DEMO_URL);
      await settle(1500); // the page's own late requests (and its late widget) come in first
      const pageOwn = new Set(server.log.map((l) => l.url));
      const mark = server.log.length;
      const extMark = browser.extensionRequests.length;

      // Everything a reader touches, one after another.
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { waitFor: 'body' });
      await popup
        .waitFor(() => document.querySelector('#malgeun-popup:not([data-state="loading"])'), undefined, {
          timeout: 8000,
        })
        .catch(() => {});
      await injectPageTools(ext, tabId);
      await sendToTab(ext, tabId, { type: 'malgeun:get-article' });
      await sendToTab(ext, tabId, { type: 'malgeun:open-reader' });
      await settle(800);
      await sendToTab(ext, tabId, { type: 'malgeun:close-reader' });
      await sendToTab(ext, tabId, { type: 'malgeun:get-markdown' });
      await sendToTab(ext, tabId, { type: 'malgeun:save-markdown' });
      await sendToTab(ext, tabId, { type: 'malgeun:restore' });
      await sendToTab(ext, tabId, { type: 'malgeun:clean' });
      const options = await browser.openExtensionPage('options.html', { waitFor: 'body' });
      await settle(1500);

      const fresh = server.log.slice(mark).filter((l) => !pageOwn.has(l.url));
      const fromExtension = browser.extensionRequests.slice(extMark).filter((u) => !pageOwn.has(u));
      assert.deepEqual(fresh, [], `requests nobody's page asked for: ${JSON.stringify(fresh.slice(0, 5))}`);
      assert.deepEqual(fromExtension, [], `requests from extension pages: ${fromExtension.slice(0, 5)}`);
      // The watch itself works: a request an extension page does make is seen by the server.
      const probeHost = `probe-${Date.now()}.malgeun.invalid`;
      const probe = `https://${probeHost}/ping`;
      await options.evaluate((u) => fetch(u).catch(() => null), probe);
      await settle(300);
      assert.ok(
        server.log.some((l) => l.url === probe || l.url === `${probeHost}:443`),
        'a request from an extension page reaches the logging server',
      );
      for (const p of [options, popup, ext, page]) await p.close();
    },
  },
];
