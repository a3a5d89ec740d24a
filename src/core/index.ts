/**
 * The core pipeline: document + url in, an Article out. Never mutates the document it is given.
 * Steps: detect -> clean (on a clone) -> extract -> metadata -> quotes -> markdown.
 *
 * Public API (used by the content script, page tools, the CLI, the eval):
 *   detectPage(doc, url): Detection
 *   findClutter(doc, url): ClutterBlock[]        (works on the live page; marks nothing)
 *   storyFrame(doc, prose, site) + hideableParts(el, frame)   (the story guard every hiding path passes through)
 *   extractArticle(doc, url, options?): Article
 */
import { findClutterWith } from './clean';
import { detectWithProse, measureProse } from './detect';
import { extractStory, type Unit, unitsToHtml, unitsToImages, unitsToText } from './extract';
import { toMarkdown } from './markdown';
import { extractMetadata } from './metadata/index';
import { splitKicker } from './metadata/title';
import { findQuotes, pickKeyQuotes } from './quotes';
import { escapeText } from './serialize';
import { findSite, findSiteByMarkup } from './sites/index';
import type { SiteRule } from './sites/types';
import { hangulCount, normalizeSpace, squash, textSimilarity } from './text';
import type { Article, ArticleMetadata, Author, ExtractOptions, PageType, Quote } from './types';

export { findClutter, hideableParts, holdsStory, type StoryFrame, storyFrame } from './clean';
export { detectPage } from './detect';
export { findSite } from './sites/index';
export type * from './types';

function metaContent(doc: Document, sel: string): string | null {
  const v = doc.querySelector(sel)?.getAttribute('content');
  return v ? normalizeSpace(v) : null;
}

/** The headline as the page shows it: the site's title element, else og:title / <title> without the site suffix. */
export function quickTitle(doc: Document, site: SiteRule | null): string | null {
  for (const sel of site?.title ?? []) {
    const t = normalizeSpace(doc.querySelector(sel)?.textContent ?? '');
    if (t) return t;
  }
  const raw =
    metaContent(doc, 'meta[property="og:title"]') ??
    metaContent(doc, 'meta[name="title"]') ??
    normalizeSpace(doc.querySelector('title')?.textContent ?? '');
  if (!raw) return null;
  return (
    raw.replace(/\s*[|:\-–—]\s*[^|:\-–—]{1,25}$/, (m) => (/[가-힣]{2}.*[다요]$/.test(m) ? m : '')).trim() ||
    raw
  );
}

/**
 * Metadata until the full extractor (src/core/metadata) is wired in: meta tags and the site rule only.
 * Kept deliberately small; extractMetadata replaces it.
 */
function basicMetadata(
  doc: Document,
  url: string,
  site: SiteRule | null,
  authors: Author[],
): ArticleMetadata {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    ...splitKicker(quickTitle(doc, site)),
    subtitle: null,
    publisher: site?.name ?? metaContent(doc, 'meta[property="og:site_name"]'),
    authors,
    publishedAt: metaContent(doc, 'meta[property="article:published_time"]'),
    modifiedAt: metaContent(doc, 'meta[property="article:modified_time"]'),
    section: metaContent(doc, 'meta[property="article:section"]'),
    url: canonical ? safeAbs(canonical, url) : url,
    originalUrl: null,
    leadImage: metaContent(doc, 'meta[property="og:image"]'),
    lang: doc.documentElement?.getAttribute('lang') ?? 'ko',
    tags: [],
  };
}

function safeAbs(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return base;
  }
}

/** Korean reading speed: about 500 characters a minute (counting syllables as words triples the estimate). */
export function readingMinutes(text: string): number {
  const chars = squash(text).length;
  return chars ? Math.max(1, Math.round(chars / 500)) : 0;
}

