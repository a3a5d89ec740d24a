/**
 * The last line of defence of the in-place clean-up for blocks that did not come from the core (the user's own
 * selectors, the block picker): whatever they match, the story is never hidden. It is the core's own guard
 * (story-frame.ts: the story's prose and its frame — headline, deck, byline, times, lead image — the one
 * findClutter passes its blocks through), so every path judges the story alike.
 */

import { findSite, findSiteByMarkup, hideableParts, measureProse, storyFrame } from '../core/light';

export interface StoryGuard {
  /** The container that holds most of the story's prose, if the page has any. */
  story: Element | null;
  /** What of `el` may be hidden: el itself, only its parts outside the story's frame, or nothing. */
  parts(el: Element): Element[];
}

export function storyGuard(doc: Document): StoryGuard {
  const prose = measureProse(doc);
  const site = findSite(doc.location?.href ?? '') ?? findSiteByMarkup(doc);
  const frame = storyFrame(doc, prose, site);
  return { story: prose.story, parts: (el) => hideableParts(el, frame) };
}
