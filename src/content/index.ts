/**
 * The content script: runs at document idle on the known news hosts (and sites the user enabled), or when
 * injected on demand by the popup/background. Steps:
 *   1. answer messages at once (ping, state, clean, restore);
 *   2. read the options; if automatic clean-up applies here, detect the page and hide its clutter;
 *   3. watch for late widgets with bounded work; report the count for the badge.
 * Only detection and clutter finding come from the core here: extraction and the reader live in page-tools.
 */
// Imported from their own modules (not core/index) so Readability and Turndown stay out of this bundle.
import { findClutterWith } from '../core/clean';
import { detectWithProse, measureProse, type ProseMap } from '../core/detect';
import type { ClutterBlock, Detection } from '../core/types';
import browser from '../shared/browser';
import type { CleanupState, PingReply, ToContent } from '../shared/messages';
import { isMessage } from '../shared/messages';
import { autoCleanFor, knownPatterns, loadOptions, normalizeHost, type Options } from '../shared/options';
import { blocksFromSelectors, Cleaner, STYLE_ID } from './cleanup';
import { LateWidgetWatcher } from './watcher';

/** Document idle: when auto.js ran, else when this file started (an on-demand injection). */
let startedAt = performance.now();
const READER_HOST_ID = 'malgeun-reader';

interface Session {
  cleaner: Cleaner;
  watcher: LateWidgetWatcher | null;
  detection: Detection | null;
  options: Options | null;
  auto: boolean;
  /** Cleaned on the user's request (popup), whatever the options say. */
  manual: boolean;
  cleanMs: number | null;
  idleToHiddenMs: number | null;
  /** The start-up is over: options read and, where they want it, the page cleaned. */
  settled: boolean;
}

const session: Session = {
  cleaner: new Cleaner(document),
  watcher: null,
  detection: null,
  options: null,
  auto: false,
  manual: false,
  cleanMs: null,
  idleToHiddenMs: null,
  settled: false,
};

/** The prose map detection measured, handed on to the first clutter search (one DOM walk, not two). */
let detectedProse: ProseMap | null = null;

function detection(): Detection {
  if (!session.detection) {
    detectedProse = measureProse(document);
    session.detection = detectWithProse(document, location.href, detectedProse);
  }
  return session.detection;
}

function siteSelectors(): string[] {
  return session.options?.sites[normalizeHost(location.hostname)]?.selectors ?? [];
}

function reportBadge(): void {
  browser.runtime.sendMessage({ type: 'malgeun:badge', count: session.cleaner.count }).catch(() => undefined);
}

function ignoreNode(el: Element): boolean {
  return el.id === STYLE_ID || el.id === READER_HOST_ID || session.cleaner.isInsideHidden(el);
}

/** Detect and find the core's clutter (already story-guarded by the core); null on a non-article. */
function find(): ClutterBlock[] | null {
  if (!detection().isArticle) return null;
  // Later searches (late widgets) measure the page as it is then.
  const prose = detectedProse ?? measureProse(document);
  detectedProse = null;
  return findClutterWith(document, location.href, prose);
}

/** Hide what the core finds and what the user's selectors match (those are story-guarded here). */
function hideClutter(found: ClutterBlock[] | null = find()): number {
  if (!found) return 0;
  return (
    session.cleaner.hide(found, true) + session.cleaner.hide(blocksFromSelectors(document, siteSelectors()))
  );
}

/** Hide the page's clutter now. Nothing happens on a page that is not an article. */
function clean(): void {
  const t0 = performance.now();
  const found = find();
  if (!found) return;
  hideClutter(found);
  const t1 = performance.now();
  session.cleanMs = t1 - t0;
  session.idleToHiddenMs ??= t1 - startedAt;
  reportBadge();
  if (!session.watcher && document.body) {
    session.watcher = new LateWidgetWatcher(document.body, {
      runBatch: () => hideClutter(),
      ignore: ignoreNode,
      onChange: reportBadge,
    });
  }
  if (document.visibilityState !== 'hidden') session.watcher?.start();
}

function restore(): void {
  session.watcher?.stop();
  session.watcher = null;
  session.cleaner.restore();
  reportBadge();
}

