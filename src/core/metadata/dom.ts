/**
 * Read-only helpers for metadata: meta tags and JSON-LD objects as the page read them (page.ts), and element text that keeps `<br>` and
 * block boundaries as line breaks (deck lines and bylines are often split only by `<br>`).
 */

import { allElements, normalizeSpace } from '../korean/text';
import { tagOf } from '../page/nodes';

/** Metadata's name for the one white-space helper (text.ts), kept so metadata reads as before. */
export const clean = normalizeSpace;

/** The first few non-empty story paragraphs, cleaned (only as many as asked for are cleaned). */
export function firstCleaned(paragraphs: string[], n: number): string[] {
  const out: string[] = [];
  for (const x of paragraphs) {
    if (out.length >= n) break;
    const p = clean(x);
    if (p) out.push(p);
  }
  return out;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#039': "'",
};

/** Decode HTML entities left inside attribute or JSON values (some CMSs double-escape `&quot;`). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k in ENTITIES) return ENTITIES[k] as string;
    if (k.startsWith('#x')) return String.fromCodePoint(Number.parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(Number.parseInt(k.slice(1), 10));
    return m;
  });
}

/** Every content of meta tags whose property/name/itemprop is one of `keys` (case-insensitive), in key order. */
/** The page's meta tags as page.ts read them. */
type Metas = { readonly metas: ReadonlyMap<string, readonly string[]> };

export function metaAll(page: Metas, ...keys: string[]): string[] {
  return keys.flatMap((k) => page.metas.get(k.toLowerCase()) ?? []);
}

export function meta(page: Metas, ...keys: string[]): string | null {
  return metaAll(page, ...keys)[0] ?? null;
}

export type JsonObject = { [k: string]: unknown };

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The article object of the JSON-LD (NewsArticle / Article / ReportageNewsArticle / …), if any. */
export function jsonLdArticle(objects: JsonObject[]): JsonObject | null {
  return (
    objects.find((o) =>
      typesOf(o).some((t) =>
        /NewsArticle|^Article$|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle/.test(
          t,
        ),
      ),
    ) ?? null
  );
}

export function jsonLdOfType(objects: JsonObject[], type: string): JsonObject | null {
  return objects.find((o) => typesOf(o).includes(type)) ?? null;
}

/** A string field of a JSON-LD object, entity-decoded and cleaned. */
export function ldString(o: JsonObject | null, key: string): string | null {
  if (!o) return null;
  const v = o[key];
  if (typeof v === 'string') return clean(decodeEntities(v)) || null;
  if (Array.isArray(v) && typeof v[0] === 'string') return clean(decodeEntities(v[0])) || null;
  return null;
}

/** Tags by local name (lower case): reading tagName upper-cases it on every read in linkedom. */
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'select',
  'iframe',
  'title',
]);

/**
 * Text of an element split into lines at `<br>` and block boundaries; scripts and styles skipped. Inline
 * elements stay on the line: `<span>입력</span> <span>2026.01.06</span>` must read as one. At most `cap` lines.
 */
export function linesOf(el: Element, cap = Number.POSITIVE_INFINITY): string[] {
  const parts: string[] = [];
  let cur = '';
  const flush = () => {
    if (!cur) return;
    const t = clean(cur);
    if (t) parts.push(t);
    cur = '';
  };
  const walk = (n: Node) => {
    if (parts.length >= cap) return;
    if (n.nodeType === 3) {
      cur += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = tagOf(n as Element).toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    // firstChild/nextSibling: linkedom builds a fresh array for every childNodes read.
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(el);
  flush();
  return parts;
}

/** `(el.textContent ?? '').length > n`, reading the text nodes only until that much is seen. */
function textLongerThan(el: Node, n: number): boolean {
  let seen = 0;
  const walk = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 || c.nodeType === 4) seen += (c.nodeValue ?? '').length;
      else if (c.nodeType === 1 && walk(c)) return true;
      if (seen > n) return true;
    }
    return false;
  };
  return walk(el);
}

/**
 * Visible-ish text of the document body in reading order, as short lines (scripts, styles, templates
 * skipped), capped so a huge page cannot make metadata slow.
 */
export function bodyLines(doc: Document, cap = 4000): string[] {
  // Broken markup can leave <body> empty with the content parsed elsewhere under <html>.
  const body = doc.body;
  // Stray markup before <html> can even make documentElement a <script>: fall back to the <html> element.
  const root = body && textLongerThan(body, 200) ? body : (doc.querySelector('html') ?? doc.documentElement);
  return root ? linesOf(root, cap) : [];
}

/**
 * First element matching any selector, earlier selectors first. One combined query instead of one document
 * walk per selector (metadata must stay cheap); invalid selectors are skipped, not thrown.
 */
export function first(doc: Document | Element, selectors: readonly string[] | undefined): Element | null {
  const sels = selectors ?? [];
  if (!sels.length) return null;
  let matches: Element[] | null = null;
  try {
    matches = [...doc.querySelectorAll(sels.join(','))];
  } catch {
    matches = null;
  }
  if (matches) {
    if (matches.length <= 1 || sels.length === 1) return matches[0] ?? null;
    for (const sel of sels) {
      for (const el of matches) {
        try {
          if (el.matches(sel)) return el;
        } catch {
          break;
        }
      }
    }
    return matches[0] ?? null;
  }
  for (const sel of sels) {
    try {
      const el = doc.querySelector(sel);
      if (el) return el;
    } catch {
      /* a selector this DOM does not support */
    }
  }
  return null;
}

