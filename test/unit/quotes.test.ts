import { describe, expect, it } from 'vitest';
import { findQuotes, pickKeyQuotes } from '../../src/core/korean/quotes';

const q = (paragraphs: string[]) => findQuotes(paragraphs);
const who = (paragraphs: string[]) => q(paragraphs).map((x) => [x.speaker, x.text]);

describe('findQuotes: quotations and attribution endings', () => {
  it('finds a curly quote with 라고 말했다 and its subject before it', () => {
    expect(who(['박민수 보건복지부 차관은 “의료 공백이 길어지고 있다”라고 말했다.'])).toEqual([
      ['박민수 보건복지부 차관', '의료 공백이 길어지고 있다'],
    ]);
  });

  it('splits a sentence with two quotes joined by 라며 and keeps the speaker for both', () => {
    expect(
      who(['김영희 서울대 교수는 “금리가 더 오를 것”이라며 “가계 부채를 먼저 줄여야 한다”고 강조했다.']),
    ).toEqual([
      ['김영희 서울대 교수', '금리가 더 오를 것'],
      ['김영희 서울대 교수', '가계 부채를 먼저 줄여야 한다'],
    ]);
  });

  it('reads straight double quotes too', () => {
    expect(who(['최철호 시장은 "예산을 다시 짜겠다"고 밝혔다.'])).toEqual([
      ['최철호 시장', '예산을 다시 짜겠다'],
    ]);
  });

  it('takes the subject after the quote when none comes before', () => {
    expect(who(['“협상은 끝나지 않았다”라고 정민호 외교부 대변인은 말했다.'])).toEqual([
      ['정민호 외교부 대변인', '협상은 끝나지 않았다'],
    ]);
  });

  it('gives two speakers in one sentence their own quotes', () => {
    expect(who(['여당 관계자는 “법안을 처리하겠다”고 했고, 야당 대변인은 “절대 안 된다”고 맞섰다.'])).toEqual(
      [
        ['여당 관계자', '법안을 처리하겠다'],
        ['야당 대변인', '절대 안 된다'],
      ],
    );
  });

  it('prefers the topic over a subject inside an embedded clause', () => {
    expect(who(['한지민 민주당 대표는 박 의원이 탈당을 선언한 데 대해 “안타까운 일”이라고 말했다.'])).toEqual(
      [['한지민 민주당 대표', '안타까운 일']],
    );
  });

  it('names the speaker of a relative clause (`“…”고 지적한 X`)', () => {
    const got = q(['김 지사는 “세금이 과하다”고 지적한 오세진 의원을 향해 “토론하자”고 제안했다.']);
    expect(got.map((x) => x.speaker)).toEqual(['오세진 의원', '김 지사']);
  });

  it('leaves the speaker unknown for words put to the subject (`라는 말에`)', () => {
    const got = q(['박수진은 “요즘 인기가 대단하다”라는 말에 웃으며 손사래를 쳤다.']);
    expect(got).toEqual([{ text: '요즘 인기가 대단하다', speaker: null }]);
  });

  it('says null when the story never says who spoke', () => {
    expect(q(['현장에는 “살려 달라”는 외침이 가득했다.'])[0]?.speaker ?? null).toBeNull();
  });
});

