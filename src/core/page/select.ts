/**
 * The simple CSS selectors site rules are written in, answered from a walk's index (walk.ts) instead of a
 * selector-engine pass over the whole document per selector. Grammar: comma-separated lists of compounds
 * (`tag`, `*`, `#id`, `.class`, `[attr]`, `[attr=v]`, `[attr^=v]`, `[attr$=v]`, `[attr*=v]`, `[attr~=v]`)
 * joined by descendant (space) or child (`>`) combinators. Anything else (pseudo-classes, sibling combinators,
 * namespaces) goes to the DOM's own querySelectorAll; a selector the DOM rejects matches nothing.
 *
 * Matching is right to left: candidates come from the index by the last compound's id, class or tag, and each
 * is checked against the rest by climbing its ancestors.
 */
import { BROWSER_DOM, classOf, idOf, tagOf } from './nodes';
import type { Walk } from './walk';

interface AttrTest {
  name: string;
  op: '' | '=' | '^=' | '$=' | '*=' | '~=';
  value: string;
}

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: AttrTest[];
}

/** Compounds left to right, each with the combinator that joins it to the one before (' ' or '>'). */
type Complex = { compound: Compound; combinator: ' ' | '>' }[];

const IDENT = /^-?[_a-zA-Z\u00a0-\uffff][-_a-zA-Z0-9\u00a0-\uffff]*/;
const ATTR = /^\[\s*([-_a-zA-Z0-9:]+)\s*(?:([\^$*~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s"']+))\s*)?\]/;

function parseCompound(src: string): { compound: Compound; rest: string } | null {
  const c: Compound = { tag: null, id: null, classes: [], attrs: [] };
  let s = src;
  const tag = s.match(/^(?:\*|[a-zA-Z][a-zA-Z0-9-]*)/);
  if (tag) {
    if (tag[0] !== '*') c.tag = tag[0].toUpperCase();
    s = s.slice(tag[0].length);
  }
  for (;;) {
    const ch = s[0];
    if (ch === '#' || ch === '.') {
      const m = s.slice(1).match(IDENT);
      if (!m) return null;
      if (ch === '#') c.id = m[0];
      else c.classes.push(m[0]);
      s = s.slice(1 + m[0].length);
    } else if (ch === '[') {
      const m = s.match(ATTR);
      if (!m) return null;
      const op = (m[2] ?? '') as AttrTest['op'];
      c.attrs.push({ name: m[1] as string, op, value: m[3] ?? m[4] ?? m[5] ?? '' });
      s = s.slice(m[0].length);
    } else break;
  }
  if (s.length === src.length) return null;
  return { compound: c, rest: s };
}

function parseComplex(src: string): Complex | null {
  const out: Complex = [];
  let s = src.trim();
  let combinator: ' ' | '>' = ' ';
  while (s) {
    const parsed = parseCompound(s);
    if (!parsed) return null;
    out.push({ compound: parsed.compound, combinator });
    s = parsed.rest;
    const sep = s.match(/^\s*(>)?\s*/) as RegExpMatchArray;
    if (!sep[0] && s) return null;
    combinator = sep[1] ? '>' : ' ';
    s = s.slice(sep[0].length);
    if (!s && sep[1]) return null;
  }
  return out.length ? out : null;
}

/** A selector list in the supported grammar, or null (then the DOM's own engine answers it). */
export function parseSelector(selector: string): Complex[] | null {
  if (/[:+~|\\(),]/.test(selector.replace(/\[[^\]]*\]/g, '').replace(/,/g, ''))) return null;
  const parts = selector.split(',');
  const out: Complex[] = [];
  for (const p of parts) {
    // A comma inside an attribute value would split a selector in two: leave such lists to the DOM.
    if ((p.match(/\[/g) ?? []).length !== (p.match(/\]/g) ?? []).length) return null;
    const c = parseComplex(p);
    if (!c) return null;
    out.push(c);
  }
  return out.length ? out : null;
}

function attrMatches(el: Element, t: AttrTest): boolean {
  // hasAttribute, not a null value: a Node DOM answers '' for an absent class.
  if (!el.hasAttribute(t.name)) return false;
  const v = el.getAttribute(t.name) ?? '';
  switch (t.op) {
    case '':
      return true;
    case '=':
      return v === t.value;
    case '^=':
      return !!t.value && v.startsWith(t.value);
    case '$=':
      return !!t.value && v.endsWith(t.value);
    case '*=':
      return !!t.value && v.includes(t.value);
    case '~=':
      return !!t.value && v.split(/\s+/).includes(t.value);
  }
}

function hasClass(el: Element, token: string): boolean {
  const cls = classOf(el);
  if (!cls) return false;
  const at = cls.indexOf(token);
  if (at < 0) return false;
  return cls.split(/\s+/).includes(token);
}

function compoundMatches(el: Element, c: Compound): boolean {
  if (c.tag && tagOf(el) !== c.tag) return false;
  if (c.id && idOf(el) !== c.id) return false;
  for (const token of c.classes) if (!hasClass(el, token)) return false;
  for (const a of c.attrs) if (!attrMatches(el, a)) return false;
  return true;
}

/** Does `el`, already matching compound `i`, have ancestors matching compounds 0..i-1 as combined? */
function ancestorsMatch(el: Element, sel: Complex, i: number): boolean {
  if (i === 0) return true;
  const { combinator } = sel[i] as Complex[number];
  const want = (sel[i - 1] as Complex[number]).compound;
  if (combinator === '>') {
    const p = el.parentElement;
    return !!p && compoundMatches(p, want) && ancestorsMatch(p, sel, i - 1);
  }
  for (let p = el.parentElement; p; p = p.parentElement)
    if (compoundMatches(p, want) && ancestorsMatch(p, sel, i - 1)) return true;
  return false;
}

function candidates(walk: Walk, c: Compound): readonly Element[] {
  if (c.id) return walk.byId(c.id);
  if (c.classes.length) return walk.byClass(c.classes[0] as string);
  if (c.tag) return walk.byTag(c.tag);
  return walk.all;
}

function matchComplex(walk: Walk, sel: Complex): Element[] {
  const last = (sel[sel.length - 1] as Complex[number]).compound;
  const out: Element[] = [];
  for (const el of candidates(walk, last))
    if (compoundMatches(el, last) && ancestorsMatch(el, sel, sel.length - 1)) out.push(el);
  return out;
}

function nativeAll(root: Document | Element, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return []; // A selector the DOM implementation does not support matches nothing; never fail.
  }
}

/** Every element matching `selector`, in document order, without duplicates. */
export function select(walk: Walk, selector: string): Element[] {
  // A browser's own engine is faster than any index built in script.
  if (BROWSER_DOM) return nativeAll(walk.root, selector);
  const list = parseSelector(selector);
  if (!list) return nativeAll(walk.root, selector);
  if (list.length === 1) return dedupe(matchComplex(walk, list[0] as Complex));
  const found = new Set<Element>();
  for (const sel of list) for (const el of matchComplex(walk, sel)) found.add(el);
  return [...found].sort((a, b) => walk.indexOf(a) - walk.indexOf(b));
}

/** The first element matching `selector` in document order, or null. */
export function selectFirst(walk: Walk, selector: string): Element | null {
  return select(walk, selector)[0] ?? null;
}

function dedupe(els: Element[]): Element[] {
  // A class written twice on one element (`class="a a"`) puts it in the index twice.
  for (let i = 1; i < els.length; i++) if (els[i] === els[i - 1]) return [...new Set(els)];
  return els;
}
