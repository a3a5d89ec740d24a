import { describe, expect, it } from 'vitest';
import {
  broadcastSignOff,
  parseBylineText,
  parseColumnistLine,
  parseSignature,
  readSignOff,
  stripDateline,
} from '../../src/core/korean/byline';
import { CARD_TEXT_RE } from '../../src/core/korean/byline-grammar';
import { trimUnits, type Unit } from '../../src/core/story/extract';

describe('stripDateline', () => {
  it('removes a Yonhap dateline and keeps the reporter', () => {
    const r = stripDateline('(서울=연합뉴스) 홍길동 기자 = 정부가 21일 새 정책을 발표했다.');
    expect(r.text).toBe('정부가 21일 새 정책을 발표했다.');
    expect(r.authors).toEqual([{ name: '홍길동', email: null }]);
  });
  it('removes News1 and Newsis datelines', () => {
    expect(stripDateline('(서울=뉴스1) 김철수 기자 = 본문이다.').text).toBe('본문이다.');
    const n = stripDateline('[서울=뉴시스]홍길동 기자 = 본문이다.');
    expect(n.text).toBe('본문이다.');
    expect(n.authors[0]?.name).toBe('홍길동');
    expect(stripDateline('【서울=뉴시스】홍길동 기자 = 본문').text).toBe('본문');
  });
  it('reads a correspondent dateline', () => {
    const r = stripDateline('(워싱턴=연합뉴스) 홍길동 특파원 = 미국 정부는 말했다.');
    expect(r.text).toBe('미국 정부는 말했다.');
    expect(r.authors.map((a) => a.name)).toEqual(['홍길동']);
  });
  it('reads bracketed bylines with and without =', () => {
    const a = stripDateline('[아주경제=홍길동 기자] 한국은행이 금리를 동결했다.');
    expect(a.text).toBe('한국은행이 금리를 동결했다.');
    expect(a.authors[0]?.name).toBe('홍길동');
    const e = stripDateline('[이데일리 최선미 기자] 주가가 올랐다.');
    expect(e.text).toBe('주가가 올랐다.');
    expect(e.authors[0]?.name).toBe('최선미');
  });
  it('reads several reporters', () => {
    const r = stripDateline('(서울=연합뉴스) 홍길동·김철수 기자 = 본문');
    expect(r.authors.map((a) => a.name)).toEqual(['홍길동', '김철수']);
    const s = stripDateline('(서울=뉴스1) 홍길동 이세현 기자 = 본문');
    expect(s.authors.map((a) => a.name)).toEqual(['홍길동', '이세현']);
  });
  it('leaves text without a dateline unchanged', () => {
    const p = '[단독] 정부가 새 정책을 발표했다.';
    expect(stripDateline(p)).toEqual({ text: p, authors: [] });
    const q = '(사진) 홍길동 기자가 현장을 취재하고 있다.';
    expect(stripDateline(q)).toEqual({ text: q, authors: [] });
    const r = '지난해 매출은 3=4 구조였다.';
    expect(stripDateline(r).text).toBe(r);
  });
});

