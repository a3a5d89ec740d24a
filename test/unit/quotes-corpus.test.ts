/**
 * Quotes measured on the corpus: the truth body paragraphs go in, the found quotes are scored against the
 * truth `quotes` with the matching rule of ../shared/corpus/README.md. Floors sit just under what we reach.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/korean/quotes';
import type { Quote } from '../../src/core/types';

const corpus = path.resolve(__dirname, '../..', '../shared/corpus/pages');

interface Truth {
  kind: string;
  body: string[];
  quotes?: { speaker: string | null; text: string }[];
  notQuotes?: string[];
}

const nfc = (s: string) => s.normalize('NFC').trim();

/** README rule: equal, or one contains the other and the shorter is over 90% of the longer. */
function textMatch(a: string, b: string): boolean {
  const x = nfc(a);
  const y = nfc(b);
  if (x === y) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return l.includes(s) && s.length > 0.9 * l.length;
}

function speakerMatch(a: string | null, b: string | null): boolean {
  if (a == null || b == null) return a == null && b == null;
  const x = nfc(a).replace(/\s+/g, ' ');
  const y = nfc(b).replace(/\s+/g, ' ');
  return x === y || x.startsWith(y) || y.startsWith(x);
}

function score(found: Quote[], truth: { speaker: string | null; text: string }[]) {
  const used = new Set<number>();
  let matched = 0;
  let speakerRight = 0;
  const misses: string[] = [];
  for (const f of found) {
    const k = truth.findIndex((t, i) => !used.has(i) && textMatch(f.text, t.text));
    if (k < 0) continue;
    used.add(k);
    matched++;
    if (speakerMatch(f.speaker, truth[k].speaker)) speakerRight++;
    else
      misses.push(
        `speaker ${JSON.stringify(f.speaker)} ≠ ${JSON.stringify(truth[k].speaker)}: ${f.text.slice(0, 40)}`,
      );
  }
  return { matched, speakerRight, misses, unmatchedTruth: truth.filter((_, i) => !used.has(i)) };
}

const files = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.truth.json'))
      .sort()
  : [];

describe.skipIf(files.length === 0)('quotes on the corpus (truth body in)', () => {
  it('finds the quotes with their speakers and takes no term for a quote', () => {
    let found = 0;
    let truthCount = 0;
    let matched = 0;
    let speakerRight = 0;
    let termsTaken = 0;
    const verbose = process.env.QUOTES_VERBOSE === '1';
    for (const f of files) {
      const t = JSON.parse(readFileSync(path.join(corpus, f), 'utf8')) as Truth;
      if (t.kind !== 'article') continue;
      const truth = t.quotes ?? [];
      const got = findQuotes(t.body);
      const s = score(got, truth);
      found += got.length;
      truthCount += truth.length;
      matched += s.matched;
      speakerRight += s.speakerRight;
      const terms = got.filter((q) => (t.notQuotes ?? []).some((n) => textMatch(q.text, n)));
      termsTaken += terms.length;
      if (verbose) {
        const extra = got.filter((q) => !truth.some((tq) => textMatch(q.text, tq.text)));
        if (extra.length || s.unmatchedTruth.length || s.misses.length || terms.length) {
          console.log(`== ${f}`);
          for (const q of extra)
            console.log(`  + extra: ${JSON.stringify(q.speaker)} | ${q.text.slice(0, 70)}`);
          for (const q of s.unmatchedTruth)
            console.log(`  - missed: ${JSON.stringify(q.speaker)} | ${q.text.slice(0, 70)}`);
          for (const m of s.misses) console.log(`  ~ ${m}`);
          for (const q of terms) console.log(`  ! term: ${q.text}`);
        }
      }
    }
    const recall = matched / truthCount;
    const precision = matched / found;
    const speakers = speakerRight / matched;
    console.log(
      `quotes: truth ${truthCount}, found ${found}, matched ${matched}; recall ${recall.toFixed(3)}, ` +
        `precision ${precision.toFixed(3)}, speaker right ${speakers.toFixed(3)}; terms taken ${termsTaken}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.98);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(speakers).toBeGreaterThanOrEqual(0.92);
    expect(termsTaken).toBe(0);
  });
});
