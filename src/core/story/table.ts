/**
 * Data tables in a story (stats, schedules, results) read as a grid of text cells. Korean CMSs also use
 * <table> for layout: a photo with its caption, a boxed note, a wrapper around the whole story or page. Those
 * are told apart by structure alone, and left to the ordinary walk (their prose becomes paragraphs):
 *   - a nested table, or a picture bigger than an icon, means layout;
 *   - a data table has at least two rows and two columns, and at least two rows with two filled cells;
 *   - every cell is short (a figure, a name, a date), never a paragraph or a sentence of prose;
 *   - a grid that is mostly links is navigation (a list of headlines), not data.
 */
import { linkDensity, normalizeSpace } from '../korean/text';
import { tagOf } from '../page/nodes';

export interface TableData {
  /** Cells as plain text, every row as wide as the widest (spanned and missing cells are ''). */
  rows: string[][];
  /** The first row is a header row (<thead>, or <th> cells only). */
  header: boolean;
  caption: string | null;
}

/** The longest cell text a data table holds; longer is prose, so the table is layout. */
const MAX_CELL = 100;
/** A cell this long that ends like a sentence (`…밝혔다.`) is prose too: two columns of it are a Q&A's layout. */
const PROSE_CELL = 40;
const SENTENCE_END_RE = /[다요죠][.!?]?["”’')]*$/;
/** Bounds that keep the walk cheap; a grid bigger than this is page furniture, not a story's table. */
const MAX_ROWS = 300;
const MAX_COLS = 30;

const CELL_BREAK = new Set(['BR', 'P', 'DIV', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CELL_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The table's own rows (not those of a table nested in a cell). */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    const tag = tagOf(child);
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT')
      for (const tr of child.children) if (tagOf(tr) === 'TR') rows.push(tr);
  }
  return rows;
}

function cellsOf(tr: Element): Element[] {
  return [...tr.children].filter((c) => tagOf(c) === 'TD' || tagOf(c) === 'TH');
}

/** A picture bigger than an icon (icons carry their small size in attributes; a sort arrow, a team badge). */
function holdsPicture(table: Element): boolean {
  for (const img of table.getElementsByTagName('img')) {
    const w = Number.parseInt(img.getAttribute('width') ?? '', 10);
    const h = Number.parseInt(img.getAttribute('height') ?? '', 10);
    if (!((w && w < 60) || (h && h < 40))) return true;
  }
  return table.querySelector('figure, picture, video, iframe') !== null;
}

/** A cell's text with its line breaks and inner blocks as spaces; scripts and styles are not text. */
export function cellText(cell: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const tag = tagOf(node as Element);
    if (CELL_SKIP.has(tag)) return;
    if (CELL_BREAK.has(tag)) out += ' ';
    for (const c of node.childNodes) walk(c);
    if (CELL_BREAK.has(tag)) out += ' ';
  };
  walk(cell);
  return normalizeSpace(out);
}

function span(raw: string | null, max: number): number {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, max) : 1;
}

/** The rows as a grid: a cell spanning columns or rows fills the places it covers after the first with ''. */
function toGrid(trs: Element[]): string[][] | null {
  const grid: string[][] = trs.map(() => []);
  for (let r = 0; r < trs.length; r++) {
    let c = 0;
    for (const cell of cellsOf(trs[r])) {
      while (grid[r][c] !== undefined) c++;
      const text = cellText(cell);
      if (text.length > MAX_CELL || (text.length >= PROSE_CELL && SENTENCE_END_RE.test(text))) return null;
      const across = span(cell.getAttribute('colspan'), MAX_COLS);
      const down = span(cell.getAttribute('rowspan'), trs.length - r);
      for (let dr = 0; dr < down; dr++)
        for (let dc = 0; dc < across; dc++) grid[r + dr][c + dc] = dr || dc ? '' : text;
      c += across;
    }
  }
  const width = Math.max(0, ...grid.map((row) => row.length));
  if (width > MAX_COLS) return null;
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

function isHeaderRow(tr: Element): boolean {
  if (tr.parentElement && tagOf(tr.parentElement) === 'THEAD') return true;
  const cells = cellsOf(tr);
  return cells.length > 0 && cells.every((c) => tagOf(c) === 'TH');
}

/** The table as data, or null when it is a layout table (see the module comment). */
export function readDataTable(table: Element): TableData | null {
  const trs = rowsOf(table);
  if (trs.length < 2 || trs.length > MAX_ROWS) return null;
  if (table.getElementsByTagName('table').length > 0 || holdsPicture(table)) return null;
  const grid = toGrid(trs);
  if (!grid || grid[0].length < 2) return null;
  const filledRows = grid.filter((row) => row.filter(Boolean).length >= 2).length;
  if (filledRows < 2 || linkDensity(table) > 0.5) return null;
  const captionEl = [...table.children].find((c) => tagOf(c) === 'CAPTION');
  const caption = captionEl ? cellText(captionEl) || null : null;
  const header = isHeaderRow(trs[0]) && grid[0].some(Boolean);
  return { rows: grid.filter((row) => row.some(Boolean)), header, caption };
}

/** The table as plain text: the caption, then one line per row with its cells separated by a tab. */
export function tableText(t: Pick<TableData, 'rows' | 'caption'>): string {
  return [...(t.caption ? [t.caption] : []), ...t.rows.map((row) => row.join('\t'))].join('\n');
}
