#!/usr/bin/env node
// The quote sentence suite: Korean news sentences written from the grammar (test/suite/quotes.jsonl), each with
// the quote and its expected speaker or null. Runs findQuotes, the function extraction uses, on each case's
// paragraphs and scores the speaker of the quote found:
//   precision     = correct named speakers / named speakers given (a wrong name in the key-quotes box is the
//                   worst outcome, so this is the figure to keep high)
//   recall        = correct named speakers / cases whose expected speaker is a name
//   null accuracy = cases expecting null that got null (or no quote at all) / cases expecting null
// Speakers compare exactly, after squeezing white space.
//
//   node scripts/suite-quotes.mjs [--failures] [--file <path>]   (default: test/suite/quotes.jsonl)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCore } from './load-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SUITE = join(root, 'test/suite/quotes.jsonl');

const norm = (s) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const squash = (s) => norm(s).replace(/\s+/g, '');

export function readCases(file = SUITE) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** The found quote for a case: the same text, else one that contains it or is contained in it. */
function matchQuote(found, text) {
  const t = squash(text);
  return (
    found.find((q) => squash(q.text) === t) ??
    found.find((q) => squash(q.text).includes(t) || t.includes(squash(q.text)))
  );
}

export function scoreCases(cases, findQuotes) {
  let given = 0;
  let right = 0;
  let named = 0;
  let nulls = 0;
  let nullRight = 0;
  let notFound = 0;
  const failures = [];
  for (const c of cases) {
    const q = matchQuote(findQuotes(c.paragraphs), c.quote);
    if (!q) notFound++;
    const got = q?.speaker ? norm(q.speaker) : null;
    const want = c.speaker ? norm(c.speaker) : null;
    if (want) named++;
    else nulls++;
    if (got) given++;
    const ok = got === want;
    if (ok && got) right++;
    if (ok && !got) nullRight++;
    if (!ok) failures.push({ quote: c.quote, expected: want, got, found: !!q });
  }
  return {
    cases: cases.length,
    precision: given ? right / given : 1,
    recall: named ? right / named : 1,
    nullAccuracy: nulls ? nullRight / nulls : 1,
    notFound,
    failures,
  };
}

export async function runQuoteSuite(file = SUITE) {
  const core = await loadCore('suite-quotes', {
    entry: "export { findQuotes } from './src/core/korean/quotes.ts';",
  });
  return scoreCases(readCases(file), core.findQuotes);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--file');
  const r = await runQuoteSuite(at > 0 ? process.argv[at + 1] : SUITE);
  console.log(
    `quote suite: ${r.cases} cases; speaker precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, ` +
      `null accuracy ${r.nullAccuracy.toFixed(3)}; quotes not found ${r.notFound}; failures ${r.failures.length}`,
  );
  if (process.argv.includes('--failures'))
    for (const f of r.failures)
      console.log(
        `  ${JSON.stringify(f.got)} ≠ ${JSON.stringify(f.expected)}${f.found ? '' : ' (not found)'}: ${f.quote}`,
      );
}
