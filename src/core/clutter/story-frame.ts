/**
 * The story guard every hiding path passes through (the core's findClutter, the content script's user
 * selectors and late-widget batches, the block picker): what a reader needs to read the story is never hidden.
 *
 * The story is its prose (measureProse: the container that holds most of it, and any block with a fair share)
 * and its frame: the headline, the deck, the byline, the dateline and times (입력/수정), the lead image. Those are
 * found as small anchor elements; a block that holds an anchor but no prose share is not hidden whole, only its
 * parts without an anchor are (the "언론사 PICK" badge beside the headline, the `기자 구독` button in the byline).
 *
 * Steps of storyFrame:
 *   1. the headline: the site rule's title element, else the elements whose own (non-link) text is the page's
 *      og:title / <title> headline;
 *   2. the zone: from the headline (or a little before the story) to a little after the story, in document order;
 *   3. in the zone: the site's subtitle element, decks by their tag or class, bylines (`홍길동 기자`, an email),
 *      times and datelines (`입력 2024.05.20 17:12`), and the first picture.
 */

import type { ProseMap } from '../detect/detect';
import { hangulCount, linkDensity, normalizeSpace, squash } from '../korean/text';
import { classOf, closestTag, directText, hasMoreChildren, tagOf } from '../page/nodes';
import { selectFirst } from '../page/select';
import { lastInside, type Walk, walkDocument } from '../page/walk';
import type { SiteRule } from '../sites/types';
import { headingKind } from './clean';

export interface StoryFrame {
  prose: ProseMap;
  /** Small elements that show the headline, deck, byline, times and lead image. */
  anchors: Element[];
}

/** Elements after the story that may still carry its byline or times (the reporter line under the body). */
const AFTER_STORY = 80;
/** Elements before the story searched when no headline was found. */
const BEFORE_STORY = 150;
/** The zone is capped: a frame never needs more elements than this. */
const ZONE_CAP = 2500;

const BYLINE =
  /[가-힣]{2,4}\s*(?:기자|특파원|앵커|기상캐스터|리포터|논설위원|선임기자|객원기자|PD)(?![가-힣])|[\w.+-]+@[\w-]+\.[\w.]+/;
/** What every byline holds, tested before the text is normalized. */
const BYLINE_WORD = /기자|특파원|앵커|기상캐스터|리포터|논설위원|PD|@/;
/** A "기자의 다른 기사" heading names a reporter too, but heads a teaser list. */
const NOT_BYLINE = /기자의|다른\s*기사|구독자|응원|랭킹|많이/;
const TIME =
  /(?:입력|수정|등록|승인|게재|발행|송고|업데이트|기사입력|최종\s*수정)\s*[:：]?\s*(?:\d{2,4}[.\-/년]|\d{1,2}:\d{2})|\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s*(?:\(?[월화수목금토일]\)?\s*)?(?:오전|오후|AM|PM)?\s*\d{1,2}:\d{2}/i;
/** Words of a time line that are not the time: its labels, 오전/오후, the weekday. */
const TIME_WORDS =
  /입력|수정|등록|승인|게재|발행|송고|업데이트|기사|최종|오전|오후|[월화수목금토일]요일|\([월화수목금토일]\)/g;
const DECK_CLASS = /sub[-_]?(?:tit|head)|subtitle|deck|(?:^|[\s_-])lead(?:$|[\s_-])|intro/i;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'TITLE']);

/** The page's prose and frame, found once per scan (cheap: one bounded walk over a zone of the page). */
export function storyFrame(
  doc: Document,
  prose: ProseMap,
  site: SiteRule | null,
  walk: Walk = walkDocument(doc),
): StoryFrame {
  const { all } = walk;
  const story = prose.story;
  const storyAt = story ? walk.indexOf(story) : -1;
  const storyEnd = storyAt >= 0 ? lastInside(walk, storyAt) : -1;
  // A headline shown below the story's zone would anchor nothing but itself: the search stops there.
  const headlines = findHeadlines(walk, site, storyEnd >= 0 ? storyEnd + AFTER_STORY : all.length - 1);
  const anchors = [...headlines];
  let from = -1;
  for (const h of headlines) {
    const at = walk.indexOf(h);
    if (at >= 0 && (from < 0 || at < from)) from = at;
  }
  let to = -1;
  if (storyAt >= 0) {
    to = storyEnd + AFTER_STORY;
    if (from < 0 || from > storyAt) from = Math.max(0, storyAt - BEFORE_STORY);
  } else if (from >= 0) to = from + BEFORE_STORY;
  if (from >= 0) {
    to = Math.min(all.length - 1, to, from + ZONE_CAP);
    const bounds = { from, to, storyAt: storyAt < 0 ? to : storyAt, storyEnd: storyEnd < 0 ? to : storyEnd };
    anchors.push(...zoneAnchors(walk, prose, bounds, site));
  }
  return { prose, anchors: minimal(anchors) };
}

