/**
 * The story as plain data blocks for the popup: paragraphs, sub-headings, list items, block quotes,
 * images with captions and data tables, text only. The popup renders these as text nodes, so it never parses page HTML
 * at all (and carries no sanitizer). Built from the core's typed blocks (`article.blocks`); every string is
 * normalized here and every image URL checked, whatever the core let through.
 */
import type { Block } from '../core/types';

export type StoryBlock =
  | { type: 'p' | 'h' | 'li' | 'quote'; text: string }
  | { type: 'img'; src: string; alt: string; caption: string | null }
  | { type: 'table'; rows: string[][]; header: boolean; caption: string | null };

const SAFE_SRC = /^(https?:|data:image\/)/i;

/** NFC, white space collapsed (line breaks kept), control characters dropped. */
const clean = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
    .replace(/[ \t\f\v\r\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();

function textBlock(type: 'p' | 'h' | 'li' | 'quote', raw: string): StoryBlock[] {
  const text = clean(raw);
  return text ? [{ type, text }] : [];
}

function storyBlock(b: Block): StoryBlock[] {
  switch (b.type) {
    case 'image': {
      const caption = clean(b.caption) || null;
      if (!SAFE_SRC.test(b.src.trim())) return caption ? textBlock('p', caption) : [];
      return [{ type: 'img', src: b.src.trim(), alt: caption ?? '', caption }];
    }
    case 'table': {
      // One line per cell: a cell is a short value, and the popup's table cells wrap on their own.
      const rows = b.rows.map((row) => row.map((c) => clean(c).replace(/\n/g, ' ')));
      return rows.length
        ? [{ type: 'table', rows, header: b.header, caption: clean(b.caption) || null }]
        : [];
    }
    case 'list':
      return b.items.flatMap((i) => textBlock('li', i.text));
    case 'heading':
      return textBlock('h', b.text);
    case 'quote':
      return textBlock('quote', b.text);
    case 'paragraph':
    case 'caption':
      return textBlock('p', b.text);
  }
}

export function toStoryBlocks(blocks: readonly Block[]): StoryBlock[] {
  return blocks.flatMap(storyBlock);
}

/** A block's words as one line (an image has none): what the popup compares with the deck. */
export function storyBlockText(b: StoryBlock): string {
  if (b.type === 'img') return '';
  if (b.type === 'table') return [b.caption ?? '', ...b.rows.flat()].join(' ').trim();
  return b.text;
}