describe('parseSignature', () => {
  it('reads name, role and email', () => {
    expect(parseSignature('홍길동 기자 hong@x.co.kr')).toEqual([{ name: '홍길동', email: 'hong@x.co.kr' }]);
    expect(parseSignature('[홍길동 기자 hong@x.com]')).toEqual([{ name: '홍길동', email: 'hong@x.com' }]);
    expect(parseSignature('구현모 기자 ninek@hankookilbo.com')).toEqual([
      { name: '구현모', email: 'ninek@hankookilbo.com' },
    ]);
  });
  it('reads an outlet-prefixed signature', () => {
    expect(parseSignature('YTN 홍길동 (x@ytn.co.kr)')).toEqual([{ name: '홍길동', email: 'x@ytn.co.kr' }]);
    expect(parseSignature('이남경 MK스포츠 기자(mkculture3@mkculture.com)')).toEqual([
      { name: '이남경', email: 'mkculture3@mkculture.com' },
    ]);
  });
  it('reads role-only and slash signatures', () => {
    expect(parseSignature('홍길동 기자')).toEqual([{ name: '홍길동', email: null }]);
    expect(parseSignature('/홍길동 기자')).toEqual([{ name: '홍길동', email: null }]);
    expect(parseSignature('부산=선수민 기자 sunsoo@sportschosun.com')).toEqual([
      { name: '선수민', email: 'sunsoo@sportschosun.com' },
    ]);
  });
  it('reads an email alone as an unnamed reporter', () => {
    expect(parseSignature('hong@x.co.kr')).toEqual([{ name: '', email: 'hong@x.co.kr' }]);
  });
  it('reads TV sign-offs', () => {
    expect(parseSignature('MBC뉴스 홍길동입니다.')).toEqual([{ name: '홍길동', email: null }]);
    expect(parseSignature('SBS 홍길동입니다.')).toEqual([{ name: '홍길동', email: null }]);
    expect(parseSignature('MBN뉴스 안진우입니다. [tgar1@mbn.co.kr]')).toEqual([
      { name: '안진우', email: 'tgar1@mbn.co.kr' },
    ]);
    expect(parseSignature('연합뉴스TV 신새롬입니다. (romi@yna.co.kr)')).toEqual([
      { name: '신새롬', email: 'romi@yna.co.kr' },
    ]);
  });
  it('reads several reporters with their emails', () => {
    expect(parseSignature('배윤경 기자 bykj@mk.co.kr, 이상현 기자 lee@mk.co.kr')).toEqual([
      { name: '배윤경', email: 'bykj@mk.co.kr' },
      { name: '이상현', email: 'lee@mk.co.kr' },
    ]);
  });
  it('refuses story sentences and credits', () => {
    expect(parseSignature('홍길동 기자는 현장에서 이렇게 말했다.')).toBeNull();
    expect(parseSignature('김 기자가 취재했다.')).toBeNull();
    expect(parseSignature('이것이 문제입니다.')).toBeNull();
    expect(parseSignature('정부는 올해 예산이 부족하다고 밝혔습니다.')).toBeNull();
    expect(parseSignature('영상취재: 홍길동 / 영상편집: 김철수')).toBeNull();
    expect(parseSignature('사진=홍길동 기자')).toBeNull();
    expect(parseSignature('홍길동')).toBeNull();
  });
});

describe('parseBylineText', () => {
  it('cleans a byline field', () => {
    expect(parseBylineText('박선민 기자')).toEqual([{ name: '박선민', email: null }]);
  });
});

describe('byline places and credits', () => {
  it('does not take place names for reporters', () => {
    expect(parseSignature('순천, 광양 구현모 기자 ninek@hankookilbo.com')).toEqual([
      { name: '구현모', email: 'ninek@hankookilbo.com' },
    ]);
  });
  it('reads a bare name followed by a picture credit', () => {
    expect(parseSignature('백승훈 / 사진제공 쿠팡플레이')).toEqual([{ name: '백승훈', email: null }]);
    expect(parseSignature('사진제공 쿠팡플레이')).toBeNull();
    // Credits before the author: the segment left is the author only with its title.
    expect(parseSignature('영상취재 방지섭 | 그래픽 도은서 | 권하린 기자')).toEqual([
      { name: '권하린', email: null },
    ]);
    expect(parseSignature('영상취재 방지섭 / 권하린 기자 harin@hanbit.kr')).toEqual([
      { name: '권하린', email: 'harin@hanbit.kr' },
    ]);
    expect(parseSignature('영상취재 방지섭 / 영상편집 권하린')).toBeNull();
    expect(parseSignature('영상취재 방지섭 / 권하린')).toBeNull();
  });
  it('reads a columnist with two titles, and cuts the card link to other stories', () => {
    expect(parseColumnistLine('안세진 (한빛대 명예교수·전 통계청장)')).toEqual([
      { name: '안세진', email: null },
    ]);
    expect(parseColumnistLine('김철수 경찰청장은')).toBeNull();
    expect('홍길동 기자 이 기자의 다른 기사 보기'.replace(CARD_TEXT_RE, ' ').trim()).toBe('홍길동 기자');
    expect('홍길동 기자 hong@x.co.kr 기자의 다른기사 보기'.replace(CARD_TEXT_RE, ' ').trim()).toBe(
      '홍길동 기자 hong@x.co.kr',
    );
  });
});

describe('TV sign-offs with a place', () => {
  it('reads `국회에서 MBC뉴스 홍길동입니다`', () => {
    expect(parseSignature('지금까지 국회에서 MBC뉴스 홍길동입니다.')).toEqual([
      { name: '홍길동', email: null },
    ]);
    expect(parseSignature('워싱턴에서 KBS 뉴스 김철수입니다.')).toEqual([{ name: '김철수', email: null }]);
  });
  it('still refuses sentences ending in 입니다', () => {
    expect(parseSignature('국회에서 논의할 예정입니다.')).toBeNull();
    expect(parseSignature('서울에서 열린 행사는 성황입니다.')).toBeNull();
  });
});