/** The site's own headline element, else elements whose text outside links is the page's headline. */
function findHeadlines(walk: Walk, site: SiteRule | null, last: number): Element[] {
  const { all } = walk;
  for (const sel of site?.title ?? []) {
    const el = selectFirst(walk, sel);
    if (el && squash(el.textContent ?? '')) return [el];
  }
  const raw =
    walk
      .byTag('META')
      .find((m) => m.getAttribute('property') === 'og:title')
      ?.getAttribute('content') ??
    walk.byTag('TITLE')[0]?.textContent ??
    '';
  const ref = squash(normalizeSpace(raw));
  if (hangulCount(ref) < 4) return [];
  // From text that is a piece of the headline up to the box that shows all of it: reading every element's text
  // would cost the square of the depth on a deeply nested page.
  const out: Element[] = [];
  const n = Math.min(last + 1, all.length, 40000);
  for (let i = 0; i < n && out.length < 8; i++) {
    const el = all[i] as Element;
    if (SKIP.has(walk.tags[i] as string)) continue;
    const own = squash(directText(el));
    if (own.length < 2 || !ref.includes(own)) continue;
    let box: Element | null = el;
    for (let up = 0; box && up < 3; up++, box = box.parentElement) {
      const raw = box.textContent ?? '';
      if (raw.length > 3 * ref.length + 200) break;
      const t = squash(raw);
      if (t.length < 8 || !sameHeadline(t, ref)) continue;
      if (!out.includes(box) && !closestTag(box, LINK) && !inList(box) && linkDensity(box) <= 0.5)
        out.push(box);
      break;
    }
  }
  return out;
}

/** An item of a list of three or more (a ranking list that names this very story among others). */
function inList(el: Element): boolean {
  const li = closestTag(el, ITEM);
  return !!li && !!li.parentElement && hasMoreChildren(li.parentElement, 2);
}

const LINK = new Set(['A']);
const ITEM = new Set(['LI']);
const LINK_OR_ITEM = new Set(['A', 'LI']);

/** The shown headline is the reference, or the reference with a site suffix or a kicker around it. */
function sameHeadline(t: string, ref: string): boolean {
  if (t === ref) return true;
  if (ref.includes(t)) return t.length >= 0.6 * ref.length;
  return t.includes(ref) && t.length <= ref.length + 20;
}

/**
 * Decks (before the story), bylines, times, and the first picture (up to the story's end) between `from` and
 * `to` (indexes into `all`).
 */
function zoneAnchors(
  walk: Walk,
  prose: ProseMap,
  { from, to, storyAt, storyEnd }: { from: number; to: number; storyAt: number; storyEnd: number },
  site: SiteRule | null,
): Element[] {
  const out: Element[] = [];
  for (const sel of site?.subtitle ?? []) {
    const el = selectFirst(walk, sel);
    if (el) out.push(el);
  }
  let picture = false;
  let byline = false;
  for (let i = from; i <= to; i++) {
    const el = walk.all[i] as Element;
    const tag = walk.tags[i] as string;
    if (SKIP.has(tag)) continue;
    if (tag === 'IMG') {
      if (!picture && i <= storyEnd && !closestTag(el, LINK_OR_ITEM) && bigEnough(el)) {
        picture = true;
        out.push(el);
      }
      continue;
    }
    if (hasMoreChildren(el, 4)) continue;
    // The prose map is a lower bound of the Hangul under a block: past 80 (300 before the story) it cannot
    // be a byline or time line (60 and 80 characters at most) nor a deck, so its text need not be read.
    if ((prose.agg.get(el) ?? 0) > (i < storyAt ? 300 : 80)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 300) continue;
    if (i < storyAt && isDeck(el, tag, raw)) out.push(el);
    else if (isByline(raw)) {
      // After the story a reporter line counts only when the story showed none before (a reporter card repeats it).
      if (i > storyEnd && byline) continue;
      if (i <= storyEnd) byline = true;
      out.push(el);
    } else if (isTime(el, raw)) out.push(wholeLine(el, (t) => isTime(el, t)));
  }
  return out;
}

