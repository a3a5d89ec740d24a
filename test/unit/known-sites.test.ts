// One list of known sites: the site rules (plus the outlets without a rule) give the manifest's host
// permissions at build time, and the early-hide stylesheet built from the rules' clutter selectors never
// hides a story's headline or paragraphs on the corpus pages (it applies before any guard can look): no
// element it matches holds the title or a story paragraph in its text outside links.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { earlyCss, earlySelectors, earlyTable } from '../../src/content/early-css';
import { findSite, SITES } from '../../src/core/sites/index';
import { knownHostPatterns, knownHosts, OUTLETS_WITHOUT_RULES } from '../../src/core/sites/known-hosts';
import { isKnownHost } from '../../src/shared/options';

const root = resolve(__dirname, '../..');
const corpus = join(root, '../shared/corpus/pages');
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

/** An element's text outside links: a list of headline links may name this very story without being it. */
function ownText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && (c as Element).tagName !== 'A') walk(c);
    }
  };
  walk(el);
  return out;
}

describe('known sites: one list', () => {
  it('the manifest lists no hosts of its own: build.mjs writes the generated ones', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toBeUndefined();
    expect(readFileSync(join(root, 'build.mjs'), 'utf8')).toContain(
      'manifest.host_permissions = sites.hostPermissions',
    );
  });

  it('every host of every rule and every rule-less outlet gets automatic clean-up, subdomains included', () => {
    const patterns = knownHostPatterns();
    for (const h of [...SITES.flatMap((s) => s.hosts), ...OUTLETS_WITHOUT_RULES]) {
      expect(isKnownHost(h, patterns), h).toBe(true);
      expect(isKnownHost(`www.${h}`, patterns), h).toBe(true);
    }
    // The hosts that had a rule but no automatic clean-up before the list was generated.
    for (const h of [
      'www.ajunews.co.kr',
      'm.daum.net',
      'news.jtbc.joins.com',
      'mnews.sbs.co.kr',
      'www.tvchosun.com',
    ])
      expect(isKnownHost(h, patterns), h).toBe(true);
    expect(isKnownHost('www.example.com', patterns)).toBe(false);
    expect(isKnownHost('notchosun.com', patterns)).toBe(false);
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
    expect(new Set(knownHosts()).size).toBe(knownHosts().length);
  });

  it('early.js and early.css cover the same rules, each scoped under its own id', () => {
    const css = earlyCss(SITES);
    const table = earlyTable(SITES);
    expect(table.length).toBeGreaterThan(20);
    for (const [id] of table) {
      const site = SITES.find((s) => s.id === id);
      expect(site).toBeDefined();
      expect(css).toContain(
        `html[data-malgeun-early="${id}"] :is(${earlySelectors(site as never).join(',')})`,
      );
    }
    expect(css.split('\n')).toHaveLength(table.length);
  });
});

const pages = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.truth.json')) : [];

/** What of the story's title and paragraphs the elements matched by `selectors` hold (text outside links). */
function frameHeldBy(html: string, truth: { title: string; body?: string[] }, selectors: string[]): string[] {
  const { document } = parseHTML(html);
  const frame = [truth.title, ...(truth.body ?? [])].filter((s) => s?.trim()).map(squash);
  const held: string[] = [];
  for (const sel of selectors) {
    for (const el of document.querySelectorAll(sel)) {
      const text = squash(ownText(el));
      for (const p of frame) if (text.includes(p)) held.push(`${sel}: ${p.slice(0, 40)}`);
    }
  }
  return held;
}

describe.skipIf(pages.length === 0)('early-hide stylesheet on the corpus: never the story frame', () => {
  const truths = pages.map((f) => JSON.parse(readFileSync(join(corpus, f), 'utf8')));
  it('the check itself sees a story box (the body selectors of a rule) as holding the frame', () => {
    const truth = truths.find((t) => t.kind === 'article' && findSite(t.url)?.id === 'naver');
    const site = findSite(truth.url);
    const html = readFileSync(join(corpus, truth.file), 'utf8');
    expect(frameHeldBy(html, truth, site?.body ?? []).length).toBeGreaterThan(0);
  });
  for (const truth of truths) {
    const site = findSite(truth.url);
    if (truth.kind !== 'article' || !site?.clutter?.length) continue;
    it(`${site.id}: ${truth.file}`, () => {
      const html = readFileSync(join(corpus, truth.file), 'utf8');
      expect(frameHeldBy(html, truth, earlySelectors(site))).toEqual([]);
    });
  }
});
