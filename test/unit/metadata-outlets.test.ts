/**
 * Small hand-written pages in the shapes of outlets the corpus lacks (from design/sites.tsv and
 * korean-news.md). Each is read twice: with no site rule (the generic path unseen outlets take) and with the
 * matching site rule, when there is one.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/metadata/index';
import { readArticlePage } from '../../src/core/page/page';
import { findSite } from '../../src/core/sites/index';
import type { ArticleMetadata } from '../../src/core/types';

function read(html: string, url: string, raw: string[], generic: boolean): ArticleMetadata {
  const doc = parseHTML(html).document as unknown as Document;
  const site = generic ? null : findSite(url);
  const pageType = site?.pageType ?? (/daum\.net|nate\.com|naver\.com/.test(url) ? 'portal' : 'unknown');
  return extractMetadata(readArticlePage(doc, url), { site, pageType, rawParagraphs: raw });
}

interface Want {
  title: string;
  publisher: string;
  authors: { name: string; email: string | null }[];
  published: string | null;
  modified?: string | null;
  section?: string | null;
}

function check(label: string, html: string, url: string, raw: string[], want: Want) {
  for (const generic of [true, false]) {
    describe(`${label} (${generic ? 'no site rule' : 'site rule'})`, () => {
      const m = read(html, url, raw, generic);
      it('title without the site suffix', () => expect(m.title).toBe(want.title));
      it('publisher', () => expect(m.publisher).toBe(want.publisher));
      it('reporters and emails', () => expect(m.authors).toEqual(want.authors));
      it('KST times', () => {
        expect(m.publishedAt).toBe(want.published);
        if (want.modified !== undefined) expect(m.modifiedAt).toBe(want.modified);
      });
      if (want.section !== undefined) it('section', () => expect(m.section).toBe(want.section));
    });
  }
}

check(
  '연합뉴스',
  `<html lang="ko"><head><title>국회, 추경안 처리 | 연합뉴스</title>
<meta property="og:title" content="국회, 추경안 처리"><meta property="og:site_name" content="연합뉴스">
<meta property="article:section" content="정치"></head><body>
<div class="nav-path01"><ul><li><a href="/politics">정치</a></li><li><a href="/politics/assembly">국회·정당</a></li></ul></div>
<header><h1 class="tit01">국회, 추경안 처리</h1>
<p class="update-time" data-published-time="2026-01-06 16:46">송고2026-01-06 16:46</p></header>
<div class="story-news article"><p>(서울=연합뉴스) 홍길동 김철수 기자 = 국회는 6일 본회의를 열어 추경안을 처리했다.</p>
<p>gildong@yna.co.kr</p></div>
<aside><ul class="list01"><li><a href="/v/1">다른 기사 (서울=연합뉴스) 박민수 기자</a><span class="txt-time">송고2026-01-05 09:00</span></li></ul></aside>
</body></html>`,
  'https://www.yna.co.kr/view/AKR20260106123400001',
  ['(서울=연합뉴스) 홍길동 김철수 기자 = 국회는 6일 본회의를 열어 추경안을 처리했다.', 'gildong@yna.co.kr'],
  {
    title: '국회, 추경안 처리',
    publisher: '연합뉴스',
    authors: [
      { name: '홍길동', email: null },
      { name: '김철수', email: null },
    ],
    published: '2026-01-06T16:46:00+09:00',
    modified: null,
    section: '정치',
  },
);

check(
  '뉴시스',
  `<html><head><title>한은, 기준금리 동결 :: 공감언론 뉴시스 ::</title>
<meta property="og:title" content="한은, 기준금리 동결">
<meta property="og:description" content="[서울=뉴시스]이수진 기자 = 한국은행이 기준금리를 동결했다.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"한은, 기준금리 동결",
"datePublished":"2026-01-06T10:12:00+09:00","dateModified":"2026-01-06T11:30:00+09:00",
"author":{"@type":"Person","name":"이수진 기자","email":"sjlee@newsis.com"},
"publisher":{"@type":"Organization","name":"뉴시스"},"articleSection":"경제"}</script></head><body>
<h1 class="tit title_area">한은, 기준금리 동결</h1>
<article><p>[서울=뉴시스]이수진 기자 = 한국은행이 기준금리를 동결했다.</p></article></body></html>`,
  'https://www.newsis.com/view/NISX20260106_0003000000',
  ['[서울=뉴시스]이수진 기자 = 한국은행이 기준금리를 동결했다.'],
  {
    title: '한은, 기준금리 동결',
    publisher: '뉴시스',
    authors: [{ name: '이수진', email: 'sjlee@newsis.com' }],
    published: '2026-01-06T10:12:00+09:00',
    modified: '2026-01-06T11:30:00+09:00',
    section: '경제',
  },
);

check(
  '뉴스1',
  `<html><head><title>서울 아파트값 하락 전환 - 뉴스1</title>
<meta property="og:title" content="서울 아파트값 하락 전환"><meta property="og:site_name" content="뉴스1">
<meta property="article:published_time" content="2026-01-06T09:05:00+09:00"></head><body>
<h1 class="title">서울 아파트값 하락 전환</h1><div id="articles_detail"><p>(서울=뉴스1) 박서준 최유리 기자 = 서울 아파트값이 하락으로 돌아섰다.</p>
<p>sjpark@news1.kr</p></div></body></html>`,
  'https://www.news1.kr/realestate/general/5000000',
  ['(서울=뉴스1) 박서준 최유리 기자 = 서울 아파트값이 하락으로 돌아섰다.', 'sjpark@news1.kr'],
  {
    title: '서울 아파트값 하락 전환',
    publisher: '뉴스1',
    authors: [
      { name: '박서준', email: null },
      { name: '최유리', email: null },
    ],
    published: '2026-01-06T09:05:00+09:00',
  },
);

check(
  '한겨레',
  `<html><head><title>기후위기 대응 예산 늘린다 : 환경 : 사회 : 뉴스 : 한겨레</title>
<meta property="og:title" content="기후위기 대응 예산 늘린다"><meta property="og:site_name" content="한겨레"></head><body>
<div class="ArticleDetailView_breadcrumb__x1"><a href="/society">사회</a><a href="/society/environment">환경</a></div>
<h3 class="ArticleDetailView_title__9kRU_">기후위기 대응 예산 늘린다</h3>
<h4 class="ArticleDetailView_subtitle__fOnMe">탄소중립 예산 3조원 증액</h4>
<div class="ArticleDetailView_reporterList__x"><a class="ArticleDetailView_reporterLink__x" href="/arti/reporter/1">최하늘</a> 기자</div>
<ul><li class="ArticleDetailView_dateListItem__mRc3d"><span>등록</span> 2026-01-06 15:45</li>
<li class="ArticleDetailView_dateListItem__mRc3d"><span>수정</span> 2026-01-06 18:02</li></ul>
<div class="article-text"><p class="text">정부가 기후위기 대응 예산을 늘린다.</p>
<p class="text">최하늘 기자 sky@hani.co.kr</p></div></body></html>`,
  'https://www.hani.co.kr/arti/society/environment/1200000.html',
  ['정부가 기후위기 대응 예산을 늘린다.', '최하늘 기자 sky@hani.co.kr'],
  {
    title: '기후위기 대응 예산 늘린다',
    publisher: '한겨레',
    authors: [{ name: '최하늘', email: 'sky@hani.co.kr' }],
    published: '2026-01-06T15:45:00+09:00',
    modified: '2026-01-06T18:02:00+09:00',
  },
);

check(
  '동아일보',
  `<html><head><title>반도체 수출 역대 최대｜동아일보</title>
<meta property="og:title" content="반도체 수출 역대 최대"><meta property="og:site_name" content="동아일보"></head><body>
<div class="head_group"><h1 class="title">반도체 수출 역대 최대</h1></div>
<div class="news_info"><span class="author_info"><a href="/reporter/1">정다은 기자</a></span>
<span class="date_info"><p><span aria-hidden="true">입력 2026-01-06 14:18</span></p>
<p><span aria-hidden="true">업데이트 2026-01-06 16:40</span></p></span></div>
<section class="news_view"><p>반도체 수출이 역대 최대를 기록했다.</p><p>정다은 기자 dajeong@donga.com</p></section></body></html>`,
  'https://www.donga.com/news/Economy/article/all/20260106/130000000/1',
  ['반도체 수출이 역대 최대를 기록했다.', '정다은 기자 dajeong@donga.com'],
  {
    title: '반도체 수출 역대 최대',
    publisher: '동아일보',
    authors: [{ name: '정다은', email: 'dajeong@donga.com' }],
    published: '2026-01-06T14:18:00+09:00',
    modified: '2026-01-06T16:40:00+09:00',
  },
);

check(
  '중앙일보',
  `<html><head><title>여야, 선거구 획정 합의 | 중앙일보</title>
<meta property="og:title" content="여야, 선거구 획정 합의 | 중앙일보"><meta property="og:site_name" content="중앙일보"></head><body>
<h1 class="headline">여야, 선거구 획정 합의</h1>
<div class="byline"><a href="/reporter/1">김하준 기자</a></div>
<div class="datetime"><time itemprop="datePublished" datetime="2026-01-06T05:00:00+09:00">입력 2026.01.06 05:00</time>
<time itemprop="dateModified" datetime="2026-01-06T08:21:00+09:00">업데이트 2026.01.06 08:21</time></div>
<div id="article_body"><p>여야가 선거구 획정에 합의했다.</p></div>
<div class="ab_byline"><p>김하준 기자 kim.hajun@joongang.co.kr</p></div></body></html>`,
  'https://www.joongang.co.kr/article/25300000',
  ['여야가 선거구 획정에 합의했다.'],
  {
    title: '여야, 선거구 획정 합의',
    publisher: '중앙일보',
    authors: [{ name: '김하준', email: 'kim.hajun@joongang.co.kr' }],
    published: '2026-01-06T05:00:00+09:00',
    modified: '2026-01-06T08:21:00+09:00',
  },
);

check(
  '세계일보',
  `<html><head><title>전국 한파특보 발효 | 세계일보</title>
<meta property="og:title" content="전국 한파특보 발효"><meta property="og:site_name" content="세계일보"></head><body>
<h3 id="title_sns">전국 한파특보 발효</h3><em class="precis">서울 아침 영하 15도</em>
<div class="viewInfo">입력 : 2026-01-06 14:44:16 수정 : 2026-01-06 15:10:02</div>
<span id="SG_CreatorName" style="display:none">윤서연</span>
<article class="viewBox2"><p>전국에 한파특보가 내려졌다.</p><p>윤서연 기자 yoon@segye.com</p></article></body></html>`,
  'https://www.segye.com/newsView/20260106512345',
  ['전국에 한파특보가 내려졌다.', '윤서연 기자 yoon@segye.com'],
  {
    title: '전국 한파특보 발효',
    publisher: '세계일보',
    authors: [{ name: '윤서연', email: 'yoon@segye.com' }],
    published: '2026-01-06T14:44:16+09:00',
    modified: '2026-01-06T15:10:02+09:00',
  },
);

check(
  'TV조선',
  `<html><head><title>출근길 빙판 사고 잇따라 | TV조선</title>
<meta property="og:title" content="출근길 빙판 사고 잇따라"><meta property="og:site_name" content="TV CHOSUN"></head><body>
<div class="view-title"><h2 class="title">출근길 빙판 사고 잇따라</h2>
<div class="editor"><div class="name-box"><a class="reporter" href="/r/1">한지훈 기자</a></div>
<ul class="date"><li><p>등록: 2026.01.06 오후 17:25</p></li><li><p>수정: 2026.01.06 오후 19:03</p></li></ul></div></div>
<div class="article-body"><p>출근길 빙판 사고가 잇따랐다.</p><p>한지훈 기자(hanj@chosun.com)</p></div>
<footer>Copyrights ⓒ TV조선. All rights reserved.</footer></body></html>`,
  'https://news.tvchosun.com/site/data/html_dir/2026/01/06/2026010690123.html',
  ['출근길 빙판 사고가 잇따랐다.', '한지훈 기자(hanj@chosun.com)'],
  {
    title: '출근길 빙판 사고 잇따라',
    publisher: 'TV조선',
    authors: [{ name: '한지훈', email: 'hanj@chosun.com' }],
    published: '2026-01-06T17:25:00+09:00',
    modified: '2026-01-06T19:03:00+09:00',
  },
);

check(
  'ND-soft regional outlet',
  `<html><head><title>도청 앞 광장 새단장 - 가나일보</title>
<meta property="og:title" content="도청 앞 광장 새단장 - 가나일보"><meta property="og:site_name" content="가나일보">
<meta property="article:section" content="지역"></head><body>
<header class="article-view-header"><h1 class="heading">도청 앞 광장 새단장</h1>
<h2 class="subheading">시민 쉼터로 재개장</h2>
<ul class="infomation"><li><i class="icon-user-o"></i> 오세린 기자</li><li><i class="icon-clock-o"></i> 입력 2026.01.06 14:20</li></ul></header>
<article id="article-view-content-div"><p>[가나일보 오세린 기자] 도청 앞 광장이 새단장을 마쳤다.</p></article>
<div class="info-name">오세린 기자 serin@gana.kr</div>
<footer><p>저작권자 © 가나일보 무단전재 및 재배포 금지</p></footer></body></html>`,
  'https://www.gana.kr/news/articleView.html?idxno=12345',
  ['[가나일보 오세린 기자] 도청 앞 광장이 새단장을 마쳤다.'],
  {
    title: '도청 앞 광장 새단장',
    publisher: '가나일보',
    authors: [{ name: '오세린', email: 'serin@gana.kr' }],
    published: '2026-01-06T14:20:00+09:00',
    section: '지역',
  },
);

check(
  'unknown outlet, JSON-LD with a wrong Z',
  `<html><head><title>청년 주거 지원 확대 &lt; 정책 &lt; 기사본문 - 다라경제</title>
<meta property="og:title" content="청년 주거 지원 확대"><meta property="og:site_name" content="다라경제">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"청년 주거 지원 확대","datePublished":"2026-01-06T13:40:00Z",
"author":[{"@type":"Person","name":"문지호"},{"@type":"Person","name":"배수아"}],"articleSection":"정책"}</script></head><body>
<h1>청년 주거 지원 확대</h1><div class="byline">문지호·배수아 기자 <span>입력 2026.01.06 13:40</span></div>
<div class="article-body"><p>정부가 청년 주거 지원을 확대한다.</p></div></body></html>`,
  'https://www.dara.example/news/2026/01/06/77',
  ['정부가 청년 주거 지원을 확대한다.'],
  {
    title: '청년 주거 지원 확대',
    publisher: '다라경제',
    authors: [
      { name: '문지호', email: null },
      { name: '배수아', email: null },
    ],
    published: '2026-01-06T13:40:00+09:00',
    section: '정책',
  },
);

check(
  'unknown outlet, visible text only',
  `<html><head><title>지하철 요금 인상 확정 :: 마바뉴스</title></head><body>
<div class="top"><a href="/">마바뉴스</a></div>
<div class="view"><h2>지하철 요금 인상 확정</h2>
<div class="info">홍길동·김철수 기자 | 입력 2026-01-06 오전 9:05 | 수정 2026-01-06 오후 1:10</div>
<div class="txt"><p>지하철 요금이 오른다.</p><p>홍길동 기자 hong@maba.example</p><p>김철수 기자 kcs@maba.example</p></div></div>
<div class="copy">Copyright © 마바뉴스. All rights reserved.</div></body></html>`,
  'https://maba.example/view/123',
  ['지하철 요금이 오른다.', '홍길동 기자 hong@maba.example', '김철수 기자 kcs@maba.example'],
  {
    title: '지하철 요금 인상 확정',
    publisher: '마바뉴스',
    authors: [
      { name: '홍길동', email: 'hong@maba.example' },
      { name: '김철수', email: 'kcs@maba.example' },
    ],
    published: '2026-01-06T09:05:00+09:00',
    modified: '2026-01-06T13:10:00+09:00',
  },
);

check(
  '이데일리 bracket byline and comma-separated reporters',
  `<html><head><title>코스피 2600 회복 - 이데일리</title>
<meta property="og:title" content="코스피 2600 회복"><meta property="og:site_name" content="이데일리"></head><body>
<div class="news_titles"><h1>코스피 2600 회복</h1></div>
<div class="dates"><ul><li><p>등록 2026-01-06 오후 3:45:10</p></li></ul></div>
<div class="news_body">[이데일리 최선미 기자] 코스피가 2600선을 회복했다.<br><br>최선미 기자, 장도윤 기자</div></body></html>`,
  'https://www.edaily.co.kr/News/Read?newsId=01234566645000000',
  ['[이데일리 최선미 기자] 코스피가 2600선을 회복했다.'],
  {
    title: '코스피 2600 회복',
    publisher: '이데일리',
    authors: [{ name: '최선미', email: null }],
    published: '2026-01-06T15:45:10+09:00',
  },
);

check(
  'Daum re-serving an outlet',
  `<html><head><title>한파에 난방비 급증 | Daum 뉴스</title>
<meta property="og:title" content="한파에 난방비 급증"><meta property="og:article:author" content="경향신문">
<meta property="og:regDate" content="20260106161900"></head><body>
<div class="head_view"><h3 class="tit_view">한파에 난방비 급증</h3>
<span class="info_view"><span class="txt_info">서지우 기자</span>
<span class="txt_info">입력 <span class="num_date">2026. 1. 6. 16:19</span></span></span></div>
<a href="https://www.khan.co.kr/"><img id="kakaoServiceLogo" alt="경향신문" src="/logo.png"></a>
<div class="article_view"><section><p dmcf-ptype="general">한파로 난방비가 급증했다.</p>
<p dmcf-ptype="general">서지우 기자 jiwoo@kyunghyang.com</p></section></div></body></html>`,
  'https://v.daum.net/v/20260106161900123',
  ['한파로 난방비가 급증했다.', '서지우 기자 jiwoo@kyunghyang.com'],
  {
    title: '한파에 난방비 급증',
    publisher: '경향신문',
    authors: [{ name: '서지우', email: 'jiwoo@kyunghyang.com' }],
    published: '2026-01-06T16:19:00+09:00',
  },
);

check(
  'email-only signature after a wire dateline',
  `<html><head><title>환율 1400원 돌파 | 가가뉴스</title><meta property="og:site_name" content="가가뉴스"></head><body>
<h1>환율 1400원 돌파</h1><p class="date">기사입력 2026.01.06 (11:02)</p>
<div class="body"><p>(서울=연합뉴스) 임도현 기자 = 원/달러 환율이 1400원을 넘었다.</p><p>dhlim@yna.co.kr</p></div></body></html>`,
  'https://gaga.example/a/9',
  ['(서울=연합뉴스) 임도현 기자 = 원/달러 환율이 1400원을 넘었다.', 'dhlim@yna.co.kr'],
  {
    title: '환율 1400원 돌파',
    publisher: '연합뉴스',
    authors: [{ name: '임도현', email: 'dhlim@yna.co.kr' }],
    published: '2026-01-06T11:02:00+09:00',
  },
);

check(
  '경향신문',
  `<html><head><title>의대 정원 최종 합의 - 경향신문</title>
<meta property="og:title" content="의대 정원 최종 합의"><meta property="og:site_name" content="경향신문">
<meta property="article:published_time" content="2026-01-06"></head><body>
<article><header><div class="category"><a href="/national">사회</a></div><h1>의대 정원 최종 합의</h1>
<div class="bottom"><div class="editor"><a href="/r/1">강민지 기자</a>, <a href="/r/2">노태윤 기자</a></div>
<div class="date"><div class="inner"><p>입력 2026.01.06 14:00</p><p>수정 2026.01.06 15:12</p></div></div></div></header>
<div class="art_body"><p class="content_text">정부와 의료계가 의대 정원에 합의했다.</p>
<p class="content_text">강민지 기자 mj@kyunghyang.com, 노태윤 기자 ty@kyunghyang.com</p></div></article></body></html>`,
  'https://www.khan.co.kr/article/202601061400001',
  ['정부와 의료계가 의대 정원에 합의했다.', '강민지 기자 mj@kyunghyang.com, 노태윤 기자 ty@kyunghyang.com'],
  {
    title: '의대 정원 최종 합의',
    publisher: '경향신문',
    authors: [
      { name: '강민지', email: 'mj@kyunghyang.com' },
      { name: '노태윤', email: 'ty@kyunghyang.com' },
    ],
    published: '2026-01-06T14:00:00+09:00',
    modified: '2026-01-06T15:12:00+09:00',
  },
);

check(
  'unknown outlet with only a date-only meta and no visible time',
  `<html><head><title>마을 축제 열려 | 사아신문</title><meta property="og:site_name" content="사아신문">
<meta property="article:published_time" content="2026-01-06"></head><body>
<h1>마을 축제 열려</h1><div class="byline">정은비 기자</div><p>입력 2026.01.06</p>
<div class="body"><p>마을 축제가 열렸다.</p></div></body></html>`,
  'https://saa.example/news/5',
  ['마을 축제가 열렸다.'],
  {
    title: '마을 축제 열려',
    publisher: '사아신문',
    authors: [{ name: '정은비', email: null }],
    published: null,
  },
);

describe('section metas of old templates', () => {
  it('reads me2:category2 beside the outlet in me2:category1', () => {
    const doc = parseHTML(`<html><head><title>수출 감소 | 네이버 뉴스</title>
<meta property="me2:category1" content="아시아경제"><meta property="me2:category2" content="경제"></head>
<body><h3 id="articleTitle">수출 감소</h3></body></html>`).document as unknown as Document;
    const m = extractMetadata(readArticlePage(doc, 'https://news.naver.com/main/read.nhn?oid=277&aid=1'), {
      site: null,
      pageType: 'portal',
      rawParagraphs: [],
    });
    expect(m.section).toBe('경제');
  });
});
