/**
 * The light entry of the core: what the content script runs on every page, without Readability, metadata or
 * Markdown. Detection, the clutter finder, and the story guard (the prose map and the test that a block holds
 * the story, so clean-up never hides it). The full entry (index.ts) re-exports all of this.
 */
import { findClutterWith, holdsStory } from './clean';
import { detectIn, measureProse, type ProseMap } from './detect';
import { readPage } from './page';
import type { Detection } from './types';

export { findClutter } from './clean';
export { findClutterWith, holdsStory, measureProse, type ProseMap };

/** Detection from a prose map already measured (the content script shares it with the clutter finder). */
export function detectWithProse(doc: Document, url: string, prose: ProseMap = measureProse(doc)): Detection {
  return detectIn(readPage(doc, url, prose));
}

export function detectPage(doc: Document, url: string): Detection {
  return detectWithProse(doc, url);
}
