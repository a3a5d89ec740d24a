/**
 * The clean-up's timings and counters, for a test build only: every call sits behind `__MALGEUN_TEST__`, so a
 * product build drops this module, and no message the UI renders carries a timing (house style rule 13).
 * The e2e harness and bench ask for them with `malgeun:cleanup-metrics` (src/shared/TESTING.md).
 */
import type { CleanupMetrics } from '../shared/messages';
import type { LateWidgetWatcher } from './watcher';

type Steps = NonNullable<CleanupMetrics['firstPass']>;

const times: Pick<CleanupMetrics, 'cleanMs' | 'startToHiddenMs'> = { cleanMs: null, startToHiddenMs: null };
/** When the blocks were first hidden, and when document idle came (auto.js), performance.now(). */
let hiddenAt: number | null = null;
let idleAt: number | null = null;
/** The first pass's steps, as each one ends (detection may run before the pass, for a state request). */
const steps: Partial<Steps> = {};

/** A step of the first pass took `ms`; later passes (late widgets, a manual clean) keep the first figure. */
export function recordStep(step: keyof Steps, ms: number): void {
  steps[step] ??= ms;
}

/** The blocks are hidden now: the pass began at `passStart`, the clean-up was sent at `startedAt`. */
export function recordClean(startedAt: number, passStart: number): void {
  const now = performance.now();
  times.cleanMs = now - passStart;
  times.startToHiddenMs ??= now - startedAt;
  hiddenAt ??= now;
}

/** Document idle came at `at` (auto.js ran). */
export function recordIdle(at: number): void {
  idleAt ??= at;
}

/** How long the clutter still showed once document idle came: 0 when it was hidden before; null before both. */
function idleToHidden(): number | null {
  return hiddenAt === null || idleAt === null ? null : Math.max(0, hiddenAt - idleAt);
}

export function cleanupMetrics(watcher: LateWidgetWatcher | null): CleanupMetrics {
  const { prose, detect, find, hide } = steps;
  const firstPass =
    prose !== undefined && detect !== undefined && find !== undefined && hide !== undefined
      ? { prose, detect, find, hide }
      : null;
  return {
    ...times,
    idleToHiddenMs: idleToHidden(),
    batches: watcher?.batches ?? 0,
    lateHidden: watcher?.lateHidden ?? 0,
    firstPass,
  };
}
