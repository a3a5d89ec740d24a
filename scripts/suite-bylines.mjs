#!/usr/bin/env node
// The byline sentence suite (test/suite/bylines.jsonl): Korean datelines, sign-offs and byline texts written
// from the conventions, each with the reporters it names and the body left after trimming. Every case goes
// through the functions the pipeline uses: `collectAuthors` (metadata) for the reporters and `trimUnits`
// (body trimming) for the stripped text.
//
//   node scripts/suite-bylines.mjs [--json] [--file <path>]   (default: test/suite/bylines.jsonl)
//
// Figures: reporterExact = share of cases whose reporter set (names and emails) is exactly the expected one;
// datelineStripped = share of head/tail cases whose text after trimming is exactly the expected one.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { loadCore } from './load-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SUITE = join(root, 'test/suite/bylines.jsonl');
const ENTRY =
  "export { collectAuthors } from './src/core/metadata/authors.ts'; export { trimUnits } from './src/core/story/extract.ts'; export { readArticlePage } from './src/core/page/page.ts';";

// A head case is the story's first paragraph(s) and a tail case its last: a neutral story sentence on the other
// side keeps the trimmer from treating the case as the whole story.
const AFTER_HEAD = '시장에서는 당분간 관망세가 이어질 것이라는 전망이 나온다.';
const BEFORE_TAIL = '업계에서는 올해 하반기 수요가 회복될 것으로 내다봤다.';

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function storyLines(c) {
  const lines = c.input.split('\n');
  return c.where === 'head' ? [...lines, AFTER_HEAD] : [BEFORE_TAIL, ...lines];
}

function reportersOf(core, c) {
  const body =
    c.where === 'byline'
      ? `<div class="byline">${c.input.split('\n').map(escapeHtml).join('<br>')}</div>`
      : '';
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  return core.collectAuthors(core.readArticlePage(document, 'https://news.example.kr/article/1'), {
    site: null,
    article: null,
    paragraphs: c.where === 'byline' ? [] : storyLines(c),
    publisher: null,
    names: [],
    // The page's text lines, where metadata looks for an email beside a name.
    lines: c.where === 'byline' ? c.input.split('\n') : [],
    title: null,
  });
}

function strippedOf(core, c) {
  const units = storyLines(c).map((text) => ({ kind: 'p', text, html: escapeHtml(text) }));
  const texts = core.trimUnits(units, null).units.map((u) => u.text);
  const filler = c.where === 'head' ? AFTER_HEAD : BEFORE_TAIL;
  return texts.filter((t) => t !== filler).join('\n');
}

const key = (list) =>
  JSON.stringify(list.map((a) => `${a.name ?? ''}|${a.email ?? ''}`).sort((x, y) => x.localeCompare(y)));

/** Runs every case; `core` may be given (the unit test passes the TypeScript sources), else it is bundled. */
export async function runBylineSuite(core = null, file = SUITE) {
  const fns = core ?? (await loadCore('suite-bylines', { entry: ENTRY }));
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const failures = [];
  let reporterOk = 0;
  let strippedOk = 0;
  let strippable = 0;
  for (const c of cases) {
    const got = reportersOf(fns, c).map((a) => ({ name: a.name, email: a.email }));
    const reportersMatch = key(got) === key(c.reporters);
    if (reportersMatch) reporterOk++;
    let text = null;
    let textMatch = true;
    if (c.where !== 'byline') {
      strippable++;
      text = strippedOf(fns, c);
      textMatch = text === c.strippedText;
      if (textMatch) strippedOk++;
    }
    if (!reportersMatch || !textMatch)
      failures.push({
        where: c.where,
        input: c.input,
        ...(reportersMatch ? {} : { expected: c.reporters, got }),
        ...(textMatch ? {} : { expectedText: c.strippedText, gotText: text }),
      });
  }
  return {
    cases: cases.length,
    reporterExact: cases.length ? reporterOk / cases.length : 0,
    datelineStripped: strippable ? strippedOk / strippable : 0,
    failures,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--file');
  const r = await runBylineSuite(null, at > 0 ? process.argv[at + 1] : SUITE);
  if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  else {
    console.log(`byline suite: ${r.cases} cases`);
    console.log(`reporterExact     ${(r.reporterExact * 100).toFixed(1)}%`);
    console.log(`datelineStripped  ${(r.datelineStripped * 100).toFixed(1)}%`);
    for (const f of r.failures) console.log(JSON.stringify(f));
  }
}
