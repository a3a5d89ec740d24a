/**
 * The light entry of the core: what the content script runs on every page, without Readability, metadata or
 * Markdown. Detection, the clutter finder, and the story guard (the prose map and the test that a block holds
 * the story, so clean-up never hides it). The full entry (index.ts) re-exports all of this.
 */
import { findClutterWith, holdsStory } from './clutter/clean';
import { detectWithProse, measureProse, type ProseMap } from './detect/detect';
import { type Walk, walkDocument } from './page/walk';
import type { Detection } from './types';

export { findClutter } from './clutter/clean';
export { hideableParts, storyFrame } from './clutter/story-frame';
/** Text measures the block picker shares with the guard (Hangul count, share of text in links). */
export { bodyOf, hangulCount, linkDensity } from './korean/text';
/** Tag, id and class reads a page cannot break (a form's controls shadow the form's own getters). */
export { classOf, idOf, tagOf } from './page/nodes';
export { findSite, findSiteByMarkup } from './sites/index';
export type { SiteRule } from './sites/types';
/** Detection from a prose map already measured (the content script shares it with the clutter finder). */
/** The page's elements walked once (tag, id, class indexed); detection and the clutter finder share one. */
export { detectWithProse, findClutterWith, holdsStory, measureProse, type ProseMap, type Walk, walkDocument };

export function detectPage(doc: Document, url: string): Detection {
  return detectWithProse(doc, url);
}
