// findClutter: editorial blocks by heading, headline lists, widget providers, ad slots and toolbars, site rules;
// never the story, never nested duplicates, never a change to the page.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findClutter } from '../../src/core/index';

const URL_ = 'https://news.unknown-ilbo.example/article/2026/01/06/1';
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

const STORY = [
  '정부가 21일 내년도 예산안을 발표했다. 총지출은 올해보다 3.2% 늘어난 규모로 편성됐으며 복지 분야 지출이 가장 크게 늘었다.',
  '기획재정부는 이날 세종청사에서 브리핑을 열고 재정 건전성을 지키면서도 민생 회복에 필요한 예산은 충분히 반영했다고 설명했다.',
  '야당은 즉각 반발했다. 야당 원내대표는 국회에서 기자들과 만나 서민 지원 예산이 턱없이 부족하다며 전면 재검토를 요구했다.',
];
const story = `<div id="story">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`;
const links = (n: number, prefix = '다른 기사') =>
  Array.from(
    { length: n },
    (_, i) => `<li><a href="/n/${i}">${prefix} 제목 ${i}번 이야기입니다</a></li>`,
  ).join('');

function page(body: string) {
  return `<!doctype html><html><body><main>${body}</main></body></html>`;
}

function storyKept(d: Document, blocks: { element: Element }[]) {
  const storyEl = d.querySelector('#story') as Element;
  for (const b of blocks) {
    expect(b.element.contains(storyEl)).toBe(false);
    for (const p of STORY) expect(text(b.element)).not.toContain(p.slice(0, 30));
  }
}

describe('findClutter: generic editorial blocks', () => {
  it('finds blocks by their Korean headings, with kinds and headings', () => {
    const d = doc(
      page(`<article><h1>예산안 발표</h1>${story}</article>
      <section><h3>많이 본 뉴스</h3><ol>${links(5)}</ol></section>
      <div class="box"><strong>함께 보면 좋은 뉴스</strong><ul>${links(4)}</ul></div>
      <div><h4>[경제] 랭킹 뉴스</h4><ul>${links(5)}</ul></div>
      <div><h3>관련기사</h3><ul>${links(3)}</ul></div>
      <div><h3>당신을 위한 추천</h3><ul>${links(4)}</ul></div>
      <div><h3>댓글</h3><div class="cbox">로그인 후 이용하세요</div></div>`),
    );
    const blocks = findClutter(d, URL_);
    const byHeading = Object.fromEntries(blocks.map((b) => [b.heading, b.kind]));
    expect(byHeading['많이 본 뉴스']).toBe('ranking');
    expect(byHeading['함께 보면 좋은 뉴스']).toBe('recommended');
    expect(byHeading['[경제] 랭킹 뉴스']).toBe('ranking');
    expect(byHeading.관련기사).toBe('related');
    expect(byHeading['당신을 위한 추천']).toBe('recommended');
    expect(byHeading.댓글).toBe('comments');
    // The whole block goes, heading and list together.
    const ranking = blocks.find((b) => b.heading === '많이 본 뉴스');
    expect(ranking?.element.querySelectorAll('a').length).toBe(5);
    storyKept(d, blocks);
  });

  it('finds a headline list without any heading by its shape', () => {
    const d = doc(page(`${story}<ul class="x1">${links(6)}</ul>`));
    const blocks = findClutter(d, URL_);
    expect(blocks.some((b) => b.element.querySelectorAll('a').length === 6)).toBe(true);
    storyKept(d, blocks);
  });

  it('finds widget providers, ad slots and toolbars', () => {
    const d = doc(
      page(`<div class="article_util"><button>글자 크기</button><button>프린트</button></div>${story}
      <div id="dablewidget_abc" data-widget_id="x"></div>
      <div id="taboola-below-article"></div>
      <ins class="kakao_ad_area"></ins>
      <div class="ad_area">광고</div>
      <iframe src="https://ads.widerplanet.com/x"></iframe>
      <div id="mobonDivBanner_1"></div>`),
    );
    const kinds = findClutter(d, URL_).map((b) => b.kind);
    expect(kinds.filter((k) => k === 'recommended').length).toBeGreaterThanOrEqual(2);
    expect(kinds.filter((k) => k === 'ad').length).toBeGreaterThanOrEqual(4);
    expect(kinds).toContain('toolbar');
  });

  it('adds per-site rules on top (Naver press ranking, journalist card, AI summary)', () => {
    const d = doc(
      // As on a real Naver page, the reporter line above the story shows the name the card repeats.
      page(`<div class="media_end_head_journalist">홍길동 기자</div><div class="media_end_head_autosummary">요약봇</div><article id="dic_area">${STORY.join('<br><br>')}</article>
      <div class="media_journalistcard">홍길동 기자 구독</div><div class="rankingnews _OFFICE_RANKING_ALL">${links(5)}</div>`),
    );
    const kinds = findClutter(d, 'https://n.news.naver.com/article/001/0014000000').map((b) => b.kind);
    expect(kinds).toEqual(expect.arrayContaining(['ai-summary', 'journalist-card', 'ranking']));
  });
});

