/**
 * The tables of the Korean byline grammar: which words are reporters' titles, credit roles, card labels,
 * desks, places, authorship labels and columnists' titles, and which mailboxes belong to a newsroom rather
 * than a reporter. `byline.ts` reads datelines, signatures and byline texts with these tables; metadata and
 * body trimming both go through it, so a word added here changes both alike.
 */

/** Job titles written after a reporter's name. Longest first so `선임기자` wins over `기자`. */
export const AUTHOR_TITLES = [
  '기상캐스터',
  '에디터',
  '칼럼니스트',
  '대학생기자',
  '청소년기자',
  '객원기자',
  '시민기자',
  '명예기자',
  '학생기자',
  '청년기자',
  '수석기자',
  '인턴기자',
  '수습기자',
  '전문기자',
  '선임기자',
  '편집위원',
  '논설위원',
  '논설실장',
  '대기자',
  '특파원',
  '통신원',
  '캐스터',
  '리포터',
  '아나운서',
  '앵커',
  '기자',
  'PD',
];

/** One-syllable Korean surnames (the speaker grammar's test for `김 장관`, `이 교수`). */
export const KOREAN_SURNAMES =
  '김이박나라최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형계피두감음빈동온호범좌팽승간상갈단견당화창';

/** Two-syllable surnames (`남궁`, `독고`), as an alternation. */
export const COMPOUND_SURNAMES = '남궁|황보|제갈|선우|독고|사공|서문|동방|어금|망절';

/**
 * One-syllable surnames that end a foreign-born writer's name written in Hangul, given name first (`소피아 리`,
 * `마이클 한`): the Korean ones, less the syllables that are also words between a name and a title (`전`, `현`:
 * former, current) or bound nouns, and with the spellings of Chinese and foreign family names (`리`, `첸`).
 */
export const TRAILING_SURNAMES = `${[...KOREAN_SURNAMES].filter((c) => !'가간갈견고단당동복부사상원전창현화'.includes(c)).join('')}로리린순옹첸칸`;

/**
 * Credit roles: the people who shot, cut or drew for a story are credited, not its authors
 * (`영상취재 홍길동`, `그래픽 김철수 기자`, `사진=이영희 기자`). Never names, never reporters.
 */
export const CREDIT_ROLES = [
  '영상취재',
  '영상편집',
  '영상디자인',
  '영상기자',
  '촬영기자',
  '사진기자',
  '사진제공',
  '사진출처',
  '화면제공',
  '화면캡처',
  '화면캡쳐',
  '화면출처',
  '자료제공',
  '취재지원',
  // `번역=민채원 기자`: the translator of a guest's column credits the translation, not the writing.
  '번역',
  '그래픽',
  '디자인',
  '사진',
  '영상',
  '촬영',
  '편집',
  '자료',
  '출처',
  '제공',
  '캡처',
  '캡쳐',
  '작가',
  '구성',
  '조연출',
  '드론',
  '항공촬영',
  'CG',
  'VJ',
  'PD',
  '일러스트',
  '포토그래퍼',
];

/** Credit roles that are also ordinary words (`취재`, `제작`, `진행`): a credit only with a `:` after them. */
export const COLON_CREDIT_ROLES = [
  '취재',
  '제작',
  '기획',
  '연출',
  '출연',
  '진행',
  '내레이션',
  '글',
  '방송',
  '대담',
  '사회',
];

/**
 * Labels and buttons of a portal's reporter card and byline row (`구독자 1,234`, `응원수 56`, `기사원문`,
 * `+ 구독`, `팔로우`): never names.
 */
export const CARD_LABELS = [
  '구독자',
  '구독자수',
  '응원수',
  '응원',
  '응원하기',
  '기사원문',
  '원문보기',
  '다른기사보기',
  '기사더보기',
  '기자페이지',
  '구독',
  '구독하기',
  '구독중',
  '팔로우',
  '팔로워',
  '팔로잉',
  '이메일',
  '보내기',
  '다른기사',
  // `기자의 다른기사 보기`, `이 기자의 다른 기사`: the card's link to the reporter's other stories.
  '이기자의다른기사보기',
  '이기자의다른기사',
  '기자의다른기사보기',
  '기자의다른기사',
  '다른기사보기',
  '더보기',
  '기사보기',
  '전체기사',
  '프로필',
  '바로가기',
  '페이지',
  '공유',
  '공유하기',
  '스크랩',
  '인쇄',
  '댓글',
  '좋아요',
];

