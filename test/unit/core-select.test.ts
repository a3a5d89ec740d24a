/**
 * The index-backed selector engine (select.ts) answers exactly what the DOM's querySelectorAll answers: every
 * selector of every site rule, on every corpus page, plus hand-written cases for each piece of the grammar and
 * for what it must hand to the DOM (pseudo-classes, sibling combinators, broken selectors).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/core/page/decode';
import { parseSelector, select, selectFirst } from '../../src/core/page/select';
import { walkDocument } from '../../src/core/page/walk';
import { SITES } from '../../src/core/sites/index';

const corpus = path.resolve(__dirname, '../..', '../shared/corpus/pages');
const pages = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.html')) : [];

const native = (doc: Document, sel: string): Element[] => {
  try {
    return [...doc.querySelectorAll(sel)];
  } catch {
    return [];
  }
};

function ruleSelectors(): string[] {
  const out = new Set<string>();
  for (const r of SITES) {
    for (const list of [r.body, r.title, r.subtitle, r.byline, r.published, r.modified, r.section, r.strip])
      for (const s of list ?? []) out.add(s);
    for (const c of r.clutter ?? []) out.add(c.selector);
  }
  return [...out];
}

const FIXTURE = `<!doctype html><html><body>
<div id="main" class="wrap  story"><article class="body" data-x="a b"><p class="lead">하나</p>
<div class="box"><p>둘</p><span class="lead x">셋</span></div></article>
<ul class="list"><li><a href="/1" class="tit">링크</a></li><li class="on"><a href="/2">둘째</a></li></ul>
<p class="a a">중복</p><section data-module="moreNews"><h3 class="tit">제목</h3></section></div>
<div id="main2"><p class="lead">넷</p></div></body></html>`;

describe('select: the grammar, against the DOM', () => {
  const { document } = parseHTML(FIXTURE);
  const walk = walkDocument(document);
  const cases = [
    'p',
    '.lead',
    'p.lead',
    '#main',
    '#main .lead',
    '#main > article > p',
    'article > .lead',
    'div .box p',
    '[data-module=moreNews]',
    '[data-module="moreNews"] .tit',
    "[data-x='a b']",
    '[data-x~=b]',
    '[data-x^=a]',
    '[data-x$=b]',
    '[data-x*=" "]',
    '[class]',
    'ul.list li a.tit, .lead, #main2',
    '.a',
    '*',
    'div > *',
    'li.on a',
    'h3.tit, p.lead',
  ];
  for (const sel of cases) {
    it(`${sel}: in the grammar, same elements in the same order`, () => {
      expect(parseSelector(sel)).not.toBeNull();
      expect(select(walk, sel)).toEqual(native(document, sel));
    });
  }
  it('hands pseudo-classes and sibling combinators to the DOM, and answers the same', () => {
    for (const sel of ['li:first-child a', 'p + div', 'h3 ~ p', 'a:not(.tit)']) {
      expect(parseSelector(sel)).toBeNull();
      expect(select(walk, sel)).toEqual(native(document, sel));
    }
  });
  it('a selector nobody can read matches nothing and does not throw', () => {
    expect(select(walk, 'div[')).toEqual([]);
    expect(select(walk, '>>')).toEqual([]);
    expect(selectFirst(walk, '.nothing-here')).toBeNull();
  });
});

describe.skipIf(!pages.length)('select: every site rule selector on every corpus page', () => {
  const selectors = ruleSelectors();
  it('most rule selectors are in the grammar (the point of the index)', () => {
    const inGrammar = selectors.filter((sel) => parseSelector(sel)).length;
    expect(inGrammar / selectors.length).toBeGreaterThan(0.9);
  });
  let matched = 0;
  it.each(pages)(`%s: ${selectors.length} selectors identical to querySelectorAll`, (f) => {
    const html = decodeBytes(new Uint8Array(readFileSync(path.join(corpus, f)))).text;
    const { document } = parseHTML(html);
    const walk = walkDocument(document);
    for (const sel of selectors) {
      const want = native(document, sel);
      expect(select(walk, sel), sel).toEqual(want);
      matched += want.length;
    }
  });
  it('the rule selectors do match things on the corpus (the comparison is not empty)', () => {
    expect(matched).toBeGreaterThan(100);
  });
});
