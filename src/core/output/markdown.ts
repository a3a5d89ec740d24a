/**
 * Markdown export, on demand: YAML front matter from the metadata, then the story's HTML (derived from its
 * blocks) converted by Turndown + GFM.
 *
 * Steps:
 *  1. front matter (unless `options.frontMatter === false`; then the title becomes a `# ` line and the deck
 *     lines follow it, so a bare export still says what it is);
 *  2. Turndown with the GFM plugin, plus our rules for what Korean story HTML needs: figures with captions,
 *     sub-headings shifted to start at `##`, tables that never fall back to raw HTML (layout tables — common
 *     on Korean CMSs for photo + caption — become plain blocks; data tables become GFM tables even without a
 *     `<th>` row), and no raw HTML ever.
 *
 * Round-trip decision: every paragraph's text must be found in the Markdown once backslash escapes are
 * removed (`unescapeMarkdown`, exported for exactly that check). So we keep Turndown's escaping (`\*`, `\_`,
 * `\[`, `1\.` …: the output must render as the text that was written) and put no other syntax inside a
 * paragraph: inline bold/italic and links are written as their plain text (in Korean stories they are lead
 * emphasis and keyword/search links, little lost), images and block structure keep their Markdown. A
 * paragraph that is only a short bold line is a sub-heading on many Korean CMSs and becomes `##`.
 *
 * Works in Node (Turndown parses strings with its bundled domino there) and in the browser (DOMParser).
 */
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { normalizeSpace } from '../korean/text';
import type { Article, ArticleMetadata, MarkdownOptions } from '../types';

/** Turndown's node type is the DOM Node; domino gives the same shape in Node. */
type TNode = TurndownService.Node;

/**
 * YAML double-quoted scalar. JSON strings are valid YAML 1.2 double-quoted scalars; JSON.stringify leaves
 * Hangul as it is and escapes quotes, backslashes and control characters. U+2028/2029 are line breaks to
 * YAML, so they are escaped too.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function frontMatter(meta: ArticleMetadata): string {
  const lines: string[] = ['---'];
  const scalar = (key: string, value: unknown) => {
    // Defensive: metadata may come from JSON (the CLI, stored options) with lists where strings belong.
    const text = Array.isArray(value) ? value.join('\n') : value == null ? '' : String(value);
    if (text.trim() !== '') lines.push(`${key}: ${yamlString(text.trim())}`);
  };
  scalar('title', meta.title);
  scalar('kicker', meta.kicker);
  scalar('subtitle', meta.subtitle);
  scalar('outlet', meta.publisher);
  if (meta.authors?.length > 0) {
    lines.push('reporters:');
    for (const a of meta.authors) {
      // A desk address with no reporter's name is listed by its email alone.
      if (a.name) {
        lines.push(`  - name: ${yamlString(a.name)}`);
        if (a.email) lines.push(`    email: ${yamlString(a.email)}`);
      } else if (a.email) lines.push(`  - email: ${yamlString(a.email)}`);
    }
  }
  scalar('published', meta.publishedAt);
  scalar('modified', meta.modifiedAt);
  scalar('section', meta.section);
  scalar('url', meta.url);
  scalar('original_url', meta.originalUrl);
  if (meta.tags?.length > 0) {
    lines.push('tags:');
    for (const t of meta.tags) lines.push(`  - ${yamlString(t)}`);
  }
  scalar('lang', meta.lang);
  lines.push('---');
  return lines.join('\n');
}

/** The deck's lines (metadata from JSON may carry a list where a string belongs). */
function deckLines(subtitle: unknown): string[] {
  const text = Array.isArray(subtitle) ? subtitle.join('\n') : typeof subtitle === 'string' ? subtitle : '';
  return text.split(/\n+/).map(clean).filter(Boolean);
}

/** Undo Markdown backslash escapes (CommonMark: any ASCII punctuation may be escaped). */
export function unescapeMarkdown(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

const clean = normalizeSpace;

function elementChildren(node: TNode): Element[] {
  return Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1);
}

function findAll(node: TNode, tag: string): Element[] {
  const el = node as unknown as Element;
  return el.getElementsByTagName ? Array.from(el.getElementsByTagName(tag)) : [];
}

function imageSrc(img: Element): string {
  return img.getAttribute('src') || img.getAttribute('data-src') || '';
}

/** Caption text of a figure-like element: figcaption, else a caption-ish child (Korean CMSs vary). */
function captionOf(node: TNode): string {
  const fc = findAll(node, 'figcaption')[0];
  if (fc) return clean(fc.textContent);
  return '';
}

