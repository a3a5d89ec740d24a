// House style rule 13: the product's messages carry what the UI shows; timings and counters for the tests live
// behind the test flag (`__MALGEUN_TEST__`, `node build.mjs --test`). The product bundles, built as build.mjs
// builds them, hold none of the test hooks (esbuild drops every branch the flag guards), while a test build
// does (so the check can see them). content-state-telemetry.test.ts checks the state message itself.
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
/** What the test hooks leave in a bundle: their message types and their fields. */
const TEST_HOOK_TEXT =
  /malgeun:(?:cleanup|tools)-metrics|cleanMs|idleToHiddenMs|startToHiddenMs|extractMs|readerOpenMs|openMs/g;

async function bundle(entry: string, testBuild: boolean): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: ['chrome120'],
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"', __MALGEUN_TEST__: String(testBuild) },
  });
  return out.outputFiles[0].text;
}

describe('test telemetry stays out of the product bundles', () => {
  it('builds content.js and page-tools.js without the test hooks, and with them only in a test build', async () => {
    for (const entry of ['src/content/index.ts', 'src/content/page-tools.ts']) {
      const product = await bundle(entry, false);
      expect(product.match(TEST_HOOK_TEXT) ?? [], entry).toEqual([]);
      const test = await bundle(entry, true);
      expect((test.match(TEST_HOOK_TEXT) ?? []).length, entry).toBeGreaterThan(0);
    }
  });
  it('builds popup.js without the `?timing` render time, and with it only in a test build', async () => {
    const timing = /["']timing["']/;
    expect(timing.test(await bundle('src/popup/index.tsx', false))).toBe(false);
    expect(timing.test(await bundle('src/popup/index.tsx', true))).toBe(true);
  });
});
