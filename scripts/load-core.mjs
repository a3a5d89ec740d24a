// Bundles src/core (TypeScript) into .eval/NAME.mjs and imports it, so the eval and the bench measure the
// same code the CLI and the extension ship, without touching dist/ (npm test builds dist/ in parallel steps).
//
// `loadCore(name, { generic: true })` bundles the same core with every site rule switched off: the registry's
// `findSite` (by host) and `findSiteByMarkup` (the ND-soft CMS markup) answer null, so each page goes down the
// generic path. The rule list itself stays exported, for the eval's table of which rules still match.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const registry = join(root, 'src/core/sites/index.ts');

const CORE_ENTRY =
  "export * from './src/core/index.ts'; export { decodeBytes } from './src/core/page/decode.ts'; export { SITES, findSiteByMarkup } from './src/core/sites/index.ts';";

/** An esbuild plugin: the site registry with both look-ups renamed away and replaced by `return null`. */
const noSiteRules = {
  name: 'no-site-rules',
  setup(build) {
    build.onLoad({ filter: /[/\\]src[/\\]core[/\\]sites[/\\]index\.ts$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const out = src
        .replace('export function findSite(', 'function findSiteByHost(')
        .replace('export function findSiteByMarkup(', 'function findSiteByShape(');
      if ((out.match(/function findSiteBy(?:Host|Shape)\(/g) ?? []).length !== 2)
        throw new Error(`${registry}: findSite / findSiteByMarkup not found; update scripts/load-core.mjs`);
      return {
        loader: 'ts',
        contents: `${out}
void findSiteByHost;
void findSiteByShape;
export function findSite(_url: string): SiteRule | null { return null; }
export function findSiteByMarkup(_doc: Document): SiteRule | null { return null; }
`,
      };
    });
  },
};

/**
 * `entry` re-exports what the caller needs (default: the public core, as the CLI and extension use it, plus the
 * site registry for the eval's rule table); `generic` switches every site rule off.
 */
export async function loadCore(name, { generic = false, entry = CORE_ENTRY } = {}) {
  const out = join(root, `.eval/${name}.mjs`);
  mkdirSync(dirname(out), { recursive: true });
  await esbuild.build({
    stdin: {
      contents: entry,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'warning',
    plugins: generic ? [noSiteRules] : [],
    banner: {
      js: "import { createRequire as __req } from 'node:module'; const require = __req(import.meta.url);",
    },
  });
  return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

/** The truth files of a page folder (`NAME.truth.json`), optionally only those whose name contains `only`. */
export function truthFiles(dir, only) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .filter((f) => !only || f.includes(only))
    .sort();
}
