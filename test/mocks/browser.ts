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
const store = new Map<string, unknown>();
/** Messages sent with runtime.sendMessage, for assertions. */
export const sent: unknown[] = [];
export const manifest: { content_scripts: { matches: string[]; js: string[] }[] } = {
  content_scripts: [{ matches: ['*://localhost/*'], js: ['content.js'] }],
};
const area = {
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
};
const browser = {
  runtime: {
    id: 'malgeun-test',
    onMessage: listeners(),
    onInstalled: listeners(),
    sendMessage: async (msg: unknown) => {
      sent.push(msg);
      return undefined;
    },
    getURL: (p: string) => `moz-extension://test/${p}`,
    // Tests may replace `manifest` (e.g. to make the test page's host a known news host).
    getManifest: () => manifest,
  },
  storage: { sync: area, local: area, onChanged: listeners() },
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'ko' },
  tabs: { query: async () => [], sendMessage: async () => undefined },
};
export default browser;
