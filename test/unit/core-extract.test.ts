// extractArticle: the story out of small Korean news pages written for these tests — paragraphs split at <br>,
// head UI and repeated headline dropped, dateline/signature/copyright/promo trimmed, images with captions and
// absolute lazy URLs, sub-headings kept, script-only stories recovered, HTML sanitized, page untouched.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index';

const URL_ = 'https://news.unknown-ilbo.example/article/2026/01/06/1';
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const squash = (s: string) => s.replace(/\s+/g, '');

const P = [
  '정부가 21일 내년도 예산안을 발표했다. 총지출은 올해보다 3.2% 늘어난 규모로 편성됐으며 복지 분야 지출이 가장 크게 늘었다.',
  '기획재정부는 이날 세종청사에서 브리핑을 열고 재정 건전성을 지키면서도 민생 회복에 필요한 예산은 충분히 반영했다고 설명했다.',
  '야당은 즉각 반발했다. 야당 원내대표는 국회에서 기자들과 만나 서민 지원 예산이 턱없이 부족하다며 전면 재검토를 요구했다.',
  '예산안은 다음 달 국회에 제출되며 상임위원회 심사와 예산결산특별위원회 심사를 거쳐 연말 본회의에서 확정될 예정이다.',
];

function page(body: string, head = '') {
  return `<!doctype html><html lang="ko"><head><title>내년 예산안 발표…복지 지출 크게 늘어 | 한국일간</title>
  <meta property="og:type" content="article">${head}</head><body><main>${body}</main></body></html>`;
}

function run(html: string, url = URL_) {
  const d = doc(html);
  const before = d.documentElement.outerHTML;
  const a = extractArticle(d, url);
  expect(d.documentElement.outerHTML).toBe(before);
  return a;
}