describe('datelineOutlet', () => {
  it('names the wire or the outlet of a dateline', async () => {
    const { datelineOutlet } = await import('../../src/core/korean/byline');
    expect(datelineOutlet('(서울=연합뉴스) 홍길동 기자 = 본문')).toBe('연합뉴스');
    expect(datelineOutlet('(LA=연합뉴스) 홍길동 특파원 = 본문')).toBe('연합뉴스');
    expect(datelineOutlet('[서울=뉴시스]홍길동 기자 = 본문')).toBe('뉴시스');
    expect(datelineOutlet('[아주경제=홍길동 기자] 본문')).toBe('아주경제');
    expect(datelineOutlet('[이데일리 최선미 기자] 본문')).toBe('이데일리');
  });
  it('ignores picture credits and labels', async () => {
    const { datelineOutlet } = await import('../../src/core/korean/byline');
    expect(datelineOutlet('(사진=연합뉴스) 시민들이 거리를 걷고 있다.')).toBeNull();
    expect(datelineOutlet('[단독] 정부가 새 정책을 발표했다.')).toBeNull();
    expect(datelineOutlet('[앵커] 오늘 첫 소식입니다.')).toBeNull();
  });
});

describe('datelines with places and without reporters', () => {
  it('reads a correspondent bracket with a place', async () => {
    const { datelineOutlet } = await import('../../src/core/korean/byline');
    const r = stripDateline('【베이징=이재준 특파원】 중국 정부가 새 정책을 내놨다.');
    expect(r.text).toBe('중국 정부가 새 정책을 내놨다.');
    expect(r.authors.map((a) => a.name)).toEqual(['이재준']);
    expect(datelineOutlet('【베이징=이재준 특파원】 중국 정부가')).toBeNull();
    expect(datelineOutlet('[인천=홍길동 기자] 본문')).toBeNull();
  });
  it('strips a place=wire head with no reporter, but not a picture credit', () => {
    expect(stripDateline('(서울=연합뉴스) 정부가 21일 발표했다.').text).toBe('정부가 21일 발표했다.');
    const credit = '(사진=연합뉴스) 시민들이 거리를 걷고 있다.';
    expect(stripDateline(credit).text).toBe(credit);
  });
});

describe('authorship labels', () => {
  it('reads 글·사진= and 정리= signatures', () => {
    expect(parseSignature('글·사진=홍길동 기자')).toEqual([{ name: '홍길동', email: null }]);
    expect(parseSignature('정리=김철수 기자 kim@x.kr')).toEqual([{ name: '김철수', email: 'kim@x.kr' }]);
    expect(parseSignature('◆ 이영희 기자')).toEqual([{ name: '이영희', email: null }]);
  });
});

describe('parseBylineText on UI phrases', () => {
  it('takes no names from a journalist-card phrase', () => {
    expect(parseBylineText('정보 이동환 기자의 기사 모음')).toEqual([]);
    expect(parseBylineText('전체 기사 보기')).toEqual([]);
  });
  it('keeps comma lists and single bare names', () => {
    expect(parseBylineText('배윤경,이상현').map((a) => a.name)).toEqual(['배윤경', '이상현']);
    expect(parseBylineText('신지영')).toEqual([{ name: '신지영', email: null }]);
  });
});

describe('newsroom mailboxes, credits and card labels (issue 9)', () => {
  it('never gives a newsroom mailbox to a reporter, nor makes one a reporter', async () => {
    const { isGenericMailbox } = await import('../../src/core/korean/byline-grammar');
    expect(isGenericMailbox('content@garam.co.kr')).toBe(true);
    expect(isGenericMailbox('jebo2@garam.co.kr')).toBe(true);
    expect(isGenericMailbox('hong@garam.co.kr')).toBe(false);
    expect(parseSignature('홍길동 기자 news@garam.co.kr')).toEqual([{ name: '홍길동', email: null }]);
    expect(parseSignature('webmaster@garam.co.kr')).toEqual([]);
    // The mailbox closes the first reporter's group: kim@ is 김철수's, not 홍길동's.
    expect(parseSignature('홍길동 기자 desk@garam.co.kr 김철수 기자 kim@garam.co.kr')).toEqual([
      { name: '홍길동', email: null },
      { name: '김철수', email: 'kim@garam.co.kr' },
    ]);
  });
  it('pairs a run of emails with the run of names before it, in order', () => {
    expect(parseBylineText('홍길동, 김철수 기자 hong@x.co.kr, kim@x.co.kr')).toEqual([
      { name: '홍길동', email: 'hong@x.co.kr' },
      { name: '김철수', email: 'kim@x.co.kr' },
    ]);
  });
  it('keeps credit roles apart from authors', async () => {
    const { isCreditLine } = await import('../../src/core/korean/byline');
    expect(parseSignature('영상취재 김철수')).toBeNull();
    expect(parseSignature('(영상취재: 서지훈 / 영상편집: 조은비)')).toBeNull();
    expect(parseSignature('홍길동 기자 사진 김철수 기자')).toEqual([{ name: '홍길동', email: null }]);
    expect(isCreditLine('촬영기자:윤서연/영상편집:장민호')).toBe(true);
    expect(isCreditLine('/사진=가람일보 DB')).toBe(true);
    expect(isCreditLine('그래픽 이영희 기자')).toBe(true);
    // A sentence that opens with a role word is story.
    expect(isCreditLine('그래픽 디자이너인 박민수 씨는 전시를 준비 중이다.')).toBe(false);
  });
  it('takes no card label for a name', () => {
    expect(parseBylineText('기사원문')).toEqual([]);
    expect(parseBylineText('구독')).toEqual([]);
    expect(parseBylineText('팔로우')).toEqual([]);
  });
});

