/**
 * Is this page a single news story? Steps:
 *   1. measure the page's prose: Hangul in text outside links, per block container (also used by clean.ts to
 *      find the story container it must never hide);
 *   2. structure, whatever the host: several full stories none of which is the page title (a section front),
 *      a query echoed over results (search), the root address full of headlines (a home) are not articles;
 *   3. known site: its article URL shape decides, unless the page has no story prose at all;
 *   4. unknown site: add up shape signals (JSON-LD NewsArticle, og:type article, article markup, 기자/입력
 *      patterns, copyright tail) and weigh them against list-page signals (search URLs, link-heavy pages).
 * Every answer carries a `kind` (types.ts PageKind) and a one-line reason.
 * Bundled into the content script: keep it small (no Readability or other big imports).
 */

import { bodyOf, hangulCount } from '../korean/text';
import { tagOf } from '../page/nodes';
import type { Page } from '../page/page';
import { selectFirst } from '../page/select';
import { type Walk, walkDocument } from '../page/walk';
import { findSite, findSiteByMarkup, hasNdsoftMarkup, pathOf } from '../sites/index';
import type { SiteRule } from '../sites/types';
import type { Detection, PageKind, PageType } from '../types';
import { isHomePath, readStructure } from './page-kind';

/** Elements whose text is not prose a reader reads as the story. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'A',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'IFRAME',
  'SVG',
  'NAV',
  'FOOTER',
  'HEADER',
  'ASIDE',
  'FORM',
  'LABEL',
  'H1',
  'TITLE',
  'HEAD',
]);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4']);

/** Inline or paragraph-level elements: their text counts towards the block that holds them. */
const INLINE_TAGS = new Set([
  'P',
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'U',
  'FONT',
  'SUP',
  'SUB',
  'MARK',
  'Q',
  'CITE',
  'SMALL',
  'BIG',
  'BR',
  'WBR',
  'INS',
  'DEL',
  'S',
  'ABBR',
  'TIME',
  'BLOCKQUOTE',
  'CENTER',
]);

/** Hangul syllables a block needs before its text counts as prose (a short sentence has about this many). */
const MIN_BLOCK_PROSE = 12;

export interface ProseMap {
  /** Hangul syllables of prose text per block container. */
  own: Map<Element, number>;
  /** Prose at or under each element that holds any (own blocks summed up their ancestor chains). */
  agg: Map<Element, number>;
  /** The block that holds most of the story prose (climbed to include sibling paragraph blocks). */
  story: Element | null;
  /** Hangul prose inside `story`. */
  storyProse: number;
  /** Hangul prose on the whole page (outside links and chrome tags). */
  total: number;
  /** h1–h4 outside nav/header/footer/aside/forms, in document order (page-kind.ts reads headlines from them). */
  headings: Element[];
}

/**
 * Walk the body once and add each text node's Hangul count to its block container. Text inside links, buttons,
 * nav/header/footer/aside and scripts is skipped: a headline list is links, a story is plain text.
 */
export function measureProse(doc: Document, walk?: Walk): ProseMap {
  const own = new Map<Element, number>();
  let total = 0;
  const root = bodyOf(doc, walk?.byTag('BODY'));
  const agg = new Map<Element, number>();
  const headings: Element[] = [];
  if (!root) return { own, agg, story: null, storyProse: 0, total: 0, headings };
  const stack: Node[] = [root];
  let visited = 0;
  while (stack.length) {
    const node = stack.pop() as Node;
    // Cap the walk: a story never needs more than this many nodes to be found.
    if (++visited > 60000) break;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (t.length < 2) continue;
      const n = hangulCount(t);
      if (n < 2) continue;
      let block = node.parentElement;
      while (block && INLINE_TAGS.has(tagOf(block)) && block !== root) block = block.parentElement;
      if (!block) continue;
      own.set(block, (own.get(block) ?? 0) + n);
      total += n;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (HEADING_TAGS.has(tag) && headings.length < 800) headings.push(el);
    if (SKIP_TAGS.has(tag)) continue;
    // Sibling links, not `childNodes`: in a browser that list is one more object per element to build.
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  for (const [block, n] of own) {
    // Snippets (menu blurbs, labels, "안내 문구") are not prose: only blocks with a sentence's worth count.
    if (n < MIN_BLOCK_PROSE) continue;
    for (let e: Element | null = block; e; e = e.parentElement) agg.set(e, (agg.get(e) ?? 0) + n);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, n] of own) {
    if (n > bestScore) {
      best = el;
      bestScore = n;
    }
  }
  if (!best) return { own, agg, story: null, storyProse: 0, total, headings };
  // Climb while the parent gathers substantially more prose from sibling blocks (stories split in one <div>
  // per paragraph), but stop before the page frame, where the extra prose is sidebars and footers.
  let story = best;
  let storyProse = agg.get(story) ?? 0;
  for (let i = 0; i < 6; i++) {
    const parent = story.parentElement;
    if (!parent || parent === root || tagOf(parent) === 'BODY' || tagOf(parent) === 'HTML') break;
    const p = agg.get(parent) ?? 0;
    if (p - storyProse >= Math.max(40, 0.35 * storyProse)) {
      story = parent;
      storyProse = p;
    } else if (p - storyProse <= 0.05 * storyProse) {
      // Pure wrapper: harmless to climb only if it adds nothing; keep the tighter block.
      break;
    } else break;
  }
  return { own, agg, story, storyProse, total, headings };
}

