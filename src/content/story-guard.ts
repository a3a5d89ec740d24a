/**
 * The last line of defence of the in-place clean-up for blocks that did not come from the core (the user's own
 * selectors): whatever they match, a block that holds the story is never hidden. It is the core's own guard
 * (measureProse + holdsStory, the one findClutter applies to its blocks), so both paths judge the story alike.
 */
import { holdsStory, measureProse } from '../core/light';

export interface StoryGuard {
  /** The container that holds most of the story's prose, if the page has any. */
  story: Element | null;
  canHide(el: Element): boolean;
}

export function storyGuard(doc: Document): StoryGuard {
  const prose = measureProse(doc);
  return {
    story: prose.story,
    canHide: (el) =>
      el !== doc.documentElement && el !== doc.body && el !== doc.head && !holdsStory(el, prose),
  };
}
