import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('locales', () => {
  const ko = load('ko');
  const en = load('en');

  it('Korean and English have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const k of Object.keys(ko)) {
      expect(Object.keys(en[k].placeholders ?? {}), k).toEqual(Object.keys(ko[k].placeholders ?? {}));
      for (const name of Object.keys(ko[k].placeholders ?? {})) {
        expect(ko[k].message, k).toContain(`$${name.toUpperCase()}$`);
        expect(en[k].message, k).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });

  it('has a message for every key the UI asks for, and the manifest uses', () => {
    const used = new Set<string>();
    for (const file of sources(join(root, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]);
    }
    for (const m of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g))
      used.add(m[1]);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in ko))).toEqual([]);
  });
});
