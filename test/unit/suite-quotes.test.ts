/**
 * The quote sentence suite (test/suite/quotes.jsonl): sentences written from Korean news grammar, none from the
 * corpus, so this measures the speaker grammar on text it was not tuned to page by page. Precision is held
 * above recall: a wrong name is worse than none.
 */
import { describe, expect, it } from 'vitest';
import { readCases, scoreCases } from '../../scripts/suite-quotes.mjs';
import { findQuotes } from '../../src/core/korean/quotes';

describe('quote sentence suite', () => {
  const cases = readCases();

  it('holds enough cases of both kinds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
    expect(cases.filter((c) => c.speaker === null).length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.paragraphs.length > 1).length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(c.paragraphs.join('\n')).toContain(c.quote);
  });

  it('names speakers with precision >= 0.95 and recall >= 0.85', () => {
    const r = scoreCases(cases, findQuotes);
    if (r.precision < 0.95 || r.recall < 0.85)
      for (const f of r.failures)
        console.log(`${JSON.stringify(f.got)} ≠ ${JSON.stringify(f.expected)}: ${f.quote}`);
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.recall).toBeGreaterThanOrEqual(0.85);
    expect(r.nullAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
