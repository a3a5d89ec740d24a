// The command-line tool, spawned as a user runs it: extract/clean, formats, encodings, exit codes, and no stack
// trace on bad input. The CLI is bundled from src/cli.ts into a temp dir (not dist/, which other builds own).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionPage } from '../fixtures/section-page';

const root = resolve(__dirname, '../..');
let dir = '';
let cli = '';

const P = [
  '정부가 21일 내년도 예산안을 발표했다. 총지출은 올해보다 3.2% 늘어난 규모로 편성됐으며 복지 분야 지출이 가장 크게 늘었다.',
  '기획재정부 장관은 이날 브리핑에서 "재정 건전성을 지키면서도 민생 회복에 필요한 예산은 충분히 반영했다"고 말했다.',
  '야당은 즉각 반발했다. 야당 원내대표는 국회에서 기자들과 만나 서민 지원 예산이 턱없이 부족하다며 전면 재검토를 요구했다.',
];
const article = (charset = 'utf-8') => `<!doctype html><html lang="ko"><head><meta charset="${charset}">
<title>내년 예산안 발표 | 한국일간</title><meta property="og:type" content="article">
<link rel="canonical" href="https://news.unknown-ilbo.example/article/2026/01/06/1"></head>
<body><h1>내년 예산안 발표</h1><div itemprop="articleBody">${P.map((p) => `<p>${p}</p>`).join('')}
<p>홍길동 기자 hong@example.co.kr</p></div>
<section><h3>많이 본 뉴스</h3><ul><li><a href="/n/1">다른 기사 제목이 여기에 하나</a></li><li><a href="/n/2">다른 기사 제목이 여기에 둘</a></li></ul></section>
</body></html>`;

function run(args: string[], input?: string | Buffer) {
  const stdin = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const r = spawnSync(process.execPath, [cli, ...args], { input: stdin, timeout: 60000 });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'malgeun-cli-'));
  cli = join(dir, 'cli.mjs');
  await esbuild.build({
    entryPoints: [join(root, 'src/cli.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
  });
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('malgeun extract', () => {
  it('prints the article as JSON with the issue fields, exit 0', () => {
    const r = run(['extract', file('a.html', article())]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    for (const k of [
      'isArticle',
      'reason',
      'site',
      'title',
      'subtitle',
      'publisher',
      'authors',
      'publishedAt',
      'modifiedAt',
      'section',
      'url',
      'originalUrl',
      'leadImage',
      'images',
      'text',
      'html',
      'blocks',
      'quotes',
      'keyQuotes',
      'readingMinutes',
      'clutter',
    ])
      expect(j).toHaveProperty(k);
    expect(j.isArticle).toBe(true);
    expect(j.text.split('\n\n')).toEqual(P);
    expect(j.url).toBe('https://news.unknown-ilbo.example/article/2026/01/06/1');
    expect(j.clutter.some((c: { heading: string }) => c.heading === '많이 본 뉴스')).toBe(true);
  });

  it('prints Markdown or sanitized HTML on request', () => {
    const md = run(['extract', file('b.html', article()), '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.out).toMatch(/^---\n/);
    for (const p of P) expect(md.out.replace(/\\/g, '')).toContain(p.slice(0, 30));
    const html = run(['extract', file('c.html', article()), '--format=html']);
    expect(html.out).toContain(`<p>${P[0]}</p>`);
    expect(html.out).not.toMatch(/<script|많이 본 뉴스/);
  });

  it('reads standard input and takes --url', () => {
    const r = run(['extract', '-', '--url', 'https://www.yna.co.kr/view/AKR20260106000100001'], article());
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.site).toBe('yna');
  });

  it('decodes EUC-KR bytes, and a page that declares euc-kr but is UTF-8', () => {
    const euc = run(['extract', file('e.html', iconv.encode(article('euc-kr'), 'euc-kr'))]);
    expect(JSON.parse(euc.out).text).toContain(P[0]);
    const lie = run(['extract', file('f.html', Buffer.from(article('euc-kr'), 'utf8'))]);
    expect(JSON.parse(lie.out).text).toContain(P[0]);
  });

  it('exits 3 with a message, still printing JSON, for a page that is not an article', () => {
    const items = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/n/${i}">경제 기사 제목 ${i}번 정부 발표 소식</a></li>`,
    );
    const r = run(
      ['extract', '-', '--url', 'https://www.unknown-daily.example/list'],
      `<html><body><ul>${items.join('')}</ul></body></html>`,
    );
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out).isArticle).toBe(false);
    expect(r.err).toMatch(/not a news article/);
  });
});

describe('pages that are no article', () => {
  const url = 'https://www.yna.co.kr/view/AKR20260106000100001';

  it('extract names the kind and the reason and exits 3 for a section front on an article-like URL', () => {
    const r = run(['extract', '-', '--url', url], sectionPage());
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toMatchObject({ isArticle: false, kind: 'section' });
    expect(r.err).toMatch(/not a news article: section page \(.*stories.*\)/);
  });

  it('clean prints the page unchanged and exits 3', () => {
    const page = sectionPage();
    const r = run(['clean', '-', '--url', url], page);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/section page/);
    // The sidebar the clean-up would hide on an article is still there, and so is every story.
    expect(r.out).toContain('많이 본 뉴스');
    expect(r.out).toContain('도서관 야간 개방 전 지역으로 확대');
  });
});

describe('malgeun clean', () => {
  it('prints the page without its clutter blocks, the rest unchanged', () => {
    const r = run(['clean', file('g.html', article())]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('많이 본 뉴스');
    expect(r.out).not.toContain('다른 기사 제목이 여기에 하나');
    for (const p of P) expect(r.out).toContain(p);
    expect(r.out).toContain('<h1>내년 예산안 발표</h1>');
  });
});

describe('bad input and usage', () => {
  const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);
  it('exits 2 on bad usage', () => {
    for (const args of [
      [],
      ['frobnicate', 'x'],
      ['extract'],
      ['extract', 'a', '--format', 'pdf'],
      ['extract', 'a', '--url', 'not a url'],
    ]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Usage/);
      noTrace(r.err);
    }
  });
  it('exits 1 on a missing file, empty input and binary junk, without a stack trace', () => {
    const junk = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    for (const r of [
      run(['extract', join(dir, 'nope.html')]),
      run(['extract', '-'], ''),
      run(['extract', file('j.bin', junk)]),
    ]) {
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^malgeun: /);
      noTrace(r.err);
    }
  });
  it('--help prints usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/malgeun extract/);
  });
});
