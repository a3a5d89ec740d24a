// Issue 12: the block picker (가리기 고르기). Driven the way a person drives it — the popup's button, the mouse
// (hover, wheel to widen, click) and the keyboard (↑, Enter, Esc) — on the demo page under its news address.
// It hides a block, the choice survives a reload, it refuses a paragraph of the story, Esc leaves the page's
// own listeners working again, and removing the block in the options shows it again.
import {
  DEMO_URL,
  eventually,
  injectPageTools,
  openNewsPage,
  openPopup,
  sendToTab,
  squash,
  visibleText,
} from '../harness/index.mjs';

const HOST = new URL(DEMO_URL).hostname;
const HOST_SEL = '#malgeun-picker';

const setSites = (ext, sites) =>
  ext.evaluate((sites) => (globalThis.browser ?? chrome).storage.sync.set({ sites }), sites);
const siteOf = (ext) =>
  ext.evaluate(async (host) => {
    const { sites } = await (globalThis.browser ?? chrome).storage.sync.get('sites');
    return sites?.[host] ?? null;
  }, HOST);

/** The centre of the first element matching `sel`, in viewport pixels (scrolled into view first). */
function centreOf(page, sel) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, sel);
}

/** The pointer, the same for playwright and puppeteer except the wheel. */
const mouse = (page, browserName) => ({
  move: ({ x, y }) => page.raw.mouse.move(x, y),
  click: ({ x, y }) => page.raw.mouse.click(x, y),
  wheelUp: () =>
    browserName === 'chromium' ? page.raw.mouse.wheel(0, -120) : page.raw.mouse.wheel({ deltaY: -120 }),
});

/** Waits (longer than the default: the CI machine's two cores are shared) until `check` passes. */
const soon = (check) => eventually(check, { timeout: 20000 });

const isHidden = (page, sel) =>
  page.evaluate((sel) => document.querySelector(sel)?.closest('[data-malgeun-hidden]') != null, sel);

/** Counts the clicks the page's own listener receives (to show the picker holds them, and lets go). */
const countPageClicks = (page) =>
  page.evaluate(() => {
    window.__pageClicks = 0;
    document.addEventListener('click', () => window.__pageClicks++);
  });

async function startFromPopup(browser, page, tabId) {
  const { popup, state } = await openPopup(browser, tabId);
  if (state !== 'article') throw new Error(`popup state ${state}`);
  await popup.click('[data-testid="actions-menu"] > summary');
  await popup.click('[data-testid="btn-picker"]');
  await page.waitForSelector(HOST_SEL);
  await popup.close();
  await page.bringToFront();
}