describe('findQuotes: speakers across sentences and short mentions', () => {
  it('carries the speaker to a pronoun and to a subject-less 이어 in the next paragraph', () => {
    expect(
      who([
        '왕윤종 국가안보실 3차장은 이날 브리핑에서 “정상회의는 다음 달 열린다”고 예고했다.',
        '그는 “구체적 일정은 조율 중”이라고 설명했다.',
        '이어 “성과를 기대한다”고 덧붙였다.',
      ]).map(([s]) => s),
    ).toEqual(['왕윤종 국가안보실 3차장', '왕윤종 국가안보실 3차장', '왕윤종 국가안보실 3차장']);
  });

  it('resolves surname + title to the first full mention (왕 차장, 이 후보)', () => {
    const got = q([
      '이재명 더불어민주당 대선 후보는 15일 광주를 찾았다.',
      '왕윤종 국가안보실 3차장은 “준비가 끝났다”고 말했다.',
      '이 후보는 “통합이 먼저”라고 강조했다.',
      '왕 차장은 “일정은 변함없다”고 했다.',
    ]);
    expect(got.map((x) => x.speaker)).toEqual([
      '왕윤종 국가안보실 3차장',
      '이재명 더불어민주당 대선 후보',
      '왕윤종 국가안보실 3차장',
    ]);
  });

  it('resolves a foreign surname + title to the full name given earlier', () => {
    const got = q([
      '이 병원 책임자인 파비오 모스카 교수는 “아기는 건강하다”고 했다.',
      '모스카 교수는 “입양 절차를 밟겠다”고 말했다.',
    ]);
    expect(got.map((x) => x.speaker)).toEqual(['파비오 모스카 교수', '파비오 모스카 교수']);
  });

  it('uses the full name an abbreviation (이하 …) stands for', () => {
    const got = q(['한국철도공사(이하 코레일)가 사과했다.', '코레일은 “재발을 막겠다”고 밝혔다.']);
    expect(got[0].speaker).toBe('한국철도공사');
  });

  it('gives a lead quote paragraph the name on the line below it', () => {
    const got = q([
      '“경제부터 살리겠다.”',
      '김철수 국민의힘 대표',
      '김철수 국민의힘 대표는 16일 부산을 찾았다.',
    ]);
    expect(got).toEqual([{ text: '경제부터 살리겠다.', speaker: '김철수 국민의힘 대표' }]);
  });

  it('gives a lead quote paragraph the subject of a following `이같이 말했다`', () => {
    const got = q(['“시장을 미국에 잡아두겠다.”', '행사에 참석한 존 스미스 미국 부통령은 이같이 말했다.']);
    expect(got[0].speaker).toBe('존 스미스 미국 부통령');
  });

  it('attributes a list of reactions to the crowd that gave them', () => {
    expect(who(['이를 본 누리꾼들은 “너무 멋져요”, “응원합니다” 등 다양한 반응을 보였다.'])).toEqual([
      ['누리꾼들', '너무 멋져요'],
      ['누리꾼들', '응원합니다'],
    ]);
  });
});

describe('findQuotes: TV scripts', () => {
  it('reads `[이름/직함 : "…"]` lines', () => {
    expect(q(['[홍길동/서울 마포구 : "물가가 너무 올랐어요."]'])).toEqual([
      { text: '물가가 너무 올랐어요.', speaker: '홍길동 서울 마포구' },
    ]);
  });

  it('reads `<인터뷰> 이름 / 직업` with the speech on the next line', () => {
    expect(q(['<인터뷰> 김철수 / 상인', '손님이 절반으로 줄었습니다.'])).toEqual([
      { text: '손님이 절반으로 줄었습니다.', speaker: '김철수 상인' },
    ]);
  });

  it('reads `▶ 인터뷰 : 이름 / 직업 -"…"` on one line', () => {
    expect(q(['▶ 인터뷰 : 이영희 / 교사 -"아이들이 걱정입니다."'])).toEqual([
      { text: '아이들이 걱정입니다.', speaker: '이영희 교사' },
    ]);
  });

  it('reads `[인터뷰] 홍길동 / 시민` followed by a quoted line', () => {
    expect(q(['[인터뷰] 홍길동 / 시민', '"빨리 복구됐으면 좋겠습니다."'])).toEqual([
      { text: '빨리 복구됐으면 좋겠습니다.', speaker: '홍길동 시민' },
    ]);
  });
});

