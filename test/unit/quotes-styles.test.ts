import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/korean/quotes';

/** Sentences written in the styles of different outlets and desks, each checked for quote text and speaker. */
const who = (paragraphs: string[]) => findQuotes(paragraphs).map((x) => [x.speaker, x.text]);

describe('findQuotes: wire and newspaper styles', () => {
  it('reads a wire-style sentence with 이날 and a quote closed by 고 밝혔다', () => {
    expect(
      who(['정은경 질병관리청장은 이날 정례 브리핑에서 “유행 규모가 다시 커지고 있다”고 밝혔다.']),
    ).toEqual([['정은경 질병관리청장', '유행 규모가 다시 커지고 있다']]);
  });

  it('gives a foreign wire quote to the agency named after it (`…라고 AP통신은 전했다`)', () => {
    expect(who(['“협상 타결이 임박했다”라고 AP통신은 전했다.'])).toEqual([
      ['AP통신', '협상 타결이 임박했다'],
    ]);
  });

  it('gives `…라는 입장이다` to the topic of the sentence', () => {
    expect(who(['국토교통부는 “사업 일정에는 변함이 없다”라는 입장이다.'])).toEqual([
      ['국토교통부', '사업 일정에는 변함이 없다'],
    ]);
  });

  it('reads a short `…라고 했다` with a surname and title resolved to the full mention', () => {
    expect(
      who([
        '이창용 한국은행 총재는 기자간담회에서 금리 인하 가능성을 열어뒀다.',
        '이 총재는 “물가 흐름을 더 지켜봐야 한다”고 했다.',
      ]),
    ).toEqual([['이창용 한국은행 총재', '물가 흐름을 더 지켜봐야 한다']]);
  });

  it('reads a question closed by 고 물었다', () => {
    expect(who(['한 주민은 “이게 말이 되느냐”고 물었다.'])).toEqual([['한 주민', '이게 말이 되느냐']]);
  });

  it('reads a quote closed by 며 눈시울을 붉혔다', () => {
    expect(who(['유가족 대표 김순자씨는 “아직도 아이가 돌아올 것만 같다”며 눈시울을 붉혔다.'])).toEqual([
      ['유가족 대표 김순자씨', '아직도 아이가 돌아올 것만 같다'],
    ]);
  });

  it('reads a lawmaker speaking in the National Assembly', () => {
    expect(
      who([
        '국민의힘 김기현 의원은 이날 국회 본회의 대정부질문에서 “정부는 책임 있는 답을 내놓아야 한다”고 촉구했다.',
      ]),
    ).toEqual([['국민의힘 김기현 의원', '정부는 책임 있는 답을 내놓아야 한다']]);
  });

  it('reads an economy story with an analyst and a company', () => {
    expect(
      who([
        '김학균 신영증권 리서치센터장은 “반도체 업황이 바닥을 지났다”며 “내년 상반기부터 실적이 회복될 것”이라고 내다봤다.',
        '삼성전자 측은 “구체적인 투자 계획은 정해진 바 없다”고 말했다.',
      ]),
    ).toEqual([
      ['김학균 신영증권 리서치센터장', '반도체 업황이 바닥을 지났다'],
      ['김학균 신영증권 리서치센터장', '내년 상반기부터 실적이 회복될 것'],
      ['삼성전자 측', '구체적인 투자 계획은 정해진 바 없다'],
    ]);
  });
});

describe('findQuotes: sports stories', () => {
  it('gives a player his full first mention with club and position', () => {
    expect(
      who([
        'LG 트윈스 투수 임찬규는 이날 7이닝 무실점으로 시즌 10승째를 올렸다.',
        '임찬규는 “포수 리드를 믿고 던졌다”고 말했다.',
      ]),
    ).toEqual([['LG 트윈스 투수 임찬규', '포수 리드를 믿고 던졌다']]);
  });

  it('lets a name right before a quote win over the speaker of the previous quote', () => {
    expect(
      who([
        '감독 조성환은 “선수들이 끝까지 버텼다”고 말했다.',
        '주장 김민재는 “다음 경기도 이기겠다”고 다짐했다.',
        '김민재는 “팬들 응원 덕분”이라고 했다.',
      ]).map((x) => x[0]),
    ).toEqual(['감독 조성환', '주장 김민재', '주장 김민재']);
  });

  it('takes a three-syllable name ending in 려/라 before 는 for a subject (`김미려는 “…”`)', () => {
    expect(
      who(['배우 정성윤은 “아내 덕분에 버텼다”고 말했다.', '김미려는 “아이들만 보고 견뎠다”고 말했다.']).map(
        (x) => x[0],
      ),
    ).toEqual(['배우 정성윤', '김미려']);
  });

  it('does not take a statistic for the speaker (`체인지업 피안타율은 … 소개하며 “…”`)', () => {
    expect(
      who([
        '칼럼니스트 짐 보우든은 류현진의 시즌을 평가했다.',
        '체인지업 피안타율은 0.276이라 소개하며 “내년에는 더 발전해야 한다”고 평했다.',
      ]),
    ).toEqual([['칼럼니스트 짐 보우든', '내년에는 더 발전해야 한다']]);
  });

  it('reads `“…”는 것이 그의 소개다` as the earlier person’s words, not a group named in between', () => {
    const got = who([
      '칼럼니스트 짐 보우든은 이정후를 7위에 올렸다.',
      '메이저리그 스카우트들이 평가가 나뉘고 있다고 소개했다. “일부는 그가 곧바로 통할 것이라 보고 있다”는 것이 그의 소개다.',
    ]);
    expect(got).toEqual([['칼럼니스트 짐 보우든', '일부는 그가 곧바로 통할 것이라 보고 있다']]);
  });

  it('gives a lead quote paragraph to the person the next paragraph introduces', () => {
    expect(
      who([
        '"가까이 오지 마세요. 감기가 심하게 걸려서…."',
        'NC 외야수 박건우는 감기에 걸려 컨디션이 좋지 않다.',
      ]),
    ).toEqual([['NC 외야수 박건우', '가까이 오지 마세요. 감기가 심하게 걸려서….']]);
  });
});

