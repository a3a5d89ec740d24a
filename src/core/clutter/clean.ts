/**
 * Find the clutter blocks of a page (never mutates it). Steps:
 *   1. measure prose to locate the story container, and find the story's frame (headline, byline, times: see
 *      story-frame.ts; the guard: nothing that holds story prose is clutter, and a block that holds a piece of
 *      the frame is hidden only in its other parts);
 *   2. generic candidates: widget providers, ad slots, share/print/font toolbars, comment widgets;
 *   3. generic editorial blocks by their headings (랭킹, 많이 본, 추천, 함께 보면 좋은, 관련 기사, 댓글 …), widened
 *      to the block that holds the heading and its list of links;
 *   4. headline lists without a heading (lists of links to other stories, high link density);
 *   5. the site rule's own clutter selectors;
 *   6. guard, de-duplicate, keep outermost blocks only.
 * The same list drives in-page hiding (content script) and extraction (extract.ts removes them from a clone).
 * Bundled into the content script: no big imports, querySelectorAll with combined selectors, capped work.
 */
import { measureProse, type ProseMap } from '../detect/detect';
import { bodyOf, hangulCount, linkDensity, normalizeSpace, squash } from '../korean/text';
import { attr, BROWSER_DOM, classOf, hasMoreChildren, idOf, tagOf } from '../page/nodes';
import { select } from '../page/select';
import { lastInside, type Walk, walkDocument } from '../page/walk';
import { findSite, findSiteByMarkup } from '../sites/index';
import type { SiteRule } from '../sites/types';
import type { ClutterBlock, ClutterKind } from '../types';
import { hideableParts, holdsStory, type StoryFrame, storyFrame } from './story-frame';

export { hideableParts, holdsStory, type StoryFrame, storyFrame } from './story-frame';

/**
 * Class/id/tag patterns tested in one pass over the elements (a regex on the attribute strings is far cheaper
 * than one CSS selector engine pass per pattern on big pages). Each stands for a family of selectors:
 */
/** Widget providers: Dable, Taboola, popIn (recommendations). */
const PROVIDER_RECOMMEND_ID = /^(?:dablewidget_|taboola-|_popin)/i;
const PROVIDER_RECOMMEND_CLASS = /(?:^|\s)trc_related_container(?:\s|$)/;
/** Ad networks: MOBON, Criteo, Interworks, Kakao AdFit, AdSense/GPT, Coupang. */
const PROVIDER_AD_ID = /^(?:mobondivbanner_|criteo_network|mobitree|div-gpt-ad|google_ads)/i;
const PROVIDER_AD_CLASS = /(?:^|\s)(?:iwm_ba|kakao_ad_area|adsbygoogle|coupang)(?:\s|$)/;
/** Ad frames by their source: WiderPlanet, RealClick, DoubleClick/AdSense, Adtive, Cauly, Mezzo, ADOP, Coupang. */
const AD_FRAME_SRC =
  /widerplanet\.com|realclick|doubleclick\.net|googlesyndication|adtive|cauly|mezzomedia|adop\.cc|coupang/i;
/** Comment widgets: LiveRe, Disqus, Facebook. */
const PROVIDER_COMMENT =
  /^(?:livereContainer|lv-container|disqus_thread)$|(?:^|\s)(?:livere|fb-comments)(?:\s|$)/;

/** Ad slot classes (the common generic ones from Korean filter lists: `ad-…`, `…_ad`, `banner`, `ad_area` …). */
const AD_CLASS =
  /^ad[-_]|(?:^|\s)ad(?:\s|$)|_ad(?:\s|$)|-ad(?:\s|$)|_banner(?:\s|$)|(?:^|\s)banner(?:\s|$)|banner_|(?:^|\s)(?:ad_area|advertisment|advertisement|ad_box)(?:\s|$)/;
