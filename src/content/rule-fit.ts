/**
 * Rules that say when they rot: on a detected article of a known site, does the site's rule still find
 * anything? A rule none of whose story and clutter selectors match any element no longer fits the site's
 * markup (a redesign). Either alone is too common to mean that: a widget-only rule meets pages without its
 * widgets, and a client-rendered story has no story box until the page's own script draws it. The core already falls back to its generic path for whatever a rule misses;
 * this only lets the popup say so quietly and keeps a local count (runtime.ts). Nothing is sent anywhere.
 */
import { findSite } from '../core/light';

const matchesAny = (doc: Document, selectors: readonly string[]) =>
  selectors.some((sel) => {
    try {
      return doc.querySelector(sel) !== null;
    } catch {
      return false;
    }
  });

/** The id of this page's site rule when that rule finds nothing on it, else null. */
export function misfitRule(doc: Document, url: string): string | null {
  const site = findSite(url);
  if (!site) return null;
  // Each selector that matches nothing reads the whole page: stop at the first that matches.
  if (matchesAny(doc, site.body ?? [])) return null;
  if (
    matchesAny(
      doc,
      (site.clutter ?? []).map((c) => c.selector),
    )
  )
    return null;
  return site.id;
}
