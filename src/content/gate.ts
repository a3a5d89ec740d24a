/**
 * The all-sites mode's content script (registered on every page while the mode is on; see background
 * syncAutoScripts). It decides cheaply (gate-check.ts): a page that is not Korean, or Korean but not
 * news-shaped, is left at once with no change of any kind. A news-shaped page asks the background to send
 * content.js, which runs the detection by shape and cleans only a detected article.
 * What it decided and how long that took stay in this script's own world (`__malgeunGate`), where the
 * e2e tests and the bench read them; the page cannot see them and no message carries them.
 */
import { gateVerdict } from './gate-check';

const started = performance.now();
const verdict = gateVerdict(document, location.href);
const g = globalThis as {
  __malgeunGate?: { verdict: string; ms: number };
  __malgeunAuto?: number;
  chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
};
if (verdict === 'news') {
  // content.js then knows it was sent to clean, as after auto.js.
  g.__malgeunAuto = started;
  // The browser's own API, not the polyfill: this file must stay tiny (Chrome and Firefox both return a promise).
  (g.browser ?? g.chrome)?.runtime.sendMessage({ type: 'malgeun:gate-pass' }).catch(() => undefined);
}
g.__malgeunGate = { verdict, ms: performance.now() - started };
