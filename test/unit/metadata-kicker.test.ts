// Headline labels: `[단독]`, `[속보]`, `[사설]`, `[홍길동 칼럼]`, `[가나의 눈]` opening a headline go to `kicker`, the
// headline proper to `title`. Labels that do not open the headline stay in it.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/index';
import { splitKicker } from '../../src/core/metadata/title';

describe('splitKicker', () => {
  it.each([
    ['[단독] 정부, 내년 예산안 확정', '단독', '정부, 내년 예산안 확정'],
    ['[속보]서울 전역에 한파경보 발령', '속보', '서울 전역에 한파경보 발령'],
    ['[사설] 예산안 심사, 민생부터 챙겨라', '사설', '예산안 심사, 민생부터 챙겨라'],
    ['[홍길동 칼럼] 겨울을 건너는 법', '홍길동 칼럼', '겨울을 건너는 법'],
    ['【가나의 눈】 지방 소멸, 해법은 있다', '가나의 눈', '지방 소멸, 해법은 있다'],
    ['[단독][속보] 여야, 예산안 전격 합의', '단독 · 속보', '여야, 예산안 전격 합의'],
  ])('%s', (raw, kicker, title) => {
    expect(splitKicker(raw)).toEqual({ kicker, title });
  });

  it('keeps labels that do not open the headline, and a headline that is only a label', () => {
    expect(splitKicker('장근석, 아직도 연기 레슨 받는 이유 [인터뷰M]')).toEqual({
      kicker: null,
      title: '장근석, 아직도 연기 레슨 받는 이유 [인터뷰M]',
    });
    expect(splitKicker('[속보]')).toEqual({ kicker: null, title: '[속보]' });
    expect(splitKicker(null)).toEqual({ kicker: null, title: null });
  });
});

describe('kicker in the extracted article', () => {
  it('a column headline shows its column name as the kicker and the headline without it', () => {
    const P = [
      '겨울이 깊어지면 사람들은 저마다의 방식으로 추위를 견딘다. 어떤 이는 두꺼운 외투를 꺼내고 어떤 이는 따뜻한 차를 끓인다.',
      '그러나 추위를 견디는 가장 오래된 방법은 함께 모이는 것이었다. 마을 사람들은 한 방에 모여 긴 밤을 이야기로 채웠다.',
      '지금 우리에게 필요한 것도 그런 온기일지 모른다. 서로의 안부를 묻는 일이 겨울을 건너는 가장 확실한 방법이다.',
    ];
    const html = `<html><head><title>[홍길동 칼럼] 겨울을 건너는 법 | 가나일보</title>
      <meta property="og:title" content="[홍길동 칼럼] 겨울을 건너는 법"><meta property="og:type" content="article"></head>
      <body><h1>[홍길동 칼럼] 겨울을 건너는 법</h1><div class="story">${P.map((p) => `<p>${p}</p>`).join('')}
      <p>홍길동 논설위원 hong@gana.example</p></div></body></html>`;
    const a = extractArticle(parseHTML(html).document as unknown as Document, 'https://gana.example/a/1');
    expect(a.kicker).toBe('홍길동 칼럼');
    expect(a.title).toBe('겨울을 건너는 법');
  });
});
