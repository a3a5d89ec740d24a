/**
 * A CSS selector for a block the reader picked, robust enough to find the same block on the next visit.
 * Steps, each candidate checked to match exactly the picked element on the page as it is now:
 *   1. its own id, when the id looks written by a person (not generated);
 *   2. its stable class names, alone, with the tag, then in pairs;
 *   3. the same behind an anchor: the nearest ancestors' stable id or class names;
 *   4. last resort, a position path (`:nth-of-type`) from the nearest anchored ancestor; the result says so,
 *      because positions break when the site adds a block above.
 * Ids and classes that look generated (CSS-in-JS hashes such as `css-1x2y3z` or `sc-abc123`, CSS-module
 * suffixes, long digit or hex runs, state classes like `on`/`active`) change between visits and are never used.
 * Written by hand: the selector generators on npm optimise for shortness, not for surviving a redesign.
 */

import { idOf, tagOf } from '../core/light';

export interface BuiltSelector {
  selector: string;
  /** The selector relies on the block's position among its siblings (step 4). */
  positional: boolean;
}

/** Class names that say what state a block is in (a tab, a toggle), not what the block is. */
const STATE_WORDS = new Set([
  'active',
  'on',
  'off',
  'open',
  'opened',
  'closed',
  'selected',
  'show',
  'shown',
  'hide',
  'hidden',
  'visible',
  'hover',
  'focus',
  'current',
  'in',
  'fade',
  'collapsed',
  'expanded',
  'sticky',
  'fixed',
  'loaded',
  'loading',
]);

/** Shapes of generated names: CSS-in-JS, CSS modules, framework ids, counters, hashes. */
const GENERATED = [
  /^css-[a-z0-9]+$/i, // emotion
  /^sc-[a-z0-9]+$/i, // styled-components component ids
  /^(jsx|svelte|astro|ng|v|data-v)-[a-z0-9]+$/i, // scoped-style hashes
  /^(ember|yui_|mui-|radix-|headlessui-|react-|rc-|__next)/i, // framework-made ids
  /_{1,2}[a-z0-9-]*\d[a-z0-9-]*$/i, // CSS-module suffixes such as Header_title__3xYz1
  /\d{4,}/, // counters, dates, ad slot numbers
  /(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{6,}/i, // hex hashes (with both letters and digits)
];

/** A plain CSS identifier (no escaping needed): tailwind's `md:flex` or `w-[10px]` are left out. */
const IDENT = /^-?[A-Za-z_][A-Za-z0-9_-]*$/;

/** styled-components' per-style classes (`kGyMfr`): short, letters only, mixed case without lowercase words. */
function looksLikeShortHash(name: string): boolean {
  if (!/^[A-Za-z]{5,8}$/.test(name)) return false;
  const upper = name.replace(/[^A-Z]/g, '').length;
  return upper >= 2 && !/[a-z]{3}/.test(name);
}

/** Is this id or class name one a person wrote and a redesign-free reload keeps? */
export function isStableName(name: string): boolean {
  if (!IDENT.test(name) || name.length > 48) return false;
  if (name.startsWith('malgeun')) return false;
  if (STATE_WORDS.has(name.toLowerCase()) || /^(is|has)-/i.test(name)) return false;
  if (looksLikeShortHash(name)) return false;
  return !GENERATED.some((re) => re.test(name));
}

function stableClasses(el: Element): string[] {
  return [...el.classList].filter(isStableName);
}

/** Lower-case tag name for a selector. */
function tagName(el: Element): string {
  return tagOf(el).toLowerCase();
}

/** Selectors that describe the element by itself, most specific to its identity first. */
function ownCandidates(el: Element): string[] {
  const out: string[] = [];
  const id = idOf(el);
  if (id && isStableName(id)) out.push(`#${id}`);
  const tag = tagName(el);
  const classes = stableClasses(el).slice(0, 4);
  for (const c of classes) out.push(`.${c}`);
  for (const c of classes) out.push(`${tag}.${c}`);
  for (let i = 0; i < classes.length; i++)
    for (let j = i + 1; j < classes.length; j++) out.push(`${tag}.${classes[i]}.${classes[j]}`);
  if (classes.length > 2) out.push(`${tag}.${classes.join('.')}`);
  return out;
}

/** Does `selector` match exactly one element, and that one `el`? A selector the DOM refuses matches nothing. */
export function matchesOnly(doc: Document | Element, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** The ancestors worth anchoring on (nearest first), each with its own selectors; stops below body. */
function anchors(el: Element, depth = 6): { el: Element; selectors: string[] }[] {
  const out: { el: Element; selectors: string[] }[] = [];
  for (let a = el.parentElement; a && out.length < depth; a = a.parentElement) {
    const tag = tagOf(a);
    if (tag === 'BODY' || tag === 'HTML') break;
    const selectors = ownCandidates(a).filter((s) => s.startsWith('#') || s.includes('.'));
    if (selectors.length) out.push({ el: a, selectors: selectors.slice(0, 3) });
  }
  return out;
}

/** `tag:nth-of-type(n)` steps from `top` (exclusive) down to `el`. */
function positionPath(top: Element | null, el: Element): string {
  const steps: string[] = [];
  for (let n: Element | null = el; n && n !== top && tagOf(n) !== 'HTML'; n = n.parentElement) {
    const tag = tagName(n);
    const same = n.parentElement ? [...n.parentElement.children].filter((c) => tagName(c) === tag) : [];
    steps.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(n) + 1})` : tag);
  }
  return steps.join(' > ');
}

/**
 * The most robust selector that matches exactly `el` in its document, or null for the root elements.
 * Tried in order: own id and classes, then the same behind an ancestor anchor, then a position path.
 */
export function buildSelector(el: Element): BuiltSelector | null {
  const doc = el.ownerDocument;
  if (!doc || el === doc.documentElement || el === doc.body || el === doc.head) return null;
  const own = ownCandidates(el);
  for (const s of own) if (matchesOnly(doc, s, el)) return { selector: s, positional: false };
  const mine = [...own.filter((s) => !s.startsWith('#')), tagOf(el)];
  for (const anchor of anchors(el)) {
    for (const a of anchor.selectors) {
      for (const s of mine) {
        const direct = anchor.el === el.parentElement ? `${a} > ${s}` : null;
        for (const candidate of direct ? [`${a} ${s}`, direct] : [`${a} ${s}`])
          if (matchesOnly(doc, candidate, el)) return { selector: candidate, positional: false };
      }
    }
  }
  // Last resort: the position below the nearest ancestor that has a unique id or class of its own.
  for (const anchor of anchors(el, 12)) {
    const a = anchor.selectors.find((s) => matchesOnly(doc, s, anchor.el));
    if (!a) continue;
    const candidate = `${a} > ${positionPath(anchor.el, el)}`;
    if (matchesOnly(doc, candidate, el)) return { selector: candidate, positional: true };
  }
  const path = `body > ${positionPath(doc.body, el)}`;
  return matchesOnly(doc, path, el) ? { selector: path, positional: true } : null;
}
