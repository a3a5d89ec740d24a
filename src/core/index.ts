/**
 * The full entry of the core: document + url in, an Article out. Never mutates the document it is given.
 * Steps: read the page once (page.ts) -> detect -> find clutter -> extract the story (on copies) -> metadata
 * -> quotes -> blocks (text and HTML derived). Markdown is made on demand from the article (toMarkdown, in the
 * Markdown entry markdown.ts, so that extraction bundles carry no Turndown).
 *
 * Public API (page tools, the CLI, the eval): detectPage, findClutter, extractArticle, plus the
 * light entry's exports (light.ts, what the content script bundles: detection, the clutter finder and the story
 * guard storyFrame + hideableParts that every hiding path passes through). Outside src/core only these entries
 * (and markdown.ts) are imported, types.ts for types, and decode.ts by the CLI alone (test/unit/boundaries.test.ts).
 */

import { detectIn } from './detect/detect';
import { findQuotes, pickKeyQuotes } from './korean/quotes';
import { hangulCount, normalizeSpace, squash, textSimilarity } from './korean/text';
import { absoluteUrl, meta } from './metadata/dom';
import { extractMetadata } from './metadata/index';
import { splitKicker } from './metadata/title';
import { escapeText } from './output/serialize';
import { type ArticlePage, readArticlePage } from './page/page';
import { blocksToHtml, blocksToImages, blocksToText, unitsToBlocks } from './story/blocks';
import { extractStory, type Unit } from './story/extract';
import type { Article, ArticleMetadata, Author, PageType } from './types';

export * from './light';
export { findSite } from './sites/index';
export type * from './types';

/** The headline as the page shows it: the site's title element, else og:title / <title> without the site suffix. */
export function quickTitle(page: ArticlePage): string | null {
  const { doc } = page;
  for (const el of page.siteTitles) {
    const t = normalizeSpace(el?.textContent);
    if (t) return t;
  }
  const raw =
    meta(page, 'og:title') ?? meta(page, 'title') ?? normalizeSpace(doc.querySelector('title')?.textContent);
  if (!raw) return null;
  return (
    raw.replace(/\s*[|:\-–—]\s*[^|:\-–—]{1,25}$/, (m) => (/[가-힣]{2}.*[다요]$/.test(m) ? m : '')).trim() ||
    raw
  );
}

/** Metadata when the full extractor fails on a hostile page: meta tags and the site rule only. */
function fallbackMetadata(page: ArticlePage, authors: Author[]): ArticleMetadata {
  const { doc, url, site } = page;
  return {
    ...splitKicker(quickTitle(page)),
    subtitle: null,
    publisher: site?.name ?? meta(page, 'og:site_name'),
    authors,
    publishedAt: meta(page, 'article:published_time'),
    modifiedAt: meta(page, 'article:modified_time'),
    section: meta(page, 'article:section'),
    url: absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ?? url,
    originalUrl: null,
    leadImage: meta(page, 'og:image'),
    lang: doc.documentElement?.getAttribute('lang') ?? 'ko',
    tags: [],
  };
}

/** Korean reading speed: about 500 characters a minute (counting syllables as words triples the estimate). */
export function readingMinutes(text: string): number {
  const chars = squash(text).length;
  return chars ? Math.max(1, Math.round(chars / 500)) : 0;
}

export function extractArticle(doc: Document, url: string): Article {
  // The page is read once, prose measured and clutter found on the page itself (read-only); the story is
  // extracted from copies.
  const page = readArticlePage(doc, url);
  const detection = detectIn(page);
  const pageType: PageType = detection.pageType;
  const story = extractStory(page, quickTitle(page));
  let metadata: ArticleMetadata;
  try {
    metadata = extractMetadata(page, { site: page.site, pageType, rawParagraphs: story.rawParagraphs });
    if (!metadata.authors.length && story.authors.length)
      metadata = { ...metadata, authors: dedupeAuthors(story.authors) };
  } catch {
    // Metadata must never cost the story.
    metadata = fallbackMetadata(page, dedupeAuthors(story.authors));
  }
  const { body, units } = storyUnits(story.units, metadata);
  const paragraphs = body.filter((u) => u.kind !== 'img' && u.kind !== 'caption').map((u) => u.text);
  // The plain text reads the deck before the story; the story's blocks (popup, reader, Markdown) leave it out,
  // since each of them shows the subtitle above the story already.
  const blocks = unitsToBlocks(withoutDeck(body, metadata.subtitle));
  const text = blocksToText(unitsToBlocks(units));
  return {
    ...metadata,
    isArticle: detection.isArticle,
    kind: detection.kind,
    reason: detection.reason,
    site: detection.site,
    pageType,
    images: blocksToImages(unitsToBlocks(units)),
    blocks,
    text,
    html: blocksToHtml(blocks),
    ...quotesOf(
      story.quoteParagraphs.length ? story.quoteParagraphs : paragraphs,
      paragraphs,
      metadata.title,
    ),
    readingMinutes: readingMinutes(text),
    clutter: story.clutter.map((c) => ({ kind: c.kind, heading: c.heading })),
  };
}

/** The story's units as the reader reads them: without a lead that repeats the headline, the deck first. */
function storyUnits(units: Unit[], metadata: ArticleMetadata): { body: Unit[]; units: Unit[] } {
  let body = units;
  if (
    metadata.title &&
    body[0] &&
    body[0].kind !== 'img' &&
    textSimilarity(body[0].text, metadata.title) >= 0.8
  )
    body = body.slice(1);
  // The deck (subtitle lines between headline and body) belongs to what a reader reads; pages often keep it
  // outside the story container, so it leads the text when the body does not already carry it.
  return { body, units: [...deckUnits(metadata.subtitle, body), ...body] };
}

function quotesOf(
  source: string[],
  paragraphs: string[],
  title: string | null,
): Pick<Article, 'quotes' | 'keyQuotes'> {
  try {
    const quotes = findQuotes(source);
    return { quotes, keyQuotes: pickKeyQuotes(quotes, paragraphs, 3, title) };
  } catch {
    // A quote-finder failure leaves the article without quotes rather than without a story.
    return { quotes: [], keyQuotes: [] };
  }
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
