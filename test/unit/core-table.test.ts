// Data tables in a story become `table` blocks (cells as text, header row, caption) from which the text, the
// HTML and the Markdown are derived; layout tables (a wrapper around the story, a photo with its caption, nested
// tables, two columns of prose) stay what they were: their prose becomes paragraphs. Pages written for these tests.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index';
import { toMarkdown } from '../../src/core/markdown';
import { readDataTable } from '../../src/core/story/table';
import type { Block } from '../../src/core/types';

const URL_ = 'https://news.unknown-ilbo.example/article/2026/06/04/7';
const doc = (html: string) => parseHTML(html).document as unknown as Document;

const P = [
  '6·3 지방선거 개표 결과 광역단체장 17곳 가운데 여당이 9곳, 야당이 8곳에서 승리한 것으로 집계됐다.',
  '중앙선거관리위원회는 4일 오전 개표를 마치고 최종 투표율이 60.2%로 4년 전보다 2.3%포인트 올랐다고 밝혔다.',
  '정치권에서는 수도권 표심이 막판까지 승부를 가른 변수였다는 분석이 나왔다. 양당은 결과를 두고 엇갈린 평가를 내놨다.',
];

const RESULTS = `<table><caption>주요 지역 개표 결과</caption>
  <thead><tr><th>지역</th><th>당선인</th><th>득표율</th></tr></thead>
  <tbody><tr><td>서울</td><td>홍길동</td><td>51.2%</td></tr>
  <tr><td>부산</td><td>김철수</td><td>55.8%</td></tr>
  <tr><td>광주</td><td>이영희</td><td>72.4%</td></tr></tbody></table>`;

function page(story: string): string {
  return `<!doctype html><html lang="ko"><head><title>지방선거 개표 결과 | 한국일간</title>
  <meta property="og:type" content="article"></head><body><main><h1>지방선거 개표 결과</h1>
  <div itemprop="articleBody">${story}</div></main></body></html>`;
}

const paras = (list: string[]) => list.map((p) => `<p>${p}</p>`).join('');
const extract = (story: string) => extractArticle(doc(page(story)), URL_);
const tables = (blocks: Block[]) => blocks.filter((b) => b.type === 'table');
const cellsOf = (html: string) => {
  const t = doc(`<table>${html}</table>`).querySelector('table') as Element;
  return readDataTable(t);
};

describe('data tables become table blocks', () => {
  const a = extract(`${paras(P.slice(0, 2))}${RESULTS}${paras(P.slice(2))}`);

  it('keeps the grid, the header row and the caption, between the paragraphs around it', () => {
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(tables(a.blocks)[0]).toEqual({
      type: 'table',
      header: true,
      caption: '주요 지역 개표 결과',
      rows: [
        ['지역', '당선인', '득표율'],
        ['서울', '홍길동', '51.2%'],
        ['부산', '김철수', '55.8%'],
        ['광주', '이영희', '72.4%'],
      ],
    });
  });

  it('writes the table into the text as one line per row with tab-separated cells', () => {
    expect(a.text.split('\n\n')).toEqual([
      ...P.slice(0, 2),
      '주요 지역 개표 결과\n지역\t당선인\t득표율\n서울\t홍길동\t51.2%\n부산\t김철수\t55.8%\n광주\t이영희\t72.4%',
      P[2],
    ]);
  });

  it('writes it into the HTML as a table with a thead of th cells and a tbody', () => {
    expect(a.html).toContain(
      '<table><caption>주요 지역 개표 결과</caption><thead><tr><th>지역</th><th>당선인</th><th>득표율</th></tr></thead><tbody><tr><td>서울</td><td>홍길동</td><td>51.2%</td></tr>',
    );
  });

  it('writes it into the Markdown as a GFM pipe table under its caption', () => {
    const md = toMarkdown(a, { frontMatter: false });
    expect(md).toContain(
      '주요 지역 개표 결과\n\n| 지역 | 당선인 | 득표율 |\n| --- | --- | --- |\n| 서울 | 홍길동 | 51.2% |\n| 부산 | 김철수 | 55.8% |\n| 광주 | 이영희 | 72.4% |',
    );
  });

  it('reads a table without a header row as data rows only', () => {
    const b = extract(
      `${paras(P)}<table><tr><td>1일</td><td>개막식</td></tr><tr><td>2일</td><td>예선 경기</td></tr></table>`,
    );
    const [t] = tables(b.blocks);
    expect(t).toMatchObject({
      header: false,
      caption: null,
      rows: [
        ['1일', '개막식'],
        ['2일', '예선 경기'],
      ],
    });
    expect(b.html).toContain('<table><tbody><tr><td>1일</td><td>개막식</td></tr>');
    expect(b.html).not.toContain('<thead>');
  });

  it('fills spanned places with empty cells so every row is as wide as the widest', () => {
    const t = cellsOf(
      '<tr><th rowspan="2">구분</th><th colspan="2">2025년</th></tr><tr><th>상반기</th><th>하반기</th></tr>' +
        '<tr><td>매출</td><td>120</td><td>135</td></tr>',
    );
    expect(t?.rows).toEqual([
      ['구분', '2025년', ''],
      ['', '상반기', '하반기'],
      ['매출', '120', '135'],
    ]);
    expect(t?.header).toBe(true);
  });
});

