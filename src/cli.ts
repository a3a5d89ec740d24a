/**
 * The command-line tool over src/core:
 *   malgeun extract <file|-> [--url URL] [--format json|markdown|html]
 *   malgeun clean   <file|-> [--url URL]
 * Reads bytes (file or stdin) and decodes them itself (BOM, <meta charset>, EUC-KR/CP949, a page that declares
 * euc-kr but is UTF-8). Exit codes: 0 ok, 3 not an article (its kind and reason on stderr; `extract` still prints
 * the JSON, `clean` prints the page unchanged), 2 bad usage, 1 unreadable input.
 * Never prints a stack trace for bad input.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectPage, extractArticle, findClutter } from './core/index';
import { toMarkdown } from './core/markdown';
import { decodeBytes, looksLikeText } from './core/page/decode';
import type { Detection } from './core/types';

const USAGE = `Usage:
  malgeun extract <file|-> [--url URL] [--format json|markdown|html]
  malgeun clean <file|-> [--url URL]

  extract   print the article (JSON by default, or its Markdown or sanitized HTML)
  clean     print the page's HTML with every clutter block removed (unchanged when it is no article)
  <file|->  an HTML file, or - for standard input (bytes; the encoding is detected)
  --url     the page's address (default: its canonical link, else the file's path)

Exit codes: 0 ok, 3 not a news article (kind and reason on stderr: section, search, home, list,
not-news), 2 bad usage, 1 unreadable input.`;

class UsageError extends Error {}
class InputError extends Error {}

interface Args {
  command: 'extract' | 'clean';
  input: string;
  url: string | null;
  format: 'json' | 'markdown' | 'html';
}

export function parseArgs(argv: string[]): Args | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'clean') {
    throw new UsageError(command ? `unknown command: ${command}` : 'missing command');
  }
  let input: string | null = null;
  let url: string | null = null;
  let format: Args['format'] = 'json';
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--url' || a.startsWith('--url=')) url = value('--url');
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'json' && f !== 'markdown' && f !== 'html') throw new UsageError(`unknown format: ${f}`);
      if (command === 'clean') throw new UsageError('--format applies to extract only');
      format = f;
    } else if (a === '-' || !a.startsWith('-')) {
      if (input !== null) throw new UsageError(`unexpected argument: ${a}`);
      input = a;
    } else throw new UsageError(`unknown option: ${a}`);
  }
  if (input === null) throw new UsageError('missing input file (use - for standard input)');
  if (url !== null) {
    try {
      new URL(url);
    } catch {
      throw new UsageError(`not a URL: ${url}`);
    }
  }
  return { command, input, url, format };
}

function readInput(input: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = input === '-' ? readFileSync(0) : readFileSync(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot read';
    throw new InputError(`${input === '-' ? 'standard input' : input}: ${why}`);
  }
  if (!bytes.length) throw new InputError(`${input === '-' ? 'standard input' : input}: empty input`);
  const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const bom16 = (u8[0] === 0xff && u8[1] === 0xfe) || (u8[0] === 0xfe && u8[1] === 0xff);
  if (!bom16 && !looksLikeText(u8)) {
    throw new InputError(`${input === '-' ? 'standard input' : input}: not an HTML or text file`);
  }
  return u8;
}

/** Parse HTML with linkedom; a page with junk before <html> is re-parsed from its <html> tag. */
function parseDocument(html: string): Document {
  let { document } = parseHTML(html);
  if (document.documentElement?.tagName !== 'HTML') {
    const at = html.search(/<html[\s>]/i);
    if (at > 0) ({ document } = parseHTML(html.slice(at)));
  }
  if (!document.documentElement)
    ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  return document as unknown as Document;
}

function defaultUrl(doc: Document, input: string): string {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    if (c && /^https?:\/\//i.test(c.trim())) return c.trim();
  }
  return input === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(input)).href;
}

function run(argv: string[]): number {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`malgeun: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const bytes = readInput(args.input);
  const { text } = decodeBytes(bytes);
  const doc = parseDocument(text);
  const url = args.url ?? defaultUrl(doc, args.input);

  if (args.command === 'clean') {
    // The clean-up never touches a page that is no article (a section front, search results, a home).
    const detection = detectPage(doc, url);
    const blocks = detection.isArticle ? findClutter(doc, url) : [];
    for (const b of blocks) b.element.remove();
    const out = String(doc.toString?.() ?? doc.documentElement?.outerHTML ?? '');
    process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    if (!detection.isArticle) return notArticle(detection);
    process.stderr.write(`malgeun: removed ${blocks.length} clutter block(s)\n`);
    return 0;
  }

  const article = extractArticle(doc, url);
  if (args.format === 'markdown') {
    const md = toMarkdown(article);
    process.stdout.write(md.endsWith('\n') ? md : `${md}\n`);
  } else if (args.format === 'html') process.stdout.write(`${article.html}\n`);
  else {
    // The field order first (isArticle, kind, reason, site …), then anything else the Article carries.
    const { isArticle, kind, reason, site, pageType, ...rest } = article;
    process.stdout.write(
      `${JSON.stringify({ isArticle, kind, reason, site, pageType, ...rest }, null, 2)}\n`,
    );
  }
  return article.isArticle ? 0 : notArticle(article);
}

/** Exit 3 with the page's kind and the reason on stderr. */
function notArticle(d: Pick<Detection, 'kind' | 'reason'>): number {
  process.stderr.write(`malgeun: not a news article: ${d.kind} page (${d.reason})\n`);
  return 3;
}

function main() {
  let code: number;
  try {
    code = run(process.argv.slice(2));
  } catch (e) {
    if (e instanceof InputError) process.stderr.write(`malgeun: ${e.message}\n`);
    else process.stderr.write(`malgeun: cannot process input: ${(e as Error)?.message ?? String(e)}\n`);
    code = 1;
  }
  process.exitCode = code;
}

main();
