// Early hide learned from the site: names only what the clean-up hid (exactly), never generated names, and a
// learned name that hides anything the clean-up did not is caught at idle.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  blockSelector,
  learnedCss,
  learnedStillFits,
  learnSelectors,
  mergeLearned,
} from '../../src/content/early-learn';

const page = () =>
  parseHTML(`<html><body>
    <div id="ranking_box" data-malgeun-hidden="ranking"><h3>많이 본 뉴스</h3></div>
    <section class="more-news related" data-malgeun-hidden="related"><a>관련 기사</a></section>
    <div id="aside_top"><div class="box" data-malgeun-hidden="recommended"><h3>추천</h3></div></div>
    <div class="box" id="story"><p>본문 문단입니다.</p></div>
    <aside class="ad_123456 w-9f8e7d6c5b" data-malgeun-hidden="ad"></aside>
  </body></html>`).document as unknown as Document;
const hidden = (d: Document) => [...d.querySelectorAll('[data-malgeun-hidden]')];

describe('learned early hide', () => {
  it('names hidden blocks by id or stable classes, and skips generated names', () => {
    const d = page();
    const [ranking, related, , ad] = hidden(d);
    expect(blockSelector(ranking)).toBe('#ranking_box');
    expect(blockSelector(related)).toBe('section.more-news.related');
    expect(blockSelector(ad)).toBeNull();
  });

  it('keeps only names that match nothing but hidden blocks (the story box shares class "box")', () => {
    const d = page();
    // The hidden "box" is named under its named parent; "div.box" alone would hide the story too.
    expect(learnSelectors(d, hidden(d))).toEqual([
      '#ranking_box',
      'section.more-news.related',
      '#aside_top div.box',
    ]);
    expect(learnedCss(['#a', '.b'])).toBe('html[data-malgeun-early] :is(#a,.b){display:none!important}');
  });

  it('catches a learned name that hides what the clean-up did not hide', () => {
    const d = page();
    expect(learnedStillFits(d, ['#ranking_box', 'section.more-news.related'])).toBe(true);
    expect(learnedStillFits(d, ['#ranking_box', 'div.box'])).toBe(false);
    // A name matching nothing here says nothing wrong: kept for other pages of the site, after the new ones.
    expect(mergeLearned(d, ['#ranking_box'], ['#comments', 'div.box', '#ranking_box'])).toEqual([
      '#ranking_box',
      '#comments',
    ]);
  });
});
