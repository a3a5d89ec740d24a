/**
 * Run at document idle by the automatic clean-up registrations (never on demand). It tells content.js it
 * was sent to clean this page, so it hides the clutter at once instead of waiting on the options read, and
 * when: the idle → hidden time is measured from here. On the known hosts content.js arrived at
 * document_start and waits to be woken; elsewhere it runs right after this file.
 */
const g = globalThis as { __malgeunAuto?: number; __malgeunWake?: () => void };
g.__malgeunAuto = performance.now();
g.__malgeunWake?.();

export {};