describe('layout tables stay paragraphs', () => {
  it('a table wrapping the story: its prose becomes paragraphs', () => {
    const a = extract(`<table><tr><td>${paras(P)}</td><td>광고</td></tr></table>`);
    expect(tables(a.blocks)).toEqual([]);
    expect(a.text.split('\n\n')).toEqual(P);
  });

  it('a data table inside a layout wrapper is still a table; the wrapper is not', () => {
    const a = extract(
      `<table><tr><td>${paras(P.slice(0, 2))}${RESULTS}${paras(P.slice(2))}</td></tr></table>`,
    );
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(tables(a.blocks)[0]).toMatchObject({ header: true, caption: '주요 지역 개표 결과' });
  });

  it('a photo with its caption in a one-column table: the image, then its caption line', () => {
    const a = extract(
      `<table><tr><td><img src="https://img.example.kr/vote.jpg" width="500"></td></tr><tr><td>개표소 모습</td></tr></table>${paras(P)}`,
    );
    expect(tables(a.blocks)).toEqual([]);
    expect(a.blocks[0]).toMatchObject({ type: 'image', src: 'https://img.example.kr/vote.jpg' });
    expect(a.blocks[1]).toMatchObject({ type: 'paragraph', text: '개표소 모습' });
  });

  it('photos side by side over their captions are pictures, not data', () => {
    const img = (n: number) => `<img src="https://img.example.kr/${n}.jpg">`;
    const t = cellsOf(`<tr><td>${img(1)}</td><td>${img(2)}</td></tr><tr><td>후보 A</td><td>후보 B</td></tr>`);
    expect(t).toBeNull();
  });

  it('nested tables are layout', () => {
    const t = cellsOf(
      `<tr><td>지역</td><td><table><tr><td>서울</td><td>51%</td></tr></table></td></tr><tr><td>부산</td><td>55%</td></tr>`,
    );
    expect(t).toBeNull();
  });

  it('two columns of prose (a Q&A laid out in a table) stay paragraphs', () => {
    const a = extract(
      `${paras(P.slice(0, 1))}<table><tr><td>질문</td><td>${P[1]}</td></tr><tr><td>답변</td><td>${P[2]}</td></tr></table>`,
    );
    expect(tables(a.blocks)).toEqual([]);
    expect(a.text).toContain(P[2]);
  });

  it('a single column or a single row is not a grid; a table of headline links is navigation', () => {
    expect(cellsOf('<tr><td>서울</td></tr><tr><td>부산</td></tr>')).toBeNull();
    expect(cellsOf('<tr><td>서울</td><td>부산</td></tr>')).toBeNull();
    const link = (t: string) => `<a href="https://news.example.kr/${t.length}">${t}</a>`;
    expect(
      cellsOf(
        `<tr><td>${link('여당 압승')}</td><td>${link('야당 반발')}</td></tr><tr><td>${link('투표율 상승')}</td><td>${link('개표 지연')}</td></tr>`,
      ),
    ).toBeNull();
  });
});

describe('table cells are text', () => {
  const a = extract(
    `${paras(P)}<table><tr><th>항목</th><th>내용</th></tr>` +
      '<tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td><b>굵게</b> 쓴 <script>steal()</script>값</td></tr>' +
      '<tr><td>A|B</td><td>첫 줄<br>둘째 줄</td></tr></table>',
  );
  const [t] = tables(a.blocks) as Extract<Block, { type: 'table' }>[];

  it('keeps markup written as text as text, drops elements and scripts to their words', () => {
    expect(t.rows[1]).toEqual(['<script>alert(1)</script>', '굵게 쓴 값']);
    expect(a.html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>굵게 쓴 값</td>');
    expect(a.html).not.toContain('<script');
    expect(a.html).not.toContain('<b>');
    expect(a.text).not.toContain('steal');
  });

  it('flattens line breaks in a cell and escapes | in the Markdown table', () => {
    expect(t.rows[2]).toEqual(['A|B', '첫 줄 둘째 줄']);
    const md = toMarkdown(a, { frontMatter: false });
    expect(md).toContain('| \\<script>alert(1)\\</script> | 굵게 쓴 값 |');
    expect(md).toContain('| A\\|B | 첫 줄 둘째 줄 |');
    expect(md).not.toMatch(/(?<!\\)<[a-z]/i);
  });
});