function state(): CleanupState {
  const det = detection();
  const { kinds, headings } = session.cleaner.summary();
  const w = session.watcher;
  return {
    active: session.cleaner.count > 0,
    hidden: session.cleaner.count,
    kinds,
    headings,
    cleanMs: session.cleanMs,
    idleToHiddenMs: session.idleToHiddenMs,
    isArticle: det.isArticle,
    site: det.site,
    auto: session.auto,
    observing: w?.observing ?? false,
    batches: w?.batches ?? 0,
    lateHidden: w?.lateHidden ?? 0,
    capReached: w?.capReached ?? false,
    url: location.href,
    settled: session.settled,
  };
}

const MESSAGE_TYPES = ['malgeun:ping', 'malgeun:get-state', 'malgeun:clean', 'malgeun:restore'] as const;

function onMessage(msg: unknown): Promise<CleanupState | PingReply> | undefined {
  if (!isMessage<ToContent>(msg, MESSAGE_TYPES)) return undefined;
  switch (msg.type) {
    case 'malgeun:ping':
      return Promise.resolve({ ok: true, url: location.href });
    case 'malgeun:get-state':
      return Promise.resolve(state());
    case 'malgeun:clean':
      session.manual = true;
      clean();
      return Promise.resolve(state());
    case 'malgeun:restore':
      session.manual = false;
      restore();
      return Promise.resolve(state());
  }
}

/**
 * When auto.js ran (just before this file, only in the automatic registrations), or null when this file
 * was injected on demand. Taken once: an orphaned earlier instance must not leave it to a later injection.
 */
function takeAutoStart(): number | null {
  const g = globalThis as { __malgeunAuto?: unknown };
  const at = typeof g.__malgeunAuto === 'number' ? g.__malgeunAuto : null;
  delete g.__malgeunAuto;
  return at;
}

/** Hide what the user's own selectors for this site match (they arrive with the options). */
function hideUserBlocks(): void {
  if (session.cleaner.hide(blocksFromSelectors(document, siteSelectors())) > 0) reportBadge();
}

async function start(): Promise<void> {
  browser.runtime.onMessage.addListener(onMessage);
  // Pause the late-widget watcher in background tabs; catch up when the tab is shown again.
  document.addEventListener('visibilitychange', () => {
    const w = session.watcher;
    if (!w || session.cleaner.count === 0) return;
    if (document.visibilityState === 'hidden') w.stop();
    else {
      w.start();
      w.flush(true);
    }
  });
  // Sent by the automatic registration: the background registers it only where the options want the
  // clean-up, so clean at once; the options read below only confirms it and brings the user's selectors.
  const autoStart = takeAutoStart();
  const sentToClean = autoStart !== null;
  if (sentToClean) startedAt = autoStart;
  const reading = loadOptions();
  if (sentToClean) {
    session.auto = true;
    clean();
  }
  session.options = await reading;
  session.auto = autoCleanFor(session.options, location.hostname, knownPatterns());
  if (sentToClean && !session.auto && !session.manual)
    restore(); // a registration not yet in step
  else if (sentToClean) hideUserBlocks();
  else if (session.auto) clean();
  session.settled = true;
  browser.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'sync' || !('sites' in changes || 'autoClean' in changes)) return;
    const wasActive = session.cleaner.count > 0;
    session.options = await loadOptions();
    session.auto = autoCleanFor(session.options, location.hostname, knownPatterns());
    // New per-site selectors apply at once to a page being cleaned; switching automatic clean-up off
    // here restores the page unless the user cleaned it by hand.
    if (wasActive) {
      restore();
      if (session.auto || session.manual) clean();
    }
  });
}

/**
 * The popup and background may inject this file into a tab that already runs it: run once per page.
 * An instance orphaned by an extension update (its runtime is gone) no longer answers; the new one takes
 * over its marks instead of stepping aside.
 */
const holder = globalThis as { __malgeunContent?: { alive(): boolean } };
const previous = holder.__malgeunContent;
if (!previous?.alive()) {
  holder.__malgeunContent = {
    alive: () => {
      try {
        return !!browser.runtime?.id;
      } catch {
        return false;
      }
    },
  };
  if (previous && session.cleaner.adopt() > 0) session.manual = true;
  start().catch((e) => console.warn('malgeun: content script failed', e));
}
