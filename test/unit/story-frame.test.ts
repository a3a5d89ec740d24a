// The story guard's frame (story-frame.ts) on small invented pages of the shapes that were hidden in the wild:
// a portal header with an "언론사 PICK" badge, a reporter line with a `기자 구독` button, a daily's headline in
// a box whose utility classes say `print`, a broadcaster's reporter line beside a font/print toolbar. The badge,
// the button and the toolbar go; the headline, the times, the reporter's name stay.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { measureProse } from '../../src/core/detect/detect';
import { findClutter, hideableParts, storyFrame } from '../../src/core/index';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const STORY = [
  '가상시는 도심 하천 둔치에 시민 텃밭 120곳을 새로 만들고 다음 달부터 참여 가구를 모집한다고 30일 밝혔다.',
  '텃밭은 한 곳에 10제곱미터 크기로, 가구당 한 곳씩 1년 동안 무료로 쓸 수 있다. 물과 농기구는 시가 마련한다.',
  '시 도시농업팀 한들녘 팀장은 "빈 둔치를 이웃이 함께 가꾸는 공간으로 바꾸려는 것"이라며 "아이와 함께 오는 가구를 먼저 뽑겠다"고 말했다.',
  '지난해 시범 운영에 참여한 주민 서모래 씨는 "주말마다 이웃과 수확한 채소를 나누면서 동네 분위기가 달라졌다"고 했다.',
];
const HEADLINE = '가상시, 하천 둔치에 시민 텃밭 120곳 만든다';
const story = `<article id="story">${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;
const teasers = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<li><a href="/n/${i}">다른 기사 제목 ${i}번 이야기입니다</a></li>`,
  ).join('');
const page = (body: string) =>
  `<!doctype html><html><head><title>${HEADLINE} : 가상일보</title><meta property="og:title" content="${HEADLINE}"></head><body>${body}</body></html>`;

/** Elements the found blocks cover, by selector: true when inside a block. */
function hiddenBy(d: Document, url: string, selectors: string[]): Record<string, boolean> {
  const blocks = findClutter(d, url).map((b) => b.element);
  const out: Record<string, boolean> = {};
  for (const sel of selectors) {
    const el = d.querySelector(sel);
    if (!el) throw new Error(`no ${sel}`);
    out[sel] = blocks.some((b) => b.contains(el));
  }
  return out;
}

