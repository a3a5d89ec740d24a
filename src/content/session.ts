/**
 * The clean-up of one page, free of extension APIs: detect, find, hide, restore, watch late widgets, report
 * state. content.js runs this first and only then loads the part that talks to the extension (runtime.ts),
 * so the page is cleaned before the extension bindings and the polyfill are even set up.
 */
// The core's light entry, not core/index: Readability and Turndown stay out of this bundle.
import {
  detectWithProse,
  findClutterWith,
  measureProse,
  type ProseMap,
  type Walk,
  walkDocument,
} from '../core/light';
import type { ClutterBlock, Detection } from '../core/types';
import type { CleanupState } from '../shared/messages';
import { blocksFromSelectors, Cleaner, STYLE_ID } from './cleanup';
import { EARLY_ATTR } from './early-css';
import { LEARNED_STYLE_ID, learnedStillFits, learnSelectors, mergeLearned } from './early-learn';
import { misfitRule } from './rule-fit';
import { recordClean, recordIdle, recordStep } from './test-metrics';
import { LateWidgetWatcher } from './watcher';

const READER_HOST_ID = 'malgeun-reader';
/** Take the early-hide stylesheet's effect away (early.js set EARLY_ATTR on <html>; see early-css.ts) (원래대로, or a page that is not an article). */
function dropEarlyHide(): void {
  document.documentElement.removeAttribute(EARLY_ATTR);
  document.getElementById(LEARNED_STYLE_ID)?.remove();
}

export class PageSession {
  readonly cleaner = new Cleaner(document);
  watcher: LateWidgetWatcher | null = null;
  private detected: Detection | null = null;
  /** The walk and prose map detection made, handed on to the first clutter search (one read, not two). */
  private detectedPage: { walk: Walk; prose: ProseMap } | null = null;
  auto = false;
  /** No article at DOMContentLoaded: look again at document idle (see clean). */
  private lookAgain = false;
  /** Cleaned on the user's request (popup), whatever the options say. */
  manual = false;
  /** The start-up is over: options read and, where they want it, the page cleaned. */
  settled = false;
  /** The user's own selectors for this site (set once the options are read). */
  selectors: () => readonly string[] = () => [];
  /** Told when the number of hidden blocks may have changed (the badge). */
  onCount: () => void = () => undefined;

  /**
   * `startedAt` (test timings): when the clean-up was sent, DOMContentLoaded on the known hosts, document idle
   * (auto.js) elsewhere, or when this script was injected on demand.
   */
  constructor(readonly startedAt: number) {}

  detection(): Detection {
    if (!this.detected) {
      const t0 = performance.now();
      const walk = walkDocument(document);
      const prose = measureProse(document, walk);
      this.detectedPage = { walk, prose };
      const t1 = performance.now();
      this.detected = detectWithProse(document, location.href, prose, walk);
      if (__MALGEUN_TEST__) {
        recordStep('prose', t1 - t0);
        recordStep('detect', performance.now() - t1);
      }
    }
    return this.detected;
  }

  isArticle(): boolean {
    return this.detection().isArticle;
  }

  /** Detect and find the core's clutter (already story-guarded by the core); null on a non-article. */
  private find(): ClutterBlock[] | null {
    if (!this.detection().isArticle) return null;
    // Later searches (late widgets) read the page as it is then.
    const seen = this.detectedPage;
    this.detectedPage = null;
    const t0 = performance.now();
    const found = seen
      ? findClutterWith(document, location.href, seen.prose, seen.walk)
      : findClutterWith(document, location.href);
    if (__MALGEUN_TEST__) recordStep('find', performance.now() - t0);
    return found;
  }

  /** Hide what the core finds and what the user's selectors match (those are story-guarded here). */
  private hideClutter(found: ClutterBlock[] | null = this.find()): number {
    if (!found) return 0;
    return this.cleaner.hide(found, true) + this.hideUserBlocks();
  }

