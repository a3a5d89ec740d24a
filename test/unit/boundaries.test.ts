// House rules that a reviewer would otherwise have to remember: raw HTML is written into a DOM in exactly two
// reviewed places, webextension-polyfill is imported in exactly one module, and src/core stays pure.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}
const files = sources(join(root, 'src')).map((p) => ({
  path: relative(root, p),
  text: readFileSync(p, 'utf8'),
}));
const code = (t: string) => t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('source boundaries', () => {
  it('writes raw HTML only in the sanitizer and the core serializer', () => {
    const writers = files
      .filter((f) =>
        /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(
          code(f.text),
        ),
      )
      .map((f) => f.path)
      .sort();
    expect(writers.every((p) => p === 'src/core/output/serialize.ts' || p === 'src/shared/sanitize.ts')).toBe(
      true,
    );
  });

  it('imports webextension-polyfill only in src/shared/browser.ts', () => {
    const importers = files
      .filter((f) => /from\s+['"]webextension-polyfill['"]/.test(f.text))
      .map((f) => f.path);
    expect(importers).toEqual(['src/shared/browser.ts']);
  });

  it('lets code outside src/core use only its entries (index, light, markdown) and, for types, its contract', () => {
    const entry = /(?:^|\/)core\/(?:index|light|markdown)$/;
    const contract = /(?:^|\/)core\/types$/;
    // The byte decoder pulls iconv-lite (Node only): the CLI takes it directly so the browser bundles never do.
    const nodeOnly = (path: string, spec: string) => path === 'src/cli.ts' && spec === './core/page/decode';
    const reached: string[] = [];
    for (const f of files.filter((x) => !x.path.startsWith('src/core/'))) {
      for (const m of code(f.text).matchAll(
        /^\s*(import|export)\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gm,
      )) {
        const [, , typeOnly, spec] = m as unknown as [string, string, string | undefined, string];
        if (!/(?:^|\/)core\//.test(spec)) continue;
        reached.push(spec);
        if (entry.test(spec) || (typeOnly && contract.test(spec)) || nodeOnly(f.path, spec)) continue;
        expect.fail(`${f.path} imports ${spec} from inside the core`);
      }
    }
    // The check saw the real imports (page tools, the content script, the CLI).
    expect(reached.some((s) => s.endsWith('core/light'))).toBe(true);
    expect(reached.some((s) => s.endsWith('core/index'))).toBe(true);
  });

  it('keeps src/core free of extension layers and extension globals', () => {
    for (const f of files.filter((x) => x.path.startsWith('src/core/'))) {
      const c = code(f.text);
      expect(c, f.path).not.toMatch(/from\s+['"][./]+\/(?:shared|content|background|popup|options|reader)\//);
      expect(c, f.path).not.toMatch(/\b(?:browser|chrome)\.(?:runtime|tabs|storage|scripting)\b/);
    }
  });
});