/** Texts of the page's JSON-LD scripts (read once; detection and the structure check both use them). */
function jsonLdTexts(walk: Walk): string[] {
  const out: string[] = [];
  for (const s of walk.byTag('SCRIPT'))
    if (s.getAttribute('type') === 'application/ld+json') out.push(s.textContent ?? '');
  return out;
}

/** The content of the first meta tag with this property or name. */
function metaOf(walk: Walk, key: string): string | null {
  for (const m of walk.byTag('META'))
    if (m.getAttribute('property') === key || m.getAttribute('name') === key)
      return m.getAttribute('content');
  return null;
}

const ARTICLE_MARKUP = '[itemprop=articleBody], #article-view-content-div, article';

function jsonLdTypes(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const m = t.match(/"@type"\s*:\s*(?:"([^"]+)"|\[([^\]]+)\])/g);
    if (m) for (const x of m) out.push(x);
  }
  return out;
}

const SEARCH_PATH_RE =
  /(?:^|\/)(?:search|srch)(?:[/._?]|$)|[?&](?:q|query|keyword|kwd|searchword|search_text|sword|searchKeyword)=[^&]+/i;
const LIST_PATH_RE =
  /(?:^|\/)(?:list|section|sections|category|main|index|home|ranking|photo|gallery)(?:[/._?]|$)/i;

/** Signals for or against "a story", each with its weight, and the words the reason is made of. */
interface Tally {
  score: number;
  signals: string[];
}

function count(t: Tally, weight: number, signal: string | null): void {
  t.score += weight;
  if (signal) t.signals.push(signal);
}

/** What the page declares: JSON-LD NewsArticle, og:type article, a published time, article markup. */
function declaredSignals(t: Tally, walk: Walk, ld: string, ogType: string): void {
  if (/NewsArticle|ReportageNewsArticle|"Article"|AnalysisNewsArticle/.test(ld))
    count(t, 3, 'JSON-LD NewsArticle');
  if (/article/i.test(ogType)) count(t, 2, 'og:type article');
  if (metaOf(walk, 'article:published_time') !== null) count(t, 1, 'article:published_time');
  if (selectFirst(walk, ARTICLE_MARKUP)) count(t, 1, 'article markup');
}

/** A long run of plain (non-link) Hangul prose in one block is what a story is, even without markup. */
function proseSignals(t: Tally, storyProse: number): void {
  if (storyProse >= 800) count(t, 3, `${storyProse} Hangul in the story block`);
  else if (storyProse >= 300) count(t, 2, `${storyProse} Hangul in the story block`);
  else count(t, storyProse >= 120 ? 1 : -2, null);
}

/**
 * Short items (속보, photo captions, video stubs) and client-rendered stories: the page says "NewsArticle" and an
 * article-body element holds some text, or a script carries the story.
 */
function declaredShortStory(walk: Walk): string | null {
  const bodyEl = selectFirst(walk, ARTICLE_MARKUP);
  if (hangulCount(bodyEl?.textContent ?? '') >= 10) return 'short story in article-body markup';
  return hasScriptBody(walk) ? 'story in a script payload' : null;
}

/** A short reason and the decision, from the page's shape alone. */
function detectByShape(
  walk: Walk,
  url: string,
  prose: ProseMap,
  facts: { headlineLinks: number; jsonLd: readonly string[] },
): { isArticle: boolean; kind: PageKind; reason: string } {
  const path = pathOf(url);
  const t: Tally = { score: 0, signals: [] };
  const ld = jsonLdTypes(facts.jsonLd).join(' ');
  const ogType = metaOf(walk, 'og:type') ?? '';
  declaredSignals(t, walk, ld, ogType);
  t.score += nearStorySignals(walk, prose, t.signals);
  const storyProse = prose.storyProse;
  proseSignals(t, storyProse);
  // List pages: many links with headline-length text and little prose in one block. Portals surround a story
  // with hundreds of links, so many links only mean "list page" when no block holds story-length prose.
  const headlineLinks = facts.headlineLinks;
  const listy = headlineLinks > 20 && storyProse < Math.min(300, headlineLinks * 12);
  if (listy) count(t, -3, `${headlineLinks} headline links`);
  const searchUrl = SEARCH_PATH_RE.test(path);
  if (searchUrl) count(t, -3, 'search URL');
  const home = path === '' || isHomePath(path);
  if (home || LIST_PATH_RE.test(path)) count(t, -1, null);
  const bodyText = prose.story?.textContent ?? '';
  let isArticle = t.score >= 3 && storyProse >= 80 && hangulCount(bodyText) >= 40;
  const declared = /NewsArticle|"Article"/.test(ld) || /article/i.test(ogType);
  if (!isArticle && declared && !searchUrl) {
    const short = declaredShortStory(walk);
    if (short) {
      isArticle = true;
      t.signals.push(short);
    }
  }
  if (isArticle) return { isArticle, kind: 'article', reason: `article by shape: ${t.signals.join(', ')}` };
  const kind: PageKind = searchUrl
    ? 'search'
    : home && headlineLinks > 20
      ? 'home'
      : listy || LIST_PATH_RE.test(path)
        ? 'list'
        : 'not-news';
  const why = t.signals.length ? t.signals.join(', ') : 'no story-shaped prose';
  return { isArticle, kind, reason: `not an article: ${why}` };
}