const CARD_ALT = [...CARD_LABELS]
  .sort((a, b) => b.length - a.length)
  .map((w) => [...w].join('\\s*'))
  .join('|');
/** Card labels in a byline row with their counts (`구독자 1,234`, `응원수 56`, `+ 구독`, `이메일 보내기`). */
export const CARD_TEXT_RE = new RegExp(
  `\\+?\\s*(?<![가-힣])(?:${CARD_ALT})(?:\\s*[\\d,.]+\\s*[만천]?\\s*명?)?(?![가-힣])`,
  'g',
);

/** Other 2–4 syllable words that sit where a name would in a byline but are labels or common nouns. */
const LABEL_WORDS = [
  '기자',
  '뉴스',
  '취재',
  '정리',
  '입력',
  '수정',
  '속보',
  '단독',
  '종합',
  '사회',
  '정치',
  '경제',
  '국제',
  '문화',
  '연예',
  '스포츠',
  '오늘',
  '어제',
  '지금',
  '이번',
  '관련',
  '저작권자',
  '무단전재',
  '재배포',
  '금지',
  '제보',
  '문의',
  '메일',
  '입니다',
  '정보',
  '기사',
  '모음',
  '기자의',
  '기자들',
  '기자명',
  '작성자',
  '글쓴이',
  '필자',
  '기고자',
  '취재기자',
];

/** Words refused as names: labels, credit roles and card labels. Real names are open-ended. */
/** Portals and platforms a page names beside the outlet (`한빛방송 | 네이버`): never a reporter. */
/** Words of a broadcast script's labels (`<앵커 멘트>`, `[리포트]`): never a reporter's name. */
const SCRIPT_LABELS = ['멘트', '리포트', '인터뷰', '싱크', '녹취', '현장음', '스탠딩', '스탠드업'];
const PLATFORMS = [
  '네이버',
  '다음',
  '네이트',
  '카카오',
  '구글',
  '유튜브',
  '페이스북',
  '인스타그램',
  '트위터',
  '엑스',
];

/**
 * The labels of a feature's credit block (`취재 홍길동 기자`, `기획·취재`, `사진 김철수`, `데이터 분석 이영희`): who
 * wrote the story, and who did the rest. Never names.
 */
export const WRITER_WORDS = new Set(['글', '취재', '기사', '집필', '작성', '정리', '기고']);
export const CREDIT_WORDS = new Set(
  (
    '기획 사진 영상 그래픽 디자인 개발 데이터 분석 시각화 인터랙티브 편집 데스크 제작 연출 촬영 일러스트 ' +
    '교열 총괄 프로듀서 웹 퍼블리싱 정리 조사 번역 감수 자문 인포그래픽 영상편집 영상취재 진행 대담 방송 출연'
  ).split(' '),
);

export const NOT_NAMES = new Set([
  ...WRITER_WORDS,
  ...CREDIT_WORDS,
  ...LABEL_WORDS,
  ...CREDIT_ROLES,
  ...CARD_LABELS,
  ...PLATFORMS,
  ...SCRIPT_LABELS,
]);

/**
 * Place names written before a reporter in regional bylines (`순천, 광양 구현모 기자`, `부산=선수민 기자`) and
 * correspondents' cities: never reporters. Korean cities/provinces and common foreign posts.
 */
export const PLACES = new Set(
  (
    '서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 수원 성남 고양 용인 ' +
    '부천 안산 안양 남양주 화성 평택 의정부 시흥 파주 김포 광명 하남 이천 춘천 원주 강릉 속초 동해 삼척 청주 충주 ' +
    '제천 천안 아산 공주 보령 서산 논산 당진 전주 군산 익산 정읍 남원 목포 여수 순천 광양 나주 포항 경주 김천 ' +
    '안동 구미 영주 상주 문경 경산 창원 진주 통영 사천 김해 밀양 거제 양산 서귀포 홍성 무안 해남 완도 울진 ' +
    '워싱턴 뉴욕 베이징 상하이 도쿄 오사카 파리 런던 베를린 모스크바 브뤼셀 제네바 홍콩 타이베이 하노이 ' +
    '방콕 자카르타 싱가포르 뉴델리 시드니 토론토 로스앤젤레스 실리콘밸리 카이로 두바이 예루살렘 이스탄불 ' +
    '멕시코시티 상파울루 부에노스아이레스 프랑크푸르트 로마 마드리드 바르샤바 키이우 빈 스톡홀름 판문점 평양'
  ).split(' '),
);

