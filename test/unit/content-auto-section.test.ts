// @vitest-environment jsdom
// content.js sent by the automatic registration to a section front that streams whole stories (every item a
// headline, a byline and full paragraphs): the core once took such a page for one article and hid most of it.
// Now it is a `section` page and nothing on it is hidden.
import { describe, expect, it } from 'vitest';
import { loadPage, runAsRegistered } from '../fixtures/content-messages';
import { sectionPage } from '../fixtures/section-page';

describe('content script sent to a section front of full stories', () => {
  it('leaves the page exactly as it was', async () => {
    const pristine = loadPage(sectionPage());
    const state = await runAsRegistered();
    expect(state.isArticle).toBe(false);
    expect(state.hidden).toBe(0);
    expect(document.documentElement.outerHTML).toBe(pristine);
  });
});
