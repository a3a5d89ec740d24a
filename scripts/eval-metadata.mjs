// Dev score of the metadata fields on the corpus: node scripts/eval-metadata.mjs [--verbose] [--truth-body] [--no-site] [--dir=<pages dir>] [filter]
// rawParagraphs come from the pipeline's extractStory (src/core/story/extract.ts), as extractArticle passes them; --truth-body passes the truth body instead. Exact match after removing white space.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --dir=<folder of *.html + *.truth.json> scores another page set (an unseen holdout) the same way.
const dirArg = process.argv.find((a) => a.startsWith('--dir='));
const corpus = dirArg ? path.resolve(dirArg.slice(6)) : path.resolve(root, '../shared/corpus/pages');
const out = path.join(root, '.eval', 'metadata-bundle.mjs');
const entry = path.join(root, '.eval', 'metadata-entry.ts');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  entry,
  `export { extractMetadata } from '../src/core/metadata/index';\nexport { findSite } from '../src/core/sites/index';\nexport { linesOf, first } from '../src/core/metadata/dom';\nexport { extractStory } from '../src/core/story/extract';\nexport { readArticlePage } from '../src/core/page/page';\n`,
);
await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const { extractMetadata, findSite, linesOf, first, extractStory, readArticlePage } = await import(
  `${out}?t=${Date.now()}`
);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const truthBody = args.includes('--truth-body');
// --no-site: pretend every outlet is unknown (no site rule) to measure the generic path.
const noSite = args.includes('--no-site');
const filter = args.find((a) => !a.startsWith('--'));
const sq = (s) => (s ?? '').normalize('NFC').replace(/\s+/g, '');
const fields = ['title', 'publisher', 'authors', 'emails', 'published', 'modified', 'subtitle', 'section'];
const score = Object.fromEntries(fields.map((f) => [f, 0]));
let n = 0;
const fails = Object.fromEntries(fields.map((f) => [f, []]));
for (const f of fs.readdirSync(corpus).filter((x) => x.endsWith('.truth.json'))) {
  if (filter && !f.includes(filter)) continue;
  const truth = JSON.parse(fs.readFileSync(path.join(corpus, f), 'utf8'));
  if (truth.kind !== 'article') continue;
  const html = fs.readFileSync(path.join(corpus, f.replace('.truth.json', '.html')), 'utf8');
  const { document } = parseHTML(html);
  const site = findSite(truth.url);
  let raw = truth.body ?? [];
  if (!truthBody && extractStory) {
    raw = extractStory({ ...readArticlePage(document.cloneNode(true), truth.url), site }, null).rawParagraphs;
  } else if (!truthBody) {
    const box = first(document, [
      ...(site?.body ?? []),
      '[itemprop=articleBody]',
      '#article-view-content-div',
      '#articleBody',
      'article',
    ]);
    raw = box ? linesOf(box) : [];
  }
  const m = extractMetadata(readArticlePage(document, truth.url), {
    site: noSite ? null : site,
    pageType: truth.pageType ?? 'unknown',
    rawParagraphs: raw,
  });
  n++;
  const got = {
    title: sq(m.title),
    publisher: sq(m.publisher),
    authors: [...new Set(m.authors.map((a) => sq(a.name)).filter(Boolean))].sort().join(','),
    emails: [...new Set(m.authors.map((a) => a.email).filter(Boolean))].sort().join(','),
    published: (m.publishedAt ?? '').slice(0, 16),
    modified: (m.modifiedAt ?? '').slice(0, 16),
    subtitle: sq(m.subtitle),
    section: sq(m.section),
  };
  const want = {
    title: sq(truth.title),
    publisher: sq(truth.publisher),
    authors: [...new Set((truth.authors ?? []).map(sq))].sort().join(','),
    emails: [...new Set(truth.emails ?? [])].sort().join(','),
    published: (truth.published ?? '').slice(0, 16),
    modified: (truth.modified ?? '').slice(0, 16),
    subtitle: sq(Array.isArray(truth.subtitle) ? truth.subtitle.join('') : truth.subtitle),
    section: sq(truth.section),
  };
  for (const k of fields) {
    if (got[k] === want[k]) score[k]++;
    else fails[k].push(`${f.slice(0, 28)}  got=${got[k].slice(0, 90)}  want=${want[k].slice(0, 90)}`);
  }
}
for (const k of fields) {
  console.log(`${k.padEnd(10)} ${score[k]}/${n} ${((100 * score[k]) / n).toFixed(1)}%`);
  if (verbose) for (const x of fails[k]) console.log(`   ${x}`);
}
