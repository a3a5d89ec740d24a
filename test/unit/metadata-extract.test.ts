import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata, normalizePublisher, stripSiteSuffix } from '../../src/core/metadata/index';
import { readArticlePage } from '../../src/core/page/page';
import type { PageType } from '../../src/core/types';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function run(html: string, url: string, pageType: PageType = 'unknown', rawParagraphs: string[] = []) {
  return extractMetadata(readArticlePage(doc(html), url), { site: null, pageType, rawParagraphs });
}

describe('title suffixes', () => {
  it('removes site names after pipes, dashes and colons', () => {
    expect(stripSiteSuffix('정부, 예산안 확정 | 한국일보', ['한국일보'])).toBe('정부, 예산안 확정');
    expect(stripSiteSuffix('정부, 예산안 확정 - 매일경제', [])).toBe('정부, 예산안 확정');
    expect(stripSiteSuffix('정부, 예산안 확정 : 네이버 뉴스', [])).toBe('정부, 예산안 확정');
    expect(stripSiteSuffix('정부, 예산안 확정-정치ㅣ한국일보', ['한국일보'])).toBe('정부, 예산안 확정');
    expect(stripSiteSuffix('대전일보 모바일 :: 성금 기탁 줄 잇는다', ['대전일보'])).toBe(
      '성금 기탁 줄 잇는다',
    );
    expect(stripSiteSuffix('정부, 예산안 확정 - Entermedia', [])).toBe('정부, 예산안 확정');
  });
  it('keeps dashes that belong to the headline', () => {
    expect(stripSiteSuffix('한-미 정상회담 - 북핵 공조 재확인', [])).toBe(
      '한-미 정상회담 - 북핵 공조 재확인',
    );
    expect(stripSiteSuffix('“왜 싸우나” - 이재명', [])).toBe('“왜 싸우나” - 이재명');
  });
});

describe('publisher names', () => {
  it('normalises broadcaster brands and portal tails', () => {
    expect(normalizePublisher('SBS NEWS')).toBe('SBS');
    expect(normalizePublisher('MBC NEWS')).toBe('MBC');
    expect(normalizePublisher('KBS 뉴스')).toBe('KBS');
    expect(normalizePublisher('뉴스타파 | 네이버')).toBe('뉴스타파');
    expect(normalizePublisher('연합뉴스')).toBe('연합뉴스');
  });
});

const PORTAL = `<!doctype html><html lang="ko"><head>
<title>이재명, 윤희숙에 "공개 토론하자" : 네이버 뉴스</title>
<meta property="og:title" content="이재명, 윤희숙에 &quot;공개 토론하자&quot;">
<meta property="og:article:author" content="디지털타임스 | 네이버">
<meta property="og:image" content="//imgnews.example.net/a.jpg">
<link rel="canonical" href="https://n.news.naver.com/article/029/0002620000">
</head><body>
<div class="media_end_head_top"><a href="/press/029"><img class="media_end_head_top_logo_img" alt="디지털타임스"></a></div>
<h2 id="title_area"><span>이재명, 윤희숙에 "공개 토론하자"</span></h2>
<span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2020-09-19 20:28:01">2020.09.19. 오후 8:28</span>
<a class="media_end_head_origin_link" href="http://www.dt.co.kr/contents.html?article_no=2020091902109900000">기사원문</a>
<article id="dic_area">이재명 경기도지사가 자신을 비판한 윤희숙 의원에게 공개 토론을 제안했다.<br><br>김미경 기자 the13ook@dt.co.kr</article>
<ul class="rankingnews"><li><a href="/x">홍길동 기자 다른 기사</a></li></ul>
</body></html>`;

describe('extractMetadata on a portal page', () => {
  const m = run(PORTAL, 'https://n.news.naver.com/article/029/0002620000', 'portal', [
    '이재명 경기도지사가 자신을 비판한 윤희숙 의원에게 공개 토론을 제안했다.',
    '김미경 기자 the13ook@dt.co.kr',
  ]);
  it('names the original outlet, not the portal', () => expect(m.publisher).toBe('디지털타임스'));
  it('reads the headline as shown', () => expect(m.title).toBe('이재명, 윤희숙에 "공개 토론하자"'));
  it('reads the reporter and email from the signature', () =>
    expect(m.authors).toEqual([{ name: '김미경', email: 'the13ook@dt.co.kr' }]));
  it('reads the KST time from the data attribute', () =>
    expect(m.publishedAt).toBe('2020-09-19T20:28:01+09:00'));
  it('links the original article and resolves the lead image', () => {
    expect(m.originalUrl).toBe('http://www.dt.co.kr/contents.html?article_no=2020091902109900000');
    expect(m.leadImage).toBe('https://imgnews.example.net/a.jpg');
    expect(m.url).toBe('https://n.news.naver.com/article/029/0002620000');
    expect(m.lang).toBe('ko');
  });
});