describe('columnists and glued sign-offs (issue 9)', () => {
  it("reads a guest columnist's name line, never a sentence about a professor", async () => {
    const { parseColumnistLine } = await import('../../src/core/korean/byline');
    expect(parseColumnistLine('홍길동 가람대 경제학과 교수')).toEqual([{ name: '홍길동', email: null }]);
    expect(parseColumnistLine('글=이영희 가람대 교수')).toEqual([{ name: '이영희', email: null }]);
    expect(parseColumnistLine('최지우 (가람대 명예교수)')).toEqual([{ name: '최지우', email: null }]);
    expect(parseColumnistLine('홍길동 가람대 교수는 말했다')).toBeNull();
    expect(parseColumnistLine('홍길동 가람대 교수의 말이다.')).toBeNull();
    expect(parseColumnistLine('가람대 교수')).toBeNull();
  });
  it('cuts a signature glued to the last sentence only when a sentence remains', async () => {
    const { splitGluedSignOff } = await import('../../src/core/korean/byline');
    expect(splitGluedSignOff('정부는 다음 달 발표한다. 홍길동 기자 hong@x.co.kr')).toEqual({
      text: '정부는 다음 달 발표한다.',
      authors: [{ name: '홍길동', email: 'hong@x.co.kr' }],
    });
    const whole = '[가람뉴스 이영희 기자 lee@garamnews.com]';
    expect(splitGluedSignOff(whole).text).toBe(whole);
    expect(splitGluedSignOff('박시영은 병살타로 이닝을 마쳤다.부산=선수민 기자 sun@x.com')).toEqual({
      text: '박시영은 병살타로 이닝을 마쳤다.',
      authors: [{ name: '선수민', email: 'sun@x.com' }],
    });
  });
  it('reads past-tense TV sign-offs', () => {
    expect(parseSignature('이상 가람뉴스 이서준이었습니다.')).toEqual([{ name: '이서준', email: null }]);
    expect(parseSignature('지금까지 국회에서 MBC뉴스 이영희입니다.')).toEqual([
      { name: '이영희', email: null },
    ]);
  });
  it('reads dateline variants', () => {
    expect(stripDateline('[서울=가람뉴스]강태호 기자 = 국내 증시가 반등했다.')).toEqual({
      text: '국내 증시가 반등했다.',
      authors: [{ name: '강태호', email: null }],
    });
    expect(stripDateline('[디지털누리 조은비기자] 요금제를 개편한다.').authors).toEqual([
      { name: '조은비', email: null },
    ]);
    expect(stripDateline('부산=김철수 기자 = 부산시가 발표했다.').text).toBe('부산시가 발표했다.');
    expect(stripDateline('[가람뉴스] 이서준 기자 = 물가 대책을 내놨다.').text).toBe('물가 대책을 내놨다.');
    const p = '‘기자=권력’이라는 인식은 옛말이 됐다.';
    expect(stripDateline(p)).toEqual({ text: p, authors: [] });
  });
});

describe('datelines and column lines of other shapes', () => {
  it('reads a reporter closed by a bar after a wire bracket', () => {
    const r = stripDateline('[가람=누리뉴스] 권도하 기자 | 가람시가 내년 예산안을 발표했다.');
    expect(r.text).toBe('가람시가 내년 예산안을 발표했다.');
    expect(r.authors).toEqual([{ name: '권도하', email: null }]);
  });
  it('reads a column line with the writer’s age and a committee title', () => {
    expect(parseColumnistLine('글=모다온(41) 가람군 농업정책위원')).toEqual([
      { name: '모다온', email: null },
    ]);
  });
});

