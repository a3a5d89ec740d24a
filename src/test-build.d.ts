/**
 * True only in a build made for the tests (`node build.mjs --test`: what `npm test`'s e2e step and the e2e
 * bench load; vitest sets it false, as in the product). esbuild replaces it with a constant, so a product
 * build drops every branch it guards: timings and counters never reach a message the UI renders.
 */
declare const __MALGEUN_TEST__: boolean;