const UNKNOWN_OUTLET = `<!doctype html><html><head>
<title>시내버스 노선 개편 다음 달 시행 - 가나일보</title>
<meta property="og:site_name" content="가나일보">
<meta property="article:published_time" content="2025-03-02T09:15:00Z">
<meta property="article:section" content="사회">
<meta property="article:tag" content="버스"><meta property="article:tag" content="교통">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"시내버스 노선 개편 다음 달 시행",
"author":[{"@type":"Person","name":"박지민 기자","email":"jimin@gana.example"},{"@type":"Organization","name":"가나일보"}]}</script>
</head><body>
<header><h1 class="heading">시내버스 노선 개편 다음 달 시행</h1>
<h2 class="subheading">12개 노선 폐지<br>출퇴근 급행 신설</h2>
<div class="info"><span>입력 2025.03.02 09:15</span> <span>수정 2025.03.02 11:40</span></div></header>
<div id="article-view-content-div"><p>시는 다음 달부터 시내버스 노선을 개편한다고 2일 밝혔다.</p></div>
<footer>저작권자 © 가나일보 무단전재 및 재배포 금지</footer>
</body></html>`;

describe('extractMetadata on an unknown outlet', () => {
  const m = run(UNKNOWN_OUTLET, 'https://www.gana.example/news/articleView.html?idxno=1', 'unknown', [
    '시는 다음 달부터 시내버스 노선을 개편한다고 2일 밝혔다.',
  ]);
  it('strips the site suffix and reads the outlet from og:site_name', () => {
    expect(m.title).toBe('시내버스 노선 개편 다음 달 시행');
    expect(m.publisher).toBe('가나일보');
  });
  it('reads a JSON-LD person author without the outlet', () =>
    expect(m.authors).toEqual([{ name: '박지민', email: 'jimin@gana.example' }]));
  it('treats a Z time that shows as the visible 입력 time as KST', () => {
    expect(m.publishedAt).toBe('2025-03-02T09:15:00+09:00');
    expect(m.modifiedAt).toBe('2025-03-02T11:40:00+09:00');
  });
  it('reads the deck lines, section and tags', () => {
    expect(m.subtitle).toBe('12개 노선 폐지\n출퇴근 급행 신설');
    expect(m.section).toBe('사회');
    expect(m.tags).toEqual(['버스', '교통']);
  });
});

describe('extractMetadata with a wire dateline', () => {
  const html = `<html><head><title>한은, 기준금리 동결 | 뉴스사이트</title><meta property="og:site_name" content="뉴스사이트"></head>
<body><h1>한은, 기준금리 동결</h1><p>기사입력 2026-01-15 10:02</p></body></html>`;
  it('credits the wire named in the dateline, and its reporters', () => {
    const m = run(html, 'https://news.example.kr/a/1', 'unknown', [
      '(서울=연합뉴스) 홍길동 김철수 기자 = 한국은행이 기준금리를 동결했다.',
      '총재는 “물가를 더 지켜보겠다”고 말했다.',
    ]);
    expect(m.publisher).toBe('연합뉴스');
    expect(m.authors.map((a) => a.name)).toEqual(['홍길동', '김철수']);
    expect(m.publishedAt).toBe('2026-01-15T10:02:00+09:00');
  });
  it('finds no reporters in a story that only mentions a 기자', () => {
    const m = run(html, 'https://news.example.kr/a/1', 'unknown', [
      '현장에 있던 홍길동 기자는 당시 상황을 이렇게 전했다.',
      '경찰은 사고 원인을 조사하고 있다.',
    ]);
    expect(m.authors).toEqual([]);
  });
});

describe('extractMetadata on an aggregator page', () => {
  const html = `<html><head><title>AI 정상회의 개최 | 모아뉴스</title><meta property="og:site_name" content="모아뉴스">
<meta property="article:published_time" content="2024-05-20T17:12:00+09:00"></head>
<body><h1>AI 정상회의 개최</h1><div class="writer"><span class="writer_cp">아주경제</span>
<a class="writer_mail" href="mailto:content@moa.example">content@moa.example</a></div>
<aside><ul><li><a href="/2">랭킹 기사</a></li></ul></aside></body></html>`;
  it('credits the outlet that wrote the story, not the aggregator', () => {
    const m = run(html, 'https://moa.example/view/1', 'aggregator');
    expect(m.publisher).toBe('아주경제');
    expect(m.publishedAt).toBe('2024-05-20T17:12:00+09:00');
  });
});