/** Climb from a time's own text to its whole line (`<em>입력</em><span>2024.05.20</span>`). */
function wholeLine(el: Element, same: (text: string) => boolean): Element {
  let line = el;
  for (let p = el.parentElement, i = 0; p && i < 2 && !hasMoreChildren(p, 4); p = p.parentElement, i++) {
    if (!same(p.textContent ?? '')) break;
    line = p;
  }
  return line;
}

const ICON_FILE =
  /(?:^|[/_.-])(?:ic|ico|icon|btn|logo|bullet|blank|spacer)(?:[_.-][^/]*)?\.(?:png|gif|svg|jpe?g|webp)(?:[?#]|$)/i;

/** Not an icon or a logo: a picture with no size given, or at least 120 px wide. */
function bigEnough(img: Element): boolean {
  // An icon by its file name (`ic_caution.png`, `btn_play.gif`, `logo.svg`) is no picture of the story.
  if (ICON_FILE.test(img.getAttribute('src') ?? '')) return false;
  const w = Number.parseInt(img.getAttribute('width') ?? '', 10);
  return Number.isNaN(w) || w >= 120;
}

function isDeck(el: Element, tag: string, raw: string): boolean {
  const heading = tag === 'H2' || tag === 'H3' || tag === 'H4';
  if (!heading && !DECK_CLASS.test(classOf(el))) return false;
  if (hangulCount(raw) < 8 || headingKind(raw) || closestTag(el, LINK)) return false;
  return linkDensity(el) < 0.5;
}

/** A reporter line: a name with 기자/특파원 or an email, and little else. */
function isByline(raw: string): boolean {
  if (!BYLINE_WORD.test(raw)) return false;
  const t = normalizeSpace(raw);
  return t.length <= 60 && hangulCount(t) <= 24 && BYLINE.test(t) && !NOT_BYLINE.test(t);
}

/** A time or dateline (`입력 2024.05.20 17:12`), not a teaser's headline with its time nor a market quote's `기준`. */
function isTime(el: Element, raw: string): boolean {
  if (!/\d/.test(raw)) return false;
  const t = normalizeSpace(raw);
  if (t.length > 80 || !TIME.test(t) || /기준/.test(t)) return false;
  return hangulCount(t.replace(TIME_WORDS, '')) <= 4 && !closestTag(el, LINK);
}

/** Keep the smallest anchors: a byline's own line, not every box around it. */
function minimal(list: Element[]): Element[] {
  const set = [...new Set(list)];
  return set.filter((a) => !set.some((b) => b !== a && a.contains(b)));
}

/**
 * The prose part of the guard: a block that holds the story container, or a fair share of the story's prose
 * that is not links, is not clutter whatever its class or heading says.
 */
export function holdsProse(el: Element, prose: ProseMap): boolean {
  const tag = tagOf(el);
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return true;
  const story = prose.story;
  if (story && (el === story || el.contains(story))) return true;
  const p = prose.agg.get(el) ?? 0;
  if (!p) return false;
  if (story?.contains(el)) {
    // Inside the story: a box may go if it holds little of the story's own prose.
    return p >= Math.max(60, 0.2 * prose.storyProse);
  }
  return p >= Math.max(150, 0.3 * prose.storyProse) && linkDensity(el) < 0.5;
}

/** The whole guard: the block holds story prose or a piece of the story's frame. */
export function holdsStory(el: Element, frame: StoryFrame): boolean {
  return holdsProse(el, frame.prose) || holdsFrame(el, frame);
}

function holdsFrame(el: Element, frame: StoryFrame): boolean {
  for (const a of frame.anchors) if (el === a || el.contains(a)) return true;
  return false;
}

/** How deep hiding descends into a block that holds a piece of the frame. */
const DESCEND = 3;

/**
 * What of `el` may be hidden: `el` itself when it holds nothing of the story; nothing when it holds story
 * prose; else its parts that hold no piece of the frame (a few levels down; deeper, a part is kept whole).
 */
export function hideableParts(el: Element, frame: StoryFrame, depth = 0): Element[] {
  // By tag: linkedom's `document.head` getter adds a <head> to a page that has none.
  const tag = tagOf(el);
  if (tag === 'HTML' || tag === 'BODY' || tag === 'HEAD') return [];
  if (holdsProse(el, frame.prose)) return [];
  if (!holdsFrame(el, frame)) return [el];
  if (depth >= DESCEND || frame.anchors.includes(el)) return [];
  const out: Element[] = [];
  for (const child of el.children) {
    if (SKIP.has(tagOf(child))) continue;
    out.push(...hideableParts(child, frame, depth + 1));
  }
  return out;
}
