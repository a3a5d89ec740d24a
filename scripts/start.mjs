#!/usr/bin/env node
// `npm start`: build both packages, serve the demo news page on localhost and open a browser with Malgeun
// loaded on it: Firefox ESR through `web-ext run` (default) or Chromium with `--browser chromium`.
// Without a display it says so and instead runs the command-line tool on the demo page, printing what was
// detected, hidden (clutter) and extracted, and the Markdown.
//   npm start                      Firefox
//   npm start -- --browser chromium
//   npm start -- --port 8790       (default 8787, or a free one if taken)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demoDir = join(root, 'test/fixtures/demo');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const browserName = opt('browser', 'firefox');
if (!['firefox', 'chromium'].includes(browserName)) {
  console.error(`--browser must be firefox or chromium, not ${browserName}`);
  process.exit(2);
}

console.log('맑은 (Malgeun): building dist/chrome, dist/firefox and dist/cli.js …');
if (spawnSync('node', ['build.mjs'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);

const TYPES = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };
function serve(port) {
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = path === '/' || path === '/demo/' ? 'index.html' : path.replace(/^\/(demo\/)?/, '');
    const file = resolve(demoDir, rel);
    if (!file.startsWith(demoDir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

function headless() {
  const file = join(demoDir, 'index.html');
  const url = 'http://127.0.0.1/demo/index.html';
  const cli = (format) =>
    spawnSync('node', [join(root, 'dist/cli.js'), 'extract', file, '--url', url, '--format', format], {
      cwd: root,
      encoding: 'utf8',
    });
  const json = cli('json');
  let article;
  try {
    article = JSON.parse(json.stdout);
  } catch {
    console.error(`the CLI did not print an article (exit ${json.status}):\n${json.stdout}${json.stderr}`);
    process.exit(1);
  }
  const line = (k, v) => console.log(`  ${k.padEnd(10)} ${v ?? '—'}`);
  console.log('\n■ detected');
  line('article', article.isArticle ? 'yes' : 'no');
  line('why', article.reason);
  line('site', article.site);
  line('page type', article.pageType);
  console.log(`\n■ hidden on the page: ${article.clutter?.length ?? 0} blocks of clutter`);
  for (const c of article.clutter ?? []) console.log(`  - ${c.kind.padEnd(12)} ${c.heading ?? ''}`);
  console.log('\n■ extracted');
  line('headline', article.title);
  line('outlet', article.publisher);
  line(
    'reporters',
    (article.authors ?? []).map((a) => (a.email ? `${a.name} <${a.email}>` : a.name)).join(', '),
  );
  line('published', article.publishedAt);
  line('section', article.section);
  line('reading', `${article.readingMinutes} min`);
  console.log(`  key quotes`);
  for (const q of article.keyQuotes ?? []) console.log(`    “${q.text}” — ${q.speaker ?? '?'}`);
  const md = cli('markdown');
  if (md.status !== 0) {
    console.error(`the CLI failed to make Markdown (exit ${md.status}): ${md.stderr}`);
    process.exit(1);
  }
  console.log('\n■ Markdown\n');
  console.log(md.stdout);
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    '\nNo display here ($DISPLAY is not set), so no browser window can open. Running the command-line tool on\n' +
      `the demo page instead (${join('test/fixtures/demo', 'index.html')}).`,
  );
  headless();
  process.exit(0);
}

let server;
const wanted = Number(opt('port', '8787'));
try {
  server = await serve(wanted);
} catch {
  server = await serve(0);
}
const demoUrl = `http://127.0.0.1:${server.address().port}/demo/index.html`;
console.log(`\nDemo news page: ${demoUrl}`);
console.log('Click the 맑은 button in the toolbar on that page (localhost is not a news site the extension');
console.log('cleans by itself; the button asks it to). Ctrl+C to stop.\n');

const webExt = join(root, 'node_modules/.bin/web-ext');
const args =
  browserName === 'chromium'
    ? ['run', '-t', 'chromium', '--chromium-binary', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium']
    : ['run', '-t', 'firefox-desktop', '--firefox', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'];
args.push(
  '--source-dir',
  join(root, 'dist', browserName === 'chromium' ? 'chrome' : 'firefox'),
  '--start-url',
  demoUrl,
  '--no-input',
);
const child = spawn(webExt, args, { cwd: root, stdio: 'inherit' });
const stop = () => {
  child.kill('SIGTERM');
  server.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => {
  server.close();
  process.exit(code ?? 0);
});
