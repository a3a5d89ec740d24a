/**
 * What kind of page this is, read from its structure rather than its host. An article has one dominant
 * headline that matches its title signals (og:title, <title>, JSON-LD headline) and one story. Steps:
 *   1. story units: a headline (h1–h4) whose own box holds a byline and story-length prose and no other
 *      headline of the same rank (a section page streams several of them, an article has one);
 *   2. title signals: does any unit's headline match what the page says its title is?
 *   3. search shapes: a query echoed in a search box or a "검색 결과" label, over a list of result links;
 *   4. portal homes: the site's root address full of headline links.
 * Bundled into the content script with detect.ts: keep it small and cheap. Headings come from the prose walk;
 * beyond it, one pass over the links and, only when a page has no titled story, one over its inputs.
 */

import { bodyOf, hangulCount, squash, textSimilarity } from '../korean/text';
import { tagOf } from '../page/nodes';
import type { Walk } from '../page/walk';
import type { PageKind } from '../types';
import type { ProseMap } from './detect';

/** Hangul prose (outside links) a headline's box needs to be a full story rather than a teaser. */
const UNIT_PROSE = 200;
/** Reporter names, roles and emails that sign a story. */
const BYLINE_RE =
  /[가-힣]{2,4}\s?(?:기자|특파원|선임기자|논설위원|객원기자|통신원)(?![가-힣])|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

export interface StoryUnit {
  heading: Element;
  /** The smallest box around the headline that holds its story. */
  box: Element;
  title: string;
  prose: number;
}

/** Headline-shaped h1–h4 outside page chrome, in document order (collected by the prose walk: no extra pass). */
function headlineCandidates(prose: ProseMap): Element[] {
  return prose.headings.filter((h) => {
    const t = (h.textContent ?? '').trim();
    return t.length >= 8 && t.length <= 200 && hangulCount(t) >= 6;
  });
}

/**
 * An element's text with its text nodes joined by spaces: `textContent` glues `<p>홍길동 기자</p><p>정부가…` into
 * `기자정부가`, which no byline pattern can tell from `기자들`. Capped: a byline sits near its headline or story.
 */
function spacedText(el: Element, cap = 20000): string {
  const parts: string[] = [];
  let len = 0;
  const stack: Node[] = [el];
  while (stack.length && len < cap) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3) {
      const t = n.nodeValue ?? '';
      parts.push(t);
      len += t.length;
    } else if (n.nodeType === 1 && tagOf(n as Element) !== 'SCRIPT') {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return parts.join(' ');
}

const rank = (h: Element) => Number(h.tagName.slice(1)) || 9;

/** The box around a headline that first gathers a story's prose, or null when none does within six levels. */
function unitBox(h: Element, prose: ProseMap, root: Element | null): Element | null {
  const own = prose.own.get(h) ?? 0;
  let box = h.parentElement;
  for (let i = 0; i < 6 && box && box !== root; i++, box = box.parentElement) {
    if ((prose.agg.get(box) ?? 0) - own >= UNIT_PROSE) return box;
  }
  return null;
}

/**
 * Headlines that each carry a whole story of their own: headline + byline + story prose in one box that
 * holds no other headline of the same or a higher rank. Disjoint, in document order.
 */
export function storyUnits(walk: Walk, prose: ProseMap): StoryUnit[] {
  const heads = headlineCandidates(prose);
  const root = bodyOf(walk.doc, walk.byTag('BODY'));
  const units: StoryUnit[] = [];
  for (const h of heads) {
    const box = unitBox(h, prose, root);
    if (!box || units.some((u) => u.box === box || u.box.contains(box) || box.contains(u.box))) continue;
    const shared = heads.some((o) => o !== h && rank(o) <= rank(h) && box.contains(o));
    if (shared) continue;
    const p = (prose.agg.get(box) ?? 0) - (prose.own.get(h) ?? 0);
    // A box with (nearly) all the page's prose is the page's one story whatever its byline; reading the text
    // of such a box, links and all, is what costs time on huge pages.
    if (p < 0.9 * prose.total && !BYLINE_RE.test(spacedText(box))) continue;
    units.push({ heading: h, box, title: (h.textContent ?? '').trim(), prose: p });
  }
  return units;
}

/**
 * What the page says its title is: og:title, twitter:title, meta title and <title> from the head, and the
 * `headline` of the page's JSON-LD (its texts are passed in: detect.ts reads them once).
 */
export function titleSignals(walk: Walk, jsonLd: readonly string[]): string[] {
  const out: string[] = [];
  const head = walk.byTag('HEAD')[0];
  for (const m of head?.getElementsByTagName('meta') ?? []) {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? '';
    if (key === 'og:title' || key === 'twitter:title' || key === 'title')
      out.push(m.getAttribute('content') ?? '');
  }
  const t = head?.getElementsByTagName('title')[0]?.textContent;
  if (t) out.push(t);
  for (const text of jsonLd) {
    for (const m of text.matchAll(/"headline"\s*:\s*"((?:[^"\\]|\\.){4,300})"/g)) out.push(m[1] as string);
  }
  return out.filter((x) => x.trim());
}