describe('findQuotes: what is not a quote', () => {
  it('ignores single-quoted names and terms', () => {
    expect(q(['정부는 ‘서울 선언’을 채택하고 ‘AI 안전’을 강조했다.'])).toEqual([]);
  });

  it('ignores a short double-quoted name used as a noun', () => {
    expect(q(['양국은 “서울 선언”이라는 이름의 합의문을 냈다.'])).toEqual([]);
    expect(q(['그는 사건의 "배후"로 지목됐다.'])).toEqual([]);
  });

  it('ignores a quoted label (`“…”는 문구`)', () => {
    expect(q(['증명서에는 “부모의 동의를 받지 않았다”는 문구가 실린다.'])).toEqual([]);
  });

  it('still takes a short quote when a speech verb follows', () => {
    expect(who(['야당 의원들은 “당헌 위배”라고 반발했다.'])).toEqual([['야당 의원들', '당헌 위배']]);
  });
});

describe('pickKeyQuotes', () => {
  const paragraphs = [
    '김민수 기획재정부 장관은 “내년 성장률은 2%를 넘을 것”이라고 말했다.',
    '시장에서는 “글쎄”라는 반응이 나왔다.',
    '김 장관은 “물가 안정을 최우선 과제로 삼아 서민 부담을 덜겠다”고 강조했다.',
    '누리꾼들은 “ㅋㅋ”라고 반응했다.',
  ];
  const quotes = findQuotes(paragraphs);

  it('ranks named, substantive quotes first and keeps at most max', () => {
    const key = pickKeyQuotes(quotes, paragraphs, 2);
    expect(key).toHaveLength(2);
    for (const k of key) expect(k.speaker).toBe('김민수 기획재정부 장관');
  });

  it('drops a quote that repeats the headline', () => {
    const key = pickKeyQuotes(quotes, paragraphs, 1, '김민수 장관 “내년 성장률은 2%를 넘을 것”');
    expect(key[0].text).toContain('물가 안정');
  });

  it('returns nothing for a story without quotes', () => {
    expect(pickKeyQuotes([], ['본문'], 3)).toEqual([]);
  });
});

describe('findQuotes: headlines', () => {
  it('takes no quote from a teaser headline that leaked into the text', () => {
    expect(q(['윤 대통령 "경제부터 살리겠다"…野 "민생 외면"', '본문 첫 문장이다.'])).toEqual([]);
    expect(q(['[단독] 김 장관 “사퇴 없다”'])).toEqual([]);
  });

  it('still takes a quote in a short sentence that ends like one', () => {
    expect(who(['그는 “사퇴 없다”고 했다.'])).toHaveLength(1);
  });
});

describe('findQuotes: more TV labels', () => {
  it('reads `<이름 / 직업>` with the speech on the next line', () => {
    expect(q(['<김영수 / 택시 기사>', '"손님이 확 줄었어요."'])).toEqual([
      { text: '손님이 확 줄었어요.', speaker: '김영수 택시 기사' },
    ]);
  });

  it('does not take a deck line under a quote for the speaker’s name', () => {
    const got = q(['행사가 열렸다.', '“3조 시장, 미국에 잡아둘 것”', '트럼프 장·차남 나란히 참석']);
    expect(got[0].speaker).toBeNull();
  });
});

describe('findQuotes: a quote over two paragraphs', () => {
  it('takes both halves, the second closed by ” and attributed after it', () => {
    const got = q([
      '문재인 전 대통령은 이날 SNS에 글을 올렸다.',
      '“정부는 지금이라도 대화에 나서야 합니다. 국민이 지켜보고 있습니다.',
      '더 늦기 전에 결단해야 합니다”라고 그는 덧붙였다.',
    ]);
    expect(got.map((x) => x.text)).toEqual([
      '정부는 지금이라도 대화에 나서야 합니다. 국민이 지켜보고 있습니다.',
      '더 늦기 전에 결단해야 합니다',
    ]);
    expect(got.map((x) => x.speaker)).toEqual(['문재인 전 대통령', '문재인 전 대통령']);
  });
});