describe('findQuotes: interviews and broken text', () => {
  it('reads a Q&A interview: `-` questions by the reporter are not given to the interviewee', () => {
    const got = findQuotes([
      '-올해 가장 기억에 남는 순간은.',
      '"데뷔 첫 골을 넣었을 때다. 그날은 잠을 못 잤다."',
    ]);
    expect(got.map((x) => x.text)).toEqual(['데뷔 첫 골을 넣었을 때다. 그날은 잠을 못 잤다.']);
  });

  it('drops a stray quote mark in a garbled sentence and keeps the real quotes', () => {
    expect(
      who([
        '박태성 산업부 무역투자실장은 브리핑을 열었다.',
        '박 실장은 " 박 실장은 "수출은 바닥을 지나고 있다"며 "내년 1분기 수출은 플러스 전환이 될 것"이라고 말했다.',
      ]),
    ).toEqual([
      ['박태성 산업부 무역투자실장', '수출은 바닥을 지나고 있다'],
      ['박태성 산업부 무역투자실장', '내년 1분기 수출은 플러스 전환이 될 것'],
    ]);
  });

  it('never takes an attribution tail for a quote', () => {
    const got = findQuotes(['그는 "정말 "이라고 말했다." 그리고 자리를 떴다.']);
    expect(got.some((x) => /^(이)?라고\s*말했다/.test(x.text))).toBe(false);
  });
});

const speakers = (paragraphs: string[]) => findQuotes(paragraphs).map((x) => x.speaker);

describe('findQuotes: foreign press and reports', () => {
  it('gives a quote to the agency named after it (`…고 로이터통신이 보도했다`)', () => {
    expect(who(['“양국이 이번 주 후속 회담을 연다”고 로이터통신이 보도했다.'])).toEqual([
      ['로이터통신', '양국이 이번 주 후속 회담을 연다'],
    ]);
  });

  it('keeps the speaker of a quote relayed by a wire (`…라고 말했다고 AP통신은 전했다`)', () => {
    expect(
      speakers([
        '조 바이든 미국 대통령은 이날 백악관 연설에서 “우리는 동맹과 함께할 것”이라고 말했다고 AP통신은 전했다.',
      ]),
    ).toEqual(['조 바이든 미국 대통령']);
  });

  it('takes a broadcaster or a paper with its abbreviation as the speaker', () => {
    expect(speakers(['미국 CNN 방송은 “협상이 사실상 결렬됐다”고 보도했다.'])).toEqual(['미국 CNN 방송']);
    expect(speakers(['뉴욕타임스(NYT)는 “백악관이 대응책을 마련 중”이라고 전했다.'])).toEqual([
      '뉴욕타임스(NYT)',
    ]);
  });

  it('reads a Newsis/뉴스1 dateline before the speaker', () => {
    expect(
      speakers(['(서울=뉴스1) 김민지 기자 = 오세훈 서울시장은 21일 “대중교통 요금을 동결하겠다”고 밝혔다.']),
    ).toEqual(['오세훈 서울시장']);
  });
});

