/**
 * Catches widgets that arrive after load (recommendation rails, ad slots, infinite feeds) with bounded work:
 *   - mutations are only collected; a batch runs at most `delayMs` after the first pending mutation, so a page
 *     that rewrites itself every 50 ms still gets one batch per delay instead of starving a plain debounce;
 *   - a batch runs only when an added element lies outside what is already hidden;
 *   - a slow batch spaces out the next ones (at most ~20% of the time goes to batches), so the page stays
 *     responsive on a slow or busy machine;
 *   - after `maxBatches` batches, or `maxWorkMs` of total batch time, the watcher disconnects and reports
 *     `capReached` (the popup tells the user). The time cap is generous because wall-clock time also counts
 *     other processes' load; the batch count is the main bound;
 *   - it pauses while the tab is hidden and disconnects on restore.
 */

export interface WatcherLimits {
  delayMs: number;
  maxBatches: number;
  maxWorkMs: number;
  /** Added elements kept per batch for the relevance check; more than this just means "something changed". */
  maxPending: number;
}

export const DEFAULT_LIMITS: WatcherLimits = {
  delayMs: 200,
  maxBatches: 60,
  maxWorkMs: 2500,
  maxPending: 200,
};

export interface WatcherHooks {
  /** Runs one batch: find and hide new clutter; returns the number of blocks hidden. */
  runBatch(): number;
  /** Nodes the watcher should not react to (our own style, the reader, already hidden blocks). */
  ignore(node: Element): boolean;
  /** Called when the state changes (batch ran, cap reached) so the owner can update the badge. */
  onChange?(): void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export class LateWidgetWatcher {
  batches = 0;
  lateHidden = 0;
  workMs = 0;
  capReached = false;
  private observer: MutationObserver | null = null;
  private timer: unknown = null;
  private pending: Element[] = [];
  private overflow = false;
  private delay: number;
  private readonly limits: WatcherLimits;

  constructor(
    private readonly root: Node,
    private readonly hooks: WatcherHooks,
    limits: Partial<WatcherLimits> = {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.delay = this.limits.delayMs;
  }

  get observing(): boolean {
    return this.observer !== null;
  }

  start(): void {
    if (this.observer || this.capReached) return;
    // The content script's own MutationObserver: in Firefox, the page window's constructor (an Xray) would
    // make an observer whose callbacks never reach the content script.
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(this.root, { childList: true, subtree: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) (this.hooks.clearTimer ?? clearTimeout)(this.timer as number);
    this.timer = null;
    this.pending = [];
    this.overflow = false;
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (this.pending.length < this.limits.maxPending) this.pending.push(node as Element);
        else this.overflow = true;
      }
    }
    if ((this.pending.length || this.overflow) && this.timer === null) {
      this.timer = (this.hooks.setTimer ?? setTimeout)(() => this.flush(), this.delay);
    }
  }

  /** Run the pending batch now (exposed for tests and for a rescan when the tab becomes visible). */
  flush(force = false): void {
    this.timer = null;
    const relevant =
      force || this.overflow || this.pending.some((el) => el.isConnected && !this.hooks.ignore(el));
    this.pending = [];
    this.overflow = false;
    if (!relevant || this.capReached) return;
    const now = this.hooks.now ?? (() => performance.now());
    const t0 = now();
    this.lateHidden += this.hooks.runBatch();
    const took = now() - t0;
    this.workMs += took;
    this.delay = Math.max(this.limits.delayMs, Math.round(4 * took));
    this.batches++;
    if (this.batches >= this.limits.maxBatches || this.workMs >= this.limits.maxWorkMs) {
      this.capReached = true;
      this.stop();
    }
    this.hooks.onChange?.();
  }
}
