import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isMailboxLine, parseSignature, stripDateline } from '../../src/core/korean/byline';
import { extractMetadata } from '../../src/core/metadata/index';
import { readArticlePage } from '../../src/core/page/page';
import type { PageType } from '../../src/core/types';

function run(html: string, url: string, pageType: PageType, raw: string[]) {
  const doc = parseHTML(html).document as unknown as Document;
  return extractMetadata(readArticlePage(doc, url), { site: null, pageType, rawParagraphs: raw });
}

// A student clone site that re-hosts portal stories: a placeholder <title>, no meta tags, the headline in an
// <h3>, an unlabeled dotted date in an <h6>, and a `[Source : …]` credit line after the story.
const REHOST = `<!doctype html><html><head><title>Document</title></head><body>
<header><h1><a href="/">뉴스클론</a></h1><nav><ul><li><a href="/p">정치</a></li></ul></nav></header>
<div class="press"><h3>류현진 1년 800만 달러 전망…이정후는 ‘예측 불가’</h3>
<h6>김재호 MK스포츠 기자(nemo@maekyung.example)  2023. 11. 1. 05:48</h6>
<div class="article_view"><p>전 메이저리그 단장이 자유계약 시장을 전망했다.</p>
<p>[피닉스(미국) =김재호 MK스포츠 특파원]</p></div>
<h6>[Source : MK스포츠]</h6></div>
<footer>Copyright © 2023 뉴스클론 all rights reserved</footer></body></html>`;

describe('a re-hosted story with a placeholder title', () => {
  const m = run(REHOST, 'http://localhost/press/view.jsp', 'aggregator', [
    '전 메이저리그 단장이 자유계약 시장을 전망했다.',
    '[피닉스(미국) =김재호 MK스포츠 특파원]',
  ]);
  it('takes the heading that reads like a headline, not `Document`', () =>
    expect(m.title).toBe('류현진 1년 800만 달러 전망…이정후는 ‘예측 불가’'));
  it('reads the unlabeled dotted date under the headline as KST', () =>
    expect(m.publishedAt).toBe('2023-11-01T05:48:00+09:00'));
  it('credits the outlet of the source line, not the clone site', () => expect(m.publisher).toBe('MK스포츠'));
  it('names the reporter once (no place words) with the email beside the outlet word', () =>
    expect(m.authors).toEqual([{ name: '김재호', email: 'nemo@maekyung.example' }]));
});

describe('credit lines', () => {
  const page = (credit: string, pageType: PageType) =>
    run(
      `<html><head><title>정부, 예산안 확정</title><meta property="og:site_name" content="모아뉴스"></head><body>
<h1>정부, 예산안 확정</h1><p>정부가 예산안을 확정했다.</p><p>${credit}</p></body></html>`,
      'https://moa.example/a/1',
      pageType,
      ['정부가 예산안을 확정했다.'],
    ).publisher;
  it('reads 기사제공 and Source anywhere', () => {
    expect(page('기사제공: 뉴스1', 'unknown')).toBe('뉴스1');
    expect(page('[Source : OSEN]', 'unknown')).toBe('OSEN');
  });
  it('reads a bare 출처 only on a re-hosting page, and never a photo credit', () => {
    expect(page('출처: 일간스포츠', 'aggregator')).toBe('일간스포츠');
    expect(page('출처: 일간스포츠', 'publisher')).toBe('모아뉴스');
    expect(page('제공: 큐브엔터테인먼트', 'aggregator')).toBe('모아뉴스');
  });
});

describe('bylines with a place and its country', () => {
  it('reads the reporter of a trailing bracket byline', () =>
    expect(parseSignature('[피닉스(미국) =김재호 MK스포츠 특파원]')).toEqual([
      { name: '김재호', email: null },
    ]));
  it('strips a leading one from the story', () => {
    const r = stripDateline('[워싱턴(미국)=홍길동 특파원] 미국 정부가 발표했다.');
    expect(r.text).toBe('미국 정부가 발표했다.');
    expect(r.authors).toEqual([{ name: '홍길동', email: null }]);
  });
});

describe('a slash email glued to the last sentence', () => {
  it('pairs it with the reporter named in the dateline', () => {
    const long = `${'구단과 척을 져서 좋을 게 없다는 분석이 나왔다. '.repeat(8)}/waw@osen.example`;
    const m = run(
      '<html><head><title>토론토 미스터리</title></head><body><h1>토론토 미스터리</h1></body></html>',
      'https://x.example/1',
      'aggregator',
      ['[OSEN=이상학 기자] 토론토가 고민에 빠졌다.', long],
    );
    expect(m.authors).toEqual([{ name: '이상학', email: 'waw@osen.example' }]);
  });
});