const NDSOFT = `<!doctype html><html lang="ko"><head>
<title>항만 물동량 3년 만에 반등 < 경제 < 기사본문 - 다라신문</title>
<meta property="og:title" content="항만 물동량 3년 만에 반등 - 다라신문">
<meta property="og:site_name" content="다라신문 - 바다도시 대표 언론">
</head><body>
<nav><ul><li><a href="/n/1">다른 기자 이름 기자 다른 기사</a></li></ul></nav>
<header class="article-view-header">
  <h3 class="heading">항만 물동량 3년 만에 반등</h3>
  <h4 class="subheading">컨테이너 12% 늘어<br>신항 2단계 개장 효과</h4>
  <ul class="infomation"><li><i class="icon-user-o"></i> 남궁민 기자</li>
  <li><i class="icon-clock-o"></i> 승인 2025.11.03 14:05</li><li>댓글 0</li></ul>
</header>
<article id="article-view-content-div"><p>항만 물동량이 3년 만에 반등했다.</p><p>남궁민 기자 minn@dara.example</p></article>
<div class="article-list"><ul><li><a href="/n/2"><span class="byline">최영수 기자</span> 다른 기사 제목</a></li></ul></div>
<footer>Copyright © 다라신문. All rights reserved.</footer>
</body></html>`;

describe('extractMetadata on a shared-CMS regional page', () => {
  const m = run(NDSOFT, 'https://www.dara.example/news/articleView.html?idxno=7', 'unknown', [
    '항만 물동량이 3년 만에 반등했다.',
    '남궁민 기자 minn@dara.example',
  ]);
  it('strips `< 섹션 < 기사본문 - 사이트` and a site-name tagline', () => {
    expect(m.title).toBe('항만 물동량 3년 만에 반등');
    expect(m.publisher).toBe('다라신문');
  });
  it('reads the header byline in a list item, not teaser bylines', () =>
    expect(m.authors).toEqual([{ name: '남궁민', email: 'minn@dara.example' }]));
  it('reads 승인 as the publication time and the subheading as the deck', () => {
    expect(m.publishedAt).toBe('2025-11-03T14:05:00+09:00');
    expect(m.subtitle).toBe('컨테이너 12% 늘어\n신항 2단계 개장 효과');
  });
});

describe('reporters are people, not desks', () => {
  it('does not take a desk signature or JSON-LD desk for a reporter', () => {
    const html = `<html><head><title>속보 | 마바뉴스</title><meta property="og:site_name" content="마바뉴스">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"속보","author":{"@type":"Person","name":"디지털뉴스팀"}}</script>
</head><body><h1>속보</h1><div class="byline">편집국</div><p>입력 2025.01.02 10:00</p></body></html>`;
    expect(run(html, 'https://mabanews.example/1').authors).toEqual([]);
  });
  it('reads a byline row that also carries the time', () => {
    const html = `<html><head><title>기사 제목입니다 - 사아일보</title></head><body><h1>기사 제목입니다</h1>
<div class="article-byline">김다은 기자 | 입력 2025.01.02 10:00 | 수정 2025.01.02 11:00</div></body></html>`;
    const m = run(html, 'https://saa.example/1');
    expect(m.authors).toEqual([{ name: '김다은', email: null }]);
    expect(m.modifiedAt).toBe('2025-01-02T11:00:00+09:00');
  });
});