describe('findQuotes: the National Assembly and officials', () => {
  it('gives a question and its answer to the lawmaker and the minister', () => {
    expect(
      speakers([
        '이날 대정부질문에서 더불어민주당 박주민 의원은 한덕수 국무총리에게 “책임을 통감하느냐”고 질의했다.',
        '한 총리는 “무거운 책임을 느낀다”고 답했다.',
      ]),
    ).toEqual(['더불어민주당 박주민 의원', '한덕수 국무총리']);
  });

  it('carries the speaker to `이어 “…”고 덧붙였다` in the next paragraph', () => {
    expect(
      speakers([
        '추경호 경제부총리는 “물가 안정이 최우선”이라고 말했다.',
        '이어 “공공요금 인상은 최대한 늦추겠다”고 덧붙였다.',
      ]),
    ).toEqual(['추경호 경제부총리', '추경호 경제부총리']);
  });

  it('reads an anonymous official (`익명을 요구하며`) and a civic group raising its voice', () => {
    expect(
      speakers([
        '한 정부 관계자는 익명을 요구하며 “발표 시점은 아직 정해지지 않았다”고 전했다.',
        '시민단체 참여연대는 성명을 내고 “국회는 즉각 조사에 나서라”고 목소리를 높였다.',
      ]),
    ).toEqual(['한 정부 관계자', '시민단체 참여연대']);
  });

  it('tells the reporter’s question from the minister’s answer in one sentence (`…고 묻자 김 장관은`)', () => {
    expect(speakers(['기자가 “사퇴할 생각이 있느냐”고 묻자 김 장관은 “없다”고 잘라 말했다.'])).toEqual([
      '기자',
      '김 장관',
    ]);
  });
});

describe('findQuotes: people in the street and stances', () => {
  it('keeps an unnamed voice unattributed (`“…”는 목소리가 나온다`)', () => {
    expect(
      speakers([
        '김 장관은 “문제없다”고 했다.',
        '하지만 현장에서는 “이대로는 버틸 수 없다”는 목소리가 나온다.',
      ]),
    ).toEqual(['김 장관', null]);
  });

  it('takes a citizen with age in brackets, not a verb (`사는`) or a relative clause, for the speaker', () => {
    expect(speakers(['서울 마포구에 사는 직장인 이모(34)씨는 “점심값이 무섭다”고 했다.'])).toEqual([
      '직장인 이모(34)씨',
    ]);
    expect(
      speakers(['20년째 이곳에서 식당을 운영해온 박순례(68)씨는 “손님이 반으로 줄었다”며 눈시울을 붉혔다.']),
    ).toEqual(['박순례(68)씨']);
  });

  it('takes a one-word stance (`“사실무근”이라는 반응이다`) as said by the topic', () => {
    expect(who(['소속사 측은 “사실무근”이라는 반응이다.'])).toEqual([['소속사 측', '사실무근']]);
    // `회사 측` is the company the story named; with none named it names no one.
    expect(
      speakers(['한빛전자는 리콜을 결정했다.', '회사 측은 “법적 대응을 검토하고 있다”는 입장이다.']),
    ).toEqual(['한빛전자']);
    expect(speakers(['회사 측은 “법적 대응을 검토하고 있다”는 입장이다.'])).toEqual([null]);
  });

  it('gives a reported statement (`…고 진술한 것으로 알려졌다`) to its subject', () => {
    expect(
      speakers(['A씨는 경찰 조사에서 “술에 취해 기억이 나지 않는다”고 진술한 것으로 알려졌다.']),
    ).toEqual(['A씨']);
  });

  it('does not merge two people introduced together into one speaker', () => {
    expect(
      speakers([
        '김 감독과 이 선수는 경기 뒤 나란히 인터뷰에 나섰다. 김 감독은 “선수들이 잘해줬다”고 했다. 이 선수는 “감독님 덕분”이라고 답했다.',
      ]),
    ).toEqual(['김 감독', '이 선수']);
  });

  it('reads a `▲` interview question and the quoted answer under it', () => {
    const got = findQuotes([
      '▲ 이번 작품을 선택한 이유는.',
      '"대본을 읽자마자 이 인물을 꼭 연기하고 싶었다."',
    ]);
    expect(got.map((x) => x.text)).toEqual(['대본을 읽자마자 이 인물을 꼭 연기하고 싶었다.']);
  });
});

