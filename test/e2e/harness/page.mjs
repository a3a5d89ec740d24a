// One small page interface over playwright's and puppeteer's Page, so each test is written once for both
// browsers. Functions passed to evaluate/waitFor take ONE argument (playwright's rule).

/**
 * @param {any} page  playwright or puppeteer Page
 * @param {'playwright'|'puppeteer'} kind
 */
export function wrapPage(page, kind) {
  const pw = kind === 'playwright';
  return {
    raw: page,
    url: () => page.url(),
    /** Runs fn(arg) in the page and returns its (serialisable) result. */
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /** Waits until fn(arg) is truthy in the page; returns its value. */
    async waitFor(fn, arg, { timeout = 10000 } = {}) {
      const h = pw
        ? await page.waitForFunction(fn, arg, { timeout, polling: 100 })
        : await page.waitForFunction(fn, { timeout, polling: 100 }, arg);
      return h.jsonValue();
    },
    async waitForSelector(sel, { timeout = 10000, visible = false } = {}) {
      if (pw) await page.waitForSelector(sel, { timeout, state: visible ? 'visible' : 'attached' });
      else await page.waitForSelector(sel, { timeout, visible });
    },
    click: (sel) => page.click(sel),
    press: (key) => page.keyboard.press(key),
    async goto(url, { timeout = 20000 } = {}) {
      if (pw) await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
      else await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    },
    async reload() {
      await page.reload({ waitUntil: 'domcontentloaded' });
    },
    bringToFront: () => page.bringToFront(),
    /** Resizes the page's viewport (CSS pixels). */
    setViewport: (width, height) =>
      pw ? page.setViewportSize({ width, height }) : page.setViewport({ width, height }),
    close: () => page.close().catch(() => {}),
  };
}
