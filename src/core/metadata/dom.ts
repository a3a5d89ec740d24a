/**
 * Read-only DOM helpers for metadata: meta tags, JSON-LD objects, and element text that keeps `<br>` and
 * block boundaries as line breaks (deck lines and bylines are often split only by `<br>`).
 */

/** Collapse white space (incl. NBSP, ideographic space, zero-width) to single spaces. */
export function clean(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
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

/** Every non-empty `content` of meta tags whose property/name/itemprop is one of `keys` (case-insensitive), in key order. */
export function metaAll(doc: Document, ...keys: string[]): string[] {
  const out: string[] = [];
  const metas = [...doc.querySelectorAll('meta')];
  for (const key of keys) {
    const k = key.toLowerCase();
    for (const m of metas) {
      const names = [m.getAttribute('property'), m.getAttribute('name'), m.getAttribute('itemprop')];
      if (!names.some((x) => x && x.toLowerCase() === k)) continue;
      const v = clean(decodeEntities(m.getAttribute('content') ?? ''));
      if (v) out.push(v);
    }
  }
  return out;
}

export function meta(doc: Document, ...keys: string[]): string | null {
  return metaAll(doc, ...keys)[0] ?? null;
}

export type JsonObject = { [k: string]: unknown };

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** All JSON-LD objects on the page, with `@graph` arrays flattened. Broken JSON is skipped. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) visit(v['@graph'], depth + 1);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (s.textContent ?? '').trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Some CMSs emit raw newlines or trailing commas inside strings; try a lenient pass once.
      try {
        visit(JSON.parse(raw.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), 0);
      } catch {
        /* unreadable JSON-LD: ignore */
      }
    }
  }
  return out;
}

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

const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'TABLE',
  'TR',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'IFRAME',
  'TITLE',
]);

/** Text of an element split into lines at `<br>` and block boundaries; scripts and styles skipped. */
export function linesOf(el: Element): string[] {
  const parts: string[] = [];
  let cur = '';
  const flush = () => {
    const t = clean(cur);
    if (t) parts.push(t);
    cur = '';
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      cur += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const c of n.childNodes) walk(c);
    if (block) flush();
  };
  walk(el);
  flush();
  return parts;
}

/**
 * Visible-ish text of the document body in reading order, as short lines (scripts, styles, templates
 * skipped), capped so a huge page cannot make metadata slow.
 */
export function bodyLines(doc: Document, cap = 4000): string[] {
  // Broken markup can leave <body> empty with the content parsed elsewhere under <html>.
  const body = doc.body;
  const root = body && (body.textContent ?? '').length > 200 ? body : doc.documentElement;
  if (!root) return [];
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = clean(cur);
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (n: Node) => {
    if (lines.length >= cap) return;
    if (n.nodeType === 3) {
      cur += n.nodeValue ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') return flush();
    // Inline elements stay on the line: `<span>입력</span> <span>2026.01.06</span>` must read as one.
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const c of n.childNodes) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

/** First element matching any selector (invalid selectors are skipped, not thrown). */
export function first(doc: Document | Element, selectors: readonly string[] | undefined): Element | null {
  for (const sel of selectors ?? []) {
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