describe('the story frame is never hidden whole', () => {
  it('a portal header with a PICK badge keeps headline, 입력 time and 기사원문; the badge goes', () => {
    const d = doc(
      page(`<div class="media_end_head">
        <div class="media_end_head_top"><a href="/press" class="logo"><img src="/logo.png" width="80" alt="가상일보"></a>
          <div class="channel"><button type="button" class="media_end_head_channel_button"><i>PICK</i><i>안내</i></button>
          <p class="channel_layer">언론사가 주요기사로 선정한 기사입니다.</p></div></div>
        <div class="media_end_head_title"><h2 id="title_area"><span>${HEADLINE}</span></h2></div>
        <div class="media_end_head_info"><div class="datestamp"><em>입력</em><span class="time">2026.01.06. 오후 2:20</span></div>
          <a class="origin" href="https://press.example/1">기사원문</a></div>
        <ul class="likeit"><li><a href="#">좋아요</a></li><li><a href="#">추천해요</a></li></ul>
      </div>${story}`),
    );
    const seen = hiddenBy(d, 'https://portal.example/article/1', [
      '#title_area',
      '.datestamp',
      '.origin',
      '.channel',
    ]);
    expect(seen).toEqual({ '#title_area': false, '.datestamp': false, '.origin': false, '.channel': true });
  });

  it('a reporter line with a 기자 구독 button keeps the name; the button goes', () => {
    const d = doc(
      page(`<h1 class="headline">${HEADLINE}</h1>
        <div class="reporter_subscribe journalist"><span class="name">한들녘 기자</span><button class="btn">기자 구독</button></div>
        ${story}`),
    );
    const seen = hiddenBy(d, 'https://www.gasang-ilbo.example/news/1', ['.name', '.btn']);
    expect(seen).toEqual({ '.name': false, '.btn': true });
  });

  it("a daily's headline box whose utility classes say print keeps the headline and 입력 time", () => {
    const d = doc(
      page(`<div class="px-16 pt-24 print:px-40 print:pt-40"><p class="text-24 font-bold">${HEADLINE}</p>
        <p class="date">입력 2026.01.06 14:20</p></div>
        <p class="font-medium no-print">한들녘 기자</p>${story}`),
    );
    const seen = hiddenBy(d, 'https://www.gasang-ilbo.example/news/2', ['.text-24', '.date', '.no-print']);
    expect(seen).toEqual({ '.text-24': false, '.date': false, '.no-print': false });
  });

  it("a broadcaster's reporter line beside a font/print toolbar keeps the name; the toolbar goes", () => {
    const d = doc(
      page(`<h3 class="title">${HEADLINE}</h3><p class="date">등록 2026.01.06 07:38 / 수정 2026.01.06 07:44</p>
        <div class="article_options"><div class="journalist"><a href="/reporter?name=한들녘"><span class="name_mul">한들녘 기자</span></a></div>
        <div class="options"><button class="btn_down">글자크기축소</button><button class="btn_print">프린터</button><button class="btn_sns">공유</button></div></div>
        <div class="contents">${story}</div>`),
    );
    const seen = hiddenBy(d, 'https://news.gasang-tv.example/site/data/1.html', [
      '.name_mul',
      '.date',
      '.btn_print',
    ]);
    expect(seen).toEqual({ '.name_mul': false, '.date': false, '.btn_print': true });
  });

  it('a reporter card after the story that repeats the byline still goes whole', () => {
    const d = doc(
      page(`<h1>${HEADLINE}</h1><div class="byline">한들녘 기자 | 입력 2026.01.06 14:20</div>${story}
        <div class="reporter_card"><strong>한들녘 기자</strong><button>구독</button><ul>${teasers(3)}</ul></div>`),
    );
    const seen = hiddenBy(d, 'https://www.gasang-ilbo.example/news/3', ['.byline', '.reporter_card']);
    expect(seen).toEqual({ '.byline': false, '.reporter_card': true });
  });

  it('a ranking list that names this very story among others still goes whole', () => {
    const items = [HEADLINE, '다른 기사 제목 하나 이야기입니다', '다른 기사 제목 둘 이야기입니다']
      .map((t, i) => `<li onclick="go(${i})"><span class="rank">${i + 1}</span><strong>${t}</strong></li>`)
      .join('');
    const d = doc(
      page(`<h1>${HEADLINE}</h1>${story}<div class="ranking"><h3>많이 본 뉴스</h3><ol>${items}</ol></div>`),
    );
    const seen = hiddenBy(d, 'https://www.gasang-ilbo.example/news/4', ['h1', '.ranking']);
    expect(seen).toEqual({ h1: false, '.ranking': true });
  });

  it('hideableParts: a block holding the frame gives its frame-free parts; the story gives nothing', () => {
    const d = doc(
      page(`<div id="head"><div class="badge">언론사 PICK</div><h2 class="tit">${HEADLINE}</h2>
        <div class="share"><button>공유</button></div></div><div id="side"><ul>${teasers(4)}</ul></div>${story}`),
    );
    const frame = storyFrame(d, measureProse(d), null);
    const q = (s: string) => d.querySelector(s) as Element;
    expect(hideableParts(q('#head'), frame)).toEqual([q('.badge'), q('.share')]);
    expect(hideableParts(q('#side'), frame)).toEqual([q('#side')]);
    expect(hideableParts(q('#story'), frame)).toEqual([]);
    expect(hideableParts(q('h2.tit'), frame)).toEqual([]);
  });
});
