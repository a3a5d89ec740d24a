// The all-sites gate: pages that are not Korean, and Korean pages that are not news, stop there; Korean news
// (the corpus articles, the invented aggregator page) goes on to content.js and the real detection.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gateVerdict } from '../../src/content/gate-check';
import { decodeBytes } from '../../src/core/page/decode';

const root = resolve(__dirname, '../..');
const corpus = join(root, '../shared/corpus/pages');
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures', name), 'utf8');
const verdict = (html: string, url: string) =>
  gateVerdict(parseHTML(html).document as unknown as Document, url);

describe('all-sites gate', () => {
  it('stops on pages that are not Korean, whatever their shape (English news included)', () => {
    expect(
      verdict(fixture('gate/english-news.html'), 'https://www.riverside-herald.example/2026/05/20/12345'),
    ).toBe('not-korean');
    expect(verdict(fixture('gate/shop.html'), 'https://shop.northwind.example/c/tees')).toBe('not-korean');
    expect(verdict(fixture('gate/docs.html'), 'https://docs.widgetkit.example/4.2/config')).toBe(
      'not-korean',
    );
  });

  it('stops on Korean pages that are not news: a blog post, a shopping list', () => {
    expect(verdict(fixture('gate/ko-blog.html'), 'https://slowwalk.blog.example/entry/20260518')).toBe(
      'not-news',
    );
    expect(verdict(fixture('gate/ko-shop.html'), 'https://www.malgeun-market.example/best/kitchen')).toBe(
      'not-news',
    );
  });

  it('lets a Korean news page on an unknown host through', () => {
    expect(verdict(fixture('demo/index.html'), 'https://news.maeil-sosik.example/article/5512')).toBe('news');
  });

  it('Korean by its text when the title says nothing (an empty title, a page mislabelled lang="en")', () => {
    const body = '<p>가람구는 한강 둔치 산책로 옆에 밤 11시까지 문을 여는 야외 도서관을 연다고 밝혔다.</p>';
    expect(
      verdict(`<html><head><title></title></head><body>${body}</body></html>`, 'https://a.example/'),
    ).toBe('not-news');
    expect(
      verdict(
        `<html lang="en"><head><title>가람일보</title></head><body>${body}</body></html>`,
        'https://a.example/',
      ),
    ).toBe('not-news');
    expect(
      verdict(
        '<html lang="en"><head><title>Garam</title></head><body><p>Hello there</p></body></html>',
        'https://a.example/',
      ),
    ).toBe('not-korean');
  });
});

const pages = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.truth.json')) : [];

describe.skipIf(pages.length === 0)('all-sites gate on the corpus articles', () => {
  it('lets (nearly) every Korean news article through', () => {
    const missed: string[] = [];
    let n = 0;
    for (const f of pages) {
      const truth = JSON.parse(readFileSync(join(corpus, f), 'utf8'));
      if (truth.kind !== 'article') continue;
      n++;
      const v = verdict(decodeBytes(new Uint8Array(readFileSync(join(corpus, truth.file)))).text, truth.url);
      if (v !== 'news') missed.push(`${truth.file}: ${v}`);
    }
    console.log(
      `gate: ${n - missed.length}/${n} corpus articles through; missed ${missed.join(', ') || 'none'}`,
    );
    expect(missed.length / n).toBeLessThanOrEqual(0.05);
  });
});
