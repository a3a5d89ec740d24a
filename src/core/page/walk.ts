/**
 * The page's elements, walked once: every element in document order with its tag, id and class read a single
 * time, indexed by tag, id and class token. Detection, the clutter finder, the story frame and extraction all
 * take their element lists from here instead of walking the document again (in a Node DOM every
 * getElementsByTagName / querySelectorAll call is a fresh walk of the whole tree, and each attribute read a
 * linear search). `select` answers the simple CSS selectors of the site rules from the index (select.ts).
 *
 * A walk is a snapshot, made per call and never kept: a page that changes gets a new one.
 */

import { BROWSER_DOM } from './nodes';

export interface Walk {
  readonly doc: Document;
  /** What was walked: the document, or one subtree (a copy of the story's container). */
  readonly root: Document | Element;
  /** Every element, in document order. */
  readonly all: readonly Element[];
  /** Upper-case tag name of `all[i]`. */
  readonly tags: readonly string[];
  /** `id` attribute of `all[i]` ('' when none). */
  readonly ids: readonly string[];
  /** `class` attribute of `all[i]` ('' when none). */
  readonly classes: readonly string[];
  /** Elements by upper-case tag name, in document order. */
  byTag(tag: string): readonly Element[];
  /** Elements by id, in document order. */
  byId(id: string): readonly Element[];
  /** Elements by one class token, in document order. */
  byClass(token: string): readonly Element[];
  /** Index of an element in `all` (-1 when not in the walk). */
  indexOf(el: Element): number;
}

const NONE: readonly Element[] = [];

function push(map: Map<string, Element[]>, key: string, el: Element) {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

/**
 * A page's walk stops after this many elements, like the scans that read it (the clutter scan reads 40,000, the
 * prose map 60,000 nodes): a page with 100,000 links costs bounded time, and no story needs more.
 */
const PAGE_CAP = 60000;

export function walkDocument(doc: Document): Walk {
  return walkTree(doc, PAGE_CAP);
}

/** The elements in document order, at most `cap` of them. */
function elementsOf(root: Document | Element, cap: number): ArrayLike<Element> {
  // In a browser a tree walker: in a Firefox content script each read of a NodeList index crosses the page's
  // wrapper (100,000 elements: 122 ms by index, 52 ms by the walker), and the walker stops at the cap.
  if (BROWSER_DOM) {
    const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
    const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
    const out: Element[] = [];
    for (let n = walker.nextNode(); n && out.length < cap; n = walker.nextNode()) out.push(n as Element);
    return out;
  }
  // querySelectorAll, not getElementsByTagName('*'): linkedom answers nothing for `*` after a whole walk.
  return root.querySelectorAll('*');
}

/** The elements under `root` (not `root` itself), walked and indexed the same way; at most `cap` of them. */
export function walkTree(root: Document | Element, cap = Number.POSITIVE_INFINITY): Walk {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const found = elementsOf(root, cap);
  const n = Math.min(found.length, cap);
  const all: Element[] = new Array(n);
  const tags: string[] = new Array(n);
  const ids: string[] = new Array(n);
  const classes: string[] = new Array(n);
  // Reads written out, not through helpers: on the content script's cold first pass every call costs.
  for (let i = 0; i < n; i++) {
    const el = found[i] as Element;
    all[i] = el;
    const name: unknown = el.localName;
    // Not a string: a form whose control is named `localName` (only a form's controls shadow its getters).
    tags[i] = typeof name === 'string' ? name.toUpperCase() : 'FORM';
    if (BROWSER_DOM) {
      // The getters, not getAttribute (nodes.ts classOf), written out for the cold first pass.
      const id: unknown = el.id;
      const cls: unknown = el.className;
      ids[i] = typeof id === 'string' ? id : (el.getAttribute('id') ?? '');
      classes[i] = typeof cls === 'string' ? cls : (el.getAttribute('class') ?? '');
    } else {
      ids[i] = el.getAttributeNode('id')?.value ?? '';
      classes[i] = el.getAttributeNode('class')?.value ?? '';
    }
  }
  let tagIndex: Map<string, Element[]> | null = null;
  const indexTags = () => {
    const map = new Map<string, Element[]>();
    for (let i = 0; i < n; i++) push(map, tags[i] as string, all[i] as Element);
    return map;
  };
  // Built on first use: only selector look-ups in a Node DOM need them (select.ts).
  let idIndex: Map<string, Element[]> | null = null;
  let classIndex: Map<string, Element[]> | null = null;
  const indexIds = () => {
    const map = new Map<string, Element[]>();
    for (let i = 0; i < n; i++) if (ids[i]) push(map, ids[i] as string, all[i] as Element);
    return map;
  };
  const indexClasses = () => {
    const map = new Map<string, Element[]>();
    for (let i = 0; i < n; i++) {
      const cls = classes[i] as string;
      if (cls) for (const token of cls.split(/\s+/)) if (token) push(map, token, all[i] as Element);
    }
    return map;
  };
  let positions: Map<Element, number> | null = null;
  let lookups = 0;
  return {
    doc,
    root,
    all,
    tags,
    ids,
    classes,
    byTag(tag) {
      tagIndex ??= indexTags();
      return tagIndex.get(tag.toUpperCase()) ?? NONE;
    },
    byId(id) {
      idIndex ??= indexIds();
      return idIndex.get(id) ?? NONE;
    },
    byClass(token) {
      classIndex ??= indexClasses();
      return classIndex.get(token) ?? NONE;
    },
    indexOf(el) {
      // A few look-ups (the story, a headline) search the array natively; a map pays off only after that.
      if (!positions && ++lookups <= 8) return all.indexOf(el);
      if (!positions) {
        positions = new Map();
        for (let i = 0; i < n; i++) positions.set(all[i] as Element, i);
      }
      return positions.get(el) ?? -1;
    },
  };
}

/** Index of the last element inside `all[at]` (document order puts a subtree right after its root). */
export function lastInside(walk: Walk, at: number): number {
  const root = walk.all[at] as Element;
  let i = at;
  while (i + 1 < walk.all.length && root.contains(walk.all[i + 1] as Element)) i++;
  return i;
}
