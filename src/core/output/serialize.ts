/**
 * The story HTML, sanitized by construction: rebuilt from the DOM emitting only allowlisted tags and attributes,
 * text escaped, URLs made absolute and limited to http(s) (and data:image for images). Hand-written because the
 * core also runs in Node under linkedom, where DOMPurify needs a full window; the extension's reader still passes
 * the result through DOMPurify before rendering (house rule 3).
 */

import { tagOf } from '../page/nodes';

const BLOCK_TAGS: Record<string, string> = {
  P: 'p',
  H1: 'h2',
  H2: 'h2',
  H3: 'h3',
  H4: 'h4',
  H5: 'h5',
  H6: 'h6',
  BLOCKQUOTE: 'blockquote',
  UL: 'ul',
  OL: 'ol',
  LI: 'li',
  FIGURE: 'figure',
  FIGCAPTION: 'figcaption',
  TABLE: 'table',
  THEAD: 'thead',
  TBODY: 'tbody',
  TFOOT: 'tfoot',
  TR: 'tr',
  TH: 'th',
  TD: 'td',
  CAPTION: 'caption',
  PRE: 'pre',
  HR: 'hr',
  DL: 'dl',
  DT: 'dt',
  DD: 'dd',
};

const INLINE_TAGS: Record<string, string> = {
  STRONG: 'strong',
  B: 'strong',
  EM: 'em',
  I: 'em',
  U: 'u',
  SUB: 'sub',
  SUP: 'sup',
  Q: 'q',
  CITE: 'cite',
  CODE: 'code',
  MARK: 'mark',
  SMALL: 'small',
  BR: 'br',
  A: 'a',
  IMG: 'img',
};

/** Elements dropped with everything inside them. */
const DROP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'FORM',
  'INPUT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SOURCE',
  'LINK',
  'META',
  'HEAD',
  'TITLE',
]);

const VOID = new Set(['br', 'img', 'hr']);

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** An absolute http(s) URL, or null for anything else (javascript:, relative junk that does not resolve). */
export function safeUrl(raw: string | null | undefined, base: string, allowDataImage = false): string | null {
  const v = (raw ?? '').trim();
  if (!v) return null;
  if (allowDataImage && /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i.test(v)) return v;
  try {
    const u = new URL(v, base || undefined);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // fall through
  }
  return null;
}

/** The real source of a (possibly lazy) image: data-src and friends, the largest srcset entry, then src. */
export function imageSource(img: Element, base: string): string | null {
  const lazy = [
    'data-src',
    'data-original',
    'data-lazy-src',
    'data-org-src',
    'data-lazy',
    'data-url',
    'data-srcset',
  ];
  for (const name of lazy) {
    const v = img.getAttribute(name);
    if (v && !/^data:/.test(v)) {
      const first = v.split(',')[0].trim().split(/\s+/)[0];
      const u = safeUrl(first, base);
      if (u) return u;
    }
  }
  const srcset = img.getAttribute('srcset');
  if (srcset) {
    let best: string | null = null;
    let bestW = -1;
    for (const part of srcset.split(',')) {
      const [u, d] = part.trim().split(/\s+/);
      const w = d ? Number.parseFloat(d) : 0;
      if (u && w >= bestW) {
        best = u;
        bestW = w;
      }
    }
    const u = safeUrl(best, base);
    if (u) return u;
  }
  const src = img.getAttribute('src');
  if (src && /^data:image\/(?:gif|svg)/.test(src)) return null; // placeholder pixel
  return safeUrl(src, base, true);
}

/** Serialize a node's children through the allowlist. */
export function serializeChildren(node: Node, base: string): string {
  let out = '';
  for (const child of node.childNodes) out += serializeNode(child, base);
  return out;
}

/** Serialize one node through the allowlist: unknown wrappers (div, span, section…) are unwrapped. */
export function serializeNode(node: Node, base: string): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = tagOf(el);
  if (DROP_TAGS.has(tag)) return '';
  const name = BLOCK_TAGS[tag] ?? INLINE_TAGS[tag];
  if (!name) return serializeChildren(el, base);
  if (name === 'img') {
    const src = imageSource(el, base);
    if (!src) return '';
    const alt = el.getAttribute('alt');
    return `<img src="${escapeAttr(src)}"${alt ? ` alt="${escapeAttr(alt)}"` : ''}>`;
  }
  let attrs = '';
  if (name === 'a') {
    const href = safeUrl(el.getAttribute('href'), base);
    if (!href) return serializeChildren(el, base);
    attrs = ` href="${escapeAttr(href)}"`;
  } else if (name === 'td' || name === 'th') {
    for (const a of ['colspan', 'rowspan']) {
      const v = el.getAttribute(a);
      if (v && /^\d{1,3}$/.test(v)) attrs += ` ${a}="${v}"`;
    }
  }
  if (VOID.has(name)) return `<${name}${attrs}>`;
  const inner = serializeChildren(el, base);
  // Empty blocks (left by parser repair or removed widgets) carry nothing for a reader.
  if (!inner.trim() && name !== 'td' && name !== 'th') return '';
  return `<${name}${attrs}>${inner}</${name}>`;
}

/**
 * Parse an HTML string found in a page's script payload into a detached container of a fresh inert document
 * (no browsing context, so nothing in it loads or runs). The one place in the core that writes innerHTML; the
 * result only ever leaves the core through the serializer above.
 */
export function parseFragment(doc: Document, html: string): Element {
  // An inert document: elements created from the live page's document would load their images.
  const impl = doc.implementation as DOMImplementation | undefined;
  const owner = impl?.createHTMLDocument ? impl.createHTMLDocument('') : (doc.cloneNode(false) as Document);
  const box = owner.createElement('div');
  box.innerHTML = html;
  return box;
}
