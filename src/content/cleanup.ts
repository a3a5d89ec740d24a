/**
 * In-place clean-up: hide, never delete. Each hidden block gets one attribute and ONE stylesheet hides
 * them all; restore removes the attributes and the stylesheet, so the page serialises exactly as before.
 */
import type { ClutterBlock, ClutterKind } from '../core/types';
import { storyGuard } from './story-guard';

export const HIDDEN_ATTR = 'data-malgeun-hidden';
export const STYLE_ID = 'malgeun-clean-style';

/*
 * The :is() arm with a never-matching triple id lifts the rule's specificity to (3,1,0), so page rules such
 * as `#sidebar { display: block !important }` cannot bring a hidden block back.
 */
const HIDE_CSS = `:is([${HIDDEN_ATTR}],#malgeun-x#malgeun-x#malgeun-x){display:none!important}`;

export interface HiddenInfo {
  kind: ClutterKind;
  heading: string | null;
}

export class Cleaner {
  readonly hidden = new Map<Element, HiddenInfo>();
  private style: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  /**
   * Hide the given blocks (skipping ones already hidden or inside a hidden block; of a block that holds the
   * story's frame only the parts outside it, of one that holds story prose nothing).
   * Returns how many were newly hidden. `vetted` blocks come from the core's findClutter, which already
   * applies the same story guard on its own prose map; re-measuring the page for them would double the
   * clean-up time, so only blocks from elsewhere (the user's selectors) are checked here.
   */
  hide(blocks: readonly ClutterBlock[], vetted = false): number {
    const fresh = blocks.filter(
      ({ element: el }) => el.isConnected && !this.hidden.has(el) && !el.closest(`[${HIDDEN_ATTR}]`),
    );
    // The story is located only when there is something new to hide (most late-widget batches have not).
    if (fresh.length === 0) return 0;
    const guard = vetted ? null : storyGuard(this.doc);
    const doc = this.doc;
    let count = 0;
    for (const block of fresh) {
      // An earlier block of this batch may contain this one.
      if (block.element.closest(`[${HIDDEN_ATTR}]`)) continue;
      for (const el of guard ? guard.parts(block.element) : [block.element]) {
        if (el === doc.documentElement || el === doc.body || el === doc.head) continue;
        if (this.hidden.has(el) || el.closest(`[${HIDDEN_ATTR}]`)) continue;
        el.setAttribute(HIDDEN_ATTR, block.kind);
        this.hidden.set(el, { kind: block.kind, heading: block.heading });
        count++;
      }
    }
    if (count > 0) this.ensureStyle();
    return count;
  }

  /**
   * Take over the marks and stylesheet of an earlier instance of this script (one orphaned by an
   * extension update), so that restore still brings the page back exactly.
   */
  adopt(): number {
    for (const el of this.doc.querySelectorAll(`[${HIDDEN_ATTR}]`)) {
      if (!this.hidden.has(el)) {
        this.hidden.set(el, {
          kind: (el.getAttribute(HIDDEN_ATTR) || 'other') as ClutterKind,
          heading: null,
        });
      }
    }
    const style = this.doc.getElementById(STYLE_ID);
    if (style instanceof HTMLStyleElement) this.style = style;
    return this.hidden.size;
  }

  /** True when the element is hidden by us (itself or through an ancestor). */
  isInsideHidden(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!el?.closest(`[${HIDDEN_ATTR}]`);
  }

  private ensureStyle(): void {
    if (this.style?.isConnected) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIDE_CSS;
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
    this.style = style;
  }

  /** Remove every mark and the stylesheet. */
  restore(): void {
    for (const el of this.hidden.keys()) el.removeAttribute(HIDDEN_ATTR);
    this.hidden.clear();
    this.style?.remove();
    this.style = null;
  }

  get count(): number {
    return this.hidden.size;
  }

  summary(): { kinds: Partial<Record<ClutterKind, number>>; headings: string[] } {
    const kinds: Partial<Record<ClutterKind, number>> = {};
    const headings: string[] = [];
    for (const { kind, heading } of this.hidden.values()) {
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (heading) headings.push(heading);
    }
    return { kinds, headings };
  }
}

/** Blocks matched by the user's own selectors for this site; a broken selector is skipped, never thrown. */
export function blocksFromSelectors(doc: Document, selectors: readonly string[]): ClutterBlock[] {
  const out: ClutterBlock[] = [];
  for (const sel of selectors) {
    let found: NodeListOf<Element>;
    try {
      found = doc.querySelectorAll(sel);
    } catch {
      continue;
    }
    for (const element of found) out.push({ kind: 'other', heading: null, element });
  }
  return out;
}