describe('pickKeyQuotes: voices', () => {
  it('prefers a second speaker over a third quote from the first', () => {
    const paragraphs = [
      '김민수 장관은 “내년 성장률은 2%를 넘을 것으로 본다”고 말했다.',
      '김 장관은 “물가 안정을 최우선 과제로 삼겠다”고 강조했다.',
      '김 장관은 “재정 건전성도 함께 챙기겠다”고 덧붙였다.',
      '박영희 한국은행 부총재는 “금리 인하는 시기상조”라고 밝혔다.',
    ];
    const key = pickKeyQuotes(findQuotes(paragraphs), paragraphs, 3);
    expect(key.map((k) => k.speaker)).toContain('박영희 한국은행 부총재');
    expect(key[0].speaker).toBe('김민수 장관');
  });
});

describe('findQuotes: first mentions come from story sentences', () => {
  it('does not take a deck line or a photo caption as the full form of a name', () => {
    const got = q([
      '한국 골프 기대주 손영수',
      '▲ 왼쪽부터 박영진 세종시장, 김철 회장. 사진=세종시 제공',
      '손영수가 대회 정상에 올랐다.',
      '손영수는 “정말 행복하다”고 말했다.',
      '박영진 시장은 “성금을 투명하게 쓰겠다”고 밝혔다.',
    ]);
    expect(got.map((x) => x.speaker)).toEqual(['손영수', '박영진 시장']);
  });

  it('reads a `▶ 스탠딩 : 이름 / 기자` label', () => {
    expect(q(['▶ 스탠딩 : 장민수 / 기자', '"마트에 나와 봤습니다."'])).toEqual([
      { text: '마트에 나와 봤습니다.', speaker: '장민수 기자' },
    ]);
  });
});

describe('findQuotes: TV labels without brackets or with the bite on the same line', () => {
  it('reads `이름 / 직함` on a line before a quoted bite', () => {
    expect(q(['토드 윌슨 / 변호사', '"실망스러운 날입니다."'])).toEqual([
      { text: '실망스러운 날입니다.', speaker: '토드 윌슨 변호사' },
    ]);
  });

  it('reads `<이름 / 직함(자리)> "…"` on one line, without the occasion', () => {
    expect(q(['<마리오 로시 / 트렌토시 시장(기자회견)> "곰을 쏘고 싶었습니다."'])).toEqual([
      { text: '곰을 쏘고 싶었습니다.', speaker: '마리오 로시 트렌토시 시장' },
    ]);
  });

  it('gives a bare name only the role words in front of its first mention', () => {
    const got = q(['이슈공감 엘리스가 사진을 올렸다.', '엘리스는 “잘못이 없다”고 말했다.']);
    expect(got[0].speaker).toBe('엘리스');
    const actor = q(['가수 겸 배우 이민호가 결혼한다.', '이민호는 “행복하다”고 말했다.']);
    expect(actor[0].speaker).toBe('가수 겸 배우 이민호');
  });
});

describe('findQuotes: long and broken input', () => {
  it('stays fast on a long story with many speakers and on a paragraph of thousands of quotes', () => {
    const paras = Array.from(
      { length: 600 },
      (_, i) =>
        `김${String.fromCharCode(0xac00 + (i % 300))}수 ${i}위원회 위원장은 “${i}번째 결정”이라며 “송구하다”고 말했다.`,
    );
    let t = performance.now();
    expect(findQuotes(paras)).toHaveLength(1200);
    expect(performance.now() - t).toBeLessThan(3000);
    const giant = Array.from({ length: 3000 }, (_, i) => `그는 “말 ${i}”라고 했다.`).join(' ');
    t = performance.now();
    expect(findQuotes([giant])).toHaveLength(3000);
    expect(performance.now() - t).toBeLessThan(3000);
  });

  it('survives unbalanced and stray quote marks', () => {
    expect(() =>
      findQuotes(['“'.repeat(5000), '”'.repeat(5000), '"'.repeat(5001), '', '“”', '""']),
    ).not.toThrow();
  });
});

