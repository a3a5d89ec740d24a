import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index';
import { readArticlePage } from '../../src/core/page/page';
import { findSite } from '../../src/core/sites/index';

function run(html: string, url: string, rawParagraphs: string[]) {
  const doc = parseHTML(html).document as unknown as Document;
  const site = findSite(url);
  return extractMetadata(readArticlePage(doc, url), {
    site,
    pageType: site?.pageType ?? 'unknown',
    rawParagraphs,
  });
}

const DAUM = `<!doctype html><html><head><title>전기요금 동결 결정 | Daum 뉴스</title>
<meta property="og:title" content="전기요금 동결 결정">
<meta property="og:article:author" content="연합뉴스">
<meta property="og:regDate" content="20260106161900">
</head><body>
<div class="head_view"><h3 class="tit_view">전기요금 동결 결정</h3>
<span class="info_view"><span class="txt_info">이도윤 기자</span>
<span class="txt_info">입력 <span class="num_date">2026. 1. 6. 16:19</span></span>
<span class="txt_info">수정 <span class="num_date">2026. 1. 6. 17:02</span></span></span></div>
<div class="article_view"><section><p dmcf-ptype="general">(세종=연합뉴스) 이도윤 기자 = 정부가 1분기 전기요금을 동결했다.</p>
<p dmcf-ptype="general">dylee@yna.co.kr</p></section></div>
<div class="box_g box_news_major"><ul><li><a href="/v/2"><strong>다른 기사 제목 (서울=연합뉴스) 김철수 기자</strong></a></li></ul></div>
</body></html>`;

describe('Daum page', () => {
  const m = run(DAUM, 'https://v.daum.net/v/20260106161901234', [
    '(세종=연합뉴스) 이도윤 기자 = 정부가 1분기 전기요금을 동결했다.',
    'dylee@yna.co.kr',
  ]);
  it('credits the outlet, not Daum', () => expect(m.publisher).toBe('연합뉴스'));
  it('reads unpadded Daum times', () => {
    expect(m.publishedAt?.slice(0, 16)).toBe('2026-01-06T16:19');
    expect(m.modifiedAt).toBe('2026-01-06T17:02:00+09:00');
  });
  it('names the reporter once, with the email from the story', () =>
    expect(m.authors).toEqual([{ name: '이도윤', email: 'dylee@yna.co.kr' }]));
  it('reads the title without the portal suffix', () => expect(m.title).toBe('전기요금 동결 결정'));
});

const NATE = `<!doctype html><html><head><title>반도체 수출 사상 최대 : 네이트 뉴스</title></head><body>
<h1 class="articleSubecjt">반도체 수출 사상 최대</h1>
<div class="articleInfo"><p class="medium"><a class="medium" href="http://news1.kr">뉴스1</a></p>
<span class="firstDate">기사전송 <em>2026-01-06 16:46</em></span></div>
<div id="realArtcContents">(서울=뉴스1) 박서준 기자 = 반도체 수출이 사상 최대를 기록했다.<br><br>sjpark@news1.kr</div>
</body></html>`;

describe('Nate page', () => {
  const m = run(NATE, 'https://news.nate.com/view/20260106n12345', [
    '(서울=뉴스1) 박서준 기자 = 반도체 수출이 사상 최대를 기록했다.',
    'sjpark@news1.kr',
  ]);
  it('credits the outlet from the press link and the dateline', () => expect(m.publisher).toBe('뉴스1'));
  it('reads 기사전송 as the published time', () => expect(m.publishedAt).toBe('2026-01-06T16:46:00+09:00'));
  it('reads the reporter from the dateline with the trailing email', () =>
    expect(m.authors).toEqual([{ name: '박서준', email: 'sjpark@news1.kr' }]));
});
