/**
 * The part of content.js that talks to the extension: messages (ping, state, clean, restore), the options
 * (automatic clean-up, the user's selectors, later changes) and the badge. Loaded after the first clean-up
 * (index.ts imports it lazily), because setting up the extension bindings costs milliseconds at page load.
 */
import browser from '../shared/browser';
import type { CleanupMetrics, CleanupState, PingReply, ToContent, ToTestHooks } from '../shared/messages';
import { isMessage } from '../shared/messages';
import {
  autoCleanFor,
  isKnownHost,
  knownPatterns,
  loadOptions,
  normalizeHost,
  type Options,
} from '../shared/options';
import { LEARNED_KEY } from './early-css';
import type { PageSession } from './session';
import { cleanupMetrics } from './test-metrics';

const MESSAGE_TYPES = ['malgeun:ping', 'malgeun:get-state', 'malgeun:clean', 'malgeun:restore'] as const;

/** Is this instance's extension still there (an update orphans the scripts of the old one)? */
export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/** Late enough for a client-rendered story and the page's own widgets to be drawn. */
const MISFIT_CHECK_DELAY = 3000;

/**
 * A cleaned article whose site rule finds nothing is counted per rule in storage.local (never sent anywhere):
 * `ruleMisfits: { [rule id]: { count, last } }`, what a reader can look at to tell a rule has rotted.
 */
async function countMisfit(session: PageSession): Promise<void> {
  const id = session.misfit();
  if (!id) return;
  const { ruleMisfits } = (await browser.storage.local.get('ruleMisfits')) as {
    ruleMisfits?: Record<string, { count: number; last: string }>;
  };
  const all = { ...(ruleMisfits ?? {}) };
  all[id] = { count: (all[id]?.count ?? 0) + 1, last: new Date().toISOString() };
  await browser.storage.local.set({ ruleMisfits: all });
}

/**
 * After an automatic clean-up on a known host: check what the learned early stylesheet hid (it goes at once if
 * it hid anything the clean-up does not), and keep this page's names for the next page (early-learn.ts).
 */
async function learnEarly(session: PageSession): Promise<void> {
  const host = normalizeHost(location.hostname);
  if (!isKnownHost(host, knownPatterns()) || session.cleaner.count === 0) return;
  const got = (await browser.storage.local.get(LEARNED_KEY)) as { [LEARNED_KEY]?: Record<string, string[]> };
  const all = { ...(got[LEARNED_KEY] ?? {}) };
  const before = all[host] ?? [];
  const next = session.relearn(before);
  if (next.length === before.length && next.every((s, i) => s === before[i])) return;
  all[host] = next;
  await browser.storage.local.set({ [LEARNED_KEY]: all });
}

/**
 * `sentToClean`: run by the automatic registration, which exists only where the options want the
 * clean-up; the page was then cleaned before this loaded, and the options read here only confirms it.
 */
export async function start(session: PageSession, sentToClean: boolean): Promise<void> {
  let options: Options | null = null;
  session.selectors = () => options?.sites[normalizeHost(location.hostname)]?.selectors ?? [];
  session.onCount = () => {
    browser.runtime
      .sendMessage({ type: 'malgeun:badge', count: session.cleaner.count })
      .catch(() => undefined);
  };
  const onMessage = (msg: unknown): Promise<CleanupState | PingReply | CleanupMetrics> | undefined => {
    // A test build also answers the harness's request for timings and counters; a product build drops this.
    if (__MALGEUN_TEST__ && isMessage<ToTestHooks>(msg, ['malgeun:cleanup-metrics']))
      return Promise.resolve(cleanupMetrics(session.watcher));
    if (!isMessage<ToContent>(msg, MESSAGE_TYPES)) return undefined;
    switch (msg.type) {
      case 'malgeun:ping':
        return Promise.resolve({ ok: true, url: location.href });
      case 'malgeun:get-state':
        return Promise.resolve(session.state());
      case 'malgeun:clean':
        session.manual = true;
        return session.cleanOnRequest().then(() => session.state());
      case 'malgeun:restore':
        session.manual = false;
        session.restore();
        return Promise.resolve(session.state());
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  if (session.cleaner.count > 0) session.onCount();
  options = await loadOptions();
  session.auto = autoCleanFor(options, location.hostname, knownPatterns());
  if (sentToClean && !session.auto && !session.manual)
    session.restore(); // a registration not yet in step
  else if (sentToClean) {
    // The user's selectors join the clean-up of an article; a page that is not one stays untouched.
    if (session.isArticle() && session.hideUserBlocks() > 0) session.onCount();
    if (session.isArticle()) void learnEarly(session).catch(() => undefined);
  } else if (session.auto) session.clean();
  session.settled = true;
  if (session.auto || session.manual) setTimeout(() => void countMisfit(session), MISFIT_CHECK_DELAY);
  // Selectors added for this site while this page is open (the block picker): hidden at once and kept hidden
  // through later changes here, whether or not the clean-up runs on this page; removed ones show again.
  const addedHere = new Set<string>();
  browser.storage.onChanged.addListener(async (changes, area) => {
    if (area !== 'sync' || !('sites' in changes || 'autoClean' in changes || 'allSites' in changes)) return;
    const wasActive = session.cleaner.count > 0;
    const before = session.selectors();
    options = await loadOptions();
    session.auto = autoCleanFor(options, location.hostname, knownPatterns());
    const now = session.selectors();
    for (const s of now) if (!before.includes(s)) addedHere.add(s);
    // New per-site selectors apply at once to a page being cleaned; switching automatic clean-up off
    // here restores the page unless the user cleaned it by hand.
    if (wasActive) {
      session.restore();
      if (session.auto || session.manual) session.clean();
    }
    const picked = now.filter((s) => addedHere.has(s));
    if (picked.length && session.hideUserBlocks(picked) > 0) session.onCount();
  });
}
