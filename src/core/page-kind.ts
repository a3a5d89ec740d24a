/**
 * What kind of page this is, read from its structure rather than its host. An article has one dominant
 * headline that matches its title signals (og:title, <title>, JSON-LD headline) and one story. Steps:
 *   1. story units: a headline (h1–h4) whose own box holds a byline and story-length prose and no other
 *      headline of the same rank (a section page streams several of them, an article has one);
 *   2. title signals: does any unit's headline match what the page says its title is?
 *   3. search shapes: a query echoed in a search box or a "검색 결과" label, over a list of result links;
 *   4. portal homes: the site's root address full of headline links.
 * Bundled into the content script with detect.ts: keep it small and cheap (a few selector queries).
 */
import type { ProseMap } from './detect';
import { bodyOf, hangulCount, squash, textSimilarity } from './text';
import type { PageKind } from './types';

/** Hangul prose (outside links) a headline's box needs to be a full story rather than a teaser. */
const UNIT_PROSE = 200;
/** Reporter names, roles and emails that sign a story. */
const BYLINE_RE =
  /[가-힣]{2,4}\s?(?:기자|특파원|선임기자|논설위원|객원기자|통신원)(?![가-힣])|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const CHROME_ANCESTOR = 'nav, header, footer, aside';

export interface StoryUnit {
  heading: Element;
  /** The smallest box around the headline that holds its story. */
  box: Element;
  title: string;
  prose: number;
}

function headlineCandidates(doc: Document): Element[] {
  const out: Element[] = [];
  for (const h of doc.querySelectorAll('h1, h2, h3, h4')) {
    if (out.length >= 200) break;
    const t = (h.textContent ?? '').trim();
    if (t.length < 8 || t.length > 200 || hangulCount(t) < 6) continue;
    if (h.closest(CHROME_ANCESTOR)) continue;
    out.push(h);
  }
  return out;
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
export function storyUnits(doc: Document, prose: ProseMap): StoryUnit[] {
  const heads = headlineCandidates(doc);
  const isHead = new Set(heads);
  const root = bodyOf(doc);
  const units: StoryUnit[] = [];
  for (const h of heads) {
    const box = unitBox(h, prose, root);
    if (!box || units.some((u) => u.box === box || u.box.contains(box) || box.contains(u.box))) continue;
    let shared = false;
    for (const o of box.querySelectorAll('h1, h2, h3, h4')) {
      if (o !== h && isHead.has(o) && rank(o) <= rank(h)) {
        shared = true;
        break;
      }
    }
    if (shared || !BYLINE_RE.test(box.textContent ?? '')) continue;
    const p = (prose.agg.get(box) ?? 0) - (prose.own.get(h) ?? 0);
    units.push({ heading: h, box, title: (h.textContent ?? '').trim(), prose: p });
  }
  return units;
}

/** What the page says its title is: og:title, twitter:title, <title>, JSON-LD headline. */
export function titleSignals(doc: Document): string[] {
  const out: string[] = [];
  for (const sel of ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v) out.push(v);
  }
  const t = doc.querySelector('title')?.textContent;
  if (t) out.push(t);
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    for (const m of (s.textContent ?? '').matchAll(/"headline"\s*:\s*"((?:[^"\\]|\\.){4,300})"/g))
      out.push(m[1] as string);
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

/** Search boxes that echo the query the page answers (the served `value`, not what a user is typing). */
const QUERY_INPUT =
  'input[type=search], input[name=q], input[name=query], input[name=keyword], input[name=kwd], input[name=searchword], input[name=sword], input[name=search_text], input[name=searchKeyword], input[name=searchTxt], input[name=srchText]';
const RESULT_LABEL_SEL =
  'h1, h2, h3, h4, h5, strong, caption, legend, [class*=result], [class*=Result], [id*=result], [class*=search], [id*=search]';
const RESULT_LABEL_RE =
  /검색\s*결과|검색된\s*(?:기사|뉴스|결과)|(?:에|으로)\s*대한\s*검색|search\s+results?\b|results?\s+for\b/i;

/** The page echoes a query: a search box served with a value, or a short "‘…’ 검색 결과" label. */
export function echoesQuery(doc: Document): string | null {
  for (const el of doc.querySelectorAll(QUERY_INPUT)) {
    const v = (el.getAttribute('value') ?? '').trim();
    if (v) return `query "${v.slice(0, 30)}" in a search box`;
  }
  let n = 0;
  for (const el of doc.querySelectorAll(RESULT_LABEL_SEL)) {
    if (++n > 400) break;
    const t = (el.textContent ?? '').trim();
    if (t && t.length <= 120 && RESULT_LABEL_RE.test(t)) return `result label "${t.slice(0, 40)}"`;
  }
  return null;
}

/** Links with headline-length Hangul text (capped: enough to call a page a list). */
export function headlineLinkCount(doc: Document): number {
  const links = doc.getElementsByTagName('a');
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

export interface StructureFacts {
  units: StoryUnit[];
  /** A unit whose headline matches the page's title signals (the one story an article page has). */
  titled: StoryUnit | null;
  echo: string | null;
  headlineLinks: number;
}

export function structureFacts(doc: Document, prose: ProseMap): StructureFacts {
  const units = storyUnits(doc, prose);
  const signals = titleSignals(doc);
  return {
    units,
    titled: units.find((u) => matchesTitle(u.title, signals)) ?? null,
    echo: echoesQuery(doc),
    headlineLinks: headlineLinkCount(doc),
  };
}

/**
 * A page that is no article whatever its host or URL: several full stories under headlines none of which is
 * the page's title (a section front), a query echoed over a list of results (search), or the site's root
 * address full of headline links (a home). Null when the structure says nothing against an article.
 */
export function structuralNonArticle(
  facts: StructureFacts,
  path: string,
): { kind: PageKind; reason: string } | null {
  const { units, titled, echo, headlineLinks } = facts;
  // Items of one stream share their headline markup; a lone widget heading over a story box does not count.
  const byTag = new Map<string, number>();
  for (const u of units) byTag.set(u.heading.tagName, (byTag.get(u.heading.tagName) ?? 0) + 1);
  const stream = Math.max(0, ...byTag.values());
  if (stream >= 2 && !titled) {
    return {
      kind: 'section',
      reason: `${stream} stories each with a headline, a byline and paragraphs, none of them the page title`,
    };
  }
  if (echo && headlineLinks >= 5 && !titled)
    return { kind: 'search', reason: `search results: ${echo}, ${headlineLinks} headline links` };
  if (isHomePath(path) && headlineLinks >= 30 && !titled)
    return { kind: 'home', reason: `the site's front page with ${headlineLinks} headline links` };
  return null;
}
