// Issue 5 in both real browsers: a hostile article page (test/e2e/pages/hostile.html) and pages where the
// extension cannot or must not act. Nothing from the page runs in the popup, the reader or the Markdown, the
// story's look-alike heading does not get it hidden, and the popup explains restricted pages.
import {
  eventually,
  injectPageTools,
  missingFrom,
  openNewsPage,
  openPopup,
  sendToTab,
  short,
  visibleText,
} from '../harness/index.mjs';

const HOSTILE_URL = 'https://www.newsbell.co.kr/__e2e/hostile.html';
// Story paragraphs that must stay visible (one holds "관련기사" in its text, one a javascript: link).
const STORY = [
  '시민 모니터링단으로 활동하는 주민 김여울 씨는',
  '모니터링단은 관련기사 스크랩과 관찰 일지를 누리집에 올려 왔다.',
  '생태 전문가인 오솔길 가상대 생명과학과 교수는',
  '가상시는 내년 봄 새끼들이 독립할 때까지 관찰을 이어 가고',
];

const counters = (page) => page.evaluate(() => JSON.stringify(window.__hostile));

/** What an extension page holds that could run or leak: scripts, handlers, javascript:/data: URLs, frames. */
const dangerIn = (page) =>
  page.evaluate(() => {
    const bad = [];
    // What the extension rendered (its own <head> and popup.js are not page content).
    for (const el of document.body.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' && !/^(popup|options)\.js$/.test(el.getAttribute('src') ?? ''))
        bad.push('<script>');
      if (['iframe', 'frame', 'object', 'embed', 'form', 'meta', 'base'].includes(tag)) bad.push(`<${tag}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) bad.push(`${tag}[${a.name}]`);
        if (
          /^(href|src|action|formaction|xlink:href|srcdoc)$/i.test(a.name) &&
          /^\s*(javascript|data:text)/i.test(a.value)
        )
          bad.push(`${tag}[${a.name}=${a.value.slice(0, 30)}]`);
        if (a.name === 'srcdoc') bad.push(`${tag}[srcdoc]`);
      }
    }
    return bad;
  });

export const tests = [
  {
    name: 'hostile page: story kept visible, nothing of the page runs in popup, reader or Markdown',
    timeout: 90000,
    async fn({ browser, assert }) {
      const { page, ext, tabId, state } = await openNewsPage(browser, HOSTILE_URL);
      assert.equal(state.isArticle, true, 'the hostile page reads as an article');
      const lost = missingFrom(await visibleText(page), STORY);
      assert.deepEqual(lost, [], `story hidden — ${short(lost)}`);
      await new Promise((r) => setTimeout(r, 500));
      const baseline = await counters(page);
      // Story completeness is noted and asserted at the end, so the security checks below always run.
      const lacks = [];

      // Popup: the card and the sanitized story, with nothing executable in the extension page.
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, { waitFor: '#malgeun-popup' });
      await popup.waitFor(
        () => document.querySelector('#malgeun-popup')?.getAttribute('data-state') === 'article',
        undefined,
        { timeout: 15000 },
      );
      await popup.waitFor(
        () => document.querySelector('[data-testid="article-body"]')?.textContent.length > 100,
      );
      const popupDanger = await dangerIn(popup);
      assert.deepEqual(popupDanger, [], `popup holds ${popupDanger.join(', ')}`);
      const body = await popup.evaluate(
        () => document.querySelector('[data-testid="article-body"]').textContent,
      );
      const notInPopup = missingFrom(body, STORY);
      if (notInPopup.length) lacks.push(`popup story lacks ${short(notInPopup)}`);

      // Reader: opens in the page; nothing of the story's markup runs again.
      await injectPageTools(ext, tabId);
      await sendToTab(ext, tabId, { type: 'malgeun:open-reader' });
      const reader = await eventually(async () => {
        const r = await sendToTab(ext, tabId, { type: 'malgeun:reader-state' });
        assert.ok(r.ok && r.value?.open, 'reader open');
        return r.value;
      });
      const notInReader = missingFrom(reader.text, STORY);
      if (notInReader.length) lacks.push(`reader lacks ${short(notInReader)}`);
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(
        await counters(page),
        baseline,
        'no handler or script of the page ran again in the reader',
      );
      await sendToTab(ext, tabId, { type: 'malgeun:close-reader' });

      // Markdown: no raw HTML that could run anywhere it is pasted.
      const md = await sendToTab(ext, tabId, { type: 'malgeun:get-markdown' });
      assert.ok(md.ok && typeof md.value?.markdown === 'string', 'Markdown made');
      const text = md.value.markdown;
      for (const bad of [
        /<script/i,
        /<iframe/i,
        /<svg/i,
        /<form/i,
        /\son\w+\s*=/i,
        /javascript:/i,
        /data:text\/html/i,
      ])
        assert.doesNotMatch(text, bad, `Markdown holds ${bad}`);
      const notInMd = missingFrom(text.replace(/\\/g, ''), STORY);
      if (notInMd.length) lacks.push(`Markdown lacks ${short(notInMd)}`);

      assert.equal(await counters(page), baseline, 'no handler or script of the page ran again');
      assert.equal(page.url(), HOSTILE_URL, 'still on the page');
      assert.deepEqual(lacks, [], `story incomplete: ${lacks.join('; ')}`);
      await popup.close();
      await ext.close();
      await page.close();
    },
  },
  {
    name: 'a browser page where content scripts cannot run: the popup says so',
    async fn({ browser, browserName, assert }) {
      const probe = await browser.openExtensionPage('options.html', { waitFor: null });
      const ids = () =>
        probe.evaluate(async () => (await (globalThis.browser ?? chrome).tabs.query({})).map((t) => t.id));
      const before = await ids();
      const restricted = browserName === 'chromium' ? 'chrome://version/' : 'about:robots';
      const page = await browser.openPage(restricted).catch(() => null);
      const tabId = (await ids()).find((id) => !before.includes(id));
      assert.ok(tabId != null, 'the restricted tab exists');
      const { popup, state } = await openPopup(browser, tabId);
      assert.equal(state, 'restricted');
      const message = await popup.evaluate(
        () => document.querySelector('[data-testid="restricted"]')?.textContent?.trim() ?? '',
      );
      assert.ok(message.length > 0, 'a clear message');
      await popup.close();
      await page?.close();
      await probe.close();
    },
  },
];