describe('extractArticle: paragraphs', () => {
  it('splits <br>-separated text into paragraphs separated by a blank line', () => {
    const a = run(page(`<h1>내년 예산안 발표</h1><div itemprop="articleBody">${P.join('<br><br>')}</div>`));
    expect(a.isArticle).toBe(true);
    expect(a.text.split('\n\n')).toEqual(P);
  });

  it('drops a meta row (outlet, 입력 time, 조회) that sits under a deck line', () => {
    const deck = '복지 지출 가장 크게 늘어…국회 심사 앞두고 여야 공방';
    const a = run(
      page(
        `<h1>내년 예산안 발표</h1><div itemprop="articleBody"><p>${deck}</p><p>한국일간 입력 2026.01.21 09:30 조회 1,024</p>${P.map((p) => `<p>${p}</p>`).join('')}</div>`,
      ),
    );
    expect(a.text).not.toContain('조회');
    for (const p of P) expect(squash(a.text)).toContain(squash(p));
  });

  it('drops head UI text and a headline repeated at the top of the body', () => {
    const a = run(
      page(`<div itemprop="articleBody"><p>입력 2026.01.06. 08:15</p><p>가 가 가</p><p>내년 예산안 발표…복지 지출 크게 늘어</p>
      ${P.map((p) => `<p>${p}</p>`).join('')}</div>`),
    );
    expect(a.text.startsWith(P[0])).toBe(true);
    expect(a.text).not.toContain('입력 2026');
  });

  it('strips the wire dateline and reads the reporter from it', () => {
    const a = run(
      page(
        `<div itemprop="articleBody"><p>(서울=연합뉴스) 홍길동 기자 = ${P[0]}</p>${P.slice(1)
          .map((p) => `<p>${p}</p>`)
          .join('')}</div>`,
      ),
    );
    expect(a.text.startsWith(P[0])).toBe(true);
    expect(a.authors.map((x) => x.name)).toContain('홍길동');
  });

  it('strips a bracket dateline that follows an inline photo caption (old portal layout)', () => {
    const a = run(
      page(
        `<div id="articleBodyContents"><span class="end_photo_org"><img src="/p.jpg" width="600"><em class="img_desc">(자료사진) [이미지출처=연합뉴스]</em></span><br><br>[세종=아시아경제 주상돈 기자] ${P[0]}<br><br>${P.slice(1).join('<br><br>')}</div>`,
      ),
    );
    expect(a.text.startsWith('(자료사진) [이미지출처=연합뉴스]')).toBe(true);
    expect(a.text).not.toContain('[세종=');
    expect(a.text).toContain(P[0]);
    expect(a.images[0]?.caption).toBe('(자료사진) [이미지출처=연합뉴스]');
  });

  it('keeps a one-line video item that sits in the declared article body', () => {
    const line = '반항도 하지 못한 채 축 늘어진 강아지';
    const a = run(
      page(
        `<div class="side"><p>${P[1]}</p></div><div class="contents" itemprop="articleBody"><div class="vod_player"></div><div class="article"><p>${line}<span class="view_banner"><iframe src="/b.html"></iframe></span></p></div></div>`,
      ),
      'https://www.unknown-tv.example/site/data/html_dir/2026/01/06/2026010690126.html',
    );
    expect(a.text).toContain(line);
  });

  it('drops a second copy of a broadcast script and the credits after the sign-off', () => {
    const script = ['강남 사건 속보입니다.', P[0], P[1], '홍길동 기자의 보도입니다.', P[2], P[3]];
    const body = [...script, 'KBS 뉴스 홍길동입니다.', '영상편집:김선영', ...script]
      .map((p) => `<p>${p}</p>`)
      .join('');
    const a = run(page(`<div itemprop="articleBody">${body}</div>`));
    const parts = a.text.split('\n\n');
    expect(parts).toEqual(script);
  });

  it('cuts a place=outlet bracket byline after a plain-text caption, and a place=reporter signature glued to the end', () => {
    const a = run(
      page(
        `<div itemprop="articleBody"><img src="/p.jpg" width="600"><br>경기가 21일 서울잠실야구장에서 열렸다. 잠실=최문영 기자<br><br>[부산=스포츠조선 선수민 기자] ${P[0]}<br><br>${P[1]}<br><br>${P[2]}<br><br>${P[3]}부산=선수민 기자</div>`,
      ),
    );
    expect(a.text).not.toContain('[부산=');
    expect(a.text).toContain(P[0]);
    expect(a.text.endsWith(P[3])).toBe(true);
    expect(a.authors.map((x) => x.name)).toContain('선수민');
  });

  it('a name-first bracket byline ([피닉스(미국) =김재호 MK스포츠 특파원]) is cut and names only the reporter', () => {
    const a = run(
      page(
        `<div itemprop="articleBody"><p>[피닉스(미국) =김재호 MK스포츠 특파원] ${P[0]}</p>${P.slice(1)
          .map((p) => `<p>${p}</p>`)
          .join('')}</div>`,
      ),
    );
    expect(a.text.startsWith(P[0])).toBe(true);
  });

  it('trims signature, copyright, promo and 제보 lines at the tail', () => {
    const tail = [
      '홍길동 기자 hong@example.co.kr',
      '▶ 관련기사 더 보기',
      '☞ 네이버에서 한국일간 구독하기',
      '제보는 카카오톡 okjebo',
      '<저작권자(c) 한국일간, 무단 전재 및 재배포 금지>',
    ];
    const a = run(
      page(
        `<div itemprop="articleBody">${P.concat(tail)
          .map((p) => `<p>${p.replace(/</g, '&lt;')}</p>`)
          .join('')}</div>`,
      ),
    );
    expect(a.text.split('\n\n')).toEqual(P);
  });

  it('drops TV script markers and speaker labels but keeps the spoken lines', () => {
    const lines = [
      '[앵커]',
      P[0],
      '[기자]',
      P[1],
      '<김철수 / 시민>',
      '"예산이 더 늘어야 한다고 생각합니다."',
      P[2],
    ];
    const a = run(
      page(`<div itemprop="articleBody">${lines.map((l) => l.replace(/</g, '&lt;')).join('<br><br>')}</div>`),
    );
    expect(a.text.split('\n\n')).toEqual([P[0], P[1], '"예산이 더 늘어야 한다고 생각합니다."', P[2]]);
  });

  it('keeps the story sub-headings and removes a related box inside the story container', () => {
    const a = run(
      page(`<div itemprop="articleBody"><p>${P[0]}</p><h3>야당 "전면 재검토"</h3><p>${P[2]}</p>
      <div class="box"><h4>관련 기사</h4><ul><li><a href="/a/1">다른 기사의 제목이 여기 들어갑니다 하나</a></li>
      <li><a href="/a/2">다른 기사의 제목이 여기 들어갑니다 둘</a></li></ul></div><p>${P[3]}</p></div>`),
    );
    expect(a.text).toContain('야당 "전면 재검토"');
    expect(a.html).toMatch(/<h3>야당 "전면 재검토"<\/h3>/);
    expect(a.text).not.toContain('다른 기사의 제목');
    expect(a.clutter.some((c) => c.kind === 'related')).toBe(true);
  });
});

