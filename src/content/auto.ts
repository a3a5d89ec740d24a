/**
 * Run just before content.js by the automatic clean-up registrations (never on demand). It tells content.js
 * it was sent to clean this page, so it hides the clutter at once instead of waiting on the options read,
 * and when: the idle → hidden time is measured from here, so it includes loading content.js itself.
 */
(globalThis as { __malgeunAuto?: number }).__malgeunAuto = performance.now();
