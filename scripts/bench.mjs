#!/usr/bin/env node
// Times, page by page in one run, the whole core pipeline (extractArticle: read the page, detect, find clutter,
// extract, metadata, quotes, blocks; Markdown is on demand and not part of it) against plain
// @mozilla/readability, both on linkedom documents parsed from the same HTML.
// Parsing is outside the timed region for both; each rep gets a fresh document (Readability mutates its input).
//
//   node scripts/bench.mjs [DIR] [--reps N] [--warmup N] [--only SUBSTR] [--json FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { loadCore, truthFiles } from './load-core.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const reps = Number(opt('--reps', 5));
const warmup = Number(opt('--warmup', 1));
const only = opt('--only', null);
const jsonOut = opt('--json', null);
const dir = resolve(argv[0] ?? join(root, '../shared/corpus/pages'));

const core = await loadCore('bench-core');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};

function time(fn, html) {
  const { document } = parseHTML(html);
  const t = performance.now();
  fn(document);
  return performance.now() - t;
}

const files = truthFiles(dir, only);

const rows = [];
for (const tf of files) {
  const truth = JSON.parse(readFileSync(join(dir, tf), 'utf8'));
  const { text: html } = core.decodeBytes(new Uint8Array(readFileSync(join(dir, truth.file))));
  const ours = (doc) => core.extractArticle(doc, truth.url);
  const readability = (doc) => new Readability(doc).parse();
  for (let i = 0; i < warmup; i++) {
    time(ours, html);
    time(readability, html);
  }
  const a = [];
  const b = [];
  const c = [];
  const clutter = (doc) => core.findClutter(doc, truth.url);
  for (let i = 0; i < reps; i++) {
    // Alternate so machine noise hits both sides alike.
    a.push(time(ours, html));
    b.push(time(readability, html));
    c.push(time(clutter, html));
  }
  const row = { file: truth.file, ours: median(a), readability: median(b), clutter: median(c) };
  row.ratio = row.ours / row.readability;
  rows.push(row);
  console.log(
    `${truth.file.slice(0, 34).padEnd(34)} ours ${row.ours.toFixed(1).padStart(7)} ms   readability ${row.readability
      .toFixed(1)
      .padStart(7)} ms   x${row.ratio.toFixed(2)}   findClutter ${row.clutter.toFixed(1).padStart(6)} ms`,
  );
}

const oursMed = median(rows.map((r) => r.ours));
const readMed = median(rows.map((r) => r.readability));
const summary = {
  pages: rows.length,
  reps,
  oursMedianMs: oursMed,
  oursP95Ms: p95(rows.map((r) => r.ours)),
  readabilityMedianMs: readMed,
  readabilityP95Ms: p95(rows.map((r) => r.readability)),
  ratioOfMedians: oursMed / readMed,
  medianPageRatio: median(rows.map((r) => r.ratio)),
  findClutterMedianMs: median(rows.map((r) => r.clutter)),
  findClutterP95Ms: p95(rows.map((r) => r.clutter)),
};
console.log(
  `\n${rows.length} pages, ${reps} reps each (after ${warmup} warm-up)\n` +
    `  pipeline     median ${summary.oursMedianMs.toFixed(1)} ms   p95 ${summary.oursP95Ms.toFixed(1)} ms\n` +
    `  readability  median ${summary.readabilityMedianMs.toFixed(1)} ms   p95 ${summary.readabilityP95Ms.toFixed(1)} ms\n` +
    `  ratio of medians x${summary.ratioOfMedians.toFixed(2)}   median per-page ratio x${summary.medianPageRatio.toFixed(2)}\n` +
    `  findClutter alone (the content script's share; linkedom, slower than a browser DOM) median ${summary.findClutterMedianMs.toFixed(1)} ms   p95 ${summary.findClutterP95Ms.toFixed(1)} ms\n` +
    `  target: median <= Readability's (ratio <= 1.0): ${summary.ratioOfMedians <= 1 ? 'MET' : 'MISSED'}`,
);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ summary, rows }, null, 2)}\n`);
