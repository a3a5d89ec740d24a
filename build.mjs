#!/usr/bin/env node
// Builds Malgeun from one entries table:
//   dist/chrome, dist/firefox  loadable unpacked extensions (manifest patched per browser)
//   dist/cli.js                the Node command-line tool over src/core
// The known sites come from one list, the site rules (src/core/sites): they give the manifest's host
// permissions and the early-hide stylesheet (early.css) with the table early.js matches addresses against.
// Flags: --dev (source maps, no minify), --watch, --cli-only, --no-size (skip the size report),
//   --test (a build for the e2e tests and bench: content.js and page-tools.js also answer the harness's
//   requests for timings and counters, `__MALGEUN_TEST__`; never packaged: `npm run package` builds without).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { eagerPlugin } from './scripts/eager.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const watch = args.has('--watch');
const cliOnly = args.has('--cli-only');
const testBuild = args.has('--test');

/** Extension bundles: [source, output name]. Every browser gets the same set. */
export const extensionEntries = [
  ['src/background/index.ts', 'background'],
  ['src/content/index.ts', 'content'],
  ['src/content/auto.ts', 'auto'],
  ['src/content/early.ts', 'early'],
  ['src/content/gate.ts', 'gate'],
  ['src/content/page-tools.ts', 'page-tools'],
  ['src/content/picker-entry.ts', 'picker'],
  ['src/content/markdown-entry.ts', 'markdown'],
  ['src/popup/index.tsx', 'popup'],
  ['src/options/index.tsx', 'options'],
];

/** Files copied as they are: [source, destination inside the package]. */
const staticFiles = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/options/options.html', 'options.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.css', 'options.css'],
  ['_locales', '_locales'],
];

const browsers = ['chrome', 'firefox'];
const GECKO_ID = 'malgeun@malgeun.app';

/** What the site rules give the build: host patterns, early.css and early.js's table (TypeScript, bundled here). */
export async function siteAssets() {
  const out = await esbuild.build({
    stdin: {
      contents: `export { knownHostPatterns } from './src/core/sites/known-hosts';
        export { SITES } from './src/core/sites/index';
        export { earlyCss, earlyTable } from './src/content/early-css';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
  });
  const code = out.outputFiles[0].text;
  const m = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return {
    hostPermissions: m.knownHostPatterns(),
    earlyCss: `${m.earlyCss(m.SITES)}\n`,
    earlyTable: m.earlyTable(m.SITES),
  };
}
const sites = await siteAssets();

export function manifestFor(browser) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  manifest.version = pkg.version;
  manifest.host_permissions = sites.hostPermissions;
  if (browser === 'firefox') {
    manifest.background = { scripts: [manifest.background.service_worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': dev ? '"development"' : '"production"',
    __MALGEUN_TEST__: String(testBuild),
  },
};

function copyStatic(outdir) {
  for (const [from, to] of staticFiles) {
    const src = join(root, from);
    if (existsSync(src)) cpSync(src, join(outdir, to), { recursive: true });
  }
  mkdirSync(join(outdir, 'icons'), { recursive: true });
  for (const f of readdirSync(join(root, 'icons'))) {
    if (f.endsWith('.png')) cpSync(join(root, 'icons', f), join(outdir, 'icons', f));
  }
}

function extensionOptions(browser) {
  const outdir = join(root, 'dist', browser);
  return {
    ...common,
    entryPoints: Object.fromEntries(extensionEntries.map(([src, name]) => [name, join(root, src)])),
    outdir,
    format: 'iife',
    target: browser === 'firefox' ? ['firefox142'] : ['chrome120'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      ...common.define,
      __BROWSER__: JSON.stringify(browser),
      __EARLY_RULES__: JSON.stringify(sites.earlyTable),
    },
    plugins: [
      // The content script's first pass compiled eagerly (scripts/eager.mjs).
      eagerPlugin(root),
      {
        name: 'static',
        setup(build) {
          build.onEnd(() => {
            copyStatic(outdir);
            writeFileSync(join(outdir, 'early.css'), sites.earlyCss);
            writeFileSync(
              join(outdir, 'manifest.json'),
              `${JSON.stringify(manifestFor(browser), null, 2)}\n`,
            );
          });
        },
      },
    ],
  };
}

const cliOptions = {
  ...common,
  entryPoints: [join(root, 'src/cli.ts')],
  outfile: join(root, 'dist/cli.js'),
  platform: 'node',
  format: 'esm',
  target: ['node20'],
  minify: false,
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __malgeunRequire } from 'node:module';\nconst require = __malgeunRequire(import.meta.url);",
  },
};

function sizeReport() {
  const budgets = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
  const rows = [];
  let failed = false;
  for (const browser of browsers) {
    const dir = join(root, 'dist', browser);
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.js')) continue;
      const buf = readFileSync(join(dir, f));
      const gz = gzipSync(buf, { level: 9 }).length;
      const budget = budgets[f];
      const over = budget !== undefined && gz > budget;
      failed ||= over;
      rows.push([`${browser}/${f}`, buf.length, gz, budget ?? '-', over ? 'OVER BUDGET' : 'ok']);
    }
  }
  const cli = statSync(join(root, 'dist/cli.js')).size;
  rows.push(['cli.js', cli, gzipSync(readFileSync(join(root, 'dist/cli.js'))).length, '-', 'ok']);
  console.log('\nbundle                      minified     gzipped   budget(gz)');
  for (const [n, m, g, b, s] of rows) {
    console.log(
      `${n.padEnd(26)} ${String(m).padStart(9)} B ${String(g).padStart(9)} B ${String(b).padStart(9)}  ${s}`,
    );
  }
  if (failed) {
    console.error('\nsize budget exceeded (size-budget.json)');
    process.exitCode = 1;
  }
}

// A CLI-only build leaves the extension packages alone (a browser test may be using them).
if (!watch && !cliOnly) rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });

if (watch) {
  const contexts = [
    await esbuild.context(cliOptions),
    ...(await Promise.all(browsers.map((b) => esbuild.context(extensionOptions(b))))),
  ];
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching src/ … (Ctrl+C to stop)');
} else {
  await Promise.all([
    esbuild.build(cliOptions),
    ...(cliOnly ? [] : browsers.map((b) => esbuild.build(extensionOptions(b)))),
  ]);
  if (!cliOnly && !args.has('--no-size')) sizeReport();
}