describe('findQuotes: feature, entertainment and economy styles', () => {
  it('reads a quote with its speaker in brackets after it (`“…”(서울 강남구 주부 박모씨)`)', () => {
    expect(who(['“아이 학원비가 너무 올랐어요.”(서울 강남구 주부 박모씨)'])).toEqual([
      ['서울 강남구 주부 박모씨', '아이 학원비가 너무 올랐어요.'],
    ]);
  });

  it('resolves `그는` after the quote and `이 교수의 진단이다` in the next sentence', () => {
    expect(speakers(['김 교수는 이 분야 권위자다.', '“아직 갈 길이 멀다”고 그는 말했다.'])).toEqual([
      '김 교수',
    ]);
    expect(
      speakers([
        '이창호 서울대 교수는 통화정책을 연구해왔다.',
        '“금리 인하는 시기상조다.” 이 교수의 진단이다.',
      ]),
    ).toEqual(['이창호 서울대 교수']);
  });

  it('reads `…고 한 외교 소식통이 전했다` with 한 meaning `one`', () => {
    expect(speakers(['“정상회담 날짜가 사실상 확정됐다”고 한 외교 소식통이 전했다.'])).toEqual([
      '한 외교 소식통',
    ]);
  });

  it('reads 도 as a subject and keeps parties apart', () => {
    expect(speakers(['김 대표는 “반대한다”고 했다. 이준석 의원도 “받아들일 수 없다”고 했다.'])).toEqual([
      '김 대표',
      '이준석 의원',
    ]);
    expect(
      speakers([
        '국민의힘은 논평을 내고 “민생을 볼모로 잡지 말라”고 했다. 반면 더불어민주당은 “정부 책임”이라고 맞받았다.',
      ]),
    ).toEqual(['국민의힘', '더불어민주당']);
  });

  it('reads entertainment sentences (방송, 그룹 멤버, 극 중)', () => {
    expect(speakers(['이날 방송에서 유재석은 “나도 몰랐다”라고 말해 웃음을 자아냈다.'])).toEqual(['유재석']);
    expect(speakers(['그룹 방탄소년단(BTS) 멤버 지민은 “팬들 덕분에 여기까지 왔다”고 말했다.'])).toEqual([
      '그룹 방탄소년단(BTS) 멤버 지민',
    ]);
    expect(speakers(['극 중 차은우는 “다시 시작하자”고 고백했다.'])).toEqual(['차은우']);
  });

  it('reads economy sentences (an institution’s report, a subject after the quote, a foreign central banker)', () => {
    expect(speakers(['한국은행은 보고서에서 “가계부채 증가세가 둔화했다”고 분석했다.'])).toEqual([
      '한국은행',
    ]);
    expect(speakers(['“협상은 계속된다”라고 김 장관이 이날 기자들에게 말했다.'])).toEqual(['김 장관']);
    expect(
      speakers([
        '제롬 파월 연준 의장은 “인플레이션이 여전히 높다”고 말했다.',
        '파월 의장은 “서두르지 않겠다”고 덧붙였다.',
      ]),
    ).toEqual(['제롬 파월 연준 의장', '제롬 파월 연준 의장']);
  });

  it('resolves `김씨` to the person first named `택시 기사 김모(61)씨`', () => {
    expect(
      speakers([
        '택시 기사 김모(61)씨는 “손님이 없다”고 했다.',
        '김씨는 “하루 10시간을 일해도 남는 게 없다”고 말했다.',
      ]),
    ).toEqual(['택시 기사 김모(61)씨', '택시 기사 김모(61)씨']);
  });

  it('keeps the speaker through 면서도, 후문이다, 에 따르면 and 이렇게 말했다', () => {
    expect(speakers(['박 의원은 “정부 입장을 이해한다”면서도 “절차는 지켜야 한다”고 말했다.'])).toEqual([
      '박 의원',
      '박 의원',
    ]);
    expect(speakers(['박 감독은 선수들에게 “고개 들라”고 했다는 후문이다.'])).toEqual(['박 감독']);
    expect(speakers(['AFP통신에 따르면 마크롱 프랑스 대통령은 “유럽은 단결해야 한다”고 말했다.'])).toEqual([
      '마크롱 프랑스 대통령',
    ]);
    expect(
      speakers(['“올해는 반드시 우승하겠습니다.”', '주장 오지환은 시즌 출정식에서 이렇게 말했다.']),
    ).toEqual(['주장 오지환']);
  });
});

