/**
 * Background (Chrome service worker / Firefox event page; no DOM is assumed). It owns what only it can do:
 *   - the per-tab badge (count of hidden blocks reported by content.js);
 *   - the keyboard command, the context menu and the toolbar click (popup or reader, per options);
 *   - downloads of Markdown files;
 *   - the content-script registrations that run the automatic clean-up where the options want it.
 * Every listener is registered synchronously at the top level so the worker wakes up for its events.
 */
import browser, { type Runtime } from '../shared/browser';
import { ensureSafeMarkdownName } from '../shared/filename';
import { t } from '../shared/i18n';
import { askTab } from '../shared/inject';
import type { MarkdownReply, OkReply, ToBackground } from '../shared/messages';
import { isMessage } from '../shared/messages';
import { isKnownHost, knownPatterns, loadOptions } from '../shared/options';
import { createPickerMenu } from './picker';

const MENU_READER = 'malgeun-reader';
const MENU_COPY = 'malgeun-copy-md';
const MENU_SAVE = 'malgeun-save-md';

// --- badge ---------------------------------------------------------------------------------------------

async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4f' });
}

// A new document starts with no clean-up; its content script reports again if it hides anything.
browser.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') setBadge(tabId, 0).catch(() => undefined);
});

// --- downloads -----------------------------------------------------------------------------------------

/** Save text as a file. Firefox's event page can make blob URLs; Chrome's service worker cannot, so a data URL. */
export async function downloadMarkdown(markdown: string, filename: string): Promise<number> {
  let url: string;
  const canBlob = typeof URL.createObjectURL === 'function';
  if (canBlob) url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  else url = `data:text/markdown;charset=utf-8,${encodeURIComponent(markdown)}`;
  try {
    return await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    if (canBlob) setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

// --- reader and Markdown on a tab ------------------------------------------------------------------------

async function openReader(tabId: number): Promise<void> {
  await askTab(tabId, { type: 'malgeun:open-reader', force: true });
}

async function saveFromTab(tabId: number): Promise<void> {
  const opts = await loadOptions();
  const reply = await askTab<MarkdownReply>(tabId, { type: 'malgeun:get-markdown', options: opts.export });
  await downloadMarkdown(reply.markdown, reply.filename);
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function report(where: string) {
  return (e: unknown) => console.warn(`malgeun: ${where} failed`, e);
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'open-reader') return;
  (async () => {
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) await askTab(tabId, { type: 'malgeun:toggle-reader' });
  })().catch(report('command'));
});

// --- context menu ----------------------------------------------------------------------------------------

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const contexts: ['page', 'selection'] = ['page', 'selection'];
  browser.contextMenus.create({ id: MENU_READER, title: t('menuOpenReader'), contexts });
  browser.contextMenus.create({ id: MENU_COPY, title: t('menuCopyMarkdown'), contexts });
  browser.contextMenus.create({ id: MENU_SAVE, title: t('menuSaveMarkdown'), contexts });
  createPickerMenu();
}

browser.contextMenus.onClicked.addListener((info, tab) => {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  if (info.menuItemId === MENU_READER) openReader(tabId).catch(report('reader'));
  else if (info.menuItemId === MENU_SAVE) saveFromTab(tabId).catch(report('save'));
  else if (info.menuItemId === MENU_COPY) {
    loadOptions()
      .then((o) => askTab<OkReply>(tabId, { type: 'malgeun:copy-markdown', options: o.export }))
      .catch(report('copy'));
  }
});

// --- toolbar button --------------------------------------------------------------------------------------

async function syncAction(): Promise<void> {
  const opts = await loadOptions();
  await browser.action.setPopup({ popup: opts.toolbarAction === 'reader' ? '' : 'popup.html' });
}

// Fires only while no popup is set, i.e. when the options say a click opens the reader.
browser.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) askTab(tab.id, { type: 'malgeun:toggle-reader' }).catch(report('toolbar'));
});

// --- automatic clean-up: content-script registrations ------------------------------------------------------

/**
 * The options decide where content.js runs by itself, through registrations instead of a static
 * `content_scripts` entry: the script then knows at once that it was sent to clean (the small auto.js run
 * before it says so) and hides the clutter without first waiting on a storage read, and a host where the
 * user switched clean-up off gets no script at all. Registrations:
 *   - `auto:known`: the known news hosts, minus the ones switched off;
 *   - `site:<host>`: each other site switched on whose access the user granted.
 * None while the master switch is off.
 */
