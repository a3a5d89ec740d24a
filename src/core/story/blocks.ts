/**
 * The story's units (extract.ts) as typed blocks, and what is derived from the blocks: plain text (blank-line
 * separated, captions where their image sits, a table's rows one per line with tab-separated cells),
 * allowlisted HTML, and the image list.
 */

import { escapeAttr, escapeText } from '../output/serialize';
import type { Block, ImageInfo } from '../types';
import type { Unit } from './extract';
import { tableText } from './table';

export function unitsToBlocks(units: readonly Unit[]): Block[] {
  const out: Block[] = [];
  for (const u of units) {
    const inline = { text: u.text, html: u.html || escapeText(u.text) };
    const prev = out[out.length - 1];
    if (u.kind === 'li') {
      if (prev?.type === 'list') prev.items.push(inline);
      else out.push({ type: 'list', items: [inline] });
    } else if (u.kind === 'img') out.push({ type: 'image', src: u.src ?? '', caption: u.caption ?? null });
    else if (u.kind === 'table')
      out.push({ type: 'table', rows: u.rows ?? [], header: !!u.header, caption: u.caption ?? null });
    else out.push({ type: KIND[u.kind], ...inline });
  }
  return out;
}

const KIND = { p: 'paragraph', h: 'heading', quote: 'quote', caption: 'caption' } as const;

export function blocksToText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.type === 'image') {
      if (b.caption) parts.push(b.caption);
    } else if (b.type === 'list') parts.push(...b.items.map((i) => i.text));
    else if (b.type === 'table') parts.push(tableText(b));
    else parts.push(b.text);
  }
  return parts.join('\n\n');
}

export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks.map(blockHtml).join('\n');
}

function blockHtml(b: Block): string {
  switch (b.type) {
    case 'image': {
      const cap = b.caption ? `<figcaption>${escapeText(b.caption)}</figcaption>` : '';
      return `<figure><img src="${escapeAttr(b.src)}" alt="${escapeAttr(b.caption ?? '')}">${cap}</figure>`;
    }
    case 'table':
      return tableHtml(b);
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${i.html}</li>`).join('')}</ul>`;
    case 'heading':
      return `<h3>${b.html}</h3>`;
    case 'quote':
      return `<blockquote><p>${b.html}</p></blockquote>`;
    case 'caption':
      return `<p><small>${b.html}</small></p>`;
    case 'paragraph':
      return `<p>${b.html}</p>`;
  }
}

/** A table of escaped text cells; a header row goes in <thead> as <th> cells. */
function tableHtml(b: Extract<Block, { type: 'table' }>): string {
  const row = (cells: string[], tag: 'td' | 'th') =>
    `<tr>${cells.map((c) => `<${tag}>${escapeText(c)}</${tag}>`).join('')}</tr>`;
  const [first, ...rest] = b.rows;
  const cap = b.caption ? `<caption>${escapeText(b.caption)}</caption>` : '';
  const head = b.header && first ? `<thead>${row(first, 'th')}</thead>` : '';
  const body = (b.header ? rest : b.rows).map((r) => row(r, 'td')).join('');
  return `<table>${cap}${head}${body ? `<tbody>${body}</tbody>` : ''}</table>`;
}

export function blocksToImages(blocks: readonly Block[]): ImageInfo[] {
  return blocks.flatMap((b) => (b.type === 'image' && b.src ? [{ src: b.src, caption: b.caption }] : []));
}
