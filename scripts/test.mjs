#!/usr/bin/env node
// `npm test`: every check the project has, in order, each one run even when an earlier one failed (so one run
// shows everything that is wrong), then a summary. Exit 1 if any step failed. Nothing is skipped silently: a
// step that cannot run is a failure with the reason.
//   1 browsers present (apt-get install when root on Debian, else stop naming what to install)
//   2 typecheck  3 lint  4 unit tests  5 corpus eval  6 build (with the size budget)
//   7 web-ext lint on dist/firefox (0 errors)  8 e2e in Chromium and Firefox, on a test build
//   (node build.mjs --test: it also answers the harness's requests for timings; dist/ is built back as the
//   product afterwards, so the size budget, the lint and dist/ are always the product's)
// No flag skips a step. MALGEUN_E2E_ARGS narrows the e2e run for local work, and the summary says so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BROWSERS = [
  { name: 'Chromium', bin: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', bin: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', apt: 'firefox-esr' },
];

/** Debian packages the e2e tests need beside the browsers: Korean fonts and the browsers' Korean UI. */
const UI_PACKAGES = ['fonts-noto-cjk', 'chromium-l10n', 'firefox-esr-l10n-ko'];

const results = [];
const started = Date.now();

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: opts.capture ? 'pipe' : 'inherit',
    encoding: 'utf8',
    ...opts,
  });
  return r;
}

function step(name, fn) {
  console.log(`\n━━ ${name} ━━`);
  const t0 = Date.now();
  let ok = false;
  let note = '';
  try {
    const r = fn();
    ok = r === true || r?.ok === true;
    note = r?.note ?? '';
  } catch (e) {
    note = String(e?.message ?? e);
    console.error(note);
  }
  const secs = (Date.now() - t0) / 1000;
  results.push({ name, ok, secs, note });
  console.log(`${ok ? '✓' : '✗'} ${name} (${secs.toFixed(1)} s)${note ? ` — ${note}` : ''}`);
  return ok;
}

const npx = (...args) => run('npx', ['--no-install', ...args]).status === 0;

step('browsers present', () => {
  const isDebian = existsSync('/etc/debian_version');
  const missing = BROWSERS.filter((b) => !existsSync(b.bin));
  // The e2e tests run with the Korean UI and Korean fonts, as readers see the extension.
  const extras = isDebian
    ? UI_PACKAGES.filter((p) => run('dpkg', ['-s', p], { capture: true }).status !== 0)
    : [];
  if (!missing.length && !extras.length) return { ok: true, note: BROWSERS.map((b) => b.bin).join(', ') };
  const pkgs = [...missing.map((b) => b.apt), ...extras];
  const isRoot = process.getuid?.() === 0;
  if (isRoot && isDebian) {
    console.log(`installing ${pkgs.join(' ')} with apt-get …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', ...pkgs], { env });
    const still = BROWSERS.filter((b) => !existsSync(b.bin));
    const stillExtra = UI_PACKAGES.filter((p) => run('dpkg', ['-s', p], { capture: true }).status !== 0);
    if (!still.length && !stillExtra.length) return { ok: true, note: `installed ${pkgs.join(', ')}` };
  }
  throw new Error(
    `missing ${pkgs.join(', ')}: install them with \`sudo apt-get install -y ${pkgs.join(' ')}\`` +
      (missing.length ? ' (or set CHROMIUM_PATH / FIREFOX_PATH)' : ''),
  );
});

step('typecheck (tsc --noEmit)', () => npx('tsc', '--noEmit'));
step('lint + format (biome check)', () => npx('biome', 'check', '.'));
step('unit tests (vitest)', () => npx('vitest', 'run'));
// Before the full build: `npm run eval` makes its own CLI-only build, which clears dist/.
step('corpus eval (npm run eval)', () => {
  if (!existsSync(join(root, 'scripts/eval.mjs'))) throw new Error('scripts/eval.mjs does not exist yet');
  return run('npm', ['run', '--silent', 'eval']).status === 0;
});

const built = step('build (dist/chrome, dist/firefox, dist/cli.js + size budget)', () => {
  return run('node', ['build.mjs']).status === 0;
});

step('web-ext lint dist/firefox (0 errors)', () => {
  if (!built) throw new Error('no build to lint');
  const r = run(
    'npx',
    ['--no-install', 'web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-input'],
    { capture: true },
  );
  let report;
  try {
    report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  } catch {
    console.log(r.stdout, r.stderr);
    throw new Error('could not read web-ext lint output');
  }
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of report[kind] ?? [])
      console.log(`  ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} — ${m.message} ${m.description ?? ''}`);
  }
  const { errors, warnings, notices } = report.summary;
  return { ok: errors === 0, note: `${errors} errors, ${warnings} warnings, ${notices} notices` };
});

step('e2e in Chromium and Firefox (test build; test/e2e/run.mjs)', () => {
  if (!built) throw new Error('no build to test');
  if (run('node', ['build.mjs', '--test', '--no-size']).status !== 0) throw new Error('test build failed');
  const extra = (process.env.MALGEUN_E2E_ARGS ?? '').split(/\s+/).filter(Boolean);
  const ok = run('node', ['test/e2e/run.mjs', ...extra]).status === 0;
  if (run('node', ['build.mjs', '--no-size']).status !== 0) throw new Error('product rebuild failed');
  return { ok, note: extra.length ? `NARROWED by MALGEUN_E2E_ARGS=${extra.join(' ')}` : '' };
});

const total = (Date.now() - started) / 1000;
console.log('\n━━ summary ━━');
for (const r of results) {
  console.log(
    `${r.ok ? '✓' : '✗'} ${r.name.padEnd(58)} ${r.secs.toFixed(1).padStart(6)} s${r.note ? `  ${r.note}` : ''}`,
  );
}
const failed = results.filter((r) => !r.ok);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
console.log(
  `\n${pkg.name} npm test: ${results.length - failed.length} passed, ${failed.length} failed, wall time ${total.toFixed(1)} s`,
);
process.exit(failed.length ? 1 : 0);
