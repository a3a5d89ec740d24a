/**
 * Element reads that cost the same in a browser and far less in a Node DOM (linkedom), where `tagName`,
 * `getAttribute('class')`, `children`, `childNodes` and `closest(selector)` build strings, arrays or compile a
 * selector on every call. Extraction and the clutter finder read them thousands of times per page.
 */

/**
 * A browser's DOM (there is a global `document`: the content script, the page tools, jsdom in tests): native
 * attribute reads and selector queries are fast there, so the walk skips its index and selectors go to
 * querySelectorAll. In Node (linkedom: the CLI, the eval, the bench) each of those calls is a linear search or a
 * whole-tree walk, and the walk's index answers them. Either way the answers are the same (core-select.test.ts).
 */
// Only whether a page's document exists is read here (the core never uses a global document).
export const BROWSER_DOM = typeof (globalThis as { document?: unknown }).document === 'object';

/**
 * Upper-case tag name (`DIV`), from localName. Not a string: a form whose control is named `localName` (in a
 * browser a form's controls shadow its own getters; no other element's do).
 */
export function tagOf(el: Element): string {
  const name: unknown = el.localName;
  return typeof name === 'string' ? name.toUpperCase() : 'FORM';
}

/** An attribute's value ('' when absent): through its node in linkedom, several times cheaper there. */
export function attr(el: Element, name: string): string {
  return (BROWSER_DOM ? el.getAttribute(name) : el.getAttributeNode(name)?.value) ?? '';
}

/**
 * The `class` attribute ('' when none). In a browser through the `className` getter: a method call such as
 * getAttribute costs about ten times a getter in a Firefox content script (measured on 100,000 elements: 119 vs
 * 12 ms). Not a string: an SVG element's className, or a form control named `className` shadowing the getter.
 */
export function classOf(el: Element): string {
  if (BROWSER_DOM) {
    const cls: unknown = el.className;
    if (typeof cls === 'string') return cls;
  }
  return attr(el, 'class');
}

/** The `id` attribute ('' when none), through the getter in a browser (see classOf). */
export function idOf(el: Element): string {
  if (BROWSER_DOM) {
    const id: unknown = el.id;
    if (typeof id === 'string') return id;
  }
  return attr(el, 'id');
}

/** More than `n` element children? Counts no further than it needs. */
export function hasMoreChildren(el: Element, n: number): boolean {
  if (BROWSER_DOM) {
    // One native count instead of a call per child (not a number: a form control named childElementCount).
    const c: unknown = el.childElementCount;
    if (typeof c === 'number') return c > n;
  }
  let count = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++count > n) return true;
  return false;
}

/** The nearest ancestor-or-self whose upper-case tag is in `tags`. */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (tags.has(tagOf(e))) return e;
  return null;
}

/** The element's own text nodes, joined (not its descendants'). */
export function directText(el: Element): string {
  let s = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) s += n.nodeValue ?? '';
  return s;
}