export const tests = [
  {
    name: 'hides a block picked with the mouse, keeps it after a reload, and its removal in the options shows it again',
    timeout: 120000,
    async fn({ browser, browserName, assert, log }) {
      const { page, ext, tabId } = await openNewsPage(browser, DEMO_URL);
      try {
        await setSites(ext, {});
        await countPageClicks(page);
        await startFromPopup(browser, page, tabId);
        const m = mouse(page, browserName);
        // Point at one button of the tool row, then widen the choice once with the wheel: the whole row.
        const at = await centreOf(page, '.view_tools button');
        await m.move({ x: at.x - 3, y: at.y });
        await m.move(at);
        await m.wheelUp();
        if (browserName === 'chromium' && process.env.MALGEUN_PICKER_SHOT)
          await page.raw.screenshot({ path: process.env.MALGEUN_PICKER_SHOT });
        await m.click(at);
        await soon(async () => assert.ok(await isHidden(page, '.view_tools'), 'the row is hidden'));
        assert.equal(await isHidden(page, '.view_tools button'), true);
        assert.ok(!(await visibleText(page)).includes(squash('공유하기')), 'the row is gone from the text');
        const site = await siteOf(ext);
        const selector = Object.keys(site?.picked ?? {})[0];
        log('saved selector', selector, site?.picked?.[selector]);
        assert.ok(selector && site.selectors.includes(selector), 'saved with its date among the selectors');
        assert.ok(!Number.isNaN(Date.parse(site.picked[selector])));
        assert.ok(
          await page.evaluate(
            (s) =>
              document.querySelectorAll(s).length === 1 && document.querySelector(s).matches('.view_tools'),
            selector,
          ),
          `${selector} matches exactly the row`,
        );
        assert.equal(
          await page.evaluate(() => window.__pageClicks),
          0,
          'the page saw no click while picking',
        );

        // Esc ends it: the overlay goes and the page gets its clicks again.
        await page.press('Escape');
        await soon(async () =>
          assert.equal(await page.evaluate((s) => !!document.querySelector(s), HOST_SEL), false),
        );
        await m.click(await centreOf(page, '.view_sub'));
        assert.equal(await page.evaluate(() => window.__pageClicks), 1, 'the page hears clicks after Esc');
        assert.equal(await isHidden(page, '.view_sub'), false);

        // A new visit applies it before anything else is asked.
        await page.reload();
        await soon(async () => assert.ok(await isHidden(page, '.view_tools'), 'hidden after reload'));

        // Removing it in the options shows the block again on the open page.
        const options = await browser.openExtensionPage('options.html', { waitFor: '#malgeun-options' });
        const row = `[data-testid="picked-block"][data-host="${HOST}"]`;
        await options.waitForSelector(row);
        await options.click(`${row} [data-testid="picked-remove"]`);
        await options.close();
        await soon(async () => assert.equal(await isHidden(page, '.view_tools'), false, 'shown again'));
        const after = await siteOf(ext);
        assert.ok(!after?.selectors.includes(selector) && !after?.picked?.[selector], 'forgotten');
        assert.ok(await isHidden(page, '.rank_box'), 'the clean-up itself still hides its clutter');
      } finally {
        await setSites(ext, {}).catch(() => {});
        await page.close();
        await ext.close();
      }
    },
  },
  {
    name: 'refuses a paragraph of the story and says so; the keyboard widens and hides another block',
    timeout: 60000,
    async fn({ browser, browserName, assert }) {
      const { page, ext, tabId } = await openNewsPage(browser, DEMO_URL);
      try {
        await setSites(ext, {});
        // The way the context menu and Alt+Shift+H start it (background askPicker): content.js and the picker's
        // own bundle in, then the message.
        await injectPageTools(ext, tabId, ['content.js', 'picker.js']);
        const ping = await sendToTab(ext, tabId, { type: 'malgeun:picker-ping' });
        assert.ok(ping.ok && ping.value?.ok, `picker.js answers: ${ping.error ?? ''}`);
        const r = await sendToTab(ext, tabId, { type: 'malgeun:start-picker' });
        assert.ok(r.ok && r.value?.ok, `picker started: ${r.error ?? ''}`);
        await page.waitForSelector(HOST_SEL);
        await page.bringToFront();
        const m = mouse(page, browserName);
        const para = '#articleBody > p:nth-of-type(2)';
        const at = await centreOf(page, para);
        await m.move({ x: at.x, y: at.y - 3 });
        await m.move(at);
        await page.press('Enter');
        await page.waitFor((s) => document.querySelector(s)?.dataset.toast === 'refused', HOST_SEL);
        await m.click(at);
        await new Promise((ok) => setTimeout(ok, 300));
        assert.equal(await isHidden(page, para), false, 'the paragraph stays');
        assert.equal((await siteOf(ext))?.selectors?.length ?? 0, 0, 'nothing saved');

        // Keyboard: from a footer line, ↑ widens to the footer, Enter hides it.
        const foot = await centreOf(page, '#footer p:nth-of-type(2)');
        await m.move({ x: foot.x + 3, y: foot.y });
        await m.move(foot);
        await page.press('ArrowUp');
        await page.press('Enter');
        await soon(async () => assert.ok(await isHidden(page, '#footer'), 'footer hidden'));
        await page.waitFor((s) => document.querySelector(s)?.dataset.toast === 'hidden', HOST_SEL);
        assert.deepEqual((await siteOf(ext))?.selectors, ['#footer']);
        assert.equal(await isHidden(page, para), false);
        await page.press('Escape');
        await soon(async () =>
          assert.equal(await page.evaluate((s) => !!document.querySelector(s), HOST_SEL), false),
        );
      } finally {
        await setSites(ext, {}).catch(() => {});
        await page.close();
        await ext.close();
      }
    },
  },
];
