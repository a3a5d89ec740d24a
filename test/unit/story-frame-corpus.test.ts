/**
 * The story guard on every corpus page (linkedom): no clutter block the core finds holds the page's headline
 * element, a reporter line showing a truth reporter's name, or an element showing a truth story paragraph.
 * "Showing" = the smallest element whose text holds the string; for the headline and paragraphs only text
 * outside links counts, and list items are left out (a ranking list may link to this very story).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findClutter } from '../../src/core/index';
import { decodeBytes } from '../../src/core/page/decode';

const corpus = path.resolve(__dirname, '../..', '../shared/corpus/pages');
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.truth.json')) : [];
const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

function textOf(el: Element, links: boolean): string {
  let s = '';
  for (const n of el.childNodes) {
    if (n.nodeType === 3) s += n.textContent;
    else if (n.nodeType === 1 && (links || (n as Element).tagName !== 'A')) s += textOf(n as Element, links);
  }
  return s;
}

/** The smallest elements whose text holds `wanted`, outside list items. */
function showing(body: Element, wanted: string, links: boolean): Element[] {
  const out: Element[] = [];
  const want = flat(wanted);
  const walk = (el: Element): boolean => {
    if (!links && el.tagName === 'A') return false;
    let inChild = false;
    for (const c of el.children) if (walk(c)) inChild = true;
    if (inChild) return true;
    if (!flat(textOf(el, links)).includes(want)) return false;
    if (!el.closest('li')) out.push(el);
    return true;
  };
  walk(body);
  return out;
}

describe.skipIf(files.length === 0)('the story guard on every corpus page', () => {
  it('no found clutter block holds the headline, a reporter line or a story paragraph', () => {
    let pages = 0;
    let checked = 0;
    const hidden: string[] = [];
    for (const f of files) {
      const t = JSON.parse(readFileSync(path.join(corpus, f), 'utf8'));
      if (t.kind !== 'article') continue;
      const { text } = decodeBytes(new Uint8Array(readFileSync(path.join(corpus, t.file))));
      const { document } = parseHTML(text);
      const blocks = findClutter(document, t.url).map((b) => b.element);
      for (const s of document.querySelectorAll('script, style, template, noscript')) s.remove();
      const body = document.body as Element;
      const wanted: [string, string][] = [
        ['headline', t.title],
        ...(t.authors ?? []).map((a: string): [string, string] => ['reporter', a]),
        ...(t.bodyInScriptOnly ? [] : t.body.map((p: string): [string, string] => ['paragraph', p])),
      ];
      pages++;
      for (const [what, s] of wanted) {
        let els = showing(body, s, what === 'reporter');
        // A reporter's name as a reporter line shows it, not inside a paragraph of the story.
        if (what === 'reporter') els = els.filter((e) => flat(e.textContent ?? '').length <= 60);
        if (els.length) checked++;
        for (const e of els)
          if (blocks.some((b) => b.contains(e)))
            hidden.push(`${f}: ${what} ${s.slice(0, 30)} (${e.tagName})`);
      }
    }
    console.log(
      `story guard: ${checked} headlines/reporter lines/paragraphs shown on ${pages} pages, none in a block`,
    );
    expect(checked).toBeGreaterThan(500);
    expect(hidden).toEqual([]);
  }, 120000);
});