export function all(doc: Document | Element, selector: string): Element[] {
  try {
    return [...doc.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** Resolve a possibly relative URL against the page URL; null when it cannot be resolved to http(s). */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  const h = clean(href);
  if (!h) return null;
  try {
    const u = new URL(h.startsWith('//') ? `https:${h}` : h, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * One pass over the document's elements, by tag and class name, collecting what metadata looks for:
 * headline-like elements, byline containers, deck candidates and content-provider credits. linkedom
 * recompiles a CSS selector on every query, so one walk with string tests is far cheaper than many queries.
 */
export interface Scan {
  headings: Element[];
  bylines: Element[];
  decks: Element[];
  /** Deck elements by class names well known across Korean CMSs (`strong.media_end_summary`, `p.news-view-lead`). */
  knownDecks: Element[];
  credits: Element[];
  /** Every element of the document in order (the walk's own list, for the one other pass that needs all). */
  elements: ArrayLike<Element>;
}

const HEADING_TAG = /^H[1-4]$/;
const HEADING_CLASS = /title|headline/i;
const BYLINE_CLASS = /byline|reporter|writer|journalist|author/i;
const DECK_CLASS = /subhead|sub-tit|sub_tit|subtit|sub-title|sub_title|article_summary/i;
/** Deck classes: Naver summary, Daum summary, 한국일보 lead, ND-soft subheading, 세계 precis, 서울 stit, 매경 midtitle. */
const KNOWN_DECK_CLASS =
  /(?:^|\s)(?:media_end_summary|summary_view|news-view-lead|subheading|stit|precis|midtitle_text|article-header__subheadline)(?:\s|$)|ArticleDetailView_subtitle/;
const KNOWN_DECK_PARENT = /(?:^|\s)(?:article-header__headline-container|tit-sub)(?:\s|$)/;
const CREDIT_CLASS = /cp_name|writer_cp|press_name|media_name|provider_name/i;

export function scanDocument(doc: Document): Scan {
  // allElements: linkedom's getElementsByTagName('*') returns nothing.
  const els = allElements(doc);
  const scan: Scan = { headings: [], bylines: [], decks: [], knownDecks: [], credits: [], elements: els };
  const n = Math.min(els.length, 30000);
  for (let i = 0; i < n; i++) {
    const el = els[i] as Element;
    const tag = tagOf(el);
    if (tag === 'SCRIPT' || tag === 'META' || tag === 'STYLE' || tag === 'LINK') continue;
    // Class names only (each attribute read is a linear search in linkedom); itemprop/rel marks are
    // collected with one small query below.
    const cls = el.getAttribute('class') ?? '';
    if (HEADING_TAG.test(tag)) scan.headings.push(el);
    if (tag === 'P' || tag === 'H2') {
      const pc = el.parentElement?.getAttribute('class');
      if (pc && KNOWN_DECK_PARENT.test(pc)) scan.knownDecks.push(el);
    }
    if (!cls) continue;
    if (!HEADING_TAG.test(tag) && HEADING_CLASS.test(cls)) scan.headings.push(el);
    if (KNOWN_DECK_CLASS.test(cls)) scan.knownDecks.push(el);
    if (BYLINE_CLASS.test(cls)) scan.bylines.push(el);
    if (DECK_CLASS.test(cls)) scan.decks.push(el);
    if (CREDIT_CLASS.test(cls)) scan.credits.push(el);
  }
  for (const el of all(
    doc,
    '[itemprop=author], [rel=author], [itemprop=headline], [itemprop=alternativeHeadline]',
  )) {
    const prop = el.getAttribute('itemprop');
    if (prop === 'headline') scan.headings.push(el);
    else if (prop === 'alternativeHeadline') scan.knownDecks.push(el);
    else if (!scan.bylines.includes(el)) scan.bylines.push(el);
  }
  // A headline is never longer than this; longer "title" boxes are lists or whole sections.
  scan.headings = scan.headings.filter((el) => (el.textContent ?? '').length <= 400);
  return scan;
}

const FOREIGN_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);

/**
 * True when `el` sits inside navigation, a footer, an aside, a link or list item, or (with `widgets`) a
 * comment / ranking / recommended / related / list block: places whose names and texts belong to other stories.
 */
export function inForeign(el: Element, widgets = false): boolean {
  let cur: Element | null = el;
  let inLink = false;
  for (let depth = 0; cur && depth < 40; depth++, cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (FOREIGN_TAGS.has(tag)) return true;
    if (tag === 'A') {
      if (!widgets) return true;
      inLink = true;
    }
    if (tag === 'LI') {
      // Bylines may sit in the header's info list (`<li>홍길동 기자</li>`); a linked list item is a teaser.
      if (!widgets || inLink) return true;
    }
    if (widgets) {
      const cls = cur.getAttribute('class') ?? '';
      if (/comment|cmt|ranking|recommend|related|_list|-list|list_|list-|^list$/i.test(cls)) return true;
    }
  }
  return false;
}