/** Quote look-alikes and brackets unified, white space dropped. */
const fold = (s: string) =>
  squash(s)
    .replace(/[″“”＂〃]/g, '"')
    .replace(/[′‘’＇`]/g, "'")
    .toLowerCase();

/** A headline matches a title signal when one contains the other (site suffixes, labels) or they read alike. */
export function matchesTitle(headline: string, signals: readonly string[]): boolean {
  const h = fold(headline);
  if (h.length < 6) return false;
  return signals.some((raw) => {
    const s = fold(raw);
    if (s.length < 6) return false;
    return s.includes(h) || h.includes(s) || textSimilarity(h, s) >= 0.7;
  });
}

/** Names of search boxes that echo the query the page answers. */
const QUERY_NAME =
  /^(?:q|query|keyword|kwd|searchword|sword|search_text|searchKeyword|searchTxt|srchText|search)$/i;
const RESULT_LABEL_RE =
  /검색\s*결과|검색된\s*(?:기사|뉴스|결과)|(?:에|으로)\s*대한\s*검색|search\s+results?\b|results?\s+for\b/i;

/**
 * The page echoes a query: a search box served with a value (the `value` attribute, not what a user is
 * typing), or a short "‘…’ 검색 결과" label. Labels are read from the prose map's blocks (already measured),
 * so no extra pass over the page.
 */
export function echoesQuery(walk: Walk, prose: ProseMap): string | null {
  for (const el of walk.byTag('INPUT')) {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'search' && !(type === 'text' && QUERY_NAME.test(el.getAttribute('name') ?? ''))) continue;
    const v = (el.getAttribute('value') ?? '').trim();
    if (v) return `query "${v.slice(0, 30)}" in a search box`;
  }
  // Headings, and blocks of label length (a paragraph's text counts toward the block that holds it).
  const labels = [...prose.headings];
  for (const [block, n] of prose.own) if (n <= 40) labels.push(block);
  for (const el of labels.slice(0, 5000)) {
    const t = (el.textContent ?? '').trim();
    if (t && t.length <= 120 && RESULT_LABEL_RE.test(t)) return `result label "${t.slice(0, 40)}"`;
  }
  return null;
}

/** Links with headline-length Hangul text (capped: enough to call a page a list). */
export function headlineLinkCount(walk: Walk): number {
  const links = walk.byTag('A');
  let n = 0;
  for (let i = 0; i < links.length && i < 4000 && n < 400; i++) {
    if (hangulCount(links[i]?.textContent ?? '') >= 8) n++;
  }
  return n;
}

/**
 * The site's front door: `/`, `/index.html`, `/main`, `/home`. A query with an id in it (`/?idxno=123`, how
 * some CMSs address a story) is not the front door.
 */
export function isHomePath(path: string): boolean {
  const m = /^\/?(?:(?:index|main|home|default)(?:\.\w{2,5})?\/?)?(?:[?#](.*))?$/i.exec(path);
  return !!m && !/\d{3,}/.test(m[1] ?? '');
}

export interface Structure {
  /** Links with headline-length text (detect.ts weighs them too). */
  headlineLinks: number;
  /** Not an article, whatever the host or URL, and why; null when the structure says nothing against one. */
  verdict: { kind: PageKind; reason: string } | null;
}

/**
 * The story the page's title names is the page's one story when it stands out: fewer than three full stories
 * on the page (an article with the next one preloaded), a headline of a higher rank than the stream's (an h1
 * over h2 items), or at least half the prose of all of them. A stream of three or more alike stories whose
 * first happens to give the page its title is still a section front.
 */
function dominates(titled: StoryUnit, units: readonly StoryUnit[], stream: number): boolean {
  if (stream < 3) return true;
  const others = units.filter((u) => u !== titled);
  if (others.every((u) => rank(titled.heading) < rank(u.heading))) return true;
  const all = units.reduce((n, u) => n + u.prose, 0);
  return titled.prose >= 0.5 * all;
}

/**
 * Read the page's structure, cheapest facts first: several full stories under headlines none of which is the
 * page's title (a section front), a query echoed over a list of result links (search), the site's root
 * address full of headline links (a home).
 */
export function readStructure(
  walk: Walk,
  prose: ProseMap,
  path: string,
  jsonLd: readonly string[],
): Structure {
  const units = storyUnits(walk, prose);
  const signals = titleSignals(walk, jsonLd);
  const titled = units.find((u) => matchesTitle(u.title, signals)) ?? null;
  const headlineLinks = headlineLinkCount(walk);
  const verdict = (kind: PageKind, reason: string): Structure => ({
    headlineLinks,
    verdict: { kind, reason },
  });
  // Items of one stream share their headline markup; a lone widget heading over a story box does not count.
  const byTag = new Map<string, number>();
  for (const u of units) byTag.set(u.heading.tagName, (byTag.get(u.heading.tagName) ?? 0) + 1);
  const stream = Math.max(0, ...byTag.values());
  if (titled && dominates(titled, units, stream)) return { headlineLinks, verdict: null };
  if (stream >= 2) {
    const why = titled ? 'the page title names one of them' : 'none of them the page title';
    return verdict('section', `${stream} stories each with a headline, a byline and paragraphs, ${why}`);
  }
  const echo = headlineLinks >= 5 ? echoesQuery(walk, prose) : null;
  if (echo) return verdict('search', `search results: ${echo}, ${headlineLinks} headline links`);
  if (isHomePath(path) && headlineLinks >= 30)
    return verdict('home', `the site's front page with ${headlineLinks} headline links`);
  return { headlineLinks, verdict: null };
}