const AD_ID = /^ad[-_]|_ad$|banner|^adbox/i;
const TOOLBAR_CLASS = /share|sns|fontsize|font_size|font-size|print|util|scrap|bookmark|tts/i;
const COMMENT_ATTR = /comment|reply|cmt_|_cmt|^cmt/i;
const REACTION_CLASS = /like|reaction|emotion|empathy/i;
const SUBSCRIBE_CLASS = /subscribe|newsletter|journalist|reporter_card/i;
/**
 * What every id/class pattern above needs somewhere in the id or the class (a superset, case-blind): most
 * elements pay this one test instead of a dozen. `ad` only where AD_CLASS / AD_ID can match it.
 */
const ANY_WIDGET =
  /(?:^|\s)ad|[-_]ad(?:\s|$)|banner|comment|reply|cmt|share|sns|font|print|util|scrap|bookmark|tts|like|reaction|emotion|empathy|subscribe|newsletter|journalist|reporter_card|dable|taboola|popin|trc_related|criteo|mobitree|gpt|google|kakao|iwm_ba|coupang|livere|lv-container|disqus/i;

/** Heading text -> kind. Order matters: the first match names the block. */
const HEADING_KINDS: [RegExp, ClutterKind][] = [
  [/^(?:이전|다음)\s*(?:칼럼|글|기사|편|회)$/, 'navigation'],
  [/요약\s*봇|AI\s*요약|자동\s*요약|요약쏙|(?:뉴스|기사|핵심|세줄|3줄)\s*요약|^요약$/i, 'ai-summary'],
  [/어땠나요|후속\s*(?:기사\s*)?요청|기사\s*평가|(?:감정|공감)\s*표현|중복\s*선택|^좋아요$/, 'reactions'],
  [/댓글|덧글|의견\s*남기기|토론|^comments?$/i, 'comments'],
  [
    /랭킹|많이\s*본|가장\s*많이|인기|조회\s*수|TOP\s*\d*|실시간\s*(?:뉴스|검색|인기|급상승|이슈)?$|베스트|BEST|핫\s*뉴스|HOT|most\s*(?:read|viewed|popular)|popular|trending/i,
    'ranking',
  ],
  [
    /추천|함께\s*보면|같이\s*보면|당신을\s*위한|for\s*you|지금\s*뜨는|놓치면|이\s*시각|주요\s*뉴스|주요뉴스|헤드라인|화제|PICK|에디터|editor'?s?\s*(?:choice|pick)|핫이슈|이슈|토픽|topic|must\s*read|don'?t\s*miss|recommend/i,
    'recommended',
  ],
  [
    /관련|연관|다른\s*기사|기자의\s*(?:다른|최신)|이\s*기자|더\s*보기|더보기|related|more\s*(?:news|stories)/i,
    'related',
  ],
  [/연재|시리즈|기획/, 'series'],
  [
    /포토|사진|영상|동영상|갤러리|VOD|TV|숏폼|쇼츠|shorts|카드\s*뉴스|photo|video|gallery|card\s*news/i,
    'media-list',
  ],
  [/공감|좋아요|반응|감정|표정/, 'reactions'],
  [/구독|뉴스레터|알림\s*받기|팔로우/, 'subscribe'],
  // English section names over a list (`Impact News`, `Latest`) are as generic as `…뉴스`: 'other' needs a list.
  [/최신|최근|새로운|속보|오늘의|운세|날씨|뉴스\s*$|기사\s*$|프리미엄|news\s*$|latest|stories$/i, 'other'],
];

