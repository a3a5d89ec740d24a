/**
 * Page tools, injected on demand (scripting.executeScript) next to content.js: everything heavy that the
 * auto-run content script must not carry — extraction (Readability via the core), the reader overlay,
 * read aloud, Markdown (its writer, Turndown, loaded on the first export: markdown.js), scrolling to a quote. The block picker has a bundle of its own (picker.js); its overlay
 * is one of our nodes here all the same.
 * The extracted Article is cached until the page's DOM changes (a live blog gets re-extracted; opening the
 * popup twice on a still page does not). The cache holds one article: Markdown is made from it on demand, so the
 * export options are not part of what is cached.
 */
import { extractArticle } from '../core/index';
import type { Article, MarkdownOptions } from '../core/types';
import { closeReader, isReaderOpen, openReader, readerState } from '../reader/reader';
import { HOST_ID, HOST_STYLE_ID } from '../reader/reader-css';
import browser from '../shared/browser';
import { markdownFilename } from '../shared/filename';
import { findTextRange } from '../shared/find-text';
import { listenOnce } from '../shared/listen-once';
import type {
  ArticleReply,
  MarkdownReply,
  OkReply,
  ReaderState,
  ToolsMetrics,
  ToPageTools,
  ToTestHooks,
} from '../shared/messages';
import { isMessage } from '../shared/messages';
import { loadOptions, saveOptions } from '../shared/options';
import { toStoryBlocks } from '../shared/story-blocks';
import { HIDDEN_ATTR, STYLE_ID } from './cleanup';
import { PICKER_HOST_ID } from './picker-css';

const FLASH_STYLE_ID = 'malgeun-flash-style';
const COPY_HOST_ID = 'malgeun-copy';
const OWN_IDS = new Set([HOST_ID, HOST_STYLE_ID, STYLE_ID, FLASH_STYLE_ID, COPY_HOST_ID, PICKER_HOST_ID]);

// --- extraction cache ------------------------------------------------------------------------------------

let cached: ArticleReply['article'] | null = null;
let cachedUrl = '';
/** Timings for a test build's `malgeun:tools-metrics`; a product build drops them (`__MALGEUN_TEST__`). */
const metrics: ToolsMetrics = { extractMs: null, readerOpenMs: null };

function isOwnNode(n: Node): boolean {
  return n.nodeType === 1 && OWN_IDS.has((n as Element).id);
}

// Any change to the page's content (not our own nodes, not attributes: our hide marks are attributes)
// makes the cached extraction stale.
const observer = new MutationObserver((records) => {
  if (!cached) return;
  for (const r of records) {
    if (r.type === 'characterData' || [...r.addedNodes, ...r.removedNodes].some((n) => !isOwnNode(n))) {
      if (r.target.nodeType === 1 && (r.target as Element).closest(`#${HOST_ID}`)) continue;
      cached = null;
      return;
    }
  }
});

type Extracted = Omit<ArticleReply, 'blocks'>;

function getArticle(force = false): Extracted {
  if (cachedUrl !== location.href) {
    cached = null;
    cachedUrl = location.href;
  }
  if (cached && !force) return { article: cached, cached: true };
  const t0 = performance.now();
  const article = extractArticle(document, location.href);
  if (__MALGEUN_TEST__) metrics.extractMs = performance.now() - t0;
  cached = article;
  observer.disconnect();
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  return { article, cached: false };
}

// --- Markdown ----------------------------------------------------------------------------------------------

async function exportOptions(options?: MarkdownOptions): Promise<MarkdownOptions> {
  return options ?? (await loadOptions()).export;
}

type MarkdownWriter = (article: Article, options: MarkdownOptions) => string;

/**
 * The Markdown writer, loaded on the first export: the background injects markdown.js into this frame, which
 * leaves it on this world's global (out of the page's reach).
 */
async function markdownWriter(): Promise<MarkdownWriter> {
  const g = globalThis as { __malgeunToMarkdown?: MarkdownWriter };
  if (!g.__malgeunToMarkdown) {
    const reply = (await browser.runtime.sendMessage({ type: 'malgeun:load-markdown' })) as OkReply;
    if (!reply?.ok) throw new Error(reply?.error ?? 'the Markdown writer did not load');
  }
  if (!g.__malgeunToMarkdown) throw new Error('the Markdown writer did not load');
  return g.__malgeunToMarkdown;
}

async function markdown(options?: MarkdownOptions): Promise<MarkdownReply> {
  const { article } = getArticle();
  const toMarkdown = await markdownWriter();
  const md = toMarkdown(article, await exportOptions(options));
  return { markdown: md, filename: markdownFilename(article.title, article.publishedAt) };
}

