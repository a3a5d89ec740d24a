/**
 * User options: defaults, migrations and storage in one module (storage.sync).
 * Each top-level option is its own storage key so one large `sites` map cannot push the others past
 * storage.sync's per-item quota. `optionsVersion` drives the migrations below, applied in order once.
 */
import browser from './browser';

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'sans' | 'serif';
export type ToolbarAction = 'popup' | 'reader';
export type ImageMode = 'inline' | 'link' | 'omit';

export interface SiteSettings {
  /** undefined = follow the global switch (only on known hosts); true/false = this site's own choice. */
  auto?: boolean;
  /** Extra CSS selectors to hide on this site. */
  selectors: string[];
  /**
   * When each selector that came from the block picker was picked (ISO 8601), keyed by the selector; the
   * selector itself is in `selectors` like one typed by hand. Absent in data stored before the picker.
   */
  picked?: Record<string, string>;
}

export interface ReaderPrefs {
  theme: Theme;
  font: FontFamily;
  /** Font size in px. */
  size: number;
  /** Text column width in em. */
  width: number;
  /** Speech rate for read aloud. */
  ttsRate: number;
  /** Line height (a multiple of the font size). */
  lineHeight: number;
}

export interface Options {
  optionsVersion: number;
  autoClean: boolean;
  /** Opt-in: also clean detected articles on every other Korean page (needs the all-sites permission). */
  allSites: boolean;
  sites: Record<string, SiteSettings>;
  reader: ReaderPrefs;
  toolbarAction: ToolbarAction;
  export: { frontMatter: boolean; images: ImageMode };
}

export const OPTIONS_VERSION = 2;

export const READER_LIMITS = {
  size: [14, 30],
  width: [28, 60],
  ttsRate: [0.5, 2],
  lineHeight: [1.4, 2.2],
} as const;

export function defaultOptions(): Options {
  return {
    optionsVersion: OPTIONS_VERSION,
    autoClean: true,
    allSites: false,
    sites: {},
    reader: { theme: 'system', font: 'sans', size: 18, width: 38, ttsRate: 1, lineHeight: 1.8 },
    toolbarAction: 'popup',
    export: { frontMatter: true, images: 'inline' },
  };
}

type Raw = Record<string, unknown>;

/**
 * Migrations from the stored shape of version N-1 to N. Version 1 (0.0.x builds) kept a flat
 * `readerTheme`/`readerFontSize` pair and a `disabledSites` list; version 2 groups reader prefs and keeps
 * one `sites` map with per-site overrides and selectors.
 */
const migrations: Record<number, (raw: Raw) => Raw> = {
  2: (raw) => {
    const out: Raw = { ...raw };
    const reader: Raw = { ...((raw.reader as Raw) ?? {}) };
    if (typeof raw.readerTheme === 'string') reader.theme = raw.readerTheme;
    if (typeof raw.readerFontSize === 'number') reader.size = raw.readerFontSize;
    out.reader = reader;
    const sites: Record<string, SiteSettings> = { ...((raw.sites as Record<string, SiteSettings>) ?? {}) };
    if (Array.isArray(raw.disabledSites)) {
      for (const host of raw.disabledSites) {
        if (typeof host === 'string') sites[host] = { ...(sites[host] ?? { selectors: [] }), auto: false };
      }
    }
    out.sites = sites;
    delete out.readerTheme;
    delete out.readerFontSize;
    delete out.disabledSites;
    return out;
  },
};

const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;