describe('findClutter: blocks with brand names, tabs, labels and teaser lines', () => {
  it('takes a box whose heading has any name when it sits over a headline list or an empty script-filled list', () => {
    const d = doc(
      page(`${story}<div class="plus"><h3>취재플러스</h3><ul>${links(4)}</ul></div>
      <div class="mbig"><h3>엠빅뉴스</h3><ul class="thumb"></ul></div>`),
    );
    const headings = findClutter(d, URL_).map((b) => b.heading);
    expect(headings).toEqual(expect.arrayContaining(['취재플러스', '엠빅뉴스']));
  });

  it('reads tab labels as block headings', () => {
    const d = doc(
      page(`${story}<div id="bottom_tabs"><ul class="click_tab"><li class="tabon">인기영상</li><li class="taboff">시선집중</li></ul>
      <div class="tab_area"><div class="sec_1"></div></div></div>`),
    );
    const blocks = findClutter(d, URL_);
    const tabBox = blocks.find((b) => b.heading === '인기영상');
    expect(tabBox?.kind).toBe('ranking');
    expect(text(tabBox?.element as Element)).toContain('시선집중');
  });

  it('finds AI-summary and reaction widgets by their labels', () => {
    const d = doc(
      page(`<div class="sum_group"><p class="sum_title">뉴스 요약쏙</p><p class="sum_text">요약 문장이 들어갑니다.</p></div>${story}
      <div class="react"><p class="react_q">이 기사 어땠나요?</p><button>훌륭해요</button><button>슬퍼요</button></div>`),
    );
    const kinds = findClutter(d, URL_).map((b) => b.kind);
    expect(kinds).toEqual(expect.arrayContaining(['ai-summary', 'reactions']));
  });

  it('finds teaser lines written as links in a plain block after the story', () => {
    const teasers = [1, 2, 3]
      .map((i) => `<b> ▲ <a href="/t/${i}">연예인 ${i}번 화제의 근황 공개 깜짝</a></b><br>`)
      .join('');
    const d = doc(
      page(
        `<div id="story">${STORY.map((p) => `<div class="par">${p}</div>`).join('')}<div class="par">${teasers}</div></div>`,
      ),
    );
    const blocks = findClutter(d, URL_);
    expect(blocks.some((b) => text(b.element).includes('연예인 1번 화제의 근황'))).toBe(true);
    storyKept(d, blocks);
  });
});

describe('findClutter: the guard', () => {
  it('never returns the story even when its wrapper carries ad-like or share-like classes', () => {
    const d = doc(
      page(
        `<div class="article_ad_wrap"><div class="share_area_body">${story}</div></div><div><h3>많이 본 뉴스</h3><ul>${links(5)}</ul></div>`,
      ),
    );
    const blocks = findClutter(d, URL_);
    storyKept(d, blocks);
    expect(blocks.some((b) => b.heading === '많이 본 뉴스')).toBe(true);
  });

  it('a clutter heading inside the story container only takes its own box', () => {
    const d = doc(
      page(`<div id="wrap">${story}<div class="inner"><h4>관련 뉴스</h4><ul>${links(3)}</ul></div></div>`),
    );
    const blocks = findClutter(d, URL_);
    expect(blocks.length).toBeGreaterThan(0);
    storyKept(d, blocks);
  });

  it('returns outermost blocks only, in document order', () => {
    const d = doc(
      page(
        `${story}<aside class="side"><div><h3>많이 본 뉴스</h3><ul>${links(5)}</ul></div><div class="ad_box">광고</div></aside>`,
      ),
    );
    const blocks = findClutter(d, URL_);
    for (const a of blocks)
      for (const b of blocks) if (a !== b) expect(a.element.contains(b.element)).toBe(false);
    const order = blocks.map((b) => b.element);
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1].compareDocumentPosition(order[i]) & 4).toBeTruthy();
    }
  });

  it('never changes the page it reads', () => {
    const d = doc(
      page(`${story}<div><h3>많이 본 뉴스</h3><ul>${links(5)}</ul></div><div class="ad_area">x</div>`),
    );
    const before = d.documentElement.outerHTML;
    findClutter(d, URL_);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('a story sentence that mentions 관련 기사 or 많이 본 뉴스 is not a heading', () => {
    const sentence =
      '관련 기사와 많이 본 뉴스를 분석한 결과 독자들은 경제 기사를 가장 오래 읽는 것으로 나타났다.';
    const d = doc(
      page(`<div id="story"><p>${sentence}</p>${STORY.map((p) => `<p>${p}</p>`).join('')}</div>`),
    );
    for (const b of findClutter(d, URL_)) expect(text(b.element)).not.toContain(sentence.slice(0, 20));
  });
});