/** Copy text from the page. The async clipboard needs a secure page; the old copy command covers the rest. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall through: http pages have no navigator.clipboard, and some need the focus we lack.
  }
  const host = document.createElement('div');
  host.id = COPY_HOST_ID;
  const shadow = host.attachShadow({ mode: 'closed' });
  const area = document.createElement('textarea');
  area.value = text;
  shadow.append(area);
  document.documentElement.append(host);
  try {
    area.select();
    if (!document.execCommand('copy')) throw new Error('copy refused');
  } finally {
    host.remove();
  }
}

async function copyMarkdown(options?: MarkdownOptions): Promise<void> {
  await copyText((await markdown(options)).markdown);
}

async function saveMarkdown(options?: MarkdownOptions): Promise<void> {
  const md = await markdown(options);
  const reply = (await browser.runtime.sendMessage({ type: 'malgeun:download', ...md })) as OkReply;
  if (!reply?.ok) throw new Error(reply?.error ?? 'download failed');
}

// --- reader ------------------------------------------------------------------------------------------------

async function showReader(force = false): Promise<ReaderState> {
  if (isReaderOpen()) return readerState();
  const t0 = performance.now();
  const opts = await loadOptions();
  const { article } = getArticle(force);
  openReader(article, opts.reader, {
    copyMarkdown: () => copyMarkdown(),
    saveMarkdown: () => saveMarkdown(),
    savePrefs: (reader) => void saveOptions({ reader }).catch(() => undefined),
  });
  if (__MALGEUN_TEST__) metrics.readerOpenMs = performance.now() - t0;
  return readerState();
}

// --- scroll to a quote in the page -------------------------------------------------------------------------

function scrollToQuote(text: string): boolean {
  const range = findTextRange(document.body ?? document.documentElement, text, (el) =>
    el.hasAttribute(HIDDEN_ATTR),
  );
  if (!range) return false;
  const target = range.startContainer.parentElement;
  // A hidden tab runs no animation frames, so a smooth scroll would never arrive there.
  target?.scrollIntoView({
    block: 'center',
    behavior: document.visibilityState === 'visible' ? 'smooth' : 'instant',
  });
  const g = globalThis as {
    CSS?: { highlights?: Map<string, unknown> };
    Highlight?: new (...r: Range[]) => unknown;
  };
  try {
    if (!g.CSS?.highlights || !g.Highlight) throw new Error('no highlights');
    g.CSS.highlights.set('malgeun-quote', new g.Highlight(range));
    let style = document.getElementById(FLASH_STYLE_ID);
    if (!style) {
      style = document.createElement('style');
      style.id = FLASH_STYLE_ID;
      style.textContent = '::highlight(malgeun-quote){background-color:#ffe45c;color:#000}';
      (document.head ?? document.documentElement).append(style);
    }
    setTimeout(() => {
      g.CSS?.highlights?.delete('malgeun-quote');
      document.getElementById(FLASH_STYLE_ID)?.remove();
    }, 2200);
  } catch {
    // Without the Highlight API the selection marks the quote; it changes nothing in the DOM either.
    const sel = getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    setTimeout(() => sel?.removeAllRanges(), 2200);
  }
  return true;
}

// --- messages ------------------------------------------------------------------------------------------------

const TYPES = [
  'malgeun:tools-ping',
  'malgeun:get-article',
  'malgeun:get-markdown',
  'malgeun:copy-markdown',
  'malgeun:save-markdown',
  'malgeun:open-reader',
  'malgeun:close-reader',
  'malgeun:toggle-reader',
  'malgeun:reader-state',
  'malgeun:scroll-to-quote',
] as const;

const ok = (p: Promise<void>): Promise<OkReply> =>
  p.then(
    () => ({ ok: true }),
    (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );

function onMessage(msg: unknown): Promise<unknown> | undefined {
  // A test build also answers the harness's request for timings; a product build drops this.
  if (__MALGEUN_TEST__ && isMessage<ToTestHooks>(msg, ['malgeun:tools-metrics']))
    return Promise.resolve({ ...metrics } satisfies ToolsMetrics);
  if (!isMessage<ToPageTools>(msg, TYPES)) return undefined;
  switch (msg.type) {
    case 'malgeun:tools-ping':
      return Promise.resolve({ ok: true, url: location.href });
    case 'malgeun:get-article': {
      const reply = getArticle(msg.force);
      return Promise.resolve({
        ...reply,
        blocks: toStoryBlocks(reply.article.blocks),
      } satisfies ArticleReply);
    }
    case 'malgeun:get-markdown':
      return markdown(msg.options);
    case 'malgeun:copy-markdown':
      return ok(copyMarkdown(msg.options));
    case 'malgeun:save-markdown':
      return ok(saveMarkdown(msg.options));
    case 'malgeun:open-reader':
      return showReader(msg.force);
    case 'malgeun:close-reader':
      closeReader();
      return Promise.resolve(readerState());
    case 'malgeun:toggle-reader':
      if (isReaderOpen()) {
        closeReader();
        return Promise.resolve(readerState());
      }
      return showReader();
    case 'malgeun:reader-state':
      return Promise.resolve(readerState());
    case 'malgeun:scroll-to-quote':
      return Promise.resolve({ ok: scrollToQuote(String(msg.text)) });
  }
}

listenOnce('__malgeunTools', onMessage);
