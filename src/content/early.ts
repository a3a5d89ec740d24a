/**
 * Run at document_start on the known hosts with early.css (see early-css.ts): names this page's site rule on
 * <html> when the address is one of its articles, which switches on that rule's early-hide rules before
 * anything paints. content.js takes the attribute away on 원래대로 or when the page is not an article.
 * Kept tiny: it runs on every page of the known hosts.
 */
import { EARLY_ATTR, type EarlyRule } from './early-css';

declare const __EARLY_RULES__: EarlyRule[];

function ruleFor(host: string, path: string): string | null {
  let best: string | null = null;
  let bestLen = 0;
  for (const [id, hosts, paths] of __EARLY_RULES__) {
    for (const h of hosts) {
      if ((host === h || host.endsWith(`.${h}`)) && h.length > bestLen) {
        // Like detection, a rule with article addresses only calls those pages articles.
        best = !paths.length || paths.some((p) => new RegExp(p).test(path)) ? id : null;
        bestLen = h.length;
      }
    }
  }
  return best;
}

const id = ruleFor(location.hostname.toLowerCase(), location.pathname + location.search);
if (id) document.documentElement.setAttribute(EARLY_ATTR, id);