describe('findQuotes: more attribution shapes', () => {
  it('gives a quote named as someone’s words (`X의 “…”라는 발언`) to X, never to the noun 발언', () => {
    expect(who(['김기현 의원의 “당을 떠날 생각은 없다”는 발언이 파장을 낳았다.'])).toEqual([
      ['김기현 의원', '당을 떠날 생각은 없다'],
    ]);
  });

  it('leaves a question put to the minister unattributed and gives him his answer', () => {
    expect(speakers(['“출마하느냐”는 질문에 김 장관은 “아직 정하지 않았다”고 답했다.'])).toEqual([
      null,
      '김 장관',
    ]);
  });

  it('reads corner brackets 「…」 and full-width marks as quotation marks', () => {
    expect(who(['김 장관은 「대화의 문은 열려 있다」고 말했다.'])).toEqual([
      ['김 장관', '대화의 문은 열려 있다'],
    ]);
    expect(who(['박 시장은 ＂예산을 다시 짜겠다＂고 밝혔다.'])).toEqual([['박 시장', '예산을 다시 짜겠다']]);
  });

  it('reads SNS posts, joint speakers, officials and companies', () => {
    expect(speakers(['김 의원은 SNS에 “국민만 보고 가겠다”라고 썼다.'])).toEqual(['김 의원']);
    expect(speakers(['국민의힘 김기현·안철수 의원은 “단일화는 없다”고 했다.'])).toEqual([
      '국민의힘 김기현·안철수 의원',
    ]);
    expect(speakers(['외교부 당국자는 “한미 간 긴밀히 협의 중”이라고 밝혔다.'])).toEqual(['외교부 당국자']);
    expect(speakers(['쿠팡 측은 “사실과 다르다”고 반박했다.'])).toEqual(['쿠팡 측']);
  });

  it('keeps the person, not the apposition, in `사장이자 DS부문장인 전영현 부회장`', () => {
    expect(
      speakers(['삼성전자 사장이자 DS부문장인 전영현 부회장은 “위기를 기회로 삼겠다”고 말했다.']),
    ).toEqual(['전영현 부회장']);
  });

  it('reads crowds as speakers (`주민들이`, `팬들은`) and resolves `이 씨` and `김 수석`', () => {
    expect(speakers(['“더는 못 참는다”며 주민들이 거리로 나섰다.'])).toEqual(['주민들']);
    expect(speakers(['경기 뒤 팬들은 “최고였다”며 환호했다.'])).toEqual(['팬들']);
    expect(
      speakers(['주민 이순자 씨는 “물이 다 찼다”고 했다.', '이 씨는 “처음 있는 일”이라고 말했다.']),
    ).toEqual(['주민 이순자 씨', '주민 이순자 씨']);
    expect(
      speakers(['김은혜 대통령실 홍보수석은 브리핑을 열었다.', '김 수석은 “추가 조치는 없다”고 말했다.']),
    ).toEqual(['김은혜 대통령실 홍보수석']);
  });

  it('gives 그녀는 the woman named before and a later subject its own quote', () => {
    expect(speakers(['배우 김혜수는 시상식에 참석했다. 그녀는 “감사하다”고 말했다.'])).toEqual([
      '배우 김혜수',
    ]);
    expect(speakers(['김 의원은 “찬성한다”고 했다.', '같은 날 박 의원은 “반대한다”고 했다.'])).toEqual([
      '김 의원',
      '박 의원',
    ]);
  });
});

describe('findQuotes: clauses, paragraphs and terms', () => {
  it('does not carry a subject of a reported clause (`스카우트들이 평가가 나뉜다고 소개했다`)', () => {
    expect(
      speakers([
        '칼럼니스트 짐 보우든은 순위를 공개했다.',
        '그는 류현진을 높이 평가했다. 스카우트들이 평가가 나뉜다고 소개했다. “내년이 중요하다”고 덧붙였다.',
      ]),
    ).toEqual(['칼럼니스트 짐 보우든']);
    // A single named subject before a second nominative is the speaker itself.
    expect(
      speakers([
        '김 장관은 “검토 중”이라고 했다.',
        '박 차관이 대책이 필요하다고 말했다. “서두르겠다”고 덧붙였다.',
      ]),
    ).toEqual(['김 장관', '박 차관']);
  });

  it('reads a quote over two paragraphs, each opened with a mark', () => {
    expect(
      who(['김 장관은 “첫째, 예산을 늘리겠다.', '“둘째, 인력을 뽑겠다”라고 말했다.']).map((x) => x[1]),
    ).toEqual(['첫째, 예산을 늘리겠다.', '둘째, 인력을 뽑겠다']);
  });

  it('takes nothing from an interview’s unquoted answers or quoted coinages', () => {
    expect(findQuotes(['-올해 목표는.', '=우승이다. 선수들이 잘 준비했다.'])).toEqual([]);
    expect(findQuotes(['이른바 “영끌족”의 부담이 커졌다.'])).toEqual([]);
    expect(findQuotes(['“조용한 퇴사”라는 신조어가 유행이다.'])).toEqual([]);
  });

  it('gives an answer quoted under `이렇게 답했다` to the person who answered', () => {
    expect(speakers(['손흥민은 인터뷰에서 이렇게 답했다.', '"팬들께 감사드린다. 더 잘하겠다."'])).toEqual([
      '손흥민',
    ]);
  });
});

describe('findQuotes: demonstratives, 측 and answers', () => {
  it('resolves `이 관계자` to the official named before with that role', () => {
    expect(
      speakers([
        '대통령실 관계자는 기자들과 만나 “상황을 면밀히 보고 있다”고 말했다.',
        '추가 대책이 있느냐는 질문을 받은 이 관계자는 “아직 정해진 것은 없다”고 답했다.',
      ]),
    ).toEqual(['대통령실 관계자', '대통령실 관계자']);
  });

  it('keeps a one-syllable surname before a title (`신 장관 후보자 측`)', () => {
    expect(speakers(['20일 신 장관 후보자 측은 “보도 내용은 사실이 아니다”라고 해명했다.'])).toEqual([
      '신 장관 후보자 측',
    ]);
  });

  it('reads `“…”는 게 최 감독의 답이었다` and carries him to the following quotes', () => {
    expect(
      speakers([
        '“이겨도 표정이 밝지 않다”는 게 최 감독의 답이었다. 그러면서도 “오늘은 웃음이 난다”는 농담도 건넸다.',
      ]),
    ).toEqual(['최 감독', '최 감독']);
  });

  it('resolves `정씨` to the first `정유라씨` in the story', () => {
    expect(
      speakers([
        '재판에는 정유라씨가 증인으로 나왔다.',
        '정씨는 "어머니에게서 그 이야기를 들었다"고 법정에서 진술했다.',
      ]),
    ).toEqual(['정유라씨']);
  });
});