  /** Hide what the user's own selectors for this site match (or only `selectors` of them). */
  hideUserBlocks(selectors: readonly string[] = this.selectors()): number {
    return this.cleaner.hide(blocksFromSelectors(document, selectors));
  }

  /**
   * Hide the page's clutter now and watch for late widgets. Nothing happens on a page that is not an article.
   * `again` (at DOMContentLoaded, when the page's scripts may still build its story): no article yet keeps the
   * early hide, and idle() looks once more.
   */
  clean(again = false): void {
    const t0 = performance.now();
    const found = this.find();
    if (found) this.hideFound(found, t0);
    else if (again) this.lookAgain = true;
    else dropEarlyHide();
  }

  /** Document idle (auto.js ran at `at`): the clean-up that found no article yet looks at the page as it is now. */
  idle(at: number): void {
    if (__MALGEUN_TEST__) recordIdle(at);
    if (!this.lookAgain) return;
    this.lookAgain = false;
    this.detected = null;
    this.detectedPage = null;
    if (this.auto || this.manual) this.clean();
    else dropEarlyHide();
  }

  /**
   * The same on request (the popup's 정리하기): the search, then a turn for the page's own tasks, then the hiding
   * and the browser's restyle. On a huge page each is a pause of its own instead of one long freeze.
   */
  async cleanOnRequest(): Promise<void> {
    const t0 = performance.now();
    const found = this.find();
    if (!found) {
      dropEarlyHide();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.hideFound(found, t0);
  }

  private hideFound(found: ClutterBlock[], t0: number): void {
    const t1 = performance.now();
    this.hideClutter(found);
    if (__MALGEUN_TEST__) {
      recordStep('hide', performance.now() - t1);
      recordClean(this.startedAt, t0);
    }
    this.onCount();
    if (!this.watcher && document.body) {
      this.watcher = new LateWidgetWatcher(document.body, {
        runBatch: () => this.hideClutter(),
        ignore: (el) => el.id === STYLE_ID || el.id === READER_HOST_ID || this.cleaner.isInsideHidden(el),
        onChange: () => this.onCount(),
      });
    }
    if (document.visibilityState !== 'hidden') this.watcher?.start();
  }

  restore(): void {
    // Restored before document idle: idle must not clean again.
    this.lookAgain = false;
    dropEarlyHide();
    this.watcher?.stop();
    this.watcher = null;
    this.cleaner.restore();
    this.onCount();
  }

  /** Pause the late-widget watcher in background tabs; catch up when the tab is shown again. */
  visibilityChanged(): void {
    const w = this.watcher;
    if (!w || this.cleaner.count === 0) return;
    if (document.visibilityState === 'hidden') w.stop();
    else {
      w.start();
      w.flush(true);
    }
  }

  /**
   * The page side of learning the early stylesheet (early-learn.ts) for runtime.ts, which keeps the storage
   * side: drop the learned stylesheet when it hid what this clean-up does not, and the names to keep next
   * (`before`, merged with this page's). Here, not in runtime.ts: its lazy import must not reach the core, or
   * the bundler wraps every core module in a lazy initialiser (see scripts/eager.mjs).
   */
  relearn(before: readonly string[]): string[] {
    if (!learnedStillFits(document, before)) document.getElementById(LEARNED_STYLE_ID)?.remove();
    return mergeLearned(document, learnSelectors(document, this.cleaner.hidden.keys()), before);
  }

  /** The id of this article's site rule when the rule finds nothing on the page (see rule-fit.ts). */
  misfit(): string | null {
    return this.detection().isArticle ? misfitRule(document, location.href) : null;
  }

  state(): CleanupState {
    const det = this.detection();
    const { kinds, headings } = this.cleaner.summary();
    const w = this.watcher;
    return {
      active: this.cleaner.count > 0,
      hidden: this.cleaner.count,
      kinds,
      headings,
      isArticle: det.isArticle,
      site: det.site,
      ruleMisfit: this.misfit() !== null,
      auto: this.auto,
      observing: w?.observing ?? false,
      capReached: w?.capReached ?? false,
      url: location.href,
      settled: this.settled,
    };
  }
}
