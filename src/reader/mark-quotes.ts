/**
 * Mark the key quotes inside a sanitized story (popup and reader; never the live page). A quote held by
 * one text node is wrapped in <mark>; one that crosses elements marks its paragraph instead, since
 * splitting inline elements would change the story's structure.
 */
import type { Quote } from '../core/types';
import { findTextRange } from '../shared/find-text';

const MARK_CLASS = 'malgeun-key-quote';

export function markKeyQuotes(root: Element, quotes: readonly Quote[]): number {
  const doc = root.ownerDocument;
  let marked = 0;
  for (const q of quotes) {
    const range = findTextRange(root, q.text, (el) => el.classList.contains(MARK_CLASS));
    if (!range) continue;
    const title = q.speaker ?? '';
    if (range.startContainer === range.endContainer) {
      const mark = doc.createElement('mark');
      mark.className = MARK_CLASS;
      if (title) mark.title = title;
      range.surroundContents(mark);
    } else {
      const block =
        (range.commonAncestorContainer as Element).closest?.('p, li, blockquote, div') ??
        range.startContainer.parentElement?.closest('p, li, blockquote, div');
      if (!block || block === root) continue;
      block.classList.add(MARK_CLASS);
      if (title) block.setAttribute('title', title);
    }
    marked++;
  }
  return marked;
}