/** A picture's credit line (`사진 제공: 연합뉴스`, `[영상 출처=…]`) captions the story's own picture: never a heading. */
const CREDIT_LINE =
  /^[[(<]?\s*(?:사진|영상|그래픽|자료|이미지)\s*(?:제공|출처|촬영|캡처)?\s*[:：=]|^[[(<]?\s*(?:사진|영상|그래픽|자료|이미지)\s*(?:제공|출처)(?:\s|$)/;

/** A short text that reads like a block heading for clutter (not a story sentence). */
export function headingKind(text: string): ClutterKind | null {
  const t = normalizeSpace(text);
  return t && t.length <= 24 ? kindOfHeading(t) : null;
}

/** headingKind of a text already normalized and at most 24 characters long. */
function kindOfHeading(t: string): ClutterKind | null {
  if (CREDIT_LINE.test(t)) return null;
  for (const [re, kind] of HEADING_KINDS) if (re.test(t)) return kind;
  return null;
}

const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'DT', 'CAPTION', 'LEGEND']);
const HEADING_CLASS = /tit|til|head|hd|^h[2-5]$/i;

/** Links whose text reads like another story's headline (memoized: headings climb through the same boxes). */
function headlineLinkCount(el: Element, ctx: Ctx): number {
  const known = ctx.linkCounts.get(el);
  if (known !== undefined) return known;
  let n = 0;
  for (const a of el.getElementsByTagName('a')) if (hangulCount(a.textContent ?? '') >= 6) n++;
  ctx.linkCounts.set(el, n);
  return n;
}

/** One scan's state (nothing outlives a call: a live page's lists fill in later). */
interface Ctx {
  doc: Document;
  walk: Walk;
  /** The part of the page searched: indexes into `walk.all`, inclusive (all of it, or one subtree). */
  from: number;
  to: number;
  /** The subtree searched, when not the whole page. */
  scope: Element | null;
  frame: StoryFrame;
  site: SiteRule | null;
  out: Map<Element, { kind: ClutterKind; heading: string | null }>;
  /** Headline links per element, memoized. */
  linkCounts: WeakMap<Element, number>;
  /** Frame elements that swallowed the page (an unclosed <nav>/<header> wraps everything after it). */
  swallowed: WeakMap<Element, boolean>;
  bodyLen: number | undefined;
  /** inPageFrame's candidates, found on first use. */
  frames?: readonly Element[];
}

/** Through the guard: the block, or only its parts that hold no piece of the story's frame. */
function add(ctx: Ctx, el: Element | null, kind: ClutterKind, heading: string | null = null) {
  if (!el || ctx.out.has(el)) return;
  for (const part of hideableParts(el, ctx.frame))
    if (!ctx.out.has(part)) ctx.out.set(part, { kind, heading });
}

function addAll(ctx: Ctx, selector: string, kind: ClutterKind) {
  for (const el of select(ctx.walk, selector))
    if (!ctx.scope || ctx.scope.contains(el)) add(ctx, el, kind, null);
}

/** Toolbars and ad slots must be small: a big element matched by `share` in its class is a page wrapper. */
function addSmall(ctx: Ctx, el: Element, kind: ClutterKind, maxText: number) {
  if (ctx.out.has(el)) return;
  // Cheap pre-check before reading text: a widget this small has few children.
  if (hasMoreChildren(el, 40)) return;
  const len = squash(el.textContent ?? '').length;
  if (len > maxText) return;
  add(ctx, el, kind, null);
}

const SKIP_PASS = new Set([
  'HTML',
  'BODY',
  'HEAD',
  'META',
  'LINK',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TITLE',
  'BR',
]);

/**
 * One pass over the page's elements: providers, ad slots, toolbars, comment/reaction/subscribe widgets by their
 * class and id, and the candidate headings of editorial blocks. Capped, so a pathological page costs bounded time.
 */
function scanElements(ctx: Ctx) {
  const { all, tags, ids, classes } = ctx.walk;
  const n = Math.min(ctx.to + 1, ctx.from + 40000);
  const headings: Element[] = [];
  // Widget ids are rare: one native query says whether any element needs the per-element attribute read.
  const widgets = !BROWSER_DOM || ctx.walk.root.querySelector('[data-widget_id]') !== null;
  for (let i = ctx.from; i < n; i++) {
    const el = all[i] as Element;
    const tag = tags[i] as string;
    if (SKIP_PASS.has(tag)) continue;
    const id = ids[i] as string;
    const cls = classes[i] as string;
    if (tag === 'IFRAME') {
      const src = `${attr(el, 'src')} ${attr(el, 'data-src')}`;
      if (AD_FRAME_SRC.test(src)) add(ctx, el, 'ad', null);
      continue;
    }
    if (
      (id || cls) &&
      (ANY_WIDGET.test(id) || ANY_WIDGET.test(cls) || (widgets && el.hasAttribute('data-widget_id')))
    ) {
      if (
        PROVIDER_RECOMMEND_ID.test(id) ||
        PROVIDER_RECOMMEND_CLASS.test(cls) ||
        el.hasAttribute('data-widget_id')
      ) {
        add(ctx, el, 'recommended', null);
        continue;
      }
      if (PROVIDER_AD_ID.test(id) || PROVIDER_AD_CLASS.test(cls)) {
        add(ctx, el, 'ad', null);
        continue;
      }
      if (PROVIDER_COMMENT.test(id) || PROVIDER_COMMENT.test(cls)) {
        add(ctx, el, 'comments', null);
        continue;
      }
      if (AD_CLASS.test(cls) || AD_ID.test(id)) addSmall(ctx, el, 'ad', 300);
      else if (COMMENT_ATTR.test(id) || COMMENT_ATTR.test(cls)) addSmall(ctx, el, 'comments', 600);
      else if (TOOLBAR_CLASS.test(cls)) addSmall(ctx, el, 'toolbar', 200);
      else if (REACTION_CLASS.test(cls)) addSmall(ctx, el, 'reactions', 120);
      else if (SUBSCRIBE_CLASS.test(cls)) addSmall(ctx, el, 'subscribe', 300);
    }
    const isTab =
      tag === 'LI' && /tab/i.test(`${id} ${cls} ${el.parentElement ? classOf(el.parentElement) : ''}`);
    // Leaf elements with a class (`<p class="sum_news">뉴스 요약쏙</p>`) are heading candidates too.
    const isLabel = (tag === 'P' || tag === 'SPAN' || tag === 'DIV') && !!cls && !el.firstElementChild;
    if ((HEADING_TAGS.has(tag) || HEADING_CLASS.test(cls) || isTab || isLabel) && !hasMoreChildren(el, 4)) {
      headings.push(el);
    }
  }
  findHeadingBlocks(ctx, headings);
}

/** From a clutter heading, the block that holds it and the list of links it heads. */
function blockForHeading(h: Element, ctx: Ctx): Element | null {
  let el: Element | null = h;
  const own = h.parentElement && !holdsStory(h.parentElement, ctx.frame) ? h.parentElement : null;
  for (let depth = 0; el && depth < 6; depth++) {
    const parent: Element | null = el.parentElement;
    if (!parent || tagOf(parent) === 'BODY' || tagOf(parent) === 'HTML') break;
    if (holdsStory(parent, ctx.frame)) break;
    el = parent;
    if (headlineLinkCount(el, ctx) >= 2 || hasListOrFrame(el)) return el;
  }
  // No list around it (often filled by script later): hide the heading's own box, not some distant ancestor.
  return own ?? h;
}

function findHeadingBlocks(ctx: Ctx, candidates: Element[]) {
  let seen = 0;
  const unnamed: Element[] = [];
  for (const h of candidates) {
    if (++seen > 3000) break;
    const text = normalizeSpace(h.textContent ?? '');
    if (!text || text.length > 24 || hangulCount(text) > 12) continue;
    const kind = kindOfHeading(text);
    // Leaf labels (p/span/div) only count when their words name a clutter kind.
    const label = !HEADING_TAGS.has(tagOf(h)) && !HEADING_CLASS.test(classOf(h));
    if (!kind && label) continue;
    if (inPageFrame(h, ctx)) continue;
    if (!kind) {
      unnamed.push(h);
      continue;
    }
    // Generic words ("뉴스", "기사") only count as a heading when a list of links sits in the block.
    const block = blockForHeading(h, ctx);
    if (!block) continue;
    if (kind === 'other' && headlineLinkCount(block, ctx) < 3) {
      unnamed.push(h);
      continue;
    }
    add(ctx, block, kind, text);
  }
  for (const h of unnamed.slice(0, 500)) findListUnderHeading(h, ctx);
}

function insideTag(el: Element, tag: string): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (tagOf(e) === tag) return true;
  return false;
}

/** A list or a frame inside (tag lookups: selector engines compile a selector on every call in Node DOMs). */
function hasListOrFrame(el: Element): boolean {
  return (
    el.getElementsByTagName('ul').length > 0 ||
    el.getElementsByTagName('ol').length > 0 ||
    el.getElementsByTagName('iframe').length > 0
  );
}

/** A <nav> or <header> holding most of the page is a parse accident, not a menu. */
function swallowsPage(e: Element, ctx: Ctx): boolean {
  let v = ctx.swallowed.get(e);
  if (v === undefined) {
    // Cheap first: a small menu has few links; only a big frame element is measured against the page.
    v = false;
    if (e.getElementsByTagName('a').length > 100) {
      ctx.bodyLen ??= (bodyOf(ctx.doc, ctx.walk.byTag('BODY'))?.textContent ?? '').length;
      v = (e.textContent ?? '').length > 0.5 * ctx.bodyLen;
    }
    ctx.swallowed.set(e, v);
  }
  return v;
}

const GNB_CLASS = /(?:^|\s)gnb(?:\s|$)/;

/**
 * The elements inPageFrame climbs to (every <nav> and <header>, the `gnb` menus), or a superset: a heading
 * inside none of them is in no page frame, and most headings are not, so they skip the climb.
 */
function frameElements(ctx: Ctx): readonly Element[] {
  const { walk } = ctx;
  if (BROWSER_DOM) return [...walk.root.querySelectorAll('nav, header, [id="gnb"], [class*="gnb"]')];
  const out: Element[] = [];
  for (let i = 0; i < walk.all.length; i++) {
    const tag = walk.tags[i];
    if (
      tag === 'NAV' ||
      tag === 'HEADER' ||
      walk.ids[i] === 'gnb' ||
      GNB_CLASS.test(walk.classes[i] as string)
    )
      out.push(walk.all[i] as Element);
  }
  return out;
}

/** Headings of the page frame (site menus): a <nav>, or a <header> that is not a section's own header. */
function inPageFrame(h: Element, ctx: Ctx): boolean {
  // A walk of the whole document holds every ancestor; a subtree's walk does not (then always climb).
  if (ctx.walk.root.nodeType === 9) {
    ctx.frames ??= frameElements(ctx);
    let inside = false;
    for (const f of ctx.frames) {
      if (f !== h && f.contains(h)) {
        inside = true;
        break;
      }
    }
    if (!inside) return false;
  }
  let header: Element | null = null;
  for (let e = h.parentElement; e; e = e.parentElement) {
    const tag = tagOf(e);
    if ((tag === 'NAV' || tag === 'HEADER') && swallowsPage(e, ctx)) continue;
    if (tag === 'NAV' || idOf(e) === 'gnb' || GNB_CLASS.test(classOf(e))) return true;
    if (tag === 'HEADER' && !header) header = e;
    else if (header && (tag === 'SECTION' || tag === 'ARTICLE' || tag === 'ASIDE')) return false;
  }
  return !!header;
}

/**
 * A heading with any name (`취재플러스`, `엠빅뉴스`, `집중분석`) right over a list of links to other stories, or over
 * an empty list a script fills later: the heading's box is a teaser block, whatever it is called.
 */
function findListUnderHeading(h0: Element, ctx: Ctx) {
  // A heading wrapped alone in its own box (`<dt><strong>…</strong></dt>`, `<header><a>…</a></header>`): the box
  // is the heading, and the list sits beside the box.
  let h = h0;
  const hLen = squash(h0.textContent ?? '').length;
  for (let i = 0; i < 2; i++) {
    const p = h.parentElement;
    if (!p || tagOf(p) === 'BODY' || p.childElementCount !== 1) break;
    if (squash(p.textContent ?? '').length > hLen + 4) break;
    h = p;
  }
  const box = h.parentElement;
  if (!box || tagOf(box) === 'BODY' || ctx.out.has(box)) return;
  let list: Element | null = null;
  for (let sib = h.nextElementSibling, i = 0; sib && i < 3; sib = sib.nextElementSibling, i++) {
    const tag = tagOf(sib);
    list =
      tag === 'UL' || tag === 'OL'
        ? sib
        : (sib.getElementsByTagName('ul')[0] ?? sib.getElementsByTagName('ol')[0] ?? null);
    // Lists built of <div>s (CMS skins): a sibling made of links to other stories is the list.
    if (!list && headlineLinkCount(sib, ctx) >= 3 && linkDensity(sib) >= 0.7) list = sib;
    if (list) break;
  }
  if (!list) return;
  const empty = !normalizeSpace(list.textContent ?? '') && !list.firstElementChild;
  if (!empty && !isTeaserList(list, ctx)) return;
  // The box holds the heading and the list, little else (not a story with a sub-heading over a bullet list).
  const extra = shownLength(box) - shownLength(list);
  if (extra > 40) return;
  add(ctx, box, empty ? 'other' : 'related', normalizeSpace(h0.textContent ?? ''));
}

/** Text length without white space and without inline scripts (a carousel's setup code is not text). */
function shownLength(el: Element): number {
  let n = squash(el.textContent ?? '').length;
  for (const tag of ['script', 'style']) {
    for (const s of el.getElementsByTagName(tag)) n -= squash(s.textContent ?? '').length;
  }
  return n;
}

/**
 * Links to other stories: three headline links, or a two-item thumbnail list (`<li><a><img></a><a>제목</a></li>`)
 * whose every item carries one; mostly link text either way.
 */
function isTeaserList(list: Element, ctx: Ctx): boolean {
  if (linkDensity(list) < 0.6) return false;
  const n = headlineLinkCount(list, ctx);
  if (n >= 3) return true;
  const items = list.children;
  if (n < 2 || items.length < 2 || linkDensity(list) < 0.8) return false;
  for (const li of items) if (headlineLinkCount(li, ctx) < 1) return false;
  return true;
}

/** The elements of one tag in the searched part of the page, in document order. */
function inScope(ctx: Ctx, tag: string): readonly Element[] {
  if (!ctx.scope) return ctx.walk.byTag(tag);
  const out: Element[] = [];
  for (let i = ctx.from; i <= ctx.to; i++) if (ctx.walk.tags[i] === tag) out.push(ctx.walk.all[i] as Element);
  return out;
}

/** Lists of links to other stories without a recognisable heading, widened to take their own heading along. */
function findHeadlineLists(ctx: Ctx) {
  const lists = [...inScope(ctx, 'UL'), ...inScope(ctx, 'OL')];
  for (const list of lists) {
    if (!hasMoreChildren(list, 2)) continue;
    const items = list.children.length;
    if (insideTag(list, 'NAV') || insideTag(list, 'FOOTER')) continue;
    const links = headlineLinkCount(list, ctx);
    if (links < 3 || links < items * 0.6) continue;
    if (linkDensity(list) < 0.6) continue;
    add(ctx, widenToHeading(list, ctx), 'related', null);
  }
  // Teaser lines written as links in a plain block (`▲ <a>다른 기사</a><br>▲ <a>…</a>`), even inside the story box.
  const perBlock = new Map<Element, number>();
  const anchors = inScope(ctx, 'A');
  for (let i = 0; i < anchors.length && i < 5000; i++) {
    const a = anchors[i] as Element;
    if (hangulCount(a.textContent ?? '') < 6) continue;
    let block = a.parentElement;
    while (block && /^(?:B|STRONG|SPAN|EM|FONT|I|U)$/.test(tagOf(block))) block = block.parentElement;
    if (!block || !/^(?:DIV|P|TD|DD|SECTION)$/.test(tagOf(block))) continue;
    // One <div> per teaser (`<div class="item"><a>제목</a></div>` × n): the run of teasers is the block.
    const linkLen = squash(a.textContent ?? '').length;
    if (!hasMoreChildren(block, 2) && squash(block.textContent ?? '').length <= linkLen + 10) {
      const up = block.parentElement;
      if (up && /^(?:DIV|TD|DD|SECTION)$/.test(tagOf(up))) block = up;
    }
    perBlock.set(block, (perBlock.get(block) ?? 0) + 1);
  }
  for (const [block, n] of perBlock) {
    if (n < 3 || ctx.out.has(block)) continue;
    const text = block.textContent ?? '';
    let outside = hangulCount(text);
    for (const a of block.getElementsByTagName('a')) outside -= hangulCount(a.textContent ?? '');
    if (outside > 20 || linkDensity(block) < 0.7) continue;
    add(ctx, widenToHeading(block, ctx), 'related', null);
  }
}

/** Climb from a list to the box that also holds its heading, while the box adds only a little text. */
function widenToHeading(list: Element, ctx: Ctx): Element {
  let el = list;
  const listLen = squash(list.textContent ?? '').length;
  for (let i = 0; i < 3; i++) {
    const parent = el.parentElement;
    if (!parent || tagOf(parent) === 'BODY' || tagOf(parent) === 'HTML' || holdsStory(parent, ctx.frame))
      break;
    if (squash(parent.textContent ?? '').length - listLen > 80) break;
    el = parent;
  }
  return el;
}

function findSiteBlocks(ctx: Ctx) {
  for (const rule of ctx.site?.clutter ?? []) addAll(ctx, rule.selector, rule.kind);
}

/**
 * Keep outermost blocks only, in document order. A block found by its shape alone (no heading) that wraps a
 * named block takes the inner block's heading and kind: `Editor's Choice` says more than "a list of links".
 */
function outermost(out: Ctx['out']): ClutterBlock[] {
  const els = [...out.keys()];
  const keep: ClutterBlock[] = [];
  const named = new Map<Element, { kind: ClutterKind; heading: string | null }>();
  for (const el of els) {
    let outer: Element | null = null;
    for (let p = el.parentElement; p; p = p.parentElement) if (out.has(p)) outer = p;
    const info = out.get(el) as { kind: ClutterKind; heading: string | null };
    if (!outer) {
      keep.push({ kind: info.kind, heading: info.heading, element: el });
      continue;
    }
    const o = out.get(outer) as { kind: ClutterKind; heading: string | null };
    if (info.heading && !o.heading && !named.has(outer) && (o.kind === 'related' || o.kind === 'other'))
      named.set(outer, info);
  }
  for (const b of keep) {
    const inner = b.heading ? null : named.get(b.element);
    if (inner) {
      b.kind = inner.kind;
      b.heading = inner.heading;
    }
  }
  keep.sort((a, b) => {
    if (a.element === b.element) return 0;
    // DOCUMENT_POSITION_FOLLOWING = 4
    return a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1;
  });
  return keep;
}

/** Clutter blocks with the prose map they were judged against (extract.ts reuses the map). */
export function findClutterWith(
  doc: Document,
  url: string,
  prose?: ProseMap,
  walk: Walk = walkDocument(doc),
  scope: Element | null = null,
): ClutterBlock[] {
  prose ??= measureProse(doc, walk);
  const site = findSite(url) ?? findSiteByMarkup(doc, walk);
  const from = scope ? walk.indexOf(scope) : 0;
  const ctx: Ctx = {
    doc,
    walk,
    from: Math.max(0, from),
    to: scope && from >= 0 ? lastInside(walk, from) : walk.all.length - 1,
    scope: from >= 0 ? scope : null,
    frame: storyFrame(doc, prose, site, walk),
    site,
    out: new Map(),
    linkCounts: new WeakMap(),
    swallowed: new WeakMap(),
    bodyLen: undefined,
  };
  findSiteBlocks(ctx);
  scanElements(ctx);
  findHeadlineLists(ctx);
  return outermost(ctx.out);
}

export function findClutter(doc: Document, url: string): ClutterBlock[] {
  return findClutterWith(doc, url);
}
