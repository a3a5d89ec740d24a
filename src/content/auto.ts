/**
 * Run at document idle by the automatic clean-up registrations (never on demand). Elsewhere than the known
 * hosts it runs right before content.js and tells it that it was sent to clean this page, so it hides the
 * clutter at once instead of waiting on the options read. On the known hosts content.js arrived at
 * document_start and cleaned at DOMContentLoaded: this has it look again if no article was there yet.
 */
const g = globalThis as { __malgeunAuto?: number; __malgeunWake?: () => void };
g.__malgeunAuto = performance.now();
g.__malgeunWake?.();

export {};
