// One local server that is the whole "internet" for the e2e browsers.
//
// Both browsers are pointed at it as their HTTP proxy, so pages load under their REAL addresses
// (https://news.sbs.co.kr/…) — automatic clean-up only runs on known news hosts, so this matters — while
// every byte comes from disk:
//   - `GET http://host/path` (proxy form)   -> a corpus page / test page, else 404 at once
//   - `CONNECT host:443` for a host we serve  -> TLS with a throwaway self-signed certificate (browsers are
//                                               started to accept it), then the same routing
//   - `CONNECT` anywhere else                  -> 403 at once, so ads and trackers fail fast
//   - direct `GET http://127.0.0.1:PORT/...`  -> demo and test pages (what `npm start` serves too)
// Every request is logged (with the time), which is how the e2e tests prove the extension itself sends none.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const corpusDir = resolve(repoRoot, '../shared/corpus');
export const demoDir = join(repoRoot, 'test/fixtures/demo');
export const testPagesDir = join(repoRoot, 'test/e2e/pages');
/** The demo page under a known news host (auto clean-up runs there); also at ORIGIN/demo/ on 127.0.0.1. */
export const DEMO_URL = 'https://www.newsbell.co.kr/demo/index.html';

/** The demo page's truth (same fields as the corpus truth files). */
export function demoPage() {
  return {
    name: 'demo',
    file: join(demoDir, 'index.html'),
    truth: JSON.parse(readFileSync(join(demoDir, 'index.truth.json'), 'utf8')),
  };
}

const TYPES = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
};

/** Key a URL by host + path + query, so the scheme (http vs https) does not matter. */
function keyOf(u) {
  return `${u.hostname.toLowerCase()}${u.pathname}${u.search}`;
}

/** Every corpus page with its truth, keyed by its real address. Read at test time, never copied. */
export function loadCorpus() {
  const pagesDir = join(corpusDir, 'pages');
  if (!existsSync(pagesDir))
    throw new Error(`corpus not found at ${pagesDir} (../shared/corpus beside the repo)`);
  // SOURCES.tsv says how each saved file is encoded; some keep a stale <meta charset=euc-kr> or none.
  const encodings = new Map();
  const sources = join(corpusDir, 'SOURCES.tsv');
  if (existsSync(sources)) {
    const [head, ...rows] = readFileSync(sources, 'utf8').trim().split('\n');
    const cols = head.split('\t');
    for (const row of rows) {
      const cells = row.split('\t');
      encodings.set(cells[cols.indexOf('file')], cells[cols.indexOf('encoding')]);
    }
  }
  const pages = [];
  for (const f of readdirSync(pagesDir).sort()) {
    if (!f.endsWith('.truth.json')) continue;
    const truth = JSON.parse(readFileSync(join(pagesDir, f), 'utf8'));
    const encoding = encodings.get(truth.file) ?? null;
    pages.push({ name: f.replace(/\.truth\.json$/, ''), file: join(pagesDir, truth.file), truth, encoding });
  }
  return pages;
}

function selfSignedCert() {
  const dir = mkdtempSync(join(tmpdir(), 'malgeun-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=malgeun-e2e',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (e) {
    throw new Error(`openssl is needed to make a throwaway test certificate (apt-get install openssl): ${e}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts the server. Returns { port, origin, log, routes, hosts, corpusUrl(name), close() }.
 * `extraPages` maps real URLs to files or strings: { 'https://news.kbs.co.kr/x': {file} | {html} | {body, type} }.
 */
export async function startServer({ corpus = true } = {}) {
  const routes = new Map();
  const hosts = new Set();
  const corpusPages = corpus ? loadCorpus() : [];
  for (const p of corpusPages) {
    const u = new URL(p.truth.url);
    routes.set(keyOf(u), { file: p.file, charset: p.encoding });
    hosts.add(u.hostname.toLowerCase());
  }
  hosts.add(new URL(DEMO_URL).hostname);
  /** @type {{t:number, method:string, url:string, status:number}[]} */
  const log = [];

  /** Serve our own files at fixed paths on any host (and on 127.0.0.1). */
  function ownFile(pathname) {
    const [, top, ...rest] = pathname.split('/');
    const base = top === 'demo' ? demoDir : top === '__e2e' ? testPagesDir : null;
    if (!base) return null;
    let rel = decodeURIComponent(rest.join('/')) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = resolve(base, rel);
    if (!file.startsWith(base) || !existsSync(file)) return null;
    return file;
  }

  function handle(req, res, scheme) {
    const host = (req.headers.host ?? '127.0.0.1').toLowerCase();
    let u;
    try {
      u = new URL(req.url.startsWith('http') ? req.url : `${scheme}://${host}${req.url}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const entry = routes.get(keyOf(u)) ?? null;
    const file = entry?.file ?? ownFile(u.pathname);
    const body = entry?.html ?? entry?.body;
    const status = file || body != null ? 200 : 404;
    log.push({ t: Date.now(), method: req.method, url: u.href, status });
    if (status === 404) {
      res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('not served in e2e');
      return;
    }
    // The charset the real server would have sent (the header wins over a stale <meta>, as in the wild).
    // A generated page ({html}) is HTML; {body, type} serves anything else (e.g. a PDF made in a test).
    let type = entry?.type ?? TYPES[file ? extname(file) : '.html'] ?? 'application/octet-stream';
    if (entry?.charset) type += `; charset=${entry.charset}`;
    else if (entry?.html || type === 'text/html') type += '; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body ?? readFileSync(file));
  }

  const tlsServer = https.createServer(selfSignedCert(), (req, res) => handle(req, res, 'https'));
  const server = http.createServer((req, res) => handle(req, res, 'http'));
  server.on('connect', (req, socket, head) => {
    const [hostname, port] = req.url.split(':');
    const ok = hosts.has(hostname.toLowerCase()) && (port === '443' || port === undefined);
    log.push({ t: Date.now(), method: 'CONNECT', url: req.url, status: ok ? 200 : 403 });
    socket.on('error', () => {});
    if (!ok) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head?.length) socket.unshift(head);
    tlsServer.emit('connection', socket);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    proxy: `127.0.0.1:${port}`,
    log,
    hosts,
    corpusPages,
    /** Serve `html` (or a file) at a real address, e.g. a non-article page on a known news host. */
    addPage(url, page) {
      const u = new URL(url);
      routes.set(keyOf(u), page);
      hosts.add(u.hostname.toLowerCase());
    },
    close() {
      server.closeAllConnections?.();
      tlsServer.closeAllConnections?.();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
