#!/usr/bin/env node
// `npm run package` (after the build that the npm script runs first): the store zips into artifacts/.
//   artifacts/malgeun-firefox-VERSION.zip   web-ext build of dist/firefox (what addons.mozilla.org takes)
//   artifacts/malgeun-chrome-VERSION.zip    dist/chrome zipped with manifest.json at its root (Chrome Web Store)
// Both go through web-ext's zipper: one tool, no extra dependency, same file-exclusion rules for both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, 'artifacts');
mkdirSync(out, { recursive: true });

let failed = false;
for (const [browser, dir] of [
  ['firefox', 'dist/firefox'],
  ['chrome', 'dist/chrome'],
]) {
  if (!existsSync(join(root, dir, 'manifest.json'))) {
    console.error(`${dir} is not built: run \`npm run build\` first`);
    process.exit(1);
  }
  const filename = `malgeun-${browser}-${version}.zip`;
  const r = spawnSync(
    join(root, 'node_modules/.bin/web-ext'),
    [
      'build',
      '--source-dir',
      dir,
      '--artifacts-dir',
      out,
      '--filename',
      filename,
      '--overwrite-dest',
      '--no-input',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  if (r.status !== 0) {
    console.error(r.stdout);
    failed = true;
    continue;
  }
  console.log(`artifacts/${filename}  ${statSync(join(out, filename)).size} B`);
}
process.exit(failed ? 1 : 0);
