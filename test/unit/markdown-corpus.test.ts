/**
 * Round trip on real Korean story text: the corpus truth paragraphs (with their brackets, asterisks,
 * numbered lines, ▲ and quotes) go in as story HTML; every paragraph must come back out of the Markdown
 * once backslash escapes are removed, and the Markdown holds no raw HTML.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, unescapeMarkdown } from '../../src/core/output/markdown';
import type { ArticleMetadata } from '../../src/core/types';

const corpus = path.resolve(__dirname, '../..', '../shared/corpus/pages');
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.truth.json')) : [];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const flat = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(files.length === 0)('Markdown round trip on corpus text', () => {
  it('keeps every truth paragraph and caption, with no raw HTML', () => {
    let paragraphs = 0;
    const lost: string[] = [];
    for (const f of files) {
      const t = JSON.parse(readFileSync(path.join(corpus, f), 'utf8'));
      if (t.kind !== 'article') continue;
      const body: string[] = t.body;
      const captions: string[] = t.captions ?? [];
      const html = [
        ...captions.map(
          (c, i) =>
            `<figure><img src="https://img.example/${i}.jpg"><figcaption>${esc(c)}</figcaption></figure>`,
        ),
        ...body.map((p) => `<p>${esc(p)}</p>`),
      ].join('\n');
      const meta: ArticleMetadata = {
        title: t.title,
        kicker: null,
        subtitle: Array.isArray(t.subtitle) ? t.subtitle.join('\n') : (t.subtitle ?? null),
        publisher: t.publisher ?? null,
        authors: (t.authors ?? []).map((name: string) => ({ name, email: null })),
        publishedAt: t.published ?? null,
        modifiedAt: t.modified ?? null,
        section: t.section ?? null,
        url: t.url,
        originalUrl: null,
        leadImage: null,
        lang: 'ko',
        tags: [],
      };
      const md = htmlToMarkdown(html, meta);
      expect(md).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>]/i);
      const plain = flat(unescapeMarkdown(md));
      for (const p of [...body, ...captions]) {
        paragraphs++;
        if (!plain.includes(flat(p))) lost.push(`${f}: ${p.slice(0, 60)}`);
      }
    }
    console.log(`markdown round trip: ${paragraphs - lost.length}/${paragraphs} paragraphs kept`);
    expect(lost).toEqual([]);
  });
});
