// Site rules: the registry matches hosts by suffix, and every rule with corpus pages is checked against them
// (a health check that catches rot: the body selector must hold the story, the URL must read as an article).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findSite, pathOf, SITES } from '../../src/core/sites/index';

const corpus = join(resolve(__dirname, '../..', '../shared/corpus'), 'pages');
const squash = (s: string) => s.replace(/\s+/g, '');

describe('findSite', () => {
  it('matches hosts and their subdomains, not look-alikes', () => {
    expect(findSite('https://n.news.naver.com/article/001/0014000000')?.id).toBe('naver');
    expect(findSite('https://m.entertain.naver.com/article/001/0014000000')?.id).toBe('naver');
    expect(findSite('https://www.chosun.com/politics/2026/01/06/ABCDEFGHIJKLMNOP/')?.id).toBe('chosun');
    expect(findSite('https://news.chosun.com/site/data/html_dir/2020/08/27/2020082704301.html')?.id).toBe(
      'chosun',
    );
    expect(findSite('https://www.notchosun.com/x')).toBeNull();
    expect(findSite('not a url')).toBeNull();
  });

  it('every rule has an id, hosts or a markup match, and valid selectors', () => {
    const { document } = parseHTML('<html><body></body></html>');
    for (const s of SITES) {
      expect(s.id).toMatch(/^[a-z0-9]+$/);
      for (const sel of [
        ...(s.body ?? []),
        ...(s.title ?? []),
        ...(s.clutter ?? []).map((c) => c.selector),
      ]) {
        expect(() => document.querySelectorAll(sel), `${s.id}: ${sel}`).not.toThrow();
      }
    }
  });
});

describe.skipIf(!existsSync(corpus))('site rules against the corpus pages they cover', () => {
  const pages = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.truth.json')) : [];
  for (const f of pages) {
    const truth = JSON.parse(readFileSync(join(corpus, f), 'utf8'));
    const site = findSite(truth.url);
    if (!site || truth.kind !== 'article') continue;
    it(`${site.id}: ${truth.file}`, () => {
      expect(
        site.articlePath?.some((re) => re.test(pathOf(truth.url))),
        'article URL shape',
      ).toBe(true);
      if (truth.bodyInScriptOnly || !site.body?.length) return;
      const { document } = parseHTML(readFileSync(join(corpus, truth.file), 'utf8'));
      const holders = site.body
        .flatMap((sel) => [...document.querySelectorAll(sel)])
        .map((el) => squash(el.textContent ?? ''));
      const found = truth.body.filter((p: string) => holders.some((h) => h.includes(squash(p))));
      expect(found.length / truth.body.length).toBeGreaterThanOrEqual(0.9);
    });
  }
});
