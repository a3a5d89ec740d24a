// Rules that say when they rot: on the corpus articles every known site's rule still finds something; after a
// "redesign" (classes, ids and data attributes renamed) the same page reports its rule as misfit, and an unknown site never does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { misfitRule } from '../../src/content/rule-fit';
import { decodeBytes } from '../../src/core/page/decode';
import { findSite } from '../../src/core/sites/index';

const corpus = join(resolve(__dirname, '../..'), '../shared/corpus/pages');
const pages = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.truth.json')) : [];
const docOf = (html: string) => parseHTML(html).document as unknown as Document;
/** A redesign: every class, id and itemprop value given a new name, every data-* attribute renamed. */
function redesign(html: string): string {
  let n = 0;
  return html
    .replace(/\b(class|id|itemprop)="[^"]*"/g, (_, a) => `${a}="r${n++}"`)
    .replace(/\bdata-([\w-]+)=/g, 'data-v2-$1=');
}

describe.skipIf(pages.length === 0)('site rules still fit their corpus pages', () => {
  const articles = pages
    .map((f) => JSON.parse(readFileSync(join(corpus, f), 'utf8')))
    .filter((t) => t.kind === 'article' && findSite(t.url));
  const html = (t: { file: string }) => decodeBytes(new Uint8Array(readFileSync(join(corpus, t.file)))).text;

  it('no article whose story is in its markup reports its rule as misfit', () => {
    // A client-rendered story has no story box until the page's own script draws it (not in a saved file).
    const misfit = articles
      .filter((t) => !t.bodyInScriptOnly)
      .filter((t) => misfitRule(docOf(html(t)), t.url) !== null)
      .map((t) => t.file);
    expect(misfit).toEqual([]);
  });

  it('a redesigned page (classes and ids renamed) reports its rule', () => {
    const sample = articles.filter((t) => !t.bodyInScriptOnly).slice(0, 12);
    expect(sample.length).toBeGreaterThan(5);
    for (const t of sample)
      expect(misfitRule(docOf(redesign(html(t))), t.url), t.file).toBe(findSite(t.url)?.id);
  });

  it('an unknown site has no rule to misfit', () => {
    const t = articles[0];
    expect(misfitRule(docOf(redesign(html(t))), 'https://news.unknown-ilbo.example/a/1')).toBeNull();
  });
});