/** Labels that may precede an author's name in a signature (`정리=홍길동 기자`, `기자명 홍길동 기자`). */
export const AUTHOR_LABELS = new Set([
  '글',
  '정리',
  '글·사진',
  '글ㆍ사진',
  '글/사진',
  '취재',
  '기고',
  '기자명',
  '취재기자',
  '작성자',
  '글쓴이',
  '필자',
  '기고자',
]);

/** Desks and teams that sign stories (`편집국`, `디지털뉴스팀`, `사회부`): not people. */
export const DESK_RE =
  /^(?:편집|보도|취재|사회|정치|경제|국제|문화|체육|사진|영상|기획|뉴스|디지털|온라인|산업|금융|전국|지역|사건|연예|스포츠|과학|생활|데이터|속보|탐사|기동|특별취재|디지털뉴스|온라인뉴스)+(?:팀|부|국|반|센터|데스크)$/;

/** A regional bureau or office of an outlet (`강원취재본부`, `대구본부`, `충청지사`, `워싱턴지국`): not a person. */
export const BUREAU_RE = /^[가-힣]{1,8}(?:취재본부|본부|지국|지사|총국|주재)$/;

/** Hangul tokens shaped like an outlet (`한국일보`, `뉴스핌`, `일간스포츠`). */
export const OUTLET_NAME_SHAPE =
  /^(?:뉴스|스포츠|스타)[가-힣]{1,3}$|^[가-힣]{1,2}(?:뉴스|일보|신문|방송|닷컴|타임스|저널|미디어|데일리|투데이|스포츠|뉴시스)$/;
/** Endings of an outlet's name (`연합뉴스TV`, `스포츠조선닷컴`, `뉴스1`, `아시아경제`). */
export const OUTLET_ENDING =
  /(?:뉴스|뉴시스|일보|신문|방송|닷컴|뉴스1|TV|경제|타임스|저널|미디어|데일리|투데이|스포츠|통신|엔터|연예|라디오|[가-힣]24)$/;

/**
 * Mailboxes of a newsroom, not of a reporter (`content@`, `webmaster@`, `jebo@`): never a reporter's email,
 * never turned into a reporter.
 */
const GENERIC_MAILBOXES = new Set(
  (
    'content contents webmaster master admin administrator news newsroom newsdesk press help helpdesk jebo ' +
    'desk editor editors edit info information contact support service cs report reporter reporters tip tips ' +
    'mail email postmaster root office ad ads adv sales marketing biz partnership copyright privacy noreply ' +
    'no-reply donotreply web webmaster1 homepage opinion letters reader readers feedback robot bot ai'
  ).split(' '),
);

export function isGenericMailbox(email: string): boolean {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  return GENERIC_MAILBOXES.has(local) || /^(?:jebo|webmaster|news|press|desk|editor)\d*$/.test(local);
}

/**
 * Titles that end a guest columnist's name line at the end of a column (`홍길동 가람대 경제학과 교수`,
 * `김철수 누리연구원 선임연구위원`, `정다은 변호사`, `윤서연 한빛경제연구소장`).
 */
export const COLUMNIST_TITLES = [
  '명예교수',
  '석좌교수',
  '겸임교수',
  '객원교수',
  '교수',
  '총장',
  '학장',
  '선임연구위원',
  '연구위원',
  '수석연구원',
  '책임연구원',
  '선임연구원',
  '연구원',
  '연구소장',
  '소장',
  '원장',
  '센터장',
  '이사장',
  '위원장',
  '정책위원',
  '자문위원',
  '본부장',
  '편집국장',
  '보도국장',
  '국장',
  '부장',
  '실장',
  '회장',
  '고문',
  '이사',
  '대표',
  '변호사',
  '변리사',
  '회계사',
  '세무사',
  '노무사',
  '의사',
  '전문의',
  '약사',
  '작가',
  '여행작가',
  '소설가',
  '시인',
  '평론가',
  '문화평론가',
  '만화가',
  '건축가',
  '사진가',
  '작곡가',
  '요리연구가',
  '국회의원',
  '시의원',
  '도의원',
  '구의원',
  '장관',
  '차관',
  '청장',
  '처장',
  '대사',
  '칼럼니스트',
  '논설위원',
  '객원논설위원',
  '주필',
  '대기자',
  '편집위원',
  '박사',
  '교사',
  '목사',
  '신부',
  '스님',
  '화백',
  '전문의',
];
