import { describe, expect, it } from 'vitest';
import { runBylineSuite } from '../../scripts/suite-bylines.mjs';
import { collectAuthors } from '../../src/core/metadata/authors';
import { readArticlePage } from '../../src/core/page/page';
import { trimUnits } from '../../src/core/story/extract';

// The sentence suite (test/suite/bylines.jsonl) run through the same functions metadata and trimming use.
describe('byline sentence suite', () => {
  it('reads the reporters and strips datelines and sign-offs on at least 95 % of the cases', async () => {
    const r = await runBylineSuite({ collectAuthors, trimUnits, readArticlePage });
    expect(r.cases).toBeGreaterThanOrEqual(130);
    // The failures are printed so a regression names its cases.
    if (r.reporterExact < 0.95 || r.datelineStripped < 0.95) console.log(r.failures);
    expect(r.reporterExact).toBeGreaterThanOrEqual(0.95);
    expect(r.datelineStripped).toBeGreaterThanOrEqual(0.95);
  });
});