const AUTO_ID = 'auto:known';
const SITE_SCRIPT_PREFIX = 'site:';
export const AUTO_FILES = ['auto.js', 'content.js'];

const originFor = (host: string) => `*://${host}/*`;

interface Registration {
  id: string;
  matches: string[];
  excludeMatches?: string[];
}

async function wantedScripts(): Promise<Registration[]> {
  const opts = await loadOptions();
  if (!opts.autoClean) return [];
  const known = knownPatterns();
  const off: string[] = [];
  const wanted: Registration[] = [];
  for (const [host, site] of Object.entries(opts.sites)) {
    if (site.auto === false) {
      if (isKnownHost(host, known)) off.push(originFor(host));
    } else if (site.auto === true && !isKnownHost(host, known)) {
      if (await browser.permissions.contains({ origins: [originFor(host)] }))
        wanted.push({ id: `${SITE_SCRIPT_PREFIX}${host}`, matches: [originFor(host)] });
    }
  }
  if (known.length)
    wanted.unshift({ id: AUTO_ID, matches: known, ...(off.length ? { excludeMatches: off } : {}) });
  return wanted;
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Bring the registrations in line with the options and granted permissions (only what changed). */
export async function syncAutoScripts(): Promise<void> {
  const wanted = await wantedScripts();
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter(
    (s) => s.id === AUTO_ID || s.id.startsWith(SITE_SCRIPT_PREFIX),
  );
  const byId = new Map(wanted.map((w) => [w.id, w]));
  // Changed ones are dropped and registered again: simpler than updateContentScripts, which cannot clear
  // excludeMatches in every browser.
  const stale = ours
    .filter((s) => {
      const w = byId.get(s.id);
      return (
        !w ||
        !sameList(s.matches, w.matches) ||
        !sameList(s.excludeMatches, w.excludeMatches) ||
        !sameList(s.js, AUTO_FILES)
      );
    })
    .map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const kept = new Set(ours.map((s) => s.id).filter((id) => !stale.includes(id)));
  const fresh = wanted
    .filter((w) => !kept.has(w.id))
    .map((w) => ({ ...w, js: AUTO_FILES, runAt: 'document_idle' as const, persistAcrossSessions: true }));
  if (!fresh.length) return;
  try {
    await browser.scripting.registerContentScripts(fresh);
  } catch {
    // Older Firefox builds reject persistAcrossSessions; start-up registers again there anyway.
    await browser.scripting.registerContentScripts(fresh.map(({ persistAcrossSessions: _, ...s }) => s));
  }
}

browser.permissions.onAdded.addListener(() => void syncAutoScripts().catch(report('sync scripts')));
browser.permissions.onRemoved.addListener(() => void syncAutoScripts().catch(report('sync scripts')));
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync') return;
  if ('sites' in changes || 'autoClean' in changes) syncAutoScripts().catch(report('sync scripts'));
  if ('toolbarAction' in changes) syncAction().catch(report('action'));
});

// --- messages ---------------------------------------------------------------------------------------------

const TYPES = ['malgeun:badge', 'malgeun:download', 'malgeun:sync-sites', 'malgeun:open-options'] as const;

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage<ToBackground>(msg, TYPES)) {
    // Kept for the e2e harness: tells the background is alive.
    if ((msg as { type?: string })?.type === 'malgeun:bg-ping') return Promise.resolve({ ok: true });
    return undefined;
  }
  switch (msg.type) {
    case 'malgeun:badge': {
      const tabId = sender.tab?.id;
      // Only the top frame's count is the tab's count.
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
      return setBadge(tabId, Math.max(0, Math.floor(Number(msg.count) || 0))).then(() => ({ ok: true }));
    }
    case 'malgeun:download':
      return downloadMarkdown(String(msg.markdown), ensureSafeMarkdownName(String(msg.filename))).then(
        (id) => ({ ok: true, id }),
        (e: unknown) => ({ ok: false, error: String(e) }),
      );
    case 'malgeun:sync-sites':
      return syncAutoScripts().then(() => ({ ok: true }));
    case 'malgeun:open-options':
      return browser.runtime.openOptionsPage().then(() => ({ ok: true }));
  }
});

// --- start-up ---------------------------------------------------------------------------------------------

function setUp(): void {
  createMenus().catch(report('menus'));
  syncAction().catch(report('action'));
  syncAutoScripts().catch(report('sync scripts'));
}
browser.runtime.onInstalled.addListener(setUp);
browser.runtime.onStartup.addListener(setUp);