/** Escape a caption for use inside `![…]` and as an italic line. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}

function destination(src: string): string {
  const escaped = src.replace(/([<>()])/g, '\\$1');
  return escaped.includes(' ') ? `<${escaped}>` : escaped;
}

function renderImage(src: string, caption: string, mode: 'inline' | 'link' | 'omit'): string {
  if (mode === 'omit' || !src) return caption && mode !== 'omit' ? `*${escapeInline(caption)}*` : '';
  const label = escapeInline(caption);
  if (mode === 'link') return `[${label || '이미지'}](${destination(src)})`;
  const image = `![${label}](${destination(src)})`;
  return caption ? `${image}\n\n*${label}*` : image;
}

/**
 * A table used for page layout (a photo with its caption, a boxed note) rather than for data. The answers are
 * remembered per conversion (`seen` belongs to one service), since every cell of a table asks again.
 */
function isLayoutTable(table: object, seen: WeakMap<object, boolean>): boolean {
  const cached = seen.get(table);
  if (cached !== undefined) return cached;
  const rows = findAll(table as TNode, 'tr');
  const widest = Math.max(0, ...rows.map((r) => elementChildren(r as unknown as TNode).length));
  const layout = rows.length <= 1 || widest <= 1 || findAll(table as TNode, 'img').length > 0;
  seen.set(table, layout);
  return layout;
}

function enclosingTable(node: TNode): TNode | null {
  let p = node.parentNode as TNode | null;
  while (p && p.nodeName !== 'TABLE') p = p.parentNode as TNode | null;
  return p;
}

function headingOffset(html: string): number {
  // The story's top sub-heading level becomes `##` (the title is the document's `#`).
  const levels = [...html.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]));
  const top = levels.length ? Math.min(...levels) : 2;
  return 2 - top;
}

/**
 * A Turndown service for one conversion: the GFM plugin, then our rules (later rules take precedence in
 * Turndown, so the order below is kept): headings, lists and inline text, then images, then tables.
 */
function makeService(options: MarkdownOptions, offset: number): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  td.use(gfm);
  // Raw HTML is never wanted in the export: scripts, styles, forms and media players say nothing in text.
  td.remove([
    'script',
    'style',
    'noscript',
    'iframe',
    'object',
    'embed',
    'form',
    'button',
    'input',
    'select',
  ]);
  addTextRules(td, offset);
  addImageRules(td, options.images ?? 'inline');
  addTableRules(td);
  // No `keep` rules beyond the GFM plugin's table one, which the table rules above take precedence over:
  // Turndown writes any other unknown element as its text, so no raw HTML reaches the export.
  return td;
}

/** Sub-headings from `##`, plain `- ` list items, inline markup as its text, a short bold line as `##`. */
function addTextRules(td: TurndownService, offset: number): void {
  td.addRule('heading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement(content, node) {
      const level = Math.min(6, Math.max(2, Number(node.nodeName.charAt(1)) + offset));
      const text = clean(content);
      return text ? `\n\n${'#'.repeat(level)} ${text}\n\n` : '';
    },
  });

  // Turndown 7 pads list markers to four columns (`-   item`); a plain `- ` is what people write and read.
  td.addRule('listItem', {
    filter: 'li',
    replacement(content, node) {
      const parent = node.parentNode as TNode | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number((parent as unknown as Element).getAttribute('start') || 1);
        prefix = `${start + elementChildren(parent).indexOf(node as unknown as Element)}. `;
      }
      const body = content
        .replace(/^\n+/, '')
        .replace(/\n+$/, '\n')
        .replace(/\n/gm, `\n${' '.repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });

  // Inline emphasis and links as plain text: see the round-trip decision above.
  td.addRule('inlinePlain', {
    filter: (node) =>
      /^(STRONG|B|EM|I|U|MARK|A|SPAN|FONT|SMALL|BIG|SUP|SUB|DEL|S|STRIKE|INS|CITE|Q|ABBR|TIME)$/.test(
        node.nodeName,
      ),
    replacement: (content) => content,
  });
  td.addRule('boldSubheading', {
    filter(node) {
      if (node.nodeName !== 'P') return false;
      const kids = Array.from(node.childNodes).filter(
        (n) => n.nodeType !== 3 || (n.textContent ?? '').trim() !== '',
      );
      if (kids.length !== 1 || !/^(STRONG|B)$/.test(kids[0].nodeName)) return false;
      const text = clean(node.textContent);
      return text.length > 0 && text.length <= 50 && !/[.!?。]$/.test(text);
    },
    replacement: (content) => `\n\n## ${clean(content)}\n\n`,
  });
}

