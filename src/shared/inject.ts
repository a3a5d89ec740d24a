/**
 * Injection on demand (popup and background): content.js for the clean-up, page-tools.js for extraction,
 * the reader and Markdown, picker.js for the block picker. Each file guards against running twice, so a lost
 * ping only costs a re-run.
 */
import browser from './browser';
import type { ToContent, ToPageTools, ToPicker } from './messages';

/**
 * Pages no extension may script: browser pages, other extensions, the web stores, the PDF viewers.
 * Injection would fail there anyway; knowing it first lets the popup say so instead of erroring.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return true;
  const host = u.hostname;
  if (
    host === 'chromewebstore.google.com' ||
    host === 'addons.mozilla.org' ||
    host === 'accounts-static.cdn.mozilla.net'
  )
    return true;
  if (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) return true;
  if (host === 'microsoftedge.microsoft.com' && u.pathname.startsWith('/addons')) return true;
  // A PDF opens in the browser's own viewer, where content scripts do not run.
  if (/\.pdf$/i.test(u.pathname)) return true;
  return false;
}

async function answers(tabId: number, type: string): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type })) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

/** Thrown when a tab cannot be scripted (browser pages, stores, PDF viewers, …). */
export class RestrictedPageError extends Error {
  constructor(detail: string) {
    super(`cannot script this page: ${detail}`);
    this.name = 'RestrictedPageError';
  }
}

/**
 * Inject a file and make sure it runs. Firefox resolves executeScript on privileged pages with an
 * `error` in the result instead of rejecting, so the result is checked and the script pinged after.
 */
async function inject(tabId: number, file: string, ping: string): Promise<void> {
  let results: { error?: unknown }[];
  try {
    results = (await browser.scripting.executeScript({ target: { tabId }, files: [file] })) as {
      error?: unknown;
    }[];
  } catch (e) {
    throw new RestrictedPageError(e instanceof Error ? e.message : String(e));
  }
  const failed = results.find((r) => r?.error);
  if (failed)
    throw new RestrictedPageError(String((failed.error as { message?: string })?.message ?? failed.error));
  if (!(await answers(tabId, ping))) throw new RestrictedPageError(`${file} does not answer`);
}

/** Make sure content.js runs in the tab (throws when the page cannot be scripted). */
export async function ensureContent(tabId: number): Promise<void> {
  if (await answers(tabId, 'malgeun:ping')) return;
  await inject(tabId, 'content.js', 'malgeun:ping');
}

/** Make sure content.js and then `file` (answering `ping`) run in the tab. */
async function ensureWithContent(tabId: number, file: string, ping: string): Promise<void> {
  const [content, script] = await Promise.all([answers(tabId, 'malgeun:ping'), answers(tabId, ping)]);
  if (!content) await inject(tabId, 'content.js', 'malgeun:ping');
  if (!script) await inject(tabId, file, ping);
}

/** Make sure content.js and page-tools.js run in the tab (throws when the page cannot be scripted). */
export function ensurePageTools(tabId: number): Promise<void> {
  return ensureWithContent(tabId, 'page-tools.js', 'malgeun:tools-ping');
}

/**
 * Make sure content.js and picker.js run in the tab (throws when the page cannot be scripted). content.js
 * comes first: a pick is hidden by the clean-up's runtime, which applies the site's saved selectors.
 */
export function ensurePicker(tabId: number): Promise<void> {
  return ensureWithContent(tabId, 'picker.js', 'malgeun:picker-ping');
}

/** Send a message to the tab's scripts, injecting what is needed first. */
export async function askTab<R>(tabId: number, message: ToPageTools | ToContent, tools = true): Promise<R> {
  if (tools) await ensurePageTools(tabId);
  else await ensureContent(tabId);
  return (await browser.tabs.sendMessage(tabId, message)) as R;
}

/** Send a message to the tab's block picker, injecting content.js and picker.js first when they do not answer. */
export async function askPicker<R>(tabId: number, message: ToPicker): Promise<R> {
  await ensurePicker(tabId);
  return (await browser.tabs.sendMessage(tabId, message)) as R;
}
