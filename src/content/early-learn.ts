/**
 * Early hide learned from the site itself. The rules name few of the blocks the clean-up hides (the generic
 * path finds most of them by their headings), so early.css alone leaves most clutter painted until idle. After
 * an automatic clean-up on a known host, the blocks just hidden are named by id or stable class (only names
 * that match exactly blocks this clean-up hid) and kept in storage.local per host; on the next page of that
 * host early.js adds them, scoped under the same <html> attribute, before the first paint. At idle the
 * clean-up checks that everything they hid is something it hides itself (so the story guard has passed on
 * it); if not, the learned stylesheet is removed at once and learned afresh from this page.
 */
import { idOf, tagOf } from '../core/light';
import { EARLY_ATTR } from './early-css';

export { LEARNED_KEY, LEARNED_STYLE_ID } from './early-css';

/** Enough for a site's furniture; a stylesheet stays small. */
const MAX_SELECTORS = 40;
const NAME = /^[A-Za-z_][\w-]{1,40}$/;
/** Generated names (long digit runs, hex hashes) differ from page to page or build to build: never learned. */
const GENERATED = /\d{3,}|(?=[a-f]*\d)[0-9a-f]{6,}/i;
const HIDDEN = '[data-malgeun-hidden]';

const stable = (name: string) => NAME.test(name) && !GENERATED.test(name);

/** A name for a hidden block: its id, else its tag with its stable classes; null when it has neither. */
export function blockSelector(el: Element): string | null {
  const id = idOf(el);
  if (id && stable(id)) return `#${id}`;
  const classes = [...el.classList].filter(stable);
  return classes.length ? `${tagOf(el).toLowerCase()}.${classes.join('.')}` : null;
}

/** Does every element `selector` matches lie in a block the clean-up hid? */
function onlyHidden(doc: Document, selector: string): boolean {
  try {
    return [...doc.querySelectorAll(selector)].every((m) => m.closest(HIDDEN) !== null);
  } catch {
    return false;
  }
}

/**
 * A name for `el` that matches only hidden blocks here: its own, else under a named parent or grandparent
 * (a generic class such as `mid_inner` is exact only within its section).
 */
function exactName(doc: Document, el: Element): string | null {
  const own = blockSelector(el);
  if (!own) return null;
  if (onlyHidden(doc, own)) return own;
  let up = el.parentElement;
  for (let i = 0; i < 2 && up && up !== doc.body; i++, up = up.parentElement) {
    const outer = blockSelector(up);
    const sel = outer && `${outer} ${own}`;
    if (sel && onlyHidden(doc, sel)) return sel;
  }
  return null;
}

/** Names for the blocks this clean-up hid, each matching only hidden blocks on this page. */
export function learnSelectors(doc: Document, hidden: Iterable<Element>): string[] {
  const out = new Set<string>();
  for (const el of hidden) {
    const sel = exactName(doc, el);
    if (sel) out.add(sel);
    if (out.size >= MAX_SELECTORS) break;
  }
  return [...out];
}

/**
 * What to keep for the host after this clean-up: the names learned here first, then earlier ones that match
 * nothing on this page but a hidden block (they may belong to other pages of the site).
 */
export function mergeLearned(doc: Document, fresh: readonly string[], before: readonly string[]): string[] {
  const kept = before.filter((s) => !fresh.includes(s) && onlyHidden(doc, s));
  return [...fresh, ...kept].slice(0, MAX_SELECTORS);
}

/** The learned stylesheet's rule (the same scoping as early.css). */
export function learnedCss(selectors: readonly string[]): string {
  return `html[${EARLY_ATTR}] :is(${selectors.join(',')}){display:none!important}`;
}

/** Did the learned stylesheet on this page hide only what the clean-up hides too? */
export function learnedStillFits(doc: Document, selectors: readonly string[]): boolean {
  return selectors.every((s) => onlyHidden(doc, s));
}