export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article {
  // Prose is measured and clutter found once, on the page itself (read-only); extraction works on copies.
  const prose = measureProse(doc);
  const detection = detectWithProse(doc, url, prose);
  const site = findSite(url) ?? findSiteByMarkup(doc);
  const pageType: PageType = detection.pageType;
  const title0 = quickTitle(doc, site);
  const story = extractStory(doc, url, site, title0, prose, findClutterWith(doc, url, prose));
  let meta: ArticleMetadata;
  try {
    meta = extractMetadata(doc, url, { site, pageType, rawParagraphs: story.rawParagraphs });
    if (!meta.authors.length && story.authors.length)
      meta = { ...meta, authors: dedupeAuthors(story.authors) };
  } catch {
    // Metadata must never cost the story: fall back to the meta tags.
    meta = basicMetadata(doc, url, site, dedupeAuthors(story.authors));
  }
  // Drop a leading paragraph that only repeats the final headline.
  let units = story.units;
  if (meta.title && units[0] && units[0].kind !== 'img' && textSimilarity(units[0].text, meta.title) >= 0.8) {
    units = units.slice(1);
  }
  // The deck (subtitle lines between headline and body) belongs to what a reader reads; pages often keep it
  // outside the story container, so it leads the text when the body does not already carry it.
  const deck = deckUnits(meta.subtitle, units);
  const paragraphs = units.filter((u) => u.kind !== 'img' && u.kind !== 'caption').map((u) => u.text);
  // The plain text reads the deck before the story; the rendered story (popup, reader, Markdown) leaves it out,
  // since each of them shows the subtitle above the story already.
  const shown = withoutDeck(units, meta.subtitle);
  units = [...deck, ...units];
  const text = unitsToText(units);
  const html = unitsToHtml(shown);
  let quotes: Quote[] = [];
  let keyQuotes: Quote[] = [];
  try {
    quotes = findQuotes(story.quoteParagraphs.length ? story.quoteParagraphs : paragraphs);
    keyQuotes = pickKeyQuotes(quotes, paragraphs, 3, meta.title);
  } catch {
    // A quote-finder failure leaves the article without quotes rather than without a story.
  }
  let markdown = '';
  try {
    markdown = toMarkdown(html, meta, options);
  } catch {
    markdown = text;
  }
  return {
    ...meta,
    isArticle: detection.isArticle,
    kind: detection.kind,
    reason: detection.reason,
    site: detection.site,
    pageType,
    images: unitsToImages(units),
    text,
    html,
    markdown,
    quotes,
    keyQuotes,
    readingMinutes: readingMinutes(text),
    clutter: story.clutter.map((c) => ({ kind: c.kind, heading: c.heading })),
  };
}

function deckUnits(subtitle: string | null, units: Unit[]): Unit[] {
  if (!subtitle) return [];
  const body = squash(units.map((u) => (u.kind === 'img' ? (u.caption ?? '') : u.text)).join(''));
  const lines = subtitle
    .split(/\n+/)
    .map((l) => normalizeSpace(l))
    .filter((l) => hangulCount(l) >= 4 && !body.includes(squash(l)));
  // A "subtitle" that is really the lead paragraph's opening (a meta description) is not a deck.
  const firstP = squash(units.find((u) => u.kind === 'p')?.text ?? '');
  if (lines.some((l) => firstP.startsWith(squash(l).slice(0, 20)))) return [];
  return lines.map((text) => ({ kind: 'h' as const, text, html: escapeText(text) }));
}

/**
 * The deck shown once: the story's leading text blocks that only repeat the subtitle (a deck the page printed
 * again as the first body paragraphs) are left out; pictures before or among them stay.
 */
export function withoutDeck(units: Unit[], subtitle: string | null): Unit[] {
  // Compared on letters and digits only: a page may print the deck lines again as `- 줄` bullets.
  const key = (s: string) => s.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
  const deck = key(subtitle ?? '');
  if (!deck) return units;
  const out: Unit[] = [];
  let leading = true;
  for (const u of units) {
    if (leading && u.kind !== 'img' && u.kind !== 'caption') {
      const t = key(u.text);
      if (t && hangulCount(u.text) >= 4 && deck.includes(t)) continue;
      leading = false;
    }
    out.push(u);
  }
  return out;
}

function dedupeAuthors(list: Author[]): Author[] {
  const out: Author[] = [];
  for (const a of list) {
    const same = out.find((b) => (a.name && b.name === a.name) || (a.email && b.email === a.email));
    if (same) {
      same.name ||= a.name;
      same.email ||= a.email;
    } else out.push({ ...a });
  }
  return out;
}