describe('findQuotes: the deck', () => {
  it('takes no quote from headline-style deck lines before the first story sentence', () => {
    const got = q([
      '비트코인 행사 현장',
      '“3조 시장, 미국에 잡아둘 것”',
      '장·차남 나란히 참석',
      '존 스미스 부통령은 “규제를 정비하겠다”고 밝혔다.',
    ]);
    expect(got.map((x) => x.text)).toEqual(['규제를 정비하겠다']);
  });

  it('keeps a lead quote that is a sentence of its own', () => {
    const got = q([
      '“왜 나눠서 싸우나.”',
      '김철수 국민의힘 대표',
      '김철수 국민의힘 대표는 15일 광주를 찾았다.',
    ]);
    expect(got).toEqual([{ text: '왜 나눠서 싸우나.', speaker: '김철수 국민의힘 대표' }]);
  });
});

describe('findQuotes: mixed quote marks', () => {
  it('keeps straight quotes nested in a curly quote inside it', () => {
    expect(who(['김 의원은 “대통령이 "문제없다"고 했다”고 전했다.'])).toEqual([
      ['김 의원', '대통령이 "문제없다"고 했다'],
    ]);
  });

  it('closes a curly quote with a straight one when the page mixed them', () => {
    const got = q(['그는 “안녕"이라고 외친 뒤 자리에 앉았다.']);
    expect(got.map((x) => x.text)).toEqual(['안녕']);
  });
});

describe('findQuotes: reported speech', () => {
  it('gives a quote reported with …했다고 to the subject of its own verb', () => {
    expect(who(['경찰은 A씨가 “돈을 갚지 않아 그랬다”고 진술했다고 밝혔다.'])).toEqual([
      ['A씨', '돈을 갚지 않아 그랬다'],
    ]);
  });

  it('keeps the topic when the reporter is named after the verb', () => {
    expect(who(['팀 쿡 애플 CEO는 이날 “중국은 중요하다”고 말했다고 로이터통신이 전했다.'])).toEqual([
      ['팀 쿡 애플 CEO', '중국은 중요하다'],
    ]);
  });
});

describe('findQuotes: speaker named in a closing copula', () => {
  it('reads `“…”이라는 게 X의 설명이다` and `“…” X의 말이다`', () => {
    expect(who(['“금리가 곧 내릴 것”이라는 게 김영수 한국금융연구원 연구위원의 설명이다.'])).toEqual([
      ['김영수 한국금융연구원 연구위원', '금리가 곧 내릴 것'],
    ]);
    expect(who(['“올해는 버티기 힘들다.” 한 자영업자의 말이다.'])[0][0]).toBe('한 자영업자');
  });
});

describe('findQuotes: things are not speakers', () => {
  it('does not make an abstract topic the speaker of an evaluation', () => {
    const got = q(['이번 결정은 “늦었지만 정말 다행스러운 선택”이라는 평가를 받는다.']);
    expect(got).toHaveLength(1);
    expect(got[0].speaker).toBeNull();
  });
});

describe('findQuotes: titles of works', () => {
  it('does not take a double-quoted show title for a quote', () => {
    expect(q(['그는 MBC “나 혼자 산다”에 출연해 일상을 공개했다.'])).toEqual([]);
    expect(q(['영화 “우리는 모두 떠난다” 촬영을 마쳤다.'])).toEqual([]);
  });
});

describe('findQuotes: a broadcast is not always a title', () => {
  it('keeps a quote said on air', () => {
    expect(who(['그는 “끝까지 가겠다” 방송 인터뷰에서 이렇게 밝혔다.'])).toHaveLength(1);
  });
});

const speakerOf = (paragraphs: string[]) => q(paragraphs).at(-1)?.speaker ?? null;

