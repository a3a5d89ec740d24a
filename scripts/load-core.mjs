// Bundles src/core (TypeScript) into .eval/NAME.mjs and imports it, so the eval and the bench measure the
// same code the CLI and the extension ship, without touching dist/ (npm test builds dist/ in parallel steps).
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const CORE_ENTRY = "export * from './src/core/index.ts'; export { decodeBytes } from './src/core/decode.ts';";

/** `entry` re-exports what the caller needs (default: the public core, as the CLI and extension use it). */
export async function loadCore(name, entry = CORE_ENTRY) {
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