describe('findQuotes: broadcast labels in other stations’ styles', () => {
  it('reads `◀INT▶이름/직업` and `◀INT▶ - 이름(사는 곳)` with the bite on the next line', () => {
    expect(who(['◀INT▶김영수/시장 상인', '"손님이 너무 줄었어요."'])).toEqual([
      ['김영수 시장 상인', '손님이 너무 줄었어요.'],
    ]);
    expect(who(['◀INT▶ - 최민호(경남 창원시)', '"올해는 취업했으면 좋겠습니다."'])).toEqual([
      ['최민호 경남 창원시', '올해는 취업했으면 좋겠습니다.'],
    ]);
  });

  it('reads `<인터뷰> 이름(직업) : "…"` and `<녹취> 이름 : "…"` on one line', () => {
    expect(who(['<인터뷰> 박미경(초등학교 교사) : "아이들이 건강했으면 좋겠습니다."'])).toEqual([
      ['박미경 초등학교 교사', '아이들이 건강했으면 좋겠습니다.'],
    ]);
    expect(who(['<녹취> 강호동 : "오늘은 정말 배고프네요"'])).toEqual([['강호동', '오늘은 정말 배고프네요']]);
  });

  it('leaves a `<녹취> "…"` bite without a name unattributed', () => {
    expect(who(['김 장관은 “괜찮다”고 말했다.', '<녹취> "비밀로 해주세요"'])).toEqual([
      ['김 장관', '괜찮다'],
      [null, '비밀로 해주세요'],
    ]);
  });

  it('takes nothing from a radio transcript’s plain `◆이름:` lines', () => {
    expect(findQuotes(['◆홍길동: 안녕하십니까? 홍길동입니다.'])).toEqual([]);
  });
});

describe('findQuotes: questions inside a sentence', () => {
  it('gives `X가 “…”라고 묻자, Y는 “…”` the question to X and the answer to Y', () => {
    expect(
      speakers([
        '가수 이효리는 유재석이 “요즘 뭐 하고 지내냐”라고 묻자, 잠시 웃더니 “그냥 쉰다”라며 답했다.',
      ]),
    ).toEqual(['유재석', '가수 이효리']);
  });

  it('gives `“…”는 김원희의 질문에` to the one who asked', () => {
    expect(speakers(['배우 손예진은 “결혼 생활은 어떠냐”는 김원희의 질문에 “행복하다”고 답했다.'])).toEqual([
      '김원희',
      '배우 손예진',
    ]);
  });
});

describe('findQuotes: credits', () => {
  it('takes no quote from a bracketed picture credit (`[사진 출처 : "…"]`)', () => {
    expect(findQuotes(['[사진 출처 : "시 경찰청 공식 트위터 캡처"]'])).toEqual([]);
  });
});

describe('findQuotes: names that end like figures', () => {
  it('keeps a given name ending in 율 as the speaker while a rate never speaks', () => {
    expect(speakers(['배우 김서율은 “첫 주연이라 떨린다”고 말했다.'])).toEqual(['배우 김서율']);
    expect(
      speakers([
        '감독 최원호는 “잘 싸웠다”고 했다.',
        '장타율은 0.512라고 소개하며 “더 올라갈 것”이라고 했다.',
      ]),
    ).toEqual(['감독 최원호', '감독 최원호']);
  });
});

describe('findQuotes: marks that are not speech', () => {
  it('reads double primes as quotes but not as seconds (`2′05″`)', () => {
    expect(who(['김 감독은 ″선수들이 잘했다″고 말했다.'])).toEqual([['김 감독', '선수들이 잘했다']]);
    expect(findQuotes(['그의 기록은 2′05″였다. 종전 기록을 넘어섰다.'])).toEqual([]);
  });

  it('takes no quote from words written on a placard or a name given', () => {
    expect(findQuotes(['시위대는 “정권 퇴진”이라고 적힌 팻말을 들었다.'])).toEqual([]);
    expect(findQuotes(['정부는 이를 “한국형 뉴딜”이라고 이름 붙였다.'])).toEqual([]);
    expect(findQuotes(['영화 “서울의 봄”이 천만 관객을 넘었다.'])).toEqual([]);
    expect(findQuotes(['그는 책 『침묵의 봄』을 소개했다.'])).toEqual([]);
  });

  it('still takes a sentence someone `표현했다` or `불렀다`', () => {
    expect(speakers(['김 의원은 이번 사태를 “정말 참담하다”고 표현했다.'])).toEqual(['김 의원']);
  });
});

