/**
 * The story as plain data blocks for the popup: paragraphs, sub-headings, list items, block quotes and
 * images with captions, text only. The popup renders these as text nodes, so it never parses page HTML
 * at all (and carries no sanitizer). Built in the page from the sanitized story fragment.
 */

export type StoryBlock =
  | { type: 'p' | 'h' | 'li' | 'quote'; text: string }
  | { type: 'img'; src: string; alt: string; caption: string | null };

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const TEXT_BLOCKS: Record<string, 'p' | 'li' | 'quote'> = { P: 'p', LI: 'li', BLOCKQUOTE: 'quote', PRE: 'p' };
const SAFE_SRC = /^(https?:|data:image\/)/i;

const clean = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFC')
    .replace(/[ \t\f\v\r\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();

/** Text of an element with <br> kept as a line break (iterative: a hostile page can nest 10,000 deep). */
function textWithBreaks(el: Element): string {
  let out = '';
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) out += n.nodeValue;
    else if ((n as Element).tagName === 'BR') out += '\n';
  }
  return clean(out);
}

/** Containers nested deeper than this are read as one text block instead of being walked further. */
const MAX_DEPTH = 64;

function image(img: Element, caption: string | null): StoryBlock | null {
  const src = img.getAttribute('src') ?? '';
  if (!SAFE_SRC.test(src)) return null;
  return { type: 'img', src, alt: clean(img.getAttribute('alt')), caption };
}

export function toStoryBlocks(root: ParentNode): StoryBlock[] {
  const out: StoryBlock[] = [];
  let loose = '';
  const flushLoose = () => {
    const t = clean(loose);
    if (t) out.push({ type: 'p', text: t });
    loose = '';
  };
  const walk = (node: Node, depth: number) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        loose += child.nodeValue;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName;
      if (tag === 'BR') {
        flushLoose();
        continue;
      }
      if (HEADINGS.has(tag)) {
        flushLoose();
        const text = textWithBreaks(el);
        if (text) out.push({ type: 'h', text });
      } else if (tag === 'FIGURE') {
        flushLoose();
        const caption = clean(el.querySelector('figcaption')?.textContent) || null;
        const imgs = [...el.querySelectorAll('img')];
        imgs.forEach((img, i) => {
          const b = image(img, i === imgs.length - 1 ? caption : null);
          if (b) out.push(b);
        });
        if (!imgs.length && caption) out.push({ type: 'p', text: caption });
      } else if (tag === 'IMG') {
        flushLoose();
        const b = image(el, null);
        if (b) out.push(b);
      } else if (tag in TEXT_BLOCKS && !el.querySelector('p, li, figure, img, h2, h3, h4, table')) {
        flushLoose();
        const text = textWithBreaks(el);
        if (text) out.push({ type: TEXT_BLOCKS[tag], text });
      } else if (tag === 'TR') {
        flushLoose();
        const cells = [...el.children].map((c) => clean(c.textContent)).filter(Boolean);
        if (cells.length) out.push({ type: 'p', text: cells.join(' | ') });
      } else if (/^(A|B|STRONG|EM|I|U|S|SPAN|SUB|SUP|SMALL|MARK|Q|CITE|ABBR|TIME|CODE)$/.test(tag)) {
        loose += textWithBreaks(el);
      } else if (depth >= MAX_DEPTH) {
        flushLoose();
        const text = textWithBreaks(el);
        if (text) out.push({ type: 'p', text });
      } else {
        flushLoose();
        walk(el, depth + 1);
      }
    }
    flushLoose();
  };
  walk(root, 0);
  return out;
}
