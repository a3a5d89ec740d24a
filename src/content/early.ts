/**
 * Run at document_start on the known hosts with early.css (see early-css.ts): names this page's site rule on
 * <html> when the address is one of its articles, which switches on that rule's early-hide rules before
 * anything paints, and adds what earlier clean-ups on this host learned (early-learn.ts). content.js takes
 * the attribute (and the learned stylesheet) away on 원래대로 or when the page is not an article.
 * Kept tiny: it runs on every page of the known hosts; the browser's own storage API, not the polyfill.
 */
import { EARLY_ATTR, type EarlyRule } from './early-css';
import { LEARNED_KEY, LEARNED_STYLE_ID, learnedCss } from './early-learn';

declare const __EARLY_RULES__: EarlyRule[];

/** The rule for this address: its id on one of its article addresses, '' on its other pages, null if none. */
function ruleFor(host: string, path: string): string | null {
  let best: string | null = null;
  let bestLen = 0;
  for (const [id, hosts, paths] of __EARLY_RULES__) {
    for (const h of hosts) {
      if ((host === h || host.endsWith(`.${h}`)) && h.length > bestLen) {
        // Like detection, a rule with article addresses only calls those pages articles.
        best = !paths.length || paths.some((p) => new RegExp(p).test(path)) ? id : '';
        bestLen = h.length;
      }
    }
  }
  return best;
}

type Learned = Record<string, string[]>;
interface StorageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
const g = globalThis as { browser?: StorageApi; chrome?: StorageApi };
const api = g.browser ?? g.chrome;
const root = document.documentElement;
const host = location.hostname.toLowerCase();
const id = ruleFor(host, location.pathname + location.search);
// content.js follows this file here: compiled now, while the page is still arriving, it waits for auto.js at
// document idle (see content/index.ts).
(globalThis as { __malgeunEarly?: boolean }).__malgeunEarly = true;
if (id) root.setAttribute(EARLY_ATTR, id);
// A rule's other pages (sections, home) are not articles: nothing is hidden early there.
if (id !== '') {
  api?.storage.local.get(LEARNED_KEY).then(
    (got) => {
      const selectors = (got[LEARNED_KEY] as Learned | undefined)?.[host];
      if (!selectors?.length || document.getElementById(LEARNED_STYLE_ID)) return;
      if (!root.hasAttribute(EARLY_ATTR)) root.setAttribute(EARLY_ATTR, 'learned');
      const style = document.createElement('style');
      style.id = LEARNED_STYLE_ID;
      style.textContent = learnedCss(selectors);
      (document.head ?? root).appendChild(style);
    },
    () => undefined,
  );
}