describe('findQuotes: speaker phrase classes found by the blind held-out suite', () => {
  it('drops a gloss of party and seat, or an age, after a title, and keeps a one-word field', () => {
    expect(speakerOf(['하지민 의원(무소속·전남 순천)은 “지역 의료가 무너졌다”고 말했다.'])).toBe(
      '하지민 의원',
    );
    expect(speakerOf(['김태수 한빛물산 회장(72)은 “경영에서 물러나겠다”고 밝혔다.'])).toBe(
      '김태수 한빛물산 회장',
    );
    expect(speakerOf(['박서연 교수(경영학)는 “조직 문화가 문제”라고 말했다.'])).toBe('박서연 교수(경영학)');
  });
  it('resolves a later mention to a first mention that carried a gloss', () => {
    expect(
      speakerOf([
        '하지민 의원(무소속·전남 순천)은 이날 법안을 냈다.',
        '하 의원은 “지역 의료가 무너졌다”고 말했다.',
      ]),
    ).toBe('하지민 의원');
  });
  it('keeps a genitive before 한 in an anonymous description, but not a pointer', () => {
    expect(speakerOf(['인천 부평의 한 마트 점장은 “매출이 반 토막 났다”고 했다.'])).toBe(
      '인천 부평의 한 마트 점장',
    );
    expect(speakerOf(['이 사건의 한 피해자는 “사과를 받지 못했다”고 말했다.'])).toBe('한 피해자');
  });
  it('gives 재판부 the court panel named before, and 회사 측 an organisation named anywhere', () => {
    const court = [
      '수원지법 형사11부(부장판사 이도경)는 피고인에게 징역 2년을 선고했다.',
      '재판부는 “죄질이 나쁘다”고 밝혔다.',
    ];
    expect(speakerOf(court)).toBe('수원지법 형사11부');
    expect(speakerOf(['재판부는 “죄질이 나쁘다”고 밝혔다.'])).toBe('재판부');
    expect(
      speakerOf(['한빛식품이 만든 과자에서 이물질이 나왔다.', '업체 측은 “공정을 점검하겠다”고 밝혔다.']),
    ).toBe('한빛식품');
    // An organisation inside a person's title is not the one the story is about.
    expect(
      speakerOf(['한빛식품 노조위원장 권다인 씨가 회견을 열었다.', '회사 측은 “대화하겠다”고 밝혔다.']),
    ).toBeNull();
  });
  it('names nobody for an answer under an interviewer question', () => {
    expect(
      speakerOf(['윤태하 시장은 어제 취임했다.', 'Q. 요즘 근황은.', '“책을 쓰고 있습니다.”']),
    ).toBeNull();
    expect(speakerOf(['―가장 힘들었던 순간은.', '“동료를 떠나보낼 때였다.”'])).toBeNull();
  });
  it('keeps an occupation ending in 가 before a name', () => {
    expect(speakerOf(['건축가 윤세린은 “도시는 기억의 그릇”이라고 말했다.'])).toBe('건축가 윤세린');
    expect(speakerOf(['대화가 끝난 뒤 김민호 장관은 “성과가 있었다”고 말했다.'])).toBe('김민호 장관');
  });
  it('names a relative or counsel by whose they are, and nobody for a bare title of many', () => {
    expect(speakerOf(['김서준 씨의 어머니는 “아들을 돌려달라”고 호소했다.'])).toBe('김서준 씨의 어머니');
    expect(speakerOf(['피해자의 변호인은 “항소하겠다”고 말했다.'])).toBe('피해자의 변호인');
    expect(speakerOf(['의원은 “유감”이라고 말했다.'])).toBeNull();
    expect(speakerOf(['조은서 의원은 “답하라”고 했다.', '이에 장관은 “검토하겠다”고 답했다.'])).toBe('장관');
    expect(speakerOf(['조은서 의원이 법안을 냈다.', '의원은 “통과시키겠다”고 말했다.'])).toBe('조은서 의원');
  });
});