describe('extractMetadata on hostile input', () => {
  it('survives an empty document and odd JSON-LD without throwing', () => {
    expect(() => run('', 'https://x.example/')).not.toThrow();
    const odd = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":5,"author":[null,7,{"name":{"x":1}}],
"datePublished":"yesterday","publisher":"nope"}</script><script type="application/ld+json">{broken</script></head><body></body></html>`;
    const m = run(odd, 'https://x.example/a');
    expect(m.authors).toEqual([]);
    expect(m.publishedAt).toBeNull();
    expect(m.url).toBe('https://x.example/a');
  });
});

describe('extractMetadata on a client-rendered page (script payload only)', () => {
  const payload = {
    content_elements: [{ type: 'text', content: '[스포츠아사=김하늘 기자] 결혼식이 열렸다.' }],
    created_date: '2023-04-07T10:11:02.613Z',
    credits: {
      by: [
        { name: 'Haneul Kim', additional_properties: { original: { byline: '스포츠아사 = 김하늘 기자' } } },
      ],
    },
    description: { basic: '[스포츠아사=김하늘 기자] 결혼식이 열렸다.' },
    display_date: '2023-04-07T10:20:47Z',
    last_updated_date: '2023-04-07T10:22:03.746Z',
    related: [{ display_date: '2020-01-01T00:00:00Z', credits: { by: [{ name: '다른 기자' }] } }],
  };
  const html = `<html><head><title>결혼식 시작 - 가나일보</title><meta property="og:site_name" content="가나일보">
<meta property="article:published_time" content="2023-04-07T10:11:02.613Z"></head><body><div id="app"></div>
<script>window.Fusion=window.Fusion||{};Fusion.globalContent=${JSON.stringify(payload)};${' '.repeat(200)}</script></body></html>`;
  const m = run(html, 'https://www.gana.example/ent/2023/04/07/ABC/');
  it('takes the displayed time, not the creation time', () => {
    expect(m.publishedAt?.slice(0, 16)).toBe('2023-04-07T19:20');
    expect(m.modifiedAt?.slice(0, 16)).toBe('2023-04-07T19:22');
  });
  it('credits the outlet and reporter written in the payload byline', () => {
    expect(m.publisher).toBe('스포츠아사');
    expect(m.authors.map((a) => a.name)).toEqual(['김하늘']);
  });
});

describe('byline rows with buttons', () => {
  it('reads the reporter past 이메일 보내기 / 구독 / 다른 기사 보기', () => {
    const html = `<html><head><title>제목입니다 길게 - 자차일보</title></head><body><h1>제목입니다 길게</h1>
<div class="reporter_area"><span>김도균 기자</span> <a href="#">이메일 보내기</a> <a href="#">+ 구독</a> <a href="#">다른 기사 보기</a></div>
</body></html>`;
    expect(run(html, 'https://jacha.example/1').authors).toEqual([{ name: '김도균', email: null }]);
  });
});

describe('outlet from copyright lines', () => {
  it('prefers the brand over a company og:site_name (`ⓒ MBN(매일방송)`)', () => {
    const html = `<html><head><title>기사 제목 하나 둘</title><meta property="og:site_name" content="매일방송"></head>
<body><h1>기사 제목 하나 둘</h1><p>입력 2023.04.04 19:02</p><div class="copyright">Copyright ⓒ MBN(매일방송) 무단전재 및 재배포 금지</div>
<footer>Copyright © MBN 매일방송 All rights reserved.</footer></body></html>`;
    expect(run(html, 'https://tv.example/news/1').publisher).toBe('MBN');
  });
  it('prefers the Korean name when there is no og:site_name', () => {
    const html = `<html><head><title>기사 제목 셋 넷 - EnterMedia</title></head><body><h1>기사 제목 셋 넷</h1>
<p>저작권자 ⓒ '대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.example), 무단전재 금지</p>
<footer>Copyright (C) EnterMedia All rights reserved.</footer></body></html>`;
    expect(run(html, 'https://www.entermedia.example/1').publisher).toBe('엔터미디어');
  });
  it('reads a Latin-led brand (`Copyrights ⓒ TV조선.`)', () => {
    const html = `<html><head><title>기사 제목 다섯</title></head><body><h1>기사 제목 다섯</h1>
<p>Copyrights ⓒ TV조선. 무단전재 및 재배포 금지</p></body></html>`;
    expect(run(html, 'https://news.tv.example/1').publisher).toBe('TV조선');
  });
});

describe('dateline after a caption', () => {
  it('finds the dateline in the second raw unit', () => {
    const html = `<html><head><title>제목 여섯 일곱 | 차카뉴스</title><meta property="og:site_name" content="차카뉴스"></head>
<body><h1>제목 여섯 일곱</h1><p>입력 2025.02.03 09:00</p></body></html>`;
    const m = run(html, 'https://chaka.example/1', 'unknown', [
      '시민들이 출근하고 있다. 2025.2.3 /뉴스1',
      '(서울=뉴스1) 정하늘 기자 = 출근길 기온이 영하로 떨어졌다.',
    ]);
    expect(m.publisher).toBe('뉴스1');
    expect(m.authors.map((a) => a.name)).toEqual(['정하늘']);
  });
});
