// Previous/next navigation under a column (이전 칼럼/다음 칼럼, 이전글/다음글) is clutter: hidden on the page and
// left out of the extracted story. The page is invented for this test.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, findClutter } from '../../src/core/index';

const P = [
  '겨울이 깊어지면 사람들은 저마다의 방식으로 추위를 견딘다. 어떤 이는 두꺼운 외투를 꺼내고 어떤 이는 따뜻한 차를 끓인다.',
  '그러나 추위를 견디는 가장 오래된 방법은 함께 모이는 것이었다. 마을 사람들은 한 방에 모여 긴 밤을 이야기로 채웠다.',
  '지금 우리에게 필요한 것도 그런 온기일지 모른다. 서로의 안부를 묻는 일이 겨울을 건너는 가장 확실한 방법이다.',
];

const page = (a: string, b: string) => `<html><head><title>[홍길동 칼럼] 겨울을 건너는 법</title>
  <meta property="og:type" content="article"></head><body><h1>[홍길동 칼럼] 겨울을 건너는 법</h1>
  <div class="story">${P.map((p) => `<p>${p}</p>`).join('')}<p>홍길동 논설위원</p></div>
  <div class="pn"><dl><dt>${a}</dt><dd><a href="/c/1">봄을 기다리는 사람들의 마음가짐에 대하여</a></dd>
  <dt>${b}</dt><dd><a href="/c/3">새해 첫날 바다에서 배운 것들에 대한 이야기</a></dd></dl></div></body></html>`;

describe('previous/next column navigation', () => {
  it.each([
    ['이전 칼럼', '다음 칼럼'],
    ['이전글', '다음글'],
  ])('%s / %s is hidden as navigation and not in the story', (a, b) => {
    const url = 'https://gana.example/column/2';
    const blocks = findClutter(parseHTML(page(a, b)).document as unknown as Document, url);
    const nav = blocks.find((x) => x.kind === 'navigation');
    expect(nav?.element.textContent).toContain('봄을 기다리는 사람들');
    expect(nav?.element.textContent).not.toContain(P[0]?.slice(0, 20));
    const text = extractArticle(parseHTML(page(a, b)).document as unknown as Document, url).text;
    expect(text).toContain(P[2]);
    expect(text).not.toContain('봄을 기다리는');
    expect(text).not.toContain(a);
  });
});
