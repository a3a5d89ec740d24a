/**
 * The page, read once into a plain value that every step is handed explicitly. Nothing here is cached: the
 * same document read twice gives two equal values, and a page changed in place gives a fresh one. Steps:
 *   1. the site rule (by URL, else by markup) and the prose map;
 *   2. meta tags by lower-cased property/name/itemprop, entity-decoded and cleaned;
 *   3. every script's text, once; JSON-LD objects parsed from them (`@graph` flattened);
 *   4. for extraction only (`readArticlePage`): the story strings and hints inside script payloads and the
 *      metadata scan of elements by class name.
 * `readPage` stays small enough for the content script; `readArticlePage` adds what only extraction needs.
 */
import { measureProse, type ProseMap, scriptHoldsStory } from '../detect/detect';
import { hangulCount, normalizeSpace } from '../korean/text';
import { decodeEntities, type JsonObject, type Scan, scanDocument } from '../metadata/dom';
import { type PayloadHints, payloadHints, type ScriptText } from '../metadata/payload';
import { findSite, findSiteByMarkup } from '../sites/index';
import type { SiteRule } from '../sites/types';
import { select } from './select';
import { type Walk, walkDocument } from './walk';

/** A JSON string literal under a likely story key inside a script (`"content":"…"`), decoded. */
export interface PayloadString {
  key: string;
  value: string;
  /** Position across the page's scripts, to interleave image captions with paragraphs. */
  at: number;
}

export interface Page {
  readonly doc: Document;
  readonly url: string;
  readonly site: SiteRule | null;
  readonly prose: ProseMap;
  /** Every element, walked once and indexed by tag, id and class (walk.ts). */
  readonly walk: Walk;
  /** Meta tag contents by lower-cased property/name/itemprop, in page order. */
  readonly metas: ReadonlyMap<string, readonly string[]>;
  readonly jsonLd: readonly JsonObject[];
  readonly scripts: readonly ScriptText[];
  /** What each of the site rule's body selectors matches (an unsupported selector matches nothing). */
  readonly siteBodies: readonly (readonly Element[])[];
  /** The first match of each of the site rule's title selectors. */
  readonly siteTitles: readonly (Element | null)[];
  /** A client-rendered story: a script carries an articleBody/content payload with long Hangul text. */
  readonly storyInScript: boolean;
}

export interface ArticlePage extends Page {
  readonly payload: readonly PayloadString[];
  readonly hints: PayloadHints;
  readonly scan: Scan;
}

export function readPage(
  doc: Document,
  url: string,
  walk: Walk = walkDocument(doc),
  prose: ProseMap = measureProse(doc, walk),
): Page {
  const scripts = readScripts(walk.byTag('SCRIPT'));
  const site = findSite(url) ?? findSiteByMarkup(doc, walk);
  return {
    doc,
    url,
    site,
    prose,
    walk,
    siteBodies: (site?.body ?? []).map((sel) => select(walk, sel)),
    siteTitles: (site?.title ?? []).map((sel) => select(walk, sel)[0] ?? null),
    metas: readMetas(walk.byTag('META')),
    jsonLd: readJsonLd(scripts),
    scripts,
    storyInScript: scripts.some((s) => scriptHoldsStory(s.text)),
  };
}

// By tag name, not by selector: in a Node DOM a selector query costs several times a tag walk.
function readScripts(els: ArrayLike<Element>): ScriptText[] {
  return Array.from(els, (s) => ({
    type: (s.getAttribute('type') ?? '').toLowerCase(),
    external: s.hasAttribute('src'),
    text: s.textContent ?? '',
  }));
}

function readMetas(els: ArrayLike<Element>): Map<string, string[]> {
  const idx = new Map<string, string[]>();
  for (const m of Array.from(els)) {
    const raw = m.getAttribute('content');
    if (!raw) continue;
    const v = normalizeSpace(decodeEntities(raw));
    if (!v) continue;
    const keys = new Set(
      [m.getAttribute('property'), m.getAttribute('name'), m.getAttribute('itemprop')]
        .filter((x): x is string => !!x)
        .map((x) => x.toLowerCase()),
    );
    for (const k of keys) {
      const list = idx.get(k);
      if (list) list.push(v);
      else idx.set(k, [v]);
    }
  }
  return idx;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** All JSON-LD objects, `@graph` arrays flattened. Broken JSON gets one lenient pass, then is skipped. */
function readJsonLd(scripts: readonly ScriptText[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) visit(v['@graph'], depth + 1);
    }
  };
  for (const s of scripts) {
    if (!s.type.includes('ld+json')) continue;
    const raw = s.text.trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Some CMSs emit raw newlines or trailing commas inside strings.
      try {
        visit(JSON.parse(raw.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), 0);
      } catch {
        /* unreadable JSON-LD */
      }
    }
  }
  return out;
}

export function readArticlePage(doc: Document, url: string): ArticlePage {
  const page = readPage(doc, url);
  return {
    ...page,
    payload: readPayload(page.scripts),
    hints: payloadHints(page.scripts),
    scan: scanDocument(doc),
  };
}

const PAYLOAD_RE =
  /"(articleBody|contentHtml|content|body|html|text|description|caption)"\s*:\s*"((?:[^"\\]|\\.){20,})"/g;

/** JSON string literals of likely story keys (and image captions), decoded, in page order. */
function readPayload(scripts: readonly ScriptText[]): PayloadString[] {
  const out: PayloadString[] = [];
  let offset = 0;
  for (const { text: t } of scripts) {
    if (t.length >= 200 && hangulCount(t) >= 100) {
      for (const m of t.matchAll(PAYLOAD_RE)) {
        let v: string;
        try {
          v = JSON.parse(`"${m[2]}"`) as string;
        } catch {
          continue;
        }
        if (hangulCount(v) < 10) continue;
        out.push({ key: m[1] as string, value: v, at: offset + (m.index ?? 0) });
      }
    }
    offset += t.length + 1;
  }
  return out;
}