describe('foreign names in Hangul, broadcast credits and tail widgets', () => {
  it('keeps a foreign name with a family name no Korean name begins with whole', () => {
    expect(parseBylineText('카밀라 페르난데스 객원기자 camila@nurimag.kr')).toEqual([
      { name: '카밀라 페르난데스', email: 'camila@nurimag.kr' },
    ]);
    expect(
      stripDateline('[누리=가람통신] 하미드 칸 특파원 = 누리국 의회가 예산안을 통과시켰다.').authors,
    ).toEqual([{ name: '하미드 칸', email: null }]);
    // A place or a desk after a Korean name is no family name; two Korean names stay two.
    expect(parseBylineText('봉하진 런던 특파원')).toEqual([{ name: '봉하진', email: null }]);
    expect(parseBylineText('봉하진 채서우 기자')).toEqual([
      { name: '봉하진', email: null },
      { name: '채서우', email: null },
    ]);
  });
  it('reads a sign-off with a place before it and a foreign name, and one with a compound surname', () => {
    expect(broadcastSignOff('가람에서 KNB 뉴스 엘레나 곤살레스입니다.')).toEqual([
      { name: '엘레나 곤살레스', email: null },
    ]);
    expect(broadcastSignOff('한빛방송 뉴스 제갈온입니다.')).toEqual([{ name: '제갈온', email: null }]);
  });
  it('credits the interviewer of a 대담, not the anchor beside a reporter, and no VJ or PD', () => {
    expect(parseSignature('대담 모서하 논설위원')).toEqual([{ name: '모서하', email: null }]);
    expect(parseSignature('한빛방송 앵커 봉하진 · 채서우 기자 (seowoo@hanbit.tv)')).toEqual([
      { name: '채서우', email: 'seowoo@hanbit.tv' },
    ]);
    expect(parseSignature('VJ 봉하진 / PD 채서우 / 작가 모서하')).toBeNull();
  });
  it('cuts the tip phone, the follow button and a wire end mark from the tail', () => {
    const p = (text: string): Unit => ({ kind: 'p', text, html: text });
    const story = [
      '가람시는 다음 달부터 공공자전거 요금을 내린다.',
      '정기권 이용자는 하루 두 시간까지 무료로 탈 수 있다. /끝/',
    ];
    const r = trimUnits(
      [...story, '채서우 기자 seowoo@garam.kr', '기자 구독', '☎ 제보 전화 02-123-4567'].map(p),
      null,
    );
    expect(r.units.map((u) => u.text)).toEqual([
      story[0],
      '정기권 이용자는 하루 두 시간까지 무료로 탈 수 있다.',
    ]);
  });
});

describe('portal tails, translation notes and byline boxes', () => {
  it('cuts the portal lines under a story and keeps the translator out of the authors', () => {
    const p = (text: string): Unit => ({ kind: 'p', text, html: text });
    const story = ['누리시는 내년부터 마을버스 요금을 동결한다.', '시는 운수업체 지원금을 늘리기로 했다.'];
    const r = trimUnits(
      [
        ...story,
        '기사제공 한빛신문',
        '[한빛신문 바로가기]',
        '▶ 관련기사: 누리시 버스 노선 개편',
        '이 기사는 누리통신의 영문 기사를 번역한 것입니다. 번역 = 채서우 기자',
      ].map(p),
      null,
    );
    expect(r.units.map((u) => u.text)).toEqual(story);
    expect(r.authors).toEqual([]);
  });
  it('reads a byline box with an English By, bars and a date after it', () => {
    expect(parseSignature('By 봉하진 기자 hajin@hanbit.kr')).toEqual([
      { name: '봉하진', email: 'hajin@hanbit.kr' },
    ]);
    expect(parseSignature('한빛신문 | 채서우 기자 | 2026-03-02')).toEqual([{ name: '채서우', email: null }]);
  });
});

describe('column signatures with a bio or a former post', () => {
  it('reads the writer of a bio line and of a signature with a former post after the title', () => {
    expect(readSignOff('◇ 봉하진 가람대 교수 약력: 누리대 박사, 가람시 기후위원회 위원')).toEqual([
      { name: '봉하진', email: null },
    ]);
    expect(parseSignature('글 채서우(64) 객원기자·전 누리고 교장')).toEqual([
      { name: '채서우', email: null },
    ]);
  });
});