describe('findQuotes: who is not a speaker (a wrong name is worse than none)', () => {
  it('drops pointer words from a name and keeps a given name that ends like a particle', () => {
    expect(
      speakers(['한결전자가 공장을 짓는다.', '이 회사 구민수 대표는 “일자리가 생긴다”고 말했다.']),
    ).toEqual(['구민수 대표']);
    expect(speakers(['하지은 한결당 대변인은 “사과하라”고 말했다.'])).toEqual(['하지은 한결당 대변인']);
  });

  it('gives a bare institution or a statement to the organisation named last, else to no one', () => {
    expect(speakers(['업체는 “규정대로 했다”고 밝혔다.'])).toEqual([null]);
    expect(speakers(['한결노조는 성명을 냈다.', '성명은 “교섭에 나서라”고 밝혔다.'])).toEqual(['한결노조']);
  });

  it('names no one for a saying or an unnamed voice', () => {
    expect(speakers(['한결건설은 사과했다.', '옛말에 “돌다리도 두들겨 보고 건너라”고 했다.'])).toEqual([
      null,
    ]);
    expect(speakers(['김도하 의원은 “반대한다”고 말했다.', '“명분이 없다”는 평이 나온다.'])).toEqual([
      '김도하 의원',
      null,
    ]);
  });

  it('gives a quote cited from a source to the source', () => {
    expect(speakers(['외신은 한 고위 당국자를 인용해 “협상이 재개된다”고 전했다.'])).toEqual([
      '한 고위 당국자',
    ]);
  });
});

describe('findQuotes: single quotes, run-together interviews, short forms', () => {
  it('takes a sentence in single quotes or book brackets as said only before 고 and a verb of saying', () => {
    expect(
      who([
        '‘수출 회복이 하반기에는 뚜렷해질 것’이라고 도하린 누리경제연구원 연구위원은 전망했다.',
        '누리전자 노조는 『임금 협상을 더는 미룰 수 없다』고 밝혔다.',
      ]),
    ).toEqual([
      ['도하린 누리경제연구원 연구위원', '수출 회복이 하반기에는 뚜렷해질 것'],
      ['누리전자 노조', '임금 협상을 더는 미룰 수 없다'],
    ]);
    // A title, a term or a nickname in single quotes is nobody's words, whatever verb follows.
    expect(
      who([
        '가람시는 ‘걷고 싶은 거리 만들기’ 사업을 시작한다고 밝혔다.',
        '주민들은 그 골목을 ‘고양이 길’이라고 불렀다.',
      ]),
    ).toEqual([]);
  });

  it('splits a question and its quoted answer run together into one paragraph', () => {
    expect(
      who([
        '데뷔 20년을 맞은 가수 모하람을 18일 한빛구 작업실에서 만났다.',
        '―요즘 가장 많이 듣는 음악은. “새벽에 라디오에서 흘러나오는 옛 가요를 자주 들어요.”',
      ]),
    ).toEqual([['가수 모하람', '새벽에 라디오에서 흘러나오는 옛 가요를 자주 들어요.']]);
    // No meeting named: the answer is nobody's.
    expect(who(['―요즘 가장 많이 듣는 음악은. “옛 가요를 자주 들어요.”'])).toEqual([
      [null, '옛 가요를 자주 들어요.'],
    ]);
  });

  it('resolves a surname under another title to the one person of that surname', () => {
    expect(
      who([
        '시인 제갈수련의 첫 산문집이 나왔다.',
        '제갈 작가는 “쓰는 동안 어머니의 부엌을 자주 떠올렸다”고 말했다.',
      ]),
    ).toEqual([['시인 제갈수련', '쓰는 동안 어머니의 부엌을 자주 떠올렸다']]);
    // Two people of that surname: nobody is guessed, the mention stays as written.
    expect(
      who([
        '시인 제갈수련과 화가 제갈민우 남매가 함께 전시를 연다.',
        '제갈 작가는 “남매가 한 공간에 서는 건 처음”이라고 말했다.',
      ]),
    ).toEqual([['제갈 작가', '남매가 한 공간에 서는 건 처음']]);
  });

  it('keeps the age of a name met earlier, and no earlier sentence in a party spokesman’s name', () => {
    expect(
      who([
        '어촌계장 하말순(66) 씨는 새벽부터 그물을 손질했다.',
        '하 씨는 “올해는 꽃게가 예년만 못하다”고 말했다.',
      ]),
    ).toEqual([['어촌계장 하말순(66) 씨', '올해는 꽃게가 예년만 못하다']]);
    expect(
      who(['가람당은 곧바로 반박했다. 가람당 모세진 수석대변인은 “책임을 떠넘기는 것”이라고 말했다.']),
    ).toEqual([['가람당 모세진 수석대변인', '책임을 떠넘기는 것']]);
  });

  it('gives a question standing alone to nobody when the next sentence answers it', () => {
    expect(who(['“밤에 아이가 아프면 어디로 가나.” 이 물음에 답할 수 있는 병원은 이 지역에 없다.'])).toEqual([
      [null, '밤에 아이가 아프면 어디로 가나.'],
    ]);
  });
});