describe('generic fallbacks for bare templates', () => {
  const bare = (head: string, body: string, raw: string[] = []) =>
    run(`<html><head>${head}</head><body>${body}</body></html>`, 'https://nara.example/a/1', 'unknown', raw);
  it('names the outlet written after the headline in <title>, and the byline line under the headline', () => {
    const m = bare(
      '<title>도로 확장 공사 시작 - 나라일보</title>',
      '<h1>도로 확장 공사 시작</h1><p>박수민 기자</p><p>기사입력 : 2026년 01월 06일 16:19:00</p>',
    );
    expect(m.publisher).toBe('나라일보');
    expect(m.authors).toEqual([{ name: '박수민', email: null }]);
    expect(m.publishedAt).toBe('2026-01-06T16:19:00+09:00');
  });
  it('reads the section from a breadcrumb trail', () => {
    const m = bare(
      '<title>도로 확장 | 나라일보</title>',
      '<div class="breadcrumb"><a href="/">홈</a> &gt; <a href="/s">사회</a> &gt; <a href="/s/1">교통</a></div><h1>도로 확장</h1>',
    );
    expect(m.section).toBe('사회');
  });
  it('leaves the photographer out of `글=… 기자·사진=… 기자`', () => {
    const m = bare(
      '<title>도로 확장 | 나라일보</title>',
      '<h1>도로 확장</h1><div class="writer">글=박수민 기자·사진=김영호 기자</div>',
    );
    expect(m.authors).toEqual([{ name: '박수민', email: null }]);
  });
  it('takes the headline element when the only title is the outlet name', () => {
    const m = bare(
      '<title>나라일보</title><meta property="og:title" content="나라일보">',
      '<div class="logo"><h1>나라일보</h1></div><h2 class="art_title">도로 확장 공사 오늘 시작</h2><p>입력 2026.01.06 16:19</p>',
    );
    expect(m.title).toBe('도로 확장 공사 오늘 시작');
    expect(m.publisher).toBe('나라일보');
  });
  it('does not glue a signature slash to the outlet', () => {
    const m = bare('<title>도로 확장 | 나라일보</title>', '<h1>도로 확장</h1>', [
      '도로가 넓어진다.',
      '/나라일보 박수민 기자',
    ]);
    expect(m.publisher).toBe('나라일보');
    expect(m.authors).toEqual([{ name: '박수민', email: null }]);
  });
});

describe('copyright lines naming a company and its brand', () => {
  it('reads the Korean brand after `Since 2003 by <company>,` and the footer that matches <title>', () => {
    const m = run(
      `<html><head><title>라마뉴스</title></head><body><h1>지역 축제 개막</h1>
<ul><li>Copyright &copy; Since 2003 by RMi, 라마뉴스. All rights Reserved.</li></ul>
<ul><li>Copyright &copy; Since 2017 by RMi, 라마스포츠. All rights Reserved.</li></ul></body></html>`,
      'https://rama.example/',
      'publisher',
      [],
    );
    expect(m.publisher).toBe('라마뉴스');
  });
});

describe('byline field labels and mixed machine offsets', () => {
  const page = (head: string, body: string) =>
    run(
      `<html><head><title>광장 새단장 마쳐 | 가나일보</title>${head}</head><body><h1>광장 새단장 마쳐</h1>${body}</body></html>`,
      'https://gana.example/a/1',
      'unknown',
      [],
    );
  it('does not take the label 기자명 / 취재기자 for a reporter', () => {
    expect(
      page('', '<ul class="infomation"><li><span class="show-for-sr">기자명</span> 오세린 기자</li></ul>')
        .authors,
    ).toEqual([{ name: '오세린', email: null }]);
    expect(
      page('', '<div class="article_info"><span class="writer">취재기자 : 오세린</span></div>').authors,
    ).toEqual([{ name: '오세린', email: null }]);
  });
  it('trusts a +09:00 meta over a JSON-LD Z that disagrees by nine hours', () => {
    const m = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-06T13:40:00Z"}</script><meta property="article:published_time" content="2026-01-06T13:40:00+09:00">',
      '',
    );
    expect(m.publishedAt).toBe('2026-01-06T13:40:00+09:00');
  });
});

describe('outlet-shaped words are not people', () => {
  it('reads 뉴스핌 / 스포츠조선 datelines as outlets', () => {
    expect(stripDateline('[서울=뉴스핌] 홍길동 기자 = 정부가 발표했다.')).toEqual({
      text: '정부가 발표했다.',
      authors: [{ name: '홍길동', email: null }],
    });
    expect(stripDateline('[부산=스포츠조선 선수민 기자] 롯데가 졌다.')).toEqual({
      text: '롯데가 졌다.',
      authors: [{ name: '선수민', email: null }],
    });
  });
  it('reads `<outlet> <email>` as an unnamed sender, not a reporter named after the outlet', () =>
    expect(parseSignature('뉴스타파 hong@newstapa.example')).toEqual([
      { name: '', email: 'hong@newstapa.example' },
    ]));
  it('names nobody from `<outlet> <newsroom mailbox>`, a contact line the tail trim removes (a mailbox is no reporter)', () => {
    expect(parseSignature('뉴스타파 webmaster@newstapa.example')).toBeNull();
    expect(isMailboxLine('뉴스타파 webmaster@newstapa.example')).toBe(true);
  });
  it('does not take a date row before the dateline for a deck', () => {
    const m = run(
      '<html><head><title>노경은 무너졌다 | 스포츠조선</title></head><body></body></html>',
      'https://s.example/1',
      'unknown',
      ['입력 2020.08.27 20:27', '[부산=스포츠조선 선수민 기자] 롯데 투수 노경은이 무너졌다.'],
    );
    expect(m.subtitle).toBeNull();
    expect(m.publisher).toBe('스포츠조선');
  });
});
