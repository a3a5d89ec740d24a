/**
 * Find a piece of text (a quote) in a DOM subtree, ignoring white space differences, and return a Range
 * over it. Used to mark key quotes in the popup/reader and to scroll the page to a quote. Reads only;
 * never changes the DOM it searches.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const WS = /\s/;

/** Of a quote, the part that is searched: long enough to be unique, short enough to survive edits. */
const MAX_NEEDLE = 80;

export function findTextRange(root: Node, text: string, skip?: (el: Element) => boolean): Range | null {
  const needle = text.normalize('NFC').replace(/\s+/g, '').slice(0, MAX_NEEDLE);
  if (needle.length < 2) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */, {
    acceptNode(n) {
      for (let el = n.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName) || skip?.(el)) return 2; // FILTER_REJECT
      }
      return 1;
    },
  });
  // Squashed text with, for each of its characters, the text node and offset it came from.
  let flat = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const owners: number[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = (n.nodeValue ?? '').normalize('NFC');
    const idx = nodes.push(n as Text) - 1;
    for (let i = 0; i < v.length; i++) {
      if (WS.test(v[i])) continue;
      flat += v[i];
      offsets.push(i);
      owners.push(idx);
    }
  }
  const at = flat.indexOf(needle);
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const range = doc.createRange();
  range.setStart(nodes[owners[at]], offsets[at]);
  range.setEnd(nodes[owners[last]], offsets[last] + 1);
  return range;
}

/** Where a quote sits in a string, ignoring white space: [start, end) in the original string, or null. */
export function findInString(haystack: string, text: string): [number, number] | null {
  const needle = text.normalize('NFC').replace(/\s+/g, '').slice(0, MAX_NEEDLE);
  if (needle.length < 2) return null;
  let flat = '';
  const at: number[] = [];
  const h = haystack.normalize('NFC');
  for (let i = 0; i < h.length; i++) {
    if (WS.test(h[i])) continue;
    flat += h[i];
    at.push(i);
  }
  const i = flat.indexOf(needle);
  if (i < 0) return null;
  return [at[i], at[i + needle.length - 1] + 1];
}
