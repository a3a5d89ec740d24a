/**
 * The content script. Steps:
 *   1. sent by a registration: detect the page and hide its clutter at once, before anything else;
 *   2. then, in a task of its own (the cleaned page can be painted first), load the part that talks to the
 *      extension (runtime.ts: messages, options, badge): setting up the extension bindings costs milliseconds
 *      the reader would otherwise wait for;
 *   3. late widgets are watched with bounded work (session.ts).
 * How it arrives:
 *   - on the known hosts, at document_start right after early.js (see background syncAutoScripts): the
 *     browser compiles it while the page is still arriving, and it waits for DOMContentLoaded: the page is
 *     all there then, and the clutter goes before document idle (which a browser may put off until the
 *     page's images have loaded). auto.js, at idle, asks it to look again when no article was there yet;
 *   - on a site of the user's own, at document idle right after auto.js, which leaves it the time;
 *   - injected on demand by the popup/background, or for the all-sites gate (gate.js leaves the time).
 * Only detection and clutter finding come from the core here: extraction and the reader live in page-tools.
 */
import { PageSession } from './session';

interface Starts {
  /** When auto.js (or gate.js) ran: document idle. */
  __malgeunAuto?: unknown;
  /** Set by early.js: this copy arrived at document_start and waits for DOMContentLoaded. */
  __malgeunEarly?: unknown;
}

/** Take a start mark once: an orphaned earlier instance must not leave it to a later injection. */
function take(key: keyof Starts): unknown {
  const g = globalThis as Starts;
  const v = g[key];
  delete g[key];
  return v;
}
const takeAutoStart = (): number | null => {
  const at = take('__malgeunAuto');
  return typeof at === 'number' ? at : null;
};

/** The extension's runtime id is readable (the browser's own object: the polyfill is loaded later). */
function extensionThere(): boolean {
  const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  try {
    return !!(g.browser ?? g.chrome)?.runtime?.id;
  } catch {
    return false;
  }
}

interface Instance {
  alive(): boolean;
  /** A copy that arrived at document_start and has not started: start it (an injection on demand). */
  wake?: () => void;
}

/**
 * The popup and background may inject this file into a tab that already runs it: run once per page.
 * An instance orphaned by an extension update (its runtime is gone) no longer answers; the new one takes
 * over its marks instead of stepping aside.
 */
const holder = globalThis as { __malgeunContent?: Instance; __malgeunWake?: () => void };
/** `at`: when the clean-up was sent; `auto`: by a registration; `final`: at document idle, no later look. */
type Start = { at: number; auto: boolean; final: boolean };
const previous = holder.__malgeunContent;
const early = take('__malgeunEarly') === true;
if (previous?.alive()) {
  // An injection on demand into a page whose early copy still waits: start that one now. A start mark left
  // behind (auto.js after that copy was started early) is nobody's: a later injection must not take it.
  previous.wake?.();
  take('__malgeunAuto');
} else {
  // Until the runtime part is loaded, alive means the extension that sent this copy is still there (an early
  // copy waits through the whole page load, an update may orphan it meanwhile).
  const instance: Instance = { alive: extensionThere };
  holder.__malgeunContent = instance;
  const begin = ({ at, auto, final }: Start) => {
    instance.wake = undefined;
    delete holder.__malgeunWake;
    const session = new PageSession(at);
    if (previous && session.cleaner.adopt() > 0) session.manual = true;
    if (auto) {
      session.auto = true;
      session.clean(!final);
    }
    // auto.js at document idle: the copy started at DOMContentLoaded looks once more if no article was there.
    if (!final)
      holder.__malgeunWake = () => {
        delete holder.__malgeunWake;
        session.idle(takeAutoStart() ?? performance.now());
      };
    else if (auto) session.idle(at);
    document.addEventListener('visibilitychange', () => session.visibilityChanged());
    const loadRuntime = () =>
      import('./runtime')
        .then((runtime) => {
          instance.alive = runtime.extensionAlive;
          return runtime.start(session, auto);
        })
        .catch((e) => console.warn('malgeun: content script failed', e));
    // Cleaned just now: end this task first, so the browser can paint the cleaned page before the extension
    // side is set up. Injected on demand: the popup is waiting for an answer, set it up at once.
    if (auto) setTimeout(loadRuntime, 0);
    else loadRuntime();
  };
  if (!early) {
    const at = takeAutoStart();
    begin({ at: at ?? performance.now(), auto: at !== null, final: true });
  } else {
    // Sent by the automatic registration of the known hosts: clean once the document is parsed, after the
    // page's own DOMContentLoaded handlers on document (window hears the event last), which may still add to
    // it. Should the event not reach window (a page may stop it), auto.js at document idle starts it. An
    // injection on demand before then starts it at once, as the popup's (the options decide then).
    const stop = () => window.removeEventListener('DOMContentLoaded', ready);
    function ready() {
      stop();
      if (instance.wake) begin({ at: performance.now(), auto: true, final: false });
    }
    instance.wake = () => {
      stop();
      begin({ at: performance.now(), auto: false, final: false });
    };
    holder.__malgeunWake = () => {
      stop();
      const at = takeAutoStart() ?? performance.now();
      if (instance.wake) begin({ at, auto: true, final: true });
    };
    if (document.readyState === 'loading') window.addEventListener('DOMContentLoaded', ready);
    else ready();
  }
}
