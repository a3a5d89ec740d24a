// @vitest-environment jsdom
/**
 * The walk and the class/id reads in a browser's DOM (a global `document`: BROWSER_DOM), where they go through
 * the `id` / `className` getters. A getter that does not give a string (an SVG element's className, a form whose
 * control is named `id` or `className`) falls back to the attribute, so the walk reads what the page says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, extractArticle, findClutter } from '../../src/core/index';
import { BROWSER_DOM, classOf, idOf, tagOf } from '../../src/core/page/nodes';
import { select } from '../../src/core/page/select';
import { walkDocument, walkTree } from '../../src/core/page/walk';

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = body;
  return doc;
}

describe('walk in a browser DOM', () => {
  it('runs on the browser path here', () => {
    expect(BROWSER_DOM).toBe(true);
  });

  it('reads id and class of plain, SVG and shadowed-form elements', () => {
    const doc = page(
      `<div id="a" class="x y"></div>
       <svg class="icon share"><circle class="dot"></circle></svg>
       <form id="f" class="comment-form"><input name="id"><input name="className"></form>
       <p></p>`,
    );
    const walk = walkDocument(doc);
    const at = (el: Element) => walk.all.indexOf(el);
    const svg = doc.querySelector('svg') as Element;
    const form = doc.querySelector('form') as Element;
    const p = doc.querySelector('p') as Element;
    expect(walk.classes[at(svg)]).toBe('icon share');
    expect(walk.classes[at(doc.querySelector('circle') as Element)]).toBe('dot');
    expect(walk.ids[at(form)]).toBe('f');
    expect(walk.classes[at(form)]).toBe('comment-form');
    expect(walk.ids[at(doc.getElementById('a') as Element)]).toBe('a');
    expect(walk.classes[at(p)]).toBe('');
    expect([classOf(svg), classOf(form), idOf(form), idOf(p)]).toEqual([
      'icon share',
      'comment-form',
      'f',
      '',
    ]);
    // The selector engine's own class and id checks agree with the DOM's.
    for (const sel of ['.share', 'form.comment-form', '#f', 'svg .dot', 'div.x.y'])
      expect(select(walk, sel)).toEqual([...doc.querySelectorAll(sel)]);
  });

  it('indexOf finds elements before and after it builds its map', () => {
    const doc = page(Array.from({ length: 30 }, (_, i) => `<p id="p${i}"></p>`).join(''));
    const walk = walkDocument(doc);
    for (let i = 29; i >= 0; i--)
      expect(walk.indexOf(doc.getElementById(`p${i}`) as Element)).toBe(
        walk.all.indexOf(doc.getElementById(`p${i}`) as Element),
      );
    expect(walk.indexOf(doc.createElement('p'))).toBe(-1);
  });

  it('a login form whose controls shadow its getters breaks neither detection, clean-up nor extraction', () => {
    // In a browser `form.id`, `form.className`, `form.localName` and `form.tagName` return the form's control of
    // that name (Chromium does; jsdom does not, so the shadowing is set up here by hand).
    const html = readFileSync(path.resolve(__dirname, '../e2e/pages/hostile.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const form = doc.getElementById('login') as HTMLFormElement;
    for (const name of ['id', 'className', 'localName', 'tagName', 'nodeName']) {
      const control = form.querySelector(`[name="${name}"]`) ?? form.querySelector('input');
      Object.defineProperty(form, name, { get: () => control });
    }
    expect(typeof (form as unknown as { localName: unknown }).localName).toBe('object');
    expect([tagOf(form), idOf(form), classOf(form)]).toEqual(['FORM', 'login', 'login-box']);
    const walk = walkDocument(doc);
    const at = walk.all.indexOf(form);
    expect([walk.tags[at], walk.ids[at], walk.classes[at]]).toEqual(['FORM', 'login', 'login-box']);
    const url = 'https://news.gasang.example/article/1';
    expect(detectPage(doc, url).isArticle).toBe(true);
    expect(findClutter(doc, url).length).toBeGreaterThan(0);
    const article = extractArticle(doc, url);
    expect(article?.text).toContain('수달 가족이 30년 만에');
  });

  it('a page walk stops at 60,000 elements, in document order; a subtree walk has no cap', () => {
    const doc = page('<i></i>'.repeat(61000));
    const walk = walkDocument(doc);
    expect(walk.all.length).toBe(60000);
    expect(walk.tags.slice(0, 4)).toEqual(['HTML', 'HEAD', 'TITLE', 'BODY']);
    expect(walk.all[59999]).toBe(doc.body.children[59995]);
    expect(walkTree(doc.body).all.length).toBe(61000);
  });
});
