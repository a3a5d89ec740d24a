/**
 * Typed messages between the extension's parts, named by direction:
 *   ToContent     popup/background -> content.js (in the tab)    clean-up state, clean, restore
 *   ToPageTools   popup/background -> page-tools.js (in the tab) article, reader, markdown, quotes
 *   ToPicker      popup/background -> picker.js (in the tab)     the block picker
 *   ToBackground  content/page-tools/popup/options -> background  badge, downloads, site registrations
 * Every message is a plain JSON object with a `type`; replies are plain JSON too (no DOM nodes).
 * They carry what the extension's pages show. Timings and counters for the tests travel apart, in
 * `ToTestHooks`, which only a test build answers (`node build.mjs --test`).
 */
import type { Article, ClutterKind, MarkdownOptions } from '../core/types';
import type { StoryBlock } from './story-blocks';

/** What content.js knows about its tab. */
export interface CleanupState {
  /** true while blocks are hidden (clean-up applied and not restored). */
  active: boolean;
  /** Number of blocks currently hidden. */
  hidden: number;
  kinds: Partial<Record<ClutterKind, number>>;
  /** Headings of hidden blocks (for the popup and tests). */
  headings: string[];
  /** The page looked like an article to detectPage. */
  isArticle: boolean;
  site: string | null;
  /** An article of a known site whose rule finds nothing on it (the generic path did the work): the popup says so. */
  ruleMisfit: boolean;
  /** Automatic clean-up is in effect for this host (options + known host). */
  auto: boolean;
  /** The late-widget observer is connected. */
  observing: boolean;
  /** The late-widget observer stopped because it reached its work cap (shown in the popup). */
  capReached: boolean;
  url: string;
  /** The content script's start-up is over (options read; the page cleaned where they want it). */
  settled: boolean;
}

/** The Article as it crosses a message boundary (already plain data). */
export type ArticleData = Article;

export interface ReaderState {
  open: boolean;
  /** Visible text of the reader's story (for tests: every story paragraph should be in it). */
  text: string;
  paragraphs: number;
  theme: string;
  fontSize: number;
  speaking: boolean;
  /** The reader's `color-scheme` (follows its theme). */
  colorScheme?: string;
  /** Read aloud: a Korean voice is there ('ready'), or why not. */
  listen?: 'checking' | 'ready' | 'no-voice' | 'unavailable';
  /** Layout check of the control panel and its popovers (each measured open): labels broken over two
   *  lines, controls outside the window. */
  layout?: { controls: number; wrapped: string[]; offscreen: string[] };
}

export type ToContent =
  | { type: 'malgeun:ping' }
  | { type: 'malgeun:get-state' }
  | { type: 'malgeun:clean' }
  | { type: 'malgeun:restore' };

export interface PingReply {
  ok: true;
  url: string;
}

export type ToPageTools =
  | { type: 'malgeun:tools-ping' }
  // `options` is not read: extraction no longer depends on the export options (Markdown is made on demand).
  | { type: 'malgeun:get-article'; options?: MarkdownOptions; force?: boolean }
  | { type: 'malgeun:get-markdown'; options?: MarkdownOptions }
  | { type: 'malgeun:copy-markdown'; options?: MarkdownOptions }
  | { type: 'malgeun:save-markdown'; options?: MarkdownOptions }
  | { type: 'malgeun:open-reader'; force?: boolean }
  | { type: 'malgeun:close-reader' }
  | { type: 'malgeun:toggle-reader' }
  | { type: 'malgeun:reader-state' }
  | { type: 'malgeun:scroll-to-quote'; text: string };

export type ToPicker = { type: 'malgeun:picker-ping' } | { type: 'malgeun:start-picker' };

export interface ArticleReply {
  article: ArticleData;
  /** The story as text-only blocks (the popup renders these; it never parses page HTML). */
  blocks: StoryBlock[];
  cached: boolean;
}

export interface MarkdownReply {
  markdown: string;
  filename: string;
}

export interface OkReply {
  ok: boolean;
  error?: string;
}

export type ToBackground =
  | { type: 'malgeun:badge'; count: number }
  | { type: 'malgeun:download'; markdown: string; filename: string }
  | { type: 'malgeun:sync-sites' }
  | { type: 'malgeun:open-options' }
  /** gate.js (all-sites mode) found a Korean, news-shaped page: send content.js to its frame. */
  | { type: 'malgeun:gate-pass' }
  /** page-tools.js exports Markdown for the first time: send markdown.js (the writer) to its frame. */
  | { type: 'malgeun:load-markdown' };

// --- test builds only ---------------------------------------------------------------------------------------

/**
 * Asked by the e2e harness and bench; answered only by a test build (`__MALGEUN_TEST__`, src/test-build.d.ts):
 * a product build has no listener for them and carries none of this.
 */
export type ToTestHooks = { type: 'malgeun:cleanup-metrics' } | { type: 'malgeun:tools-metrics' };

/** content.js's timings and counters (`malgeun:cleanup-metrics`). */
export interface CleanupMetrics {
  /** ms from the start of the clean-up pass to the blocks being hidden (performance.now()), null before. */
  cleanMs: number | null;
  /**
   * ms from when the clean-up was sent (DOMContentLoaded on the known hosts, document idle elsewhere, or the
   * injection) to the blocks first being hidden, null before.
   */
  startToHiddenMs: number | null;
  /** ms the clutter still showed after document idle (auto.js ran): 0 when hidden before; null before both. */
  idleToHiddenMs: number | null;
  /** Late-widget batches run so far and blocks they hid. */
  batches: number;
  lateHidden: number;
  /**
   * The first pass step by step, in ms (where idle → hidden goes): measuring the prose, detection, finding the
   * clutter (story frame, site rule, generic scan) and hiding it; null before. The rest of startToHiddenMs is
   * loading content.js up to the pass.
   */
  firstPass: { prose: number; detect: number; find: number; hide: number } | null;
}

/** page-tools.js's timings (`malgeun:tools-metrics`), of the last extraction and the last reader opened. */
export interface ToolsMetrics {
  /** ms the last extraction took, null before any (a reply served from the cache does not count). */
  extractMs: number | null;
  /** ms from the last open request to the story being in the reader's DOM, null before. */
  readerOpenMs: number | null;
}

export type AnyMessage = ToContent | ToPageTools | ToPicker | ToBackground | ToTestHooks;

export function isMessage<T extends AnyMessage>(msg: unknown, types: readonly T['type'][]): msg is T {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    typeof (msg as { type?: unknown }).type === 'string' &&
    (types as readonly string[]).includes((msg as { type: string }).type)
  );
}
