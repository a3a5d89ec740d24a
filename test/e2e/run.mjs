#!/usr/bin/env node
// The e2e runner: plain node, no test framework (quick on 2 cores).
//   node test/e2e/run.mjs [--browser chromium|firefox]… [filter…]
// Runs every test in test/e2e/tests/*.e2e.mjs in each browser, one browser at a time, one launch per browser
// (a test that fails gets a fresh browser for the next one). Last line: `N passed, N failed`; exit 1 on failure.
//
// A test file exports `tests`: [{ name, fn: async (t) => {}, browsers?: ['chromium'], timeout?: ms }] where
// t = { browser (the session: openPage, openExtensionPage, …), browserName, server, launch(opts), assert, log }.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH } from './harness/chromium.mjs';
import { FIREFOX_PATH } from './harness/firefox.mjs';
import { BROWSERS, distFor, launch, repoRoot, startServer } from './harness/index.mjs';

const argv = process.argv.slice(2);
const browsers = [];
const filters = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--browser') browsers.push(argv[++i]);
  else filters.push(argv[i]);
}
const selected = browsers.length ? browsers : BROWSERS;
for (const b of selected) if (!BROWSERS.includes(b)) throw new Error(`unknown browser ${b}`);

const missing = selected.filter((b) => !existsSync(b === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH));
if (missing.length) {
  console.error(
    `e2e: missing ${missing.join(', ')} — install with: apt-get install -y ${missing.map((b) => (b === 'chromium' ? 'chromium' : 'firefox-esr')).join(' ')}`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}
for (const b of selected) distFor(b);

const testsDir = join(repoRoot, 'test/e2e/tests');
const files = readdirSync(testsDir)
  .filter((f) => f.endsWith('.e2e.mjs'))
  .sort();
const suites = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(testsDir, f)).href);
  const suite = f.replace(/\.e2e\.mjs$/, '');
  for (const t of mod.tests ?? []) {
    const full = `${suite} › ${t.name}`;
    if (filters.length && !filters.some((x) => full.includes(x))) continue;
    suites.push({ ...t, full });
  }
}

const withTimeout = (p, ms, what) =>
  Promise.race([
    p,
    new Promise((_, rej) =>
      setTimeout(() => rej(new Error(`${what}: timed out after ${ms} ms`)), ms).unref(),
    ),
  ]);

let passed = 0;
let failed = 0;
const failures = [];
const started = Date.now();
const server = await startServer();

for (const browserName of selected) {
  const tests = suites.filter((t) => !t.browsers || t.browsers.includes(browserName));
  if (!tests.length) continue;
  let session = null;
  const t0 = Date.now();
  for (const test of tests) {
    const label = `${browserName} › ${test.full}`;
    const begin = Date.now();
    const extra = [];
    try {
      session ??= await withTimeout(launch(browserName, server), 60000, 'launch');
      const ctx = {
        browser: session,
        browserName,
        server,
        assert,
        log: (...a) => console.log('    ', ...a),
        /** Another browser with the extension (e.g. a restart of one profile); closed after the test. */
        async launch(opts = {}) {
          const s = await launch(browserName, server, opts);
          extra.push(s);
          return s;
        },
      };
      await withTimeout(Promise.resolve(test.fn(ctx)), test.timeout ?? 60000, label);
      passed++;
      console.log(`  ✓ ${label} (${Date.now() - begin} ms)`);
    } catch (e) {
      failed++;
      failures.push(label);
      console.log(
        `  ✗ ${label} (${Date.now() - begin} ms)\n      ${String(e?.stack ?? e)
          .split('\n')
          .slice(0, 6)
          .join('\n      ')}`,
      );
      // A failed test may leave the browser in any state: the next test gets a fresh one.
      await session?.close().catch(() => {});
      session = null;
    } finally {
      for (const s of extra) await s.close().catch(() => {});
    }
  }
  await session?.close().catch(() => {});
  console.log(`  ${browserName}: ${tests.length} tests in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
await server.close();

if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`e2e wall time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
