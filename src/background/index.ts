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
import {
  ALL_SITES_ASKED,
  ALL_SITES_ORIGINS,
  isKnownHost,
  knownPatterns,
  loadOptions,
  saveOptions,
} from '../shared/options';
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
 *   - `early:known`: the known news hosts, minus the ones switched off, at document_start: early.js and
 *     early.css hide the site rules' clutter before the first paint (content.js takes that away on 원래대로
 *     and on pages that are not articles), and content.js arrives right behind early.js: the browser compiles
 *     it while the page is still arriving, and cleans at DOMContentLoaded;
 *   - `auto:known`: the same hosts at document idle: auto.js alone, which has content.js look again when
 *     there was no article yet at DOMContentLoaded (a story the page's scripts build);
 *   - `site:<host>`: each other site switched on whose access the user granted;
 *   - `all:pages`: the opt-in all-sites mode, every other page: gate.js decides cheaply and asks for
 *     content.js (message `malgeun:gate-pass`) only on a Korean, news-shaped page.
 * None while the master switch is off.
 */
const AUTO_ID = 'auto:known';
const EARLY_ID = 'early:known';
const ALL_ID = 'all:pages';
const SITE_SCRIPT_PREFIX = 'site:';
/** A site of the user's own: content.js at document idle, right after auto.js. */
export const AUTO_FILES = ['auto.js', 'content.js'];
/** The known hosts: content.js at document_start behind early.js; it cleans at DOMContentLoaded. */
export const EARLY_FILES = ['early.js', 'content.js'];
const OURS = (id: string) =>
  id === AUTO_ID || id === EARLY_ID || id === ALL_ID || id.startsWith(SITE_SCRIPT_PREFIX);

const originFor = (host: string) => `*://${host}/*`;

interface Registration {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  css?: string[];
  runAt: 'document_start' | 'document_idle';
}

const idle = (id: string, matches: string[], js: string[], exclude: string[]): Registration => ({
  id,
  matches,
  js,
  runAt: 'document_idle',
  ...(exclude.length ? { excludeMatches: exclude } : {}),
});

async function wantedScripts(): Promise<Registration[]> {
  const opts = await loadOptions();
  if (!opts.autoClean) return [];
  const known = knownPatterns();
  const off: string[] = [];
  const knownOff: string[] = [];
  const sites: Registration[] = [];
  for (const [host, site] of Object.entries(opts.sites)) {
    if (site.auto === false) {
      off.push(originFor(host));
      if (isKnownHost(host, known)) knownOff.push(originFor(host));
    } else if (site.auto === true && !isKnownHost(host, known)) {
      if (await browser.permissions.contains({ origins: [originFor(host)] }))
        sites.push(idle(`${SITE_SCRIPT_PREFIX}${host}`, [originFor(host)], AUTO_FILES, []));
    }
  }
  const wanted: Registration[] = [];
  if (known.length) {
    wanted.push(idle(AUTO_ID, known, ['auto.js'], knownOff));
    wanted.push({
      ...idle(EARLY_ID, known, EARLY_FILES, knownOff),
      css: ['early.css'],
      runAt: 'document_start',
    });
  }
  wanted.push(...sites);
  if (opts.allSites && (await browser.permissions.contains({ origins: ALL_SITES_ORIGINS }))) {
    // Known hosts and sites of their own have their registration; switched-off sites get nothing.
    const elsewhere = [...known, ...sites.flatMap((s) => s.matches), ...off];
    wanted.push(idle(ALL_ID, ALL_SITES_ORIGINS, ['gate.js'], elsewhere));
  }
  return wanted;
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

type Registered = Awaited<ReturnType<typeof browser.scripting.getRegisteredContentScripts>>[number];

const changed = (s: Registered, w: Registration | undefined) =>
  !w ||
  !sameList(s.matches, w.matches) ||
  !sameList(s.excludeMatches, w.excludeMatches) ||
  !sameList(s.js, w.js) ||
  !sameList(s.css, w.css) ||
  (s.runAt ?? 'document_idle') !== w.runAt;

/** Bring the registrations in line with the options and granted permissions (only what changed). */
export async function syncAutoScripts(): Promise<void> {
  const wanted = await wantedScripts();
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((s) => OURS(s.id));
  const byId = new Map(wanted.map((w) => [w.id, w]));
  // Changed ones are dropped and registered again: simpler than updateContentScripts, which cannot clear
  // excludeMatches in every browser.
  const stale = ours.filter((s) => changed(s, byId.get(s.id))).map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const kept = new Set(ours.map((s) => s.id).filter((id) => !stale.includes(id)));
  const fresh = wanted.filter((w) => !kept.has(w.id)).map((w) => ({ ...w, persistAcrossSessions: true }));
  if (!fresh.length) return;
  try {
    await browser.scripting.registerContentScripts(fresh);
  } catch {
    // Older Firefox builds reject persistAcrossSessions; start-up registers again there anyway.
    await browser.scripting.registerContentScripts(fresh.map(({ persistAcrossSessions: _, ...s }) => s));
  }
}

/** A news-shaped page in the all-sites mode: send content.js to the frame whose gate.js asked. */
async function sendContent(sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  const opts = await loadOptions();
  if (!opts.autoClean || !opts.allSites) return { ok: false };
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: ['content.js'],
  });
  return { ok: true };
}

/** Page tools export Markdown for the first time: send the writer (markdown.js) to the frame that asked. */
async function sendMarkdownWriter(sender: Runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: ['markdown.js'],
  });
  return { ok: true };
}

/** The all-sites permission granted after the reader asked for the mode (the asking page may be gone). */
export async function allSitesGranted(origins: readonly string[] = []): Promise<void> {
  if (!origins.some((o) => ALL_SITES_ORIGINS.includes(o))) return;
  const got = await browser.storage.local.get(ALL_SITES_ASKED);
  if (got[ALL_SITES_ASKED] !== true) return;
  await browser.storage.local.remove(ALL_SITES_ASKED);
  await saveOptions({ allSites: true });
}

browser.permissions.onAdded.addListener((added) => {
  allSitesGranted(added.origins)
    .catch(report('all sites on'))
    .finally(() => syncAutoScripts().catch(report('sync scripts')));
});
browser.permissions.onRemoved.addListener((removed) => {
  // The all-sites permission taken back in the browser's settings switches the mode off with it.
  if (removed.origins?.some((o) => ALL_SITES_ORIGINS.includes(o)))
    void saveOptions({ allSites: false }).catch(report('all sites off'));
  void syncAutoScripts().catch(report('sync scripts'));
});
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync') return;
  if ('sites' in changes || 'autoClean' in changes || 'allSites' in changes)
    syncAutoScripts().catch(report('sync scripts'));
  if ('toolbarAction' in changes) syncAction().catch(report('action'));
});

// --- messages ---------------------------------------------------------------------------------------------

const TYPES = [
  'malgeun:badge',
  'malgeun:download',
  'malgeun:sync-sites',
  'malgeun:open-options',
  'malgeun:gate-pass',
  'malgeun:load-markdown',
] as const;

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage<ToBackground>(msg, TYPES)) return undefined;
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
    case 'malgeun:gate-pass':
      return sendContent(sender).catch(() => ({ ok: false }));
    case 'malgeun:load-markdown':
      return sendMarkdownWriter(sender).catch((e: unknown) => ({ ok: false, error: String(e) }));
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
