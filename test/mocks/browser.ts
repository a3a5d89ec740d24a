// In-memory stand-in for webextension-polyfill in unit tests.
type Listener = (...args: unknown[]) => unknown;
const listeners = (): {
  addListener(l: Listener): void;
  removeListener(l: Listener): void;
  hasListener(l: Listener): boolean;
  list: Listener[];
} => {
  const list: Listener[] = [];
  return {
    list,
    addListener: (l) => void list.push(l),
    removeListener: (l) => {
      const i = list.indexOf(l);
      if (i >= 0) list.splice(i, 1);
    },
    hasListener: (l) => list.includes(l),
  };
};
/** Messages sent with runtime.sendMessage, for assertions. */
export const sent: unknown[] = [];
/** The known news hosts are the manifest's host permissions: here the test page's own host. */
export const manifest: { host_permissions: string[] } = {
  host_permissions: ['*://localhost/*'],
};
/** One storage area over its own map (sync and local are separate, as in a browser). */
const makeArea = (store: Map<string, unknown>) => ({
  async get(keys?: string | string[] | Record<string, unknown> | null) {
    if (keys == null) return Object.fromEntries(store);
    if (typeof keys === 'string') keys = [keys];
    if (Array.isArray(keys))
      return Object.fromEntries(keys.filter((k) => store.has(k)).map((k) => [k, store.get(k)]));
    return Object.fromEntries(Object.entries(keys).map(([k, d]) => [k, store.has(k) ? store.get(k) : d]));
  },
  async set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
  },
  async remove(keys: string | string[]) {
    for (const k of Array.isArray(keys) ? keys : [keys]) store.delete(k);
  },
  async clear() {
    store.clear();
  },
});
const browser = {
  runtime: {
    id: 'malgeun-test',
    onMessage: listeners(),
    onInstalled: listeners(),
    onStartup: listeners(),
    openOptionsPage: async () => undefined,
    sendMessage: async (msg: unknown) => {
      sent.push(msg);
      return undefined;
    },
    getURL: (p: string) => `moz-extension://test/${p}`,
    // Tests may replace `manifest` (e.g. to make the test page's host a known news host).
    getManifest: () => manifest,
  },
  storage: { sync: makeArea(new Map()), local: makeArea(new Map()), onChanged: listeners() },
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'ko' },
  tabs: { query: async () => [], sendMessage: async () => undefined, onUpdated: listeners() },
  // Background APIs: enough state to check what the background asked for.
  action: {
    badges: new Map<number, string>(),
    popup: 'popup.html',
    async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
      browser.action.badges.set(tabId, text);
    },
    async setBadgeBackgroundColor() {},
    async setPopup({ popup }: { popup: string }) {
      browser.action.popup = popup;
    },
    onClicked: listeners(),
  },
  commands: { onCommand: listeners() },
  contextMenus: {
    items: [] as { id: string }[],
    async removeAll() {
      browser.contextMenus.items = [];
    },
    create(item: { id: string }) {
      browser.contextMenus.items.push(item);
      return item.id;
    },
    onClicked: listeners(),
  },
  downloads: {
    calls: [] as { url: string; filename: string }[],
    async download(o: { url: string; filename: string }) {
      browser.downloads.calls.push(o);
      return browser.downloads.calls.length;
    },
  },
  permissions: {
    granted: new Set<string>(),
    async contains({ origins }: { origins: string[] }) {
      return origins.every((o) => browser.permissions.granted.has(o));
    },
    onAdded: listeners(),
    onRemoved: listeners(),
  },
  scripting: {
    registered: [] as { id: string; matches: string[]; excludeMatches?: string[]; js?: string[] }[],
    async getRegisteredContentScripts() {
      return browser.scripting.registered.map((s) => ({ ...s }));
    },
    async registerContentScripts(scripts: { id: string; matches: string[] }[]) {
      for (const s of scripts)
        if (browser.scripting.registered.some((r) => r.id === s.id)) throw new Error(`duplicate id ${s.id}`);
      browser.scripting.registered.push(...scripts.map((s) => structuredClone(s)));
    },
    async unregisterContentScripts({ ids }: { ids: string[] }) {
      browser.scripting.registered = browser.scripting.registered.filter((s) => !ids.includes(s.id));
    },
    async executeScript() {
      return [];
    },
  },
};
export default browser;