describe('extractArticle: images', () => {
  it('keeps lazy images with absolute URLs and their captions where they sit', () => {
    const a = run(
      page(`<div itemprop="articleBody"><p>${P[0]}</p>
      <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/photo/2026/budget.jpg" alt=""><figcaption>예산안을 설명하는 기획재정부 장관. 연합뉴스</figcaption></figure>
      ${P.slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div>`),
    );
    expect(a.images).toEqual([
      {
        src: 'https://news.unknown-ilbo.example/photo/2026/budget.jpg',
        caption: '예산안을 설명하는 기획재정부 장관. 연합뉴스',
      },
    ]);
    const parts = a.text.split('\n\n');
    expect(parts[1]).toBe('예산안을 설명하는 기획재정부 장관. 연합뉴스');
    expect(a.html).toContain('<img src="https://news.unknown-ilbo.example/photo/2026/budget.jpg"');
  });
});

describe('extractArticle: client-rendered stories', () => {
  it('recovers the story from JSON-LD articleBody when the container is empty', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: '예산안', articleBody: P.join('\n') });
    const a = run(page('<div id="app"></div>', `<script type="application/ld+json">${ld}</script>`));
    expect(a.text.split('\n\n')).toEqual(P);
  });

  it('recovers the story from a script payload holding the body HTML', () => {
    const payload = JSON.stringify({ article: { contentHtml: P.map((p) => `<p>${p}</p>`).join('') } });
    const a = run(page('<div id="root"></div>', `<script>window.__DATA__ = ${payload};</script>`));
    expect(squash(a.text)).toBe(squash(P.join('')));
  });
});

describe('extractArticle: output', () => {
  it('sanitizes the HTML: no scripts, handlers or javascript: links', () => {
    const a = run(
      page(`<div itemprop="articleBody"><p onclick="alert(1)">${P[0]} <a href="javascript:alert(1)">링크</a> <a href="/x">기사</a></p>
      <script>alert(1)</script><p>${P[1]}</p><p>${P[2]}</p></div>`),
    );
    expect(a.html).not.toMatch(/<script|onclick|javascript:/i);
    expect(a.html).toContain('<a href="https://news.unknown-ilbo.example/x">기사</a>');
  });

  it('counts reading time in Korean characters (about 500 a minute)', () => {
    const long = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${P.join(' ')}`).map((p) => `<p>${p}</p>`);
    const a = run(page(`<div itemprop="articleBody">${long.join('')}</div>`));
    const chars = squash(a.text).length;
    expect(a.readingMinutes).toBe(Math.round(chars / 500));
    expect(a.readingMinutes).toBeGreaterThanOrEqual(4);
  });

  it('says so, with a reason, for a page that is not an article', () => {
    const items = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/n/${i}">경제 기사 제목 ${i}번 정부 발표 관련 소식</a></li>`,
    );
    const a = run(
      `<html><head><title>경제</title></head><body><ul>${items.join('')}</ul></body></html>`,
      'https://www.unknown-daily.example/list',
    );
    expect(a.isArticle).toBe(false);
    expect(a.reason).toMatch(/not an article/);
  });
});
