/**
 * The light entry of the core: what the content script runs on every page, without Readability, metadata or
 * Markdown. Detection, the clutter finder, and the story guard (the prose map and the test that a block holds
 * the story, so clean-up never hides it). The full entry (index.ts) re-exports all of this.
 */
import { findClutterWith, holdsStory } from './clean';
import { detectWithProse, measureProse, type ProseMap } from './detect';
import type { Detection } from './types';
import { type Walk, walkDocument } from './walk';

export { findClutter } from './clean';
export { findSite, findSiteByMarkup } from './sites/index';
export type { SiteRule } from './sites/types';
export { hideableParts, storyFrame } from './story-frame';
/** Text measures the block picker shares with the guard (Hangul count, share of text in links). */
export { bodyOf, hangulCount, linkDensity } from './text';
/** Detection from a prose map already measured (the content script shares it with the clutter finder). */
/** The page's elements walked once (tag, id, class indexed); detection and the clutter finder share one. */
export { detectWithProse, findClutterWith, holdsStory, measureProse, type ProseMap, type Walk, walkDocument };

export function detectPage(doc: Document, url: string): Detection {
  return detectWithProse(doc, url);
}
