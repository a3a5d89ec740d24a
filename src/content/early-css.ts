/**
 * The early-hide stylesheet, generated at build time (build.mjs) from the site rules' clutter selectors.
 * Registered with early.js at document_start on the known hosts, so a known site's clutter never paints:
 * early.js names the page's rule on <html> (only on the rule's article addresses), and every rule here is
 * scoped under that attribute. content.js removes the attribute on 원래대로 and on pages that are not
 * articles, which takes the whole stylesheet's effect away. Only selectors a rule marks as clutter are
 * used; test/unit/early-css.test.ts checks on the corpus that none of them holds the story's frame.
 * Not bundled into any script: only build.mjs and the tests import it.
 */
import type { SiteRule } from '../core/light';

export const EARLY_ATTR = 'data-malgeun-early';
/** The learned early stylesheet's id and its storage.local key (early-learn.ts; here, where runtime.ts reads them without the core). */
export const LEARNED_STYLE_ID = 'malgeun-early-learned';
export const LEARNED_KEY = 'earlyLearned';

/** What early.js needs of each rule to name the page: [rule id, hosts, article path pattern sources]. */
export type EarlyRule = [id: string, hosts: string[], paths: string[]];

/** The rules that can hide early: known by host (a rule found by markup is only known once parsed). */
function earlyRules(sites: readonly SiteRule[]): SiteRule[] {
  return sites.filter((s) => s.hosts.length > 0 && s.clutter?.length);
}

/** The clutter selectors of one rule that the early stylesheet hides. */
export function earlySelectors(site: SiteRule): string[] {
  return (site.clutter ?? []).flatMap((c) => c.selector.split(',').map((s) => s.trim())).filter(Boolean);
}

/** The stylesheet: one rule per site, scoped under `html[data-malgeun-early=ID]`. */
export function earlyCss(sites: readonly SiteRule[]): string {
  return earlyRules(sites)
    .map((s) => `html[${EARLY_ATTR}="${s.id}"] :is(${earlySelectors(s).join(',')}){display:none!important}`)
    .join('\n');
}

/** The table early.js matches the page's address against. */
export function earlyTable(sites: readonly SiteRule[]): EarlyRule[] {
  return earlyRules(sites).map((s) => [s.id, s.hosts, (s.articlePath ?? []).map((re) => re.source)]);
}