describe('findClutter: headings seen on unseen outlets', () => {
  it("English headings (Editor's Choice, Impact News), 뉴스토픽, 카드뉴스 and '<outlet> 관련뉴스' head clutter", () => {
    const divs = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `<div class="auto-article"><strong><a href="/v/${i}">지역 소식 제목 ${i}번 이야기입니다</a></strong></div>`,
      ).join('');
    const d = doc(
      page(`<article><h1>예산안 발표</h1>${story}</article>
      <div class="BoxDefault"><dl><dt><strong>Editor's Choice</strong></dt><dd>${divs(4)}</dd></dl></div>
      <div class="BoxDefault"><dl><dt><strong>Impact News</strong></dt><dd>${divs(4)}</dd></dl></div>
      <div class="section"><h4>뉴스토픽</h4><ol>${links(5, '검색어')}</ol></div>
      <div class="section"><h4>아시아경제 관련뉴스</h4><ul>${links(4)}</ul></div>
      <div class="card_n"><h2>카드뉴스</h2><ul>${links(3, '카드')}</ul></div>`),
    );
    const blocks = findClutter(d, URL_);
    const headings = blocks.map((b) => b.heading);
    for (const h of ["Editor's Choice", 'Impact News', '뉴스토픽', '아시아경제 관련뉴스', '카드뉴스'])
      expect(headings).toContain(h);
    expect(blocks.find((b) => b.heading === '카드뉴스')?.kind).toBe('media-list');
    expect(blocks.find((b) => b.heading === "Editor's Choice")?.kind).toBe('recommended');
    storyKept(d, blocks);
  });

  it('an unnamed heading boxed alone over a <div> list or a two-item thumbnail list is a teaser block', () => {
    const thumbs = Array.from(
      { length: 2 },
      (_, i) =>
        `<li><a href="/t/${i}"><img src="/t${i}.jpg" alt=""></a><div><a href="/t/${i}">[신간] 책 소개 제목 ${i}번째 이야기</a></div></li>`,
    ).join('');
    const d = doc(
      page(`<article><h1>예산안 발표</h1>${story}</article>
      <article class="box-skin"><header class="header"><a href="/list?s=1">책을 읽읍시다</a></header>
        <section class="content"><ul>${thumbs}</ul></section></article>`),
    );
    const blocks = findClutter(d, URL_);
    expect(blocks.some((b) => text(b.element).includes('책을 읽읍시다'))).toBe(true);
    storyKept(d, blocks);
  });

  it('a sub-heading over a bullet list inside the story is not a teaser block', () => {
    const d = doc(
      page(`<article><h1>예산안 발표</h1><div id="story">${STORY.map((p) => `<p>${p}</p>`).join('')}
      <h3>주요 내용</h3><ul><li>복지 예산은 지난해보다 크게 늘어 역대 최대 규모가 됐다</li>
      <li>국방 예산도 소폭 늘었으며 연구개발 예산은 줄었다</li><li>지방 교부금은 세수 감소로 줄어든다</li></ul></div></article>`),
    );
    const blocks = findClutter(d, URL_);
    expect(blocks.some((b) => text(b.element).includes('복지 예산은'))).toBe(false);
  });
});

describe('findClutter: markup accidents on real front pages', () => {
  const box = (name: string, n: number) =>
    `<article class="box-skin"><header class="header"><a href="/list?s=${name}">${name}</a></header><section class="content"><div class="roll">${Array.from(
      { length: n },
      (_, i) =>
        `<div class="col"><a href="/v/${name}${i}"><img src="/t/${i}.jpg"><div class="t">${name} 소식 제목 ${i}번째 이야기입니다</div></a></div>`,
    ).join(
      '',
    )}</div><script>$(document).ready(function(){ $('.roll').slick({ arrows: false, dots: true, infinite: true, autoplay: false, speed: 300, draggable: false }); });</script></section></article>`;

  it('a teaser box whose carousel script sits inside it is still a teaser box', () => {
    const d = doc(page(`<article><h1>예산안 발표</h1>${story}</article>${box('전국은 지금', 4)}`));
    const blocks = findClutter(d, URL_);
    expect(blocks.some((b) => text(b.element).includes('전국은 지금 소식 제목 0'))).toBe(true);
    storyKept(d, blocks);
  });

  it('an unclosed <nav> that swallowed the page does not make every heading a menu heading', () => {
    const menu = Array.from({ length: 320 }, (_, i) => `<li><a href="/s/${i}">메뉴${i}</a></li>`).join('');
    const d = doc(
      `<!doctype html><html><body><header><nav><ul>${menu}</ul>${box('스타천지', 4)}${box('전국은 지금', 3)}</nav></header></body></html>`,
    );
    const headings = findClutter(d, URL_).map((b) => b.heading);
    expect(headings).toEqual(expect.arrayContaining(['스타천지', '전국은 지금']));
  });
});