/** Bylines, date lines and copyright tails near the story block (not the whole, possibly huge, page). */
function nearStorySignals(walk: Walk, prose: ProseMap, signals: string[]): number {
  let score = 0;
  let around: Element | null = prose.story;
  for (let i = 0; i < 3 && around?.parentElement && tagOf(around.parentElement) !== 'BODY'; i++) {
    around = around.parentElement;
  }
  const near = (around ?? bodyOf(walk.doc, walk.byTag('BODY')))?.textContent?.slice(0, 200000) ?? '';
  if (/[가-힣]{2,4}\s?(?:기자|특파원|선임기자|논설위원)/.test(near)) {
    score += 1;
    signals.push('byline');
  }
  if (/(?:입력|송고|등록|기사입력|작성)\s*[:：]?\s*\d{4}[.\-/]/.test(near)) {
    score += 1;
    signals.push('date line');
  }
  if (/무단\s*전재|재배포\s*금지|ⓒ|Ⓒ|©/.test(near)) score += 0.5;
  return score;
}

function matchesArticlePath(site: SiteRule, url: string): boolean {
  const path = pathOf(url);
  return !!site.articlePath?.some((re) => re.test(path));
}

/** Detection with the prose map it was based on (clean.ts reuses the map). */
export function detectWithProse(
  doc: Document,
  url: string,
  prose?: ProseMap,
  walk: Walk = walkDocument(doc),
): Detection {
  prose ??= measureProse(doc, walk);
  const site = findSite(url) ?? findSiteByMarkup(doc, walk);
  const pageType: PageType = site?.pageType ?? (hasNdsoftMarkup(doc, walk) ? 'publisher' : 'unknown');
  const jsonLd = jsonLdTexts(walk);
  const { headlineLinks, verdict: structural } = readStructure(walk, prose, pathOf(url), jsonLd);
  // Structure first, whatever the host: a section front on a known site's article-like URL is still a front.
  if (structural) {
    return {
      isArticle: false,
      kind: structural.kind,
      reason: `not an article: ${structural.reason}`,
      site: site?.id ?? null,
      pageType: site ? pageType : 'unknown',
    };
  }
  if (site?.articlePath && matchesArticlePath(site, url)) {
    // The URL says "story"; the page must still carry some story text (an expired story shows a notice).
    const bodyEl = site.body?.map((s) => selectFirst(walk, s)).find(Boolean) ?? null;
    const ownText = hangulCount(bodyEl?.textContent ?? '');
    if (ownText >= 10 || prose.storyProse >= 80 || hasScriptBody(walk)) {
      return { isArticle: true, kind: 'article', reason: `${site.id} article URL`, site: site.id, pageType };
    }
    return {
      isArticle: false,
      kind: 'not-news',
      reason: `${site.id} article URL but no story text on the page`,
      site: site.id,
      pageType,
    };
  }
  const shape = detectByShape(walk, url, prose, { headlineLinks, jsonLd });
  if (site?.articlePath && !shape.isArticle) {
    return {
      isArticle: false,
      kind: shape.kind,
      reason: `${site.id} page that is not an article URL (${shape.reason})`,
      site: site.id,
      pageType,
    };
  }
  return {
    ...shape,
    site: site?.id ?? null,
    pageType: site ? pageType : shape.isArticle ? 'publisher' : 'unknown',
  };
}

/** A client-rendered story: JSON-LD articleBody or a script payload with long Hangul text. */
function hasScriptBody(walk: Walk): boolean {
  for (const s of walk.byTag('SCRIPT')) if (scriptHoldsStory(s.textContent ?? '')) return true;
  return false;
}

/** A script's text that carries a story: an articleBody/content payload with long Hangul text. */
export function scriptHoldsStory(t: string): boolean {
  return (
    t.length > 800 && /articleBody|content_elements|contentHtml|"content"\s*:/.test(t) && hangulCount(t) > 300
  );
}

/** Detection of a page already read (extraction): the same judgement, from the page's own prose map. */
export function detectIn(page: Page): Detection {
  return detectWithProse(page.doc, page.url, page.prose, page.walk);
}