const clampNum = (v: unknown, [lo, hi]: readonly [number, number], fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback;

/** Upgrade and validate whatever was stored: unknown or broken values fall back to the defaults. */
export function normalizeOptions(stored: Raw): Options {
  const d = defaultOptions();
  let raw: Raw = { ...stored };
  const from = typeof raw.optionsVersion === 'number' ? raw.optionsVersion : Object.keys(raw).length ? 1 : 0;
  for (let v = Math.max(from + 1, 2); v <= OPTIONS_VERSION && from > 0; v++)
    raw = migrations[v]?.(raw) ?? raw;

  const r = (raw.reader ?? {}) as Raw;
  const e = (raw.export ?? {}) as Raw;
  const sites: Record<string, SiteSettings> = {};
  if (raw.sites && typeof raw.sites === 'object') {
    for (const [host, s] of Object.entries(raw.sites as Record<string, Raw>)) {
      if (!s || typeof s !== 'object') continue;
      const entry: SiteSettings = {
        selectors: Array.isArray(s.selectors)
          ? s.selectors.filter((x): x is string => typeof x === 'string' && x.trim() !== '')
          : [],
      };
      if (typeof s.auto === 'boolean') entry.auto = s.auto;
      const picked = pickedDates(s.picked, entry.selectors);
      if (picked) entry.picked = picked;
      sites[normalizeHost(host)] = entry;
    }
  }
  return {
    optionsVersion: OPTIONS_VERSION,
    autoClean: typeof raw.autoClean === 'boolean' ? raw.autoClean : d.autoClean,
    allSites: raw.allSites === true,
    sites,
    reader: {
      theme: oneOf(r.theme, ['system', 'light', 'sepia', 'dark'], d.reader.theme),
      font: oneOf(r.font, ['sans', 'serif'], d.reader.font),
      size: clampNum(r.size, READER_LIMITS.size, d.reader.size),
      width: clampNum(r.width, READER_LIMITS.width, d.reader.width),
      ttsRate: clampNum(r.ttsRate, READER_LIMITS.ttsRate, d.reader.ttsRate),
      lineHeight: clampNum(r.lineHeight, READER_LIMITS.lineHeight, d.reader.lineHeight),
    },
    toolbarAction: oneOf(raw.toolbarAction, ['popup', 'reader'], d.toolbarAction),
    export: {
      frontMatter: typeof e.frontMatter === 'boolean' ? e.frontMatter : d.export.frontMatter,
      images: oneOf(e.images, ['inline', 'link', 'omit'], d.export.images),
    },
  };
}

/** The picker's dates for the selectors still listed (one removed by hand takes its date with it), or null. */
function pickedDates(raw: unknown, selectors: readonly string[]): Record<string, string> | null {
  if (!raw || typeof raw !== 'object') return null;
  const out: Record<string, string> = {};
  for (const [sel, at] of Object.entries(raw as Raw)) {
    if (selectors.includes(sel) && typeof at === 'string' && !Number.isNaN(Date.parse(at))) out[sel] = at;
  }
  return Object.keys(out).length ? out : null;
}

export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

const KEYS = [
  'optionsVersion',
  'autoClean',
  'allSites',
  'sites',
  'reader',
  'toolbarAction',
  'export',
] as const;
const LEGACY_KEYS = ['readerTheme', 'readerFontSize', 'disabledSites'];

/** Read, migrate (writing the upgrade back once) and validate the options. */
export async function loadOptions(): Promise<Options> {
  let stored: Raw = {};
  try {
    stored = (await browser.storage.sync.get(null)) as Raw;
  } catch {
    // storage.sync can be unavailable (sync disabled by policy); defaults keep the extension usable.
    return defaultOptions();
  }
  const opts = normalizeOptions(stored);
  if (stored.optionsVersion !== OPTIONS_VERSION && Object.keys(stored).length > 0) {
    await saveOptions(opts);
    await browser.storage.sync.remove(LEGACY_KEYS).catch(() => undefined);
  }
  return opts;
}

/** Save some top-level options (each is its own storage key). */
export async function saveOptions(patch: Partial<Options>): Promise<void> {
  const items: Raw = { optionsVersion: OPTIONS_VERSION };
  for (const k of KEYS) if (k in patch) items[k] = patch[k];
  await browser.storage.sync.set(items);
}

/** Update one site's settings (removing the entry when it holds nothing). */
export async function updateSite(host: string, change: Partial<SiteSettings> | null): Promise<Options> {
  const opts = await loadOptions();
  const key = normalizeHost(host);
  const sites = { ...opts.sites };
  if (change === null) delete sites[key];
  else {
    const next: SiteSettings = { ...(sites[key] ?? { selectors: [] }), ...change };
    if (change.auto === undefined && 'auto' in change) delete next.auto;
    sites[key] = next;
  }
  await saveOptions({ sites });
  return { ...opts, sites };
}

/** Save a selector the block picker made for `host`, with the time it was picked. */
export async function addPickedSelector(host: string, selector: string, at: Date): Promise<Options> {
  const site = (await loadOptions()).sites[normalizeHost(host)];
  const selectors = site?.selectors ?? [];
  return updateSite(host, {
    selectors: selectors.includes(selector) ? selectors : [...selectors, selector],
    picked: { ...site?.picked, [selector]: at.toISOString() },
  });
}

/** Forget a picked selector (its date goes with it); the site's other settings stay. */
export async function removePickedSelector(host: string, selector: string): Promise<Options> {
  const site = (await loadOptions()).sites[normalizeHost(host)];
  if (!site) return loadOptions();
  const picked = { ...site.picked };
  delete picked[selector];
  return updateSite(host, { selectors: site.selectors.filter((s) => s !== selector), picked });
}

/** A host name from what the user typed (a host or a whole address), or null. */
export function parseHost(input: string): string | null {
  const v = input.trim();
  if (!v) return null;
  try {
    const u = new URL(v.includes('://') ? v : `https://${v}`);
    const host = normalizeHost(u.hostname);
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** The optional permission the all-sites mode asks for (manifest `optional_host_permissions`). */
export const ALL_SITES_ORIGINS = ['*://*/*'];
/** storage.local flag: the reader asked for the all-sites mode and the permission prompt is open. */
export const ALL_SITES_ASKED = 'allSitesAsked';

/**
 * The known Korean news hosts, where clean-up runs by default: the manifest's host permissions (the
 * background registers the automatic content script for them; see syncAutoScripts).
 */
export function knownPatterns(): string[] {
  // An all-sites grant written into a test build's manifest is not a known news host.
  return (browser.runtime.getManifest().host_permissions ?? []).filter((p) => !ALL_SITES_ORIGINS.includes(p));
}

/** Does `host` match a match pattern's host part (`*://*.chosun.com/*`)? */
export function hostMatchesPattern(host: string, pattern: string): boolean {
  const m = /^(\*|https?|file):\/\/([^/]*)\//.exec(pattern);
  if (!m) return false;
  const p = m[2];
  if (p === '*') return true;
  if (p.startsWith('*.')) return host === p.slice(2) || host.endsWith(p.slice(1));
  return host === p;
}

export function isKnownHost(host: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => hostMatchesPattern(host, p));
}

/**
 * Whether automatic clean-up applies to a host. The global switch is the master switch; under it a site's
 * own choice wins, and without one the known news hosts are cleaned, and every other page too in the
 * all-sites mode (where only pages detected as articles are touched); elsewhere nothing runs unasked.
 */
export function autoCleanFor(opts: Options, host: string, knownPatterns: readonly string[]): boolean {
  if (!opts.autoClean) return false;
  return opts.sites[normalizeHost(host)]?.auto ?? (isKnownHost(host, knownPatterns) || opts.allSites);
}

/** Validate one CSS selector with the DOM's own parser. Returns an error message or null. */
export function selectorError(selector: string, doc: Document): string | null {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Switch the all-sites mode. On asks for the all-sites permission first, so call it straight from the click
 * (the prompt needs the user's gesture); it resolves to whether the mode is now on. The background follows
 * the stored option with its registrations (on: gate.js on every other page; off: none of it).
 */
export function setAllSites(on: boolean): Promise<boolean> {
  if (!on) return saveOptions({ allSites: false }).then(() => false);
  const asked = browser.permissions.request({ origins: ALL_SITES_ORIGINS });
  // Firefox closes the popup for the prompt, and this page's promise with it: the background then switches
  // the mode on when the permission arrives (see ALL_SITES_ASKED).
  void browser.storage.local.set({ [ALL_SITES_ASKED]: true }).catch(() => undefined);
  return asked.then(
    async (granted) => {
      if (granted) await saveOptions({ allSites: true });
      return granted;
    },
    () => false,
  );
}
