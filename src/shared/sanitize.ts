/**
 * The ONE place where HTML from a page becomes DOM in an extension page or the reader. Everything passes
 * DOMPurify with an allowlist of story tags; links open in a new tab without a referrer or an opener;
 * images load lazily without a referrer; large inline data images are dropped (a page can carry megabytes).
 * Callers get nodes (never a string to assign to innerHTML).
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'q',
  'figure',
  'figcaption',
  'img',
  'picture',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'span',
  'div',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'hr',
  'pre',
  'code',
  'time',
  'cite',
  'abbr',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime', 'cite', 'lang', 'dir'];
const MAX_DATA_URI = 100_000;

let purifier: ReturnType<typeof DOMPurify> | null = null;

function instance(win: Window): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  // An unsupported DOM would make DOMPurify hand the input back untouched: fail closed instead.
  if (!p.isSupported) throw new Error('HTML sanitizer unavailable in this context');
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') {
      if (el.hasAttribute('href')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (el.tagName === 'IMG') {
      const src = el.getAttribute('src') ?? '';
      if (src.startsWith('data:') && src.length > MAX_DATA_URI) el.removeAttribute('src');
      el.setAttribute('referrerpolicy', 'no-referrer');
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
    }
  });
  purifier = p;
  return p;
}

/** Sanitize story HTML into a fragment owned by `doc`. */
export function sanitizeToFragment(html: string, doc: Document = document): DocumentFragment {
  const win = doc.defaultView ?? window;
  const fragment = instance(win).sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ADD_ATTR: ['target', 'rel', 'referrerpolicy', 'loading', 'decoding'],
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  }) as unknown as DocumentFragment;
  return doc.importNode(fragment, true);
}

/** Replace an element's children with sanitized story HTML. */
export function setSafeHtml(el: Element, html: string): void {
  el.replaceChildren(sanitizeToFragment(html, el.ownerDocument));
}
