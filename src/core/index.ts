/**
 * The core pipeline: document + url in, an Article out. Never mutates the document it is given.
 * Steps: detect -> clean (on a clone) -> extract -> metadata -> quotes -> markdown.
 *
 * Public API (used by the content script, page tools, the CLI, the eval):
 *   detectPage(doc, url): Detection
 *   findClutter(doc, url): ClutterBlock[]        (works on the live page; marks nothing)
 *   extractArticle(doc, url, options?): Article
 * TEMPORARY minimal implementation; replaced by the real pipeline.
 */
import { Readability } from '@mozilla/readability';
import type { Article, ClutterBlock, Detection, ExtractOptions } from './types';

export type * from './types';

export function detectPage(doc: Document, _url: string): Detection {
  const hasArticle = !!doc.querySelector('article, [itemprop=articleBody]');
  return {
    isArticle: hasArticle,
    reason: hasArticle ? 'article markup' : 'no article markup',
    site: null,
    pageType: 'unknown',
  };
}

export function findClutter(_doc: Document, _url: string): ClutterBlock[] {
  return [];
}

export function extractArticle(doc: Document, url: string, _options: ExtractOptions = {}): Article {
  const detection = detectPage(doc, url);
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone).parse();
  const text = (parsed?.textContent ?? '').trim();
  return {
    ...detection,
    title: parsed?.title ?? null,
    subtitle: null,
    publisher: parsed?.siteName ?? null,
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    section: null,
    url,
    originalUrl: null,
    leadImage: null,
    lang: 'ko',
    tags: [],
    images: [],
    text,
    html: '',
    markdown: '',
    quotes: [],
    keyQuotes: [],
    readingMinutes: Math.max(1, Math.round(text.length / 500)),
    clutter: [],
  };
}
