/**
 * The last line of defence of the in-place clean-up: whatever a clutter rule says, a block that holds the
 * story is never hidden. The story is located cheaply (one pass over text nodes, no Readability in the
 * content script):
 *   1. every text node of prose (not inside a link, script or form control) adds its length to its
 *      paragraph container (the parent of its <p>, or the <div> that holds <br>-separated text);
 *   2. the container with the most prose is the story;
 *   3. a block may be hidden unless it contains the story, or holds a large share of the story's prose.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON']);
const INLINE = new Set([
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'U',
  'FONT',
  'MARK',
  'SUP',
  'SUB',
  'SMALL',
  'BIG',
  'CITE',
  'Q',
  'P',
  'BLOCKQUOTE',
  'BR',
]);
/** A text run shorter than this is UI or a label, not prose. */
const MIN_RUN = 25;
/** Less prose than this and there is no story to protect. */
const MIN_STORY = 80;
/** A block inside the story may go only while it holds less than this share of the story's prose. */
const MAX_SHARE = 0.3;

export interface StoryGuard {
  story: Element | null;
  /** The story and any other container holding a good share of its prose (a story split in parts). */
  protected: Element[];
  canHide(el: Element): boolean;
}

function isSkipped(el: Element): boolean {
  return el.tagName === 'A' || SKIP.has(el.tagName);
}

function containerOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName) && el.parentElement) el = el.parentElement;
  return el;
}

function proseLength(text: string): number {
  const t = text.trim();
  return t.length >= MIN_RUN ? t.length : 0;
}

/** Prose held by an element (same measure as the story score). */
function proseIn(el: Element): number {
  const walker = el.ownerDocument.createTreeWalker(el, 1 | 4, {
    acceptNode: (n) => (n.nodeType === 1 && isSkipped(n as Element) ? 2 : 1),
  });
  let sum = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) sum += proseLength(n.nodeValue ?? '');
  }
  return sum;
}

export function findStory(doc: Document): { story: Element | null; prose: number; parts: Element[] } {
  const body = doc.body;
  if (!body) return { story: null, prose: 0, parts: [] };
  const scores = new Map<Element, number>();
  // Links, scripts and form controls are skipped whole by the filter: no per-node ancestor climbing.
  const walker = doc.createTreeWalker(body, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && isSkipped(n as Element) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const len = proseLength(n.nodeValue ?? '');
    if (!len) continue;
    const c = containerOf(n);
    if (c) scores.set(c, (scores.get(c) ?? 0) + len);
  }
  let story: Element | null = null;
  let best = 0;
  for (const [el, score] of scores) {
    if (score > best) {
      best = score;
      story = el;
    }
  }
  if (best < MIN_STORY) return { story: null, prose: best, parts: [] };
  const parts: Element[] = [];
  for (const [el, score] of scores) if (score >= best * MAX_SHARE && score >= MIN_STORY) parts.push(el);
  return { story, prose: best, parts };
}

export function storyGuard(doc: Document): StoryGuard {
  const { story, prose, parts } = findStory(doc);
  return {
    story,
    protected: parts,
    canHide(el: Element): boolean {
      if (el === doc.documentElement || el === doc.body || el === doc.head) return false;
      if (!story) return true;
      if (parts.some((p) => el === p || el.contains(p))) return false;
      if (story.contains(el)) return proseIn(el) < prose * MAX_SHARE;
      return true;
    },
  };
}