/** Figures with their captions, images and pictures by `mode`; players say nothing in text. */
function addImageRules(td: TurndownService, mode: 'inline' | 'link' | 'omit'): void {
  td.addRule('figure', {
    filter: 'figure',
    replacement(content, node) {
      const imgs = findAll(node, 'img');
      const caption = captionOf(node);
      if (imgs.length === 0) {
        // A figure without an image (a video placeholder, a boxed quote): keep its text.
        return `\n\n${content.trim()}\n\n`;
      }
      const parts = imgs.map((img, i) =>
        renderImage(imageSrc(img), i === imgs.length - 1 ? caption : '', mode),
      );
      const body = parts.filter(Boolean).join('\n\n');
      return body ? `\n\n${body}\n\n` : '';
    },
  });
  // figcaption text is rendered by the figure rule.
  td.addRule('figcaption', { filter: 'figcaption', replacement: () => '' });

  td.addRule('image', {
    filter: 'img',
    replacement(_content, node) {
      const el = node as unknown as Element;
      const alt = clean(el.getAttribute('alt'));
      if (mode === 'omit') return '';
      const src = imageSrc(el);
      if (!src) return '';
      if (mode === 'link') return `[${escapeInline(alt) || '이미지'}](${destination(src)})`;
      return `![${escapeInline(alt)}](${destination(src)})`;
    },
  });

  td.addRule('media', {
    filter: (node) => /^(VIDEO|AUDIO|PICTURE|SOURCE|SVG|CANVAS)$/i.test(node.nodeName),
    replacement(_content, node) {
      if (node.nodeName === 'PICTURE') {
        const img = findAll(node, 'img')[0];
        return img && mode !== 'omit' ? renderImage(imageSrc(img), clean(img.getAttribute('alt')), mode) : '';
      }
      return '';
    },
  });
}

/**
 * Tables: never the GFM plugin's raw-HTML fallback. A layout table's cells become plain blocks, a data table a
 * GFM pipe table (its caption a line above it). The layout answer is remembered per service (`layoutSeen`).
 */
function addTableRules(td: TurndownService): void {
  const layoutSeen = new WeakMap<object, boolean>();
  td.addRule('tableCellAny', {
    filter: ['th', 'td'],
    replacement(content, node) {
      const table = enclosingTable(node);
      if (!table || isLayoutTable(table, layoutSeen)) return `\n\n${content.trim()}\n\n`;
      const index = elementChildren(node.parentNode as TNode).indexOf(node as unknown as Element);
      // A cell is one line; `|` would end it and `<` could open raw HTML (`<script>` written as text).
      const text = content
        .replace(/\s*\n+\s*/g, ' ')
        .replace(/([|<])/g, '\\$1')
        .trim();
      return `${index === 0 ? '| ' : ' '}${text} |`;
    },
  });
  td.addRule('tableRowAny', {
    filter: 'tr',
    replacement(content, node) {
      const table = enclosingTable(node);
      if (!table || isLayoutTable(table, layoutSeen)) return `\n\n${content.trim()}\n\n`;
      return `\n${content.trim()}`;
    },
  });
  td.addRule('tableAny', {
    filter: 'table',
    replacement(content, node) {
      if (isLayoutTable(node, layoutSeen)) return `\n\n${content.trim()}\n\n`;
      const rows = content
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith('|'));
      if (rows.length === 0) return '';
      const width = elementChildren(findAll(node, 'tr')[0] as unknown as TNode).length;
      const sep = `|${' --- |'.repeat(Math.max(1, width))}`;
      // The caption leads the table as its own line (a GFM table has no place for one).
      const caption = clean(findAll(node, 'caption')[0]?.textContent);
      const lead = caption ? `${td.escape(caption)}\n\n` : '';
      return `\n\n${lead}${[rows[0], sep, ...rows.slice(1)].join('\n')}\n\n`;
    },
  });
  td.addRule('tableSectionAny', {
    filter: ['thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col'],
    replacement: (content, node) => (node.nodeName === 'CAPTION' ? `\n\n${content.trim()}\n\n` : content),
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text blocks of an HTML string without a DOM: the fallback when the markup is too deep to walk. */
function plainBlocks(html: string): string[] {
  return html
    .replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(
      /<\/?(p|div|h[1-6]|li|figcaption|blockquote|tr|br|section|article|figure|table|ul|ol)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .split('\n')
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The article as a Markdown document, on demand (extraction never runs Turndown). A conversion failure still
 * exports the story, as its plain text.
 */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  try {
    return htmlToMarkdown(article.html, article, options);
  } catch {
    return article.text;
  }
}

/** Convert sanitized story HTML (plus its metadata) to a Markdown document. */
export function htmlToMarkdown(html: string, meta: ArticleMetadata, options: MarkdownOptions = {}): string {
  const service = makeService(options, headingOffset(html));
  let body: string;
  try {
    body = service.turndown(html || '');
  } catch (error) {
    // Turndown recurses per element: thousands of nested wrappers overflow the stack. The text still goes out.
    if (!(error instanceof RangeError)) throw error;
    body = plainBlocks(html || '')
      .map((t) => service.escape(t))
      .join('\n\n');
  }
  body = body.replace(/\n{3,}/g, '\n\n').trim();
  // Without front matter the headline and the deck lead the file (the story's html leaves the deck to them).
  const head =
    options.frontMatter === false
      ? [
          meta.title ? `# ${clean(meta.kicker ? `[${meta.kicker}] ${meta.title}` : meta.title)}` : '',
          ...deckLines(meta.subtitle).map((l) => service.escape(l)),
        ]
          .filter(Boolean)
          .join('\n\n')
      : frontMatter(meta);
  return `${[head, body].filter(Boolean).join('\n\n')}\n`;
}
