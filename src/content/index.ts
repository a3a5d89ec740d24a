/**
 * The content script. Run at document idle by the automatic clean-up registrations (auto.js just before it,
 * see background syncAutoScripts), or injected on demand by the popup/background. Steps:
 *   1. sent by a registration: detect the page and hide its clutter at once, before anything else;
 *   2. then, in a task of its own (the cleaned page can be painted first), load the part that talks to the
 *      extension (runtime.ts: messages, options, badge): setting up the extension bindings costs milliseconds
 *      the reader would otherwise wait for;
 *   3. late widgets are watched with bounded work (session.ts).
 * Only detection and clutter finding come from the core here: extraction and the reader live in page-tools.
 */
import { PageSession } from './session';

/**
 * When auto.js ran (just before this file, only in the automatic registrations), or null when this file
 * was injected on demand. Taken once: an orphaned earlier instance must not leave it to a later injection.
 */
function takeAutoStart(): number | null {
  const g = globalThis as { __malgeunAuto?: unknown };
  const at = typeof g.__malgeunAuto === 'number' ? g.__malgeunAuto : null;
  delete g.__malgeunAuto;
  return at;
}

/**
 * The popup and background may inject this file into a tab that already runs it: run once per page.
 * An instance orphaned by an extension update (its runtime is gone) no longer answers; the new one takes
 * over its marks instead of stepping aside.
 */
const holder = globalThis as { __malgeunContent?: { alive(): boolean } };
const previous = holder.__malgeunContent;
const autoStart = takeAutoStart();
if (!previous?.alive()) {
  const instance = { alive: () => true };
  holder.__malgeunContent = instance;
  const session = new PageSession(autoStart ?? performance.now());
  if (previous && session.cleaner.adopt() > 0) session.manual = true;
  if (autoStart !== null) {
    session.auto = true;
    session.clean();
  }
  document.addEventListener('visibilitychange', () => session.visibilityChanged());
  const loadRuntime = () =>
    import('./runtime')
      .then((runtime) => {
        instance.alive = runtime.extensionAlive;
        return runtime.start(session, autoStart !== null);
      })
      .catch((e) => console.warn('malgeun: content script failed', e));
  // Cleaned just now: end this task first, so the browser can paint the cleaned page before the extension
  // side is set up. Injected on demand: the popup is waiting for an answer, set it up at once.
  if (autoStart !== null) setTimeout(loadRuntime, 0);
  else loadRuntime();
}