describe('findQuotes: bodies by their kind, two people of a surname, pronouns', () => {
  it('gives `조합 측`, `보건소는` and `시 관계자` to the one body of that kind the story named', () => {
    expect(
      who([
        '한빛3구역 재개발조합이 세입자들에게 퇴거를 통보했다.',
        '조합 측은 “법에 따라 절차를 밟았다”는 입장이다.',
        '누리시보건소는 진드기 주의보를 내렸다. 보건소 측은 “긴 옷을 입어 달라”고 당부했다.',
        '가람시는 주차장을 늘리기로 했다. 시 관계자는 “내년까지 두 배로 만들겠다”고 밝혔다.',
      ]),
    ).toEqual([
      ['한빛3구역 재개발조합', '법에 따라 절차를 밟았다'],
      ['누리시보건소', '긴 옷을 입어 달라'],
      ['가람시 관계자', '내년까지 두 배로 만들겠다'],
    ]);
  });
  it('names nobody for `강 씨` when the story has two of that surname', () => {
    expect(
      who([
        '사과 농사를 짓는 강도현(61) 씨는 “서리가 두 번이나 내렸다”고 말했다.',
        '이웃 강은채(57) 씨도 “절반은 팔 수가 없다”고 했다.',
        '강 씨는 “보험료가 너무 비싸다”고 말했다.',
      ]),
    ).toEqual([
      ['강도현(61) 씨', '서리가 두 번이나 내렸다'],
      ['이웃 강은채(57) 씨', '절반은 팔 수가 없다'],
      [null, '보험료가 너무 비싸다'],
    ]);
  });
  it('reads 그 as a person, never the organisation quoted in between', () => {
    expect(
      who([
        '가람대병원 감염내과 모서하 교수는 “열이 나면 바로 병원에 와야 한다”고 말했다.',
        '가람농민연대는 “보건지소마다 진단키트를 둬야 한다”는 성명을 냈다.',
        '그는 “어르신들은 감기로 여기고 넘긴다”고 설명했다.',
      ]).map(([speaker]) => speaker),
    ).toEqual(['가람대병원 감염내과 모서하 교수', '가람농민연대', '가람대병원 감염내과 모서하 교수']);
  });
  it('keeps 전 or 현 before a title in the full form a letter stands for', () => {
    expect(
      who([
        '가람지법은 누리전자 전 재무이사 B(51)씨에게 징역 3년을 선고했다.',
        'B씨는 “돌이킬 수 없는 잘못을 했다”며 선처를 호소했다.',
      ]),
    ).toEqual([['누리전자 전 재무이사 B(51)씨', '돌이킬 수 없는 잘못을 했다']]);
  });
});

describe('findQuotes: titles of many trades, compound surnames, girls and boys by name', () => {
  it('reads religious, fire-service and school titles, a three-syllable compound name and 양', () => {
    expect(
      who([
        '누리성당 봉하진 신부는 “급식을 주 5회로 늘리겠다”고 말했다.',
        '새길교회 채서우 목사도 “교회 식당을 쉼터로 열겠다”고 했다.',
        '가람소방서 선우현 소방장은 “충전기 부근에서 불이 시작됐다”고 말했다.',
        '누리초 5학년 모다인 양은 “신호가 너무 짧다”고 말했다.',
      ]),
    ).toEqual([
      ['누리성당 봉하진 신부', '급식을 주 5회로 늘리겠다'],
      ['새길교회 채서우 목사', '교회 식당을 쉼터로 열겠다'],
      ['가람소방서 선우현 소방장', '충전기 부근에서 불이 시작됐다'],
      ['누리초 5학년 모다인 양', '신호가 너무 짧다'],
    ]);
  });
});

describe('findQuotes: a verb before the speaker', () => {
  it('does not take a verb ending in 는 for the topic when a speaker follows it', () => {
    expect(
      who(['예산특별위원회를 이끄는 봉하진 군의원은 “안전 예산을 겨냥한 것은 아니다”라고 반박했다.']),
    ).toEqual([['봉하진 군의원', '안전 예산을 겨냥한 것은 아니다']]);
  });
});
