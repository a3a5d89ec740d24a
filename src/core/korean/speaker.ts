/**
 * Who said it: the grammatical subject around a quote, and short mentions resolved to their full form.
 *
 * Korean marks the subject with particles: topic 은/는, subject 이/가, honorific 께서, additive 도. The noun
 * phrase before the particle is a person's name with titles and affiliations in any order
 * (`이재명 더불어민주당 대선 후보`, `가수 겸 배우 이승기`, `지도부 한 관계자`); it ends, going left, at a word
 * carrying a particle or a verb ending (`…을 마친`, `…에서`, `…책임자인`), an adverb or a date.
 * Choosing among several subjects before a quote: the topic (은/는) of the clause holding the quote wins
 * over a 이/가 subject, which often belongs to an embedded event (`X가 …한 데 대해 “…”`, `경기가 끝난 뒤`).
 * Hand-written: there is no Korean morphological analyser small enough to ship in an extension.
 */

import { COMPOUND_SURNAMES, KOREAN_SURNAMES } from './byline-grammar';

export interface Subject {
  text: string;
  /** Marked with 은/는 (a topic persists over the following sentences). */
  topic: boolean;
  /** 그는, 그녀는, 이들은 …: the speaker named earlier. */
  pronoun: boolean;
}

const HANGUL_BASE = 0xac00;
const HANGUL_END = 0xd7a3;

/** Final consonant (jongseong) index of a Hangul syllable: 0 = none, -1 = not a Hangul syllable. */
export function final(ch: string | undefined): number {
  if (!ch) return -1;
  const c = ch.charCodeAt(0);
  if (c < HANGUL_BASE || c > HANGUL_END) return -1;
  return (c - HANGUL_BASE) % 28;
}

const PRONOUNS = new Set(['그', '그녀', '이들', '그들', '본인', '자신', '두 사람', '둘']);

/** Words that open a sentence or clause and are never part of a speaker's name. */
const STOP_WORDS = new Set(
  (
    '이날 이에 특히 또 또한 이어 이어서 한편 다만 그러면서 그러나 하지만 그런데 실제 실제로 앞서 당시 최근 현재 ' +
    '오늘 어제 내일 전날 지난 지난달 지난해 올해 작년 이번 그러자 반면 따라서 결국 역시 이후 직후 곧장 곧바로 다시 ' +
    '또다시 아울러 덧붙여 계속 먼저 우선 함께 그리고 그래서 즉 물론 오전 오후 새벽 밤 낮 현지시간 이때 ' +
    '그때 당일 날 이후에도 또는 혹은 및 등 그 저 같은 해당 관련 대해 통해 위해 따라 대한 통한 위한 중 극 ' +
    '뒤 후 때 가운데 동안 사이 이를 이같이 이렇게 이처럼 그러면 결과 모두 각각 직접 홀로 스스로 가장 매우 ' +
    '아주 너무 더 덜 곧 바로 잠시 이미 아직 여전히 거듭 재차 연이어 잇따라 끝내 마침내 정작 오히려 도리어 ' +
    '되레 한때 일단 일부 대부분 상당수 다수 소수 처음 마지막 첫 두 세 네 듯 저녁 아침 점심 남성 여성 ' +
    '왼쪽부터 오른쪽부터 왼쪽 오른쪽 앞줄 뒷줄 사진 ' +
    '지금 요즘 이제 앞으로 나중 그동안 그간 평소 종종 가끔 늘 항상 벌써 어느덧 요즘엔 지금껏 다음 아래 이하 무렵 즈음 도중 와중 직전 말미 막바지 ' +
    // Adverbial verb forms that open a clause before its subject (`1심과 달리 재판부는`, `이를 두고 김 회장은`).
    '달리 두고 놓고 앞두고 관련해 비롯해 포함해 향해 맞아 상대로 대해서 위해서 통틀어 불구하고 이어받아'
  ).split(' '),
);
// `한`, `다른`, `전` (former) and `겸` (and also) sit inside speaker phrases: `지도부 한 관계자`, `김 전 총리`.
// `두 사람`, `두 의원`: a number before the noun counts who speak together.
const PHRASE_GLUE = new Set(['한', '다른', '전', '겸', '前', '現', '현', '신임', '초대', '이', '두']);

/** Role and organisation words: a noun phrase ending in one reads as someone who can speak. */
const ROLE =
  /(대통령|총리|장관|차관|의원|위원장|위원|대표|후보|당선인|대변인|관계자|소식통|당국자|관료|경영자|책임자|후보자|당사자|피해자|가해자|학자|소비자|투자자|사업자|근로자|노동자|지지자|참석자|참가자|확진자|희생자|신청자|응답자|운전자|이용자|보호자|제보자|목격자|고발인|신고자|주최자|유권자|설립자|창업자|활동가|전문가|운영자|개발자|교수|연구원|연구위원|칼럼니스트|애널리스트|이코노미스트|회장|사장|이사|원장|청장|처장|실장|국장|부장|과장|차장|팀장|센터장|본부장|서장|소장|교장|관장|단장|학장|지점장|점장|역장|조합장|공장장|선장|기장|지사|시장|군수|구청장|감독|선수|코치|씨|변호사|검사|판사|재판부|목사|신부|스님|수녀|사제|전도사|교무|중령|대령|소령|대위|중위|소위|준장|중장|원사|상사|중사|하사|병장|상병|경위|경감|경정|총경|경사|경장|순경|소방장|소방위|소방경|소방령|소방교|소방사|교사|교감|전문의|의사|간호사|약사|기자|앵커|작가|배우|가수|대사|총장|의장|주석|총통|국왕|투수|포수|타자|야수|유격수|[1-3]루수|공격수|수비수|미드필더|골키퍼|측|당국|정부|경찰서|소방서|세무서|지검|지법|고법|고검|학생회|위원회|협회|재단|노조|노총|지회|지부|협의회|연합회|의회|학회|조합|연대|단체|연합|연맹|회사|기업|그룹|은행|대학|병원|법원|검찰|경찰|소방|통신|일보|신문|타임스|포스트|저널|방송|당|청|처|원|관|단|부|팀|들|주니어|CEO|CFO|\)|[A-Z]{2,})$/;

/** `서문결(16) 군`, `서 군`, `김모 양`: a boy or girl by name (or surname) and 군 / 양, a word of its own. */
const YOUNG_PERSON = /(?:^|\s)[가-힣]{1,4}(?:\(\d{1,2}\))?\s[군양]$/;

/** Does a subject phrase read like a speaker (a person, an office, an organisation)? */
export function speakerLike(text: string): boolean {
  // `가람바이오`, `한빛전자`: a company by its trade's ending speaks as itself.
  if (ROLE.test(text) || orgName(text) || YOUNG_PERSON.test(text)) return true;
  // A bare Korean name (`이승기`, `손제이`) or a Latin one.
  return (/^[가-힣]{3}$/.test(text) && KOREAN_SURNAME.test(text)) || /^[A-Z][A-Za-z]+$/.test(text);
}

/**
 * A topic that names a person without ending in a role word: a role then a name (`NC 외야수 박건우`,
 * `칼럼니스트 짐 보우든`) or a short name of one to three words (`엘제이`, `짐 보우든`). Never a figure.
 */
export function personLike(text: string): boolean {
  if (isMeasure(text)) return false;
  if (speakerLike(text)) return true;
  const words = text.split(' ');
  const last = words[words.length - 1];
  if (!/^([가-힣]{2,4}|[A-Z][A-Za-z]+)$/.test(last) || NOT_SPEAKER.test(last) || STOP_WORDS.has(last))
    return false;
  if (words.slice(0, -1).some((w) => ROLE.test(w))) return true;
  // A foreign given name is short (`짐`, `조`, `도널드`); `우리끼리 내부총질` is not a name.
  if (words.length === 1) return true;
  return words.length === 2 && /^([가-힣]{1,3}|[A-Z][A-Za-z.]*)$/.test(words[0]) && !STOP_WORDS.has(words[0]);
}

/** `책임자인`, `싱크탱크인`: a copula after a noun, not a noun ending in 인 like 대변인 or 당선인. */
function isCopula(tok: string): boolean {
  if (!tok.endsWith('인') || tok.length < 3) return false;
  const stem = tok.slice(0, -1);
  if (
    /(대변|당선|관계|변호|피고|외국|민간|방송|연예|경제|정치|언론|직장|대리|참고|청구|예술|체육|문화|미망|거래|소개|보증|중개|[가-힣]{2}법)$/.test(
      stem,
    )
  )
    return false;
  return tok.length >= 4 || /[자수표원장사가관령체업국신주크스트드]$/.test(stem);
}

/** Verb forms that end a speaker phrase going left (`…을 마친`, `…을 맡고 있는`, `이를 본`, `찾아오자`). */
const ADNOMINAL =
  /(한|된|던|친|킨|낸|힌|운|끈|할|될|갈|올|볼|줄|낼|릴|질|른|린|진|졌|았|었|였|했|는|을|나선|앞선|맞선|들어선|탄|난|딴|쓴|는데|은데|지만|면서|도록|되자|하자|오자|나자|지자|보자|가자|리자|키자|치자|이자|묻자|돌자|일자|늘자|줄자|들자|뜨자|르자|솟자|서자|넘자|닿자|알자|열자|풀자|끌자|[해아어와려켜져워돼]온)$/;
/**
 * `40년째 가람시장에서 국밥집을 하는 노순옥(68) 씨`: a clause describing the speaker is no part of the name; the
 * words after its last verb form or case-marked word are, when they still read as someone.
 */
export function withoutModifier(phrase: string): string {
  const words = phrase.split(' ');
  let cut = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] as string;
    // Two syllables at least: in `한 최고위원` (one of them) 한 is part of the speaker.
    if (
      /^[가-힣]{2,}$/.test(w) &&
      !ADNOMINAL_LOOKALIKES.test(w) &&
      (ADNOMINAL.test(w) || /(?:에서|을|를|에게)$/.test(w))
    )
      cut = i;
  }
  if (cut < 0) return phrase;
  const rest = words.slice(cut + 1).join(' ');
  return speakerLike(rest) || personLike(rest) ? rest : phrase;
}

/** Nouns that look like verb forms to the pattern above. */
const ADNOMINAL_LOOKALIKES =
  /^(중진|선진|후진|사진|행진|지진|부친|모친|선친|양친|행운|기운|국운|단한|한한|이한|기린|보올|대한|남한|북한|재판|심판|제한|권한|기한|시한|유한|무한|초한|[가-힣]+스탄)$/;
const ONE_SYLLABLE_VERB = new Set(
  '본 간 온 산 탄 찬 든 난 된 갈 올 볼 할 될 줄 쓴 낸 선 진 친 준 받 뽑 둔 운 민 건 판 찍'.split(' '),
);

function stripPunct(tok: string): string {
  return tok.replace(/^[([{<“"'‘]+/, '').replace(/[,.;:!?…”"'’\]}>]+$/, '');
}

function isDate(tok: string): boolean {
  return (/^\d/.test(tok) && /(일|월|년|시|분|께|쯤|경)(\(|$)/.test(tok)) || /^\(?현지\s*시간\)?$/.test(tok);
}

/**
 * A three-syllable Korean name ending like a verb form (`오세진`, `김유린`), told from `정해진` / `주어진` by
 * its middle syllable (verb connectives 해, 어, 뤄, 져 … sit there).
 */
function looksLikeName(tok: string): boolean {
  return (
    /^[가-힣]{3}$/.test(tok) &&
    KOREAN_SURNAME.test(tok) &&
    /[진린운선민현훈준연원윤빈인]$/.test(tok) &&
    !/^.[해어뤄려워쳐져혀겨아여와봐돼된한]/.test(tok)
  );
}

/**
 * A department of a hospital or school (`신경과`, `소아청소년과`, `정신건강의학과`), whose 과 is no particle, and a
 * school year or class (`3학년`, `2반`), which describe a speaker (`한빛대 의대 신경과 변서림 교수`).
 */
const DEPARTMENT =
  /(?:[내외안치]|신경|정신|피부|소아|청소년|이비인후|산부인|비뇨|비뇨기|의학|성형외|흉부외|영상)과$/;
const SCHOOL_YEAR = /^\d{1,2}(?:학년|반)$/;

/** Can this (raw) token be part of a speaker noun phrase left of the subject word? */
function nounish(raw: string): boolean {
  if (/[\uE000\uE001]/.test(raw)) return false;
  // A clause or sentence ended there.
  if (/[,.;:!?]['"’”]*$/.test(raw)) return false;
  const tok = stripPunct(raw);
  if (!tok) return false;
  if (PHRASE_GLUE.has(tok) || COMPOUND_SURNAME.test(tok) || SCHOOL_YEAR.test(tok)) return true;
  // `선우혜진`, `남궁민수`, `독고진`: a compound surname and a given name, whatever the last syllable looks like.
  if (/^[가-힣]{3,4}$/.test(tok) && COMPOUND_SURNAME.test(tok.slice(0, 2))) return true;
  // The attribution left of a later quote (`“…”고 묻자 김 장관은`): a particle on its own, never a name.
  if (/^(?:이)?(?:라고|고|라며|며|면서|라면서)$/.test(tok)) return false;
  if (STOP_WORDS.has(tok) || isDate(tok)) return false;
  if (ONE_SYLLABLE_VERB.has(tok)) return false;
  // `차은서`, `김예서`: a given name ending in 서, not the connective `…면서`, `…에서`.
  if (
    /^[가-힣]{3}$/.test(tok) &&
    KOREAN_SURNAME.test(tok) &&
    /서$/.test(tok) &&
    !/(에서|면서|해서|[아어여와워봐]서)$/.test(tok)
  )
    return true;
  // `말했고`, `밝혔으며`: a finished clause.
  if (FINISHED_CLAUSE.test(tok)) return false;
  if (
    /[을를에의와과며면서도만]$/.test(tok) &&
    !/(사무소|연구소|회의소|재판소|의원|위원|학과|대만|경찰서|소방서|세무서)$/.test(tok) &&
    !DEPARTMENT.test(tok) &&
    !PROVINCE.test(tok)
  )
    return false;
  // topic/subject of an earlier clause, unless a title ending in 가 (`소설가 백은서`, `건축가`, `평론가`)
  if (/[은는이가]$/.test(tok) && !/(장관이|국가)$/.test(tok) && !PROFESSION_GA.test(tok)) return false;
  if (isCopula(tok)) return false;
  if (looksLikeName(tok)) return true;
  if (/(았다|었다|였다|했다|한다|된다|있다|없다|겠다|이다|니다)$/.test(tok)) return false;
  if (tok.length >= 2 && ADNOMINAL.test(tok) && !ROLE.test(tok) && !ADNOMINAL_LOOKALIKES.test(tok))
    return false;
  return /[\p{L}\p{N}]/u.test(tok);
}

/** People named by whose they are: relatives, aides, counsel. */
const RELATION =
  /^(어머니|아버지|부모|어머님|아버님|아내|남편|부인|딸|아들|동생|형|누나|언니|오빠|할머니|할아버지|유족|유가족|가족|측근|변호인|대리인|비서|지인|친구|동료)$/;

/** Occupations ending in 가 (a person who does …): a title before a name, not a subject particle. */
const PROFESSION_GA =
  /^(?:화가|[가-힣]*(전문|작|평론|소설|작곡|작사|사업|정치|건축|활동|운동|예술|음악|만화|연구|번역|투자|비평|무용|성악|연주|전략|기업|탐험|안무|극작|수필|조각|서예|미술|법률|요리|미식|애호|교육|외교|행정|실업|자본|평화|여행|연출|사진|공연|기획|등산|수집|편곡|노래|동화|시나리오|웹툰|재즈|국악|피아노|바이올린|첼로|창업|분석|자선|혁명|발명|도예|공예|조경|원예)가)$/;

/** `충북도 기획관`, `경기도 대변인`: a province, not a word with the particle 도. */
const PROVINCE =
  /^(경기|강원|충북|충남|전북|전남|경북|경남|제주|충청북|충청남|전라북|전라남|경상북|경상남)도$/;

/** Before 는, the last syllable of verb stems and particles; a noun there (총리, 후보, 시) is a topic. */
const NEUN_NEVER =
  /(하|되|있|없|않|겠|았|었|했|였|에서|에게|한테|으로|로서|로써|로|까지|부터|보다|라고|다고|려고|하고|면서|에|와|과|다|려|냐|자고|이라|느)는$/;
/** Verb stems ending in syllables nouns also end in: only a phrase of two or more words makes them a topic. */
const NEUN_AMBIGUOUS = /(오|주|내|치|르|우|키|드|서|쓰|크|기|게|지|나|가|보|리|시|라|이|르)는$/;
const KOREAN_SURNAME = new RegExp(`^[${KOREAN_SURNAMES}]`);
const EUN_ADJECTIVES = new Set(
  (
    '작은 적은 남은 얻은 잃은 읽은 먹은 죽은 늙은 젊은 붉은 밝은 맑은 검은 좁은 굽은 묶은 많은 받은 맡은 같은 높은 ' +
    '좋은 낮은 깊은 넓은 짧은 늦은 찾은 믿은 닫은 놓은 낳은 넣은 담은 심은 숨은 감은 안은 신은 앉은 끊은 잡은 입은 ' +
    '뽑은 씹은 옳은 싫은 괜찮은 있은 없은 된은 나은 이은 들은 엿들은 물은 걸은 불은 만든 만들은'
  ).split(' '),
);
const I_ADVERBS = new Set(
  '같이 많이 없이 깊이 높이 굳이 일일이 이같이 곧이 길이 넓이 꼼꼼이 깨끗이 틈틈이 낱낱이'.split(' '),
);
const GA_NOUNS =
  /(전문가|작가|평론가|국가|대가|평가|추가|증가|가가|물가|주가|유가|지가|원가|시가|단가|정가|여가)$/;
const DO_NEVER =
  /(에도|라도|해도|고도|서도|지도|까지도|으로도|로도|에서도|기도|정도|태도|속도|제도|의도|경기도|강원도|제주도|온도|각도|밀도|빈도|용도|한도|적도|시도|권도|보도|수도|지도|인도|도도|무도|반도|폭도|사도|신도)$/;
/** Heads that never speak: `내용이`, `사실은`, `점은`. */
const NOT_SPEAKER =
  /^(내용|사실|것|점|문구|글|이유|말|소식|모습|상황|결과|가능성|문제|때문|편지|장면|영상|사진|기사|보도|보고서|자료|수치|목표|취지|분위기|의미|경우|이것|그것|이|저|여기|거기|결정|조치|정책|사건|사고|법안|제도|계획|방안|발표|논란|의혹|조사|통계|지표|지수|가격|판결|합의|협상|회의|행사|대회|경기|날씨|배경|목적|효과|영향|이번|이날|분석|전망|평가|반응|여론|관심|우려|기대|입장|발언|언급|말씀|멘트|지적|비판|주장|목소리|질문|답변|설명|메시지|게시글|게시물|문자|댓글|한마디|얘기|이야기|호소|구호|농담|고백|약속|다짐|경고|당부|요구|제안|증언|속담|격언|옛말|명언|금언|경구|신중론|낙관론|비관론|회의론|반론|통념|속설|관측|시각|견해|의견|포스터|현수막|팻말|피켓|안내문|표지판|전단|간판|광고|답|대답|문항|하소연|푸념|탄식|한탄|넋두리|항변|전언|귀띔|불만|불평|반문|외침|절규)$/;

const DRIVEN = /^(택시|택배|버스|트럭|화물차?|배달|대리|운수|정비|덤프|관광버스|마을버스)$/;

/**
 * Measures and figures never speak: `체인지업 피안타율은 0.276이라 소개하며 “…”` has an omitted speaker, and
 * the topic is a statistic (rates, amounts, indexes, prices, records, sizes, ranks).
 */
const MEASURE =
  /(율|률|량|액|수치|지수|비율|비중|점수|성적|기록|실적|매출|가격|금리|규모|순위|건수|횟수|속도|수익|손실|적자|흑자|주가|물가|평균자책점|타점|득점|연봉|몸값)$/;
/** Rates that look like three-syllable names (`장타율` / `김서율`): known rates only. */
const RATE3 =
  /^(장타율|출루율|방어율|실업률|성장률|득점률|고용률|점유율|수익률|할인율|투표율|시청률|지지율|경쟁률|사망률|출생률|합격률|취업률|증가율|감소율|상승률|하락률)$/;
export function isMeasure(text: string): boolean {
  const t = text.trim();
  const last = t.split(' ').pop() ?? t;
  // `배우 김서율은`, `이하율은`: a given name ending in 율/률, not a rate.
  if (/^[가-힣]{3}$/.test(last) && KOREAN_SURNAME.test(last) && /[율률]$/.test(last) && !RATE3.test(last))
    return false;
  return MEASURE.test(t);
}

/** Final-consonant codes of a syllable after which 은 is not the topic particle (an adnominal ending). */
const EUN_NOT_TOPIC = new Set([2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 18, 20, 22, 23, 24, 25, 26, 27]);

type SubjectWord = { stem: string; topic: boolean } | null;

/** A word ending in 은: a topic after a closed syllable (or Latin, a digit, a bracket), not an adjective. */
function eunWord(tok: string, stem: string, fin: number, latinOrDigit: boolean): SubjectWord {
  if (EUN_ADJECTIVES.has(tok)) return null;
  if (fin <= 0 && !latinOrDigit) return null;
  if (EUN_NOT_TOPIC.has(fin)) return null;
  return { stem, topic: true };
}

/** A word ending in 는: a topic after an open syllable, unless the word is a verb's `-는` form. */
function neunWord(
  tok: string,
  stem: string,
  fin: number,
  phraseLength: number | (() => number),
  prev: string | undefined,
  beforeQuote: boolean,
): SubjectWord {
  if (fin > 0) return null;
  if (NEUN_NEVER.test(tok)) {
    // `김구라는`, `주애라는`: a three-syllable name ending in 라 is still a name.
    // Right before a quote, `김미려는`, `한예려는` are names too (a verb's `-려는` modifies a noun, not a quote).
    const nameLike = tok.length === 4 && KOREAN_SURNAME.test(tok) && !/이라는$/.test(tok);
    if (!(nameLike && (/라는$/.test(tok) || (beforeQuote && /려는$/.test(tok))))) return null;
  } else if (
    NEUN_AMBIGUOUS.test(tok) &&
    !ROLE.test(stem) &&
    !orgName(stem) &&
    !(
      /^[가-힣]{3}$/.test(stem) &&
      !(/[을를에로]$/.test(prev ?? '') && !STOP_WORDS.has(stripPunct(prev ?? '')))
    ) &&
    (typeof phraseLength === 'function' ? phraseLength() : phraseLength) < 2
  ) {
    // `진영을 넘나드는`: a verb with its object; `머스크는`, `엘제이는`: a three-syllable name.
    return null;
  }
  if (stem === '이') return null; // `이는`: `this is`
  // One syllable before 는 is a verb (`사는`, `가는`, `보는`) unless it is an office or a pronoun.
  if (stem.length === 1 && !/^[씨시구도처부청그나저너]$/.test(stem)) return null;
  return { stem, topic: true };
}

/** A word ending in 이, 가 or 도: a subject (not a topic) when the syllable before suits the particle. */
function subjectParticleWord(tok: string, stem: string, fin: number, latinOrDigit: boolean): SubjectWord {
  const last = tok.slice(-1);
  if (last === '이') {
    if (I_ADVERBS.has(tok)) return null;
    if (fin <= 0 && !latinOrDigit) return null;
    return { stem, topic: false };
  }
  if (last === '가') {
    if (GA_NOUNS.test(tok)) return null;
    if (fin !== 0 && !latinOrDigit) return null;
    return { stem, topic: false };
  }
  if (last === '도') {
    if (fin === -1 && !latinOrDigit) return null;
    // `교수도` is a professor too, though it ends like `수도`.
    if (DO_NEVER.test(tok) && !(stem.length >= 2 && ROLE.test(stem))) return null;
    return { stem, topic: false };
  }
  return null;
}

/** If `raw` is a word carrying a subject/topic particle, its stem and whether it is a topic. */
export function subjectWord(
  raw: string,
  phraseLength: number | (() => number) = 1,
  prev?: string,
  beforeQuote = false,
): SubjectWord {
  if (/[\uE000\uE001]/.test(raw)) return null;
  const tok = stripPunct(raw);
  if (tok.length < 2) return null;
  if (tok.endsWith('께서')) return { stem: tok.slice(0, -2), topic: false };
  if (tok.endsWith('께서는')) return { stem: tok.slice(0, -3), topic: true };
  const last = tok.slice(-1);
  const stem = tok.slice(0, -1);
  const fin = final(stem.slice(-1));
  const latinOrDigit = /[A-Za-z0-9)）]$/.test(stem);
  // `기사` is an article, but `택시 기사` a driver.
  if (NOT_SPEAKER.test(stem) && !(stem === '기사' && DRIVEN.test(stripPunct(prev ?? '')))) return null;
  if (last === '은') return eunWord(tok, stem, fin, latinOrDigit);
  if (last === '는') return neunWord(tok, stem, fin, phraseLength, prev, beforeQuote);
  return subjectParticleWord(tok, stem, fin, latinOrDigit);
}

function tokens(segment: string): string[] {
  return segment.split(/\s+/).filter(Boolean);
}

/** Two subjects joined by 와/과 (`윤석열 대통령과 리시 수낵 영국 총리는`): the join word is a title. */
function joinWord(raw: string): boolean {
  const tok = stripPunct(raw);
  const m = /^(.+?)(와|과)$/.exec(tok);
  return !!m && ROLE.test(m[1]) && m[1].length >= 2;
}

/**
 * Drama convention `정겨울(신고은 분)`: the actor's name is not part of the speaker. A gloss closing the phrase
 * after a title is not either when it is a party and seat, an age or a phrase (`권영재 의원(국민의힘·서울
 * 강남갑)`, `사장(56)`, `형사합의25부(재판장 …)`); a one-word field (`교수(사회학)`) and an age inside the name
 * (`문지호(34) 씨`) stay, as the story writes them.
 */
function tidy(text: string): string {
  return (
    text
      .replace(/\([^)]*\s분\)/g, '')
      // `편지원 대표(사진)`, `(왼쪽)`, `(사진 오른쪽)`: where the speaker stands in the picture.
      .replace(/\((?:사진|왼쪽|오른쪽|가운데|앞줄|뒷줄)(?:\s?(?:왼쪽|오른쪽|가운데|앞줄|뒷줄))?\)/g, '')
      .replace(/([가-힣A-Za-z0-9])\(([^()]*)\)$/, (m, ch: string, gloss: string, at: number, all: string) =>
        (ROLE.test(all.slice(0, at + 1)) && /^\d+$|[·ㆍ,]|\s/.test(gloss)) || /^\d{1,3}$/.test(gloss)
          ? ch
          : m,
      )
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The subject phrase ending at token index `i` (which carries the particle). */
function phraseEndingAt(toks: string[], i: number, stem: string, floor = 0): string {
  if (PRONOUNS.has(stem)) return stem;
  const parts = [stem];
  for (let k = i - 1; k >= floor && parts.length < 8; k--) {
    // `서울 종로의 한 식당 주인`, `부산의 한 교사`: a place or group in the genitive before `한` (one of) is part
    // of the description.
    if (
      parts[0] === '한' &&
      /^[가-힣]{2,}의$/.test(toks[k]) &&
      !STOP_WORDS.has(toks[k].slice(0, -1)) &&
      !DEMONSTRATIVE.test(stripPunct(toks[k - 1] ?? '')) // `이 사건의 한 피해자`: the pointer is no place
    ) {
      parts.unshift(toks[k]);
      continue;
    }
    // `김서준 씨의 어머니`, `피해자의 변호인`: a relative or agent is named by whose they are.
    if (parts.length === 1 && RELATION.test(parts[0]) && /^[가-힣)]+의$/.test(stripPunct(toks[k]))) {
      const owner = stripPunct(toks[k]).slice(0, -1);
      const phrase = phraseEndingAt(toks, k, owner, floor);
      if (speakerLike(phrase) || personLike(phrase)) return tidy(`${phrase}의 ${parts[0]}`);
      break;
    }
    // `한빛시 도시재생과 민서준 과장`: an office (…과) right before a name and its title is no 'and'.
    // `가람시 교통과 관계자`: so is one right after the body it belongs to, before a title alone.
    if (
      /^[가-힣]{3,}과$/.test(toks[k]) &&
      ROLE.test(parts[parts.length - 1]) &&
      ((parts.length >= 2 && /^[가-힣]{2,4}$/.test(parts[0])) ||
        (parts.length === 1 && k > 0 && /^[가-힣]{2,10}(?:시|군|구|도|청|처|공단|공사)$/.test(toks[k - 1])))
    ) {
      parts.unshift(toks[k]);
      continue;
    }
    if (nameBeforeTitle(toks[k], parts) || foreignGivenName(toks[k], parts)) {
      parts.unshift(toks[k]);
      continue;
    }
    if ((!nounish(toks[k]) && !(joinWord(toks[k]) && parts.length >= 2)) || verbAfterAs(toks, k)) {
      // `신 장관 후보자`: a one-syllable surname before a title, though it looks like a verb (`신`).
      const t = stripPunct(toks[k]);
      // Not before a name already given (`종사해 온 C씨`: 온 is the verb).
      if (
        /^[가-힣]$/.test(t) &&
        KOREAN_SURNAME.test(t) &&
        ROLE.test(parts[0]) &&
        !/씨$|[A-Za-z]/.test(parts[0])
      )
        parts.unshift(t);
      break;
    }
    parts.unshift(stripPunct(toks[k]));
  }
  // Glue words only make sense inside the phrase: `한 관계자` keeps `한`, a phrase never starts with `겸`.
  while (parts.length > 1 && ['겸', '및', '전'].includes(parts[0])) parts.shift();
  // `이` is a surname only right before a title (`이 후보`); elsewhere it is `this`.
  if (parts.length > 2 && parts[0] === '이') parts.shift();
  return tidy(dropPointer(parts, toks[i - parts.length]).join(' '));
}

/**
 * `이 회사 박철수 대표`, `같은 당 윤재석 의원`, `해당 병원 간호사 정유나 씨`: `this company`, `the same party`
 * points back to an institution of the story; it is not part of the name. `before` is the word ahead of `words`.
 */
function dropPointer(words: string[], before: string | undefined): string[] {
  const pointer = DEMONSTRATIVE.test(stripPunct(before ?? ''));
  if (words.length >= 2 && pointer && INSTITUTION.test(words[0])) return words.slice(1);
  return words;
}

/**
 * `회사는`, `이 업체는`, `회사 측은`: a bare kind of institution names no one by itself; it stands for the
 * organisation the story named last, if any.
 */
export const GENERIC_ORG =
  /^(?:(?:이|그|해당|같은|동|본)\s)?(?:회사|업체|기업|사측|은행|단체|기관|재단|협회|구단)(?:\s?측)?$/;
/** The last words of organisations' names. */
const ORG_WORDS =
  '전자|건설|은행|그룹|증권|보험|화학|제약|물산|상사|통신|자동차|중공업|엔터테인먼트|홀딩스|카드|생명|항공|해운|제철|바이오|식품|유통|백화점|마트|테크|모터스|전기|에너지|반도체|산업|공사|공단|재단|협회|노조|연합|연대|협의회|연합회|위원회|연구원|연구소|학생회|노동조합|조합|경찰서|소방서|보건소|병원|의료원';
const ORG_END = new RegExp(`(${ORG_WORDS})$`);
/** Anywhere in a word: a word without one cannot hold an organisation's name (a cheap test first). */
const ORG_WORD = new RegExp(ORG_WORDS);

/** Names of organisations by their last word (`한빛전자`, `새솔건설`, `전국택배노조`). */
export function orgName(text: string): boolean {
  return !GENERIC_ORG.test(text) && ORG_END.test(text);
}

/** `서울중앙지법 형사합의25부(재판장 …)`, `수원지법 안산지원 제1형사부`: a court's panel, named in full. */
const COURT_PANEL =
  /((?:[가-힣]+(?:지법|지방법원|고법|고등법원|법원))(?:\s[가-힣]+지원)?\s(?:제?[0-9]*[가-힣]*[0-9]+부|제[0-9]+[가-힣]*부))(?=\(|[은는이가의]|\s|$)/g;

/**
 * The organisations a sentence names, wherever they stand (`한빛건설이 시공한 아파트`, `총학생회가 성명을 냈다`),
 * and the last court panel it names: what `회사 측은`, `성명은` and `재판부는` later stand for.
 */
export function namedInstitutions(sentence: string): { org: string | null; court: string | null } {
  const toks = tokens(sentence);
  let org: string | null = null;
  toks.forEach((raw, i) => {
    // The stem is part of the word: without an organisation word in it, it names none.
    // (`한빛전자(주)는` → 한빛전자, `한빛(주)전자는` → 한빛전자: with and without its glosses)
    if (!ORG_WORD.test(raw) && !ORG_WORD.test(raw.replace(/\([^)]*\)/g, ''))) return;
    const stem = bare(raw);
    // Only where its noun phrase ends (a particle follows): `한빛전자 노조위원장` names a person.
    if (stem.length >= 3 && stem !== stripPunct(raw) && orgName(stem)) {
      const phrase = phraseEndingAt(toks, i, stem);
      if (orgName(phrase)) org = phrase;
    }
  });
  // Every court name in COURT_PANEL holds 법.
  const courts = sentence.includes('법') ? [...sentence.matchAll(COURT_PANEL)] : [];
  return { org, court: courts.length ? courts[courts.length - 1][1] : null };
}

/** `이 회사`, `같은 당`, `해당 병원`, `그 학교`: a pointer back to an institution of the story. */
const DEMONSTRATIVE = /^(이|그|저|해당|같은|동|본)$/;
export const INSTITUTION =
  /^(회사|업체|기업|은행|당|정당|단체|기관|학교|대학|병원|재단|협회|구단|팀|매체|부처|모임|조합|노조|가게|식당|매장|법인|공장|마을|센터|시설|지역|학과|연구소|연구원)$/;
/** Two-syllable nouns that, with 은/는/이/가, are a topic and not a given name (`정부는`, `국회는`). */
const NOT_GIVEN_NAME = /^.(부|회|민|사|찰|원|교|체|업|조|당|학)$/;

/**
 * `정다은 더불어민주당 대변인`: a three-syllable name ending in 은/는/이/가, right before affiliations and a
 * title, is the name, not a topic of its own (a real topic would read `정다은은`).
 */
function nameBeforeTitle(raw: string, parts: string[]): boolean {
  if (!/^[가-힣]{3}$/.test(raw) || !KOREAN_SURNAME.test(raw) || !/[은는이가]$/.test(raw)) return false;
  if (NOT_GIVEN_NAME.test(raw.slice(0, 2)) || parts.length > 3) return false;
  const title = parts[parts.length - 1];
  // `모하은 양`: a girl or boy by name and 양 / 군.
  if (parts.length === 1 && /^[군양]$/.test(title)) return true;
  return ROLE.test(title) && !INSTITUTION.test(title);
}

/**
 * `카를 베른트`: a foreign given name that ends like an object (X를) right before a family name that is not
 * Korean-shaped. A one-syllable object straight before a subject (`그를`, `차를`) never reads that way.
 */
function foreignGivenName(raw: string, parts: string[]): boolean {
  return (
    parts.length === 1 &&
    /^[가-힣]를$/.test(raw) &&
    !/^[그나너이저날널뭘]/.test(raw) &&
    /^[가-힣]{2,5}$/.test(parts[0]) &&
    !(parts[0].length <= 3 && KOREAN_SURNAME.test(parts[0])) &&
    !ROLE.test(parts[0])
  );
}

/**
 * A verb right after its argument, not a word of a name: after `…로` (as) a word ending in ㄴ
 * (`사측 대표로 나온 박철수 대표`); after an object `…을/를` a connective (`원심을 깨고 재판부는`).
 */
function verbAfterAs(toks: string[], k: number): boolean {
  if (k === 0) return false;
  const tok = stripPunct(toks[k]);
  const prev = stripPunct(toks[k - 1]);
  if (ROLE.test(tok)) return false;
  if (/[가-힣]로$/.test(prev) && final(tok.slice(-1)) === 4) return true;
  if (!/[가-힣][을를]$/.test(prev)) return false;
  // `연구팀을 이끈 엄소율 교수`: after an object, a word ending in ㄴ is a verb's adnominal form.
  return /[가-힣](고|며|해|서|자|니|면|아|어|여|워|와)$/.test(tok) || final(tok.slice(-1)) === 4;
}

/** The noun phrase that ends a segment (`… 학부모 진소영(38) 씨`, `… 한 외교 소식통`), or null. */
export function lastPhrase(segment: string): string | null {
  const toks = tokens(segment);
  const last = stripPunct(toks[toks.length - 1] ?? '');
  if (!last || !nounish(last)) return null;
  return phraseEndingAt(toks, toks.length - 1, last);
}

function phraseLengthAt(toks: string[], i: number): number {
  let n = 1;
  for (let k = i - 1; k >= 0 && n < 8 && nounish(toks[k]); k--) n++;
  return n;
}

function makeSubject(text: string, topic: boolean): Subject {
  return { text, topic, pronoun: PRONOUNS.has(text) };
}

/** Clauses that make a 이/가 subject belong to an embedded event, not to the quote (`X가 …한 데 대해 “…”`). */
const EMBEDDING =
  /(데\s*대해|되면서|되며|것에\s*대해|데\s*대해서|묻자|물어보자|질문하자|질문에|요청에|지적에|지적하자|주장에|발언에|비판에|자|면|니까|는데|은데|때|뒤|후|경우|가운데|속에서|상황에서)\s*$/;

/** A token that closes a clause (`지시했고,`, `했으나,`): the quote's own clause starts after it. */
function closesClause(raw: string): boolean {
  return (
    /[가-힣](고|며|나|만|데|자|서|면|니|지|해|돼|으며|는데),$/.test(raw) ||
    FINISHED_CLAUSE.test(stripPunct(raw))
  );
}

/** A clause finished by a past or future verb and a connective (`말했고`, `밝혔으며`, `했지만`). */
const FINISHED_CLAUSE = /(았|었|였|했|혔|켰|겠)(고|으며|지만|는데|으나|고는)$/;

interface Candidate {
  index: number;
  stem: string;
  topic: boolean;
}

/**
 * The subject of a quote from the sentence text before it (masked). Within the clause holding the quote, the
 * leftmost topic wins (a later `…는` is usually contrastive: `조 씨는 열차는 “…”`); else the nearest 이/가
 * subject not inside an embedded clause; else a topic from an earlier clause of the sentence.
 */
export function subjectBefore(segment: string, reported = false): Subject | null {
  // `…통과시켰다(표결 직전 탁 의장은 “…”며 …)`: a quote inside a bracketed aside has its subject there.
  const aside = segment.lastIndexOf('(');
  if (aside >= 0 && !segment.includes(')', aside) && segment.length - aside > 6)
    segment = segment.slice(aside + 1);
  const toks = tokens(segment);
  let clauseStart = 0;
  for (let i = 0; i < toks.length - 1; i++) if (closesClause(toks[i])) clauseStart = i + 1;
  const found: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = subjectWord(toks[i], () => phraseLengthAt(toks, i), toks[i - 1], i === toks.length - 1);
    if (!w) continue;
    const stem = stripPunct(w.stem);
    if (!stem || !/[\p{L}]/u.test(stem)) continue;
    if (!w.topic && EMBEDDING.test(toks.slice(i + 1).join(' '))) continue;
    found.push({ index: i, stem, topic: w.topic });
  }
  const inClause = found.filter((c) => c.index >= clauseStart);
  const lastSubject = inClause[inClause.length - 1];
  // `경찰은 A씨가 “…”고 진술했다고 밝혔다`: the quote is A씨's, reported by the topic.
  const reportedSubject = reported ? [...inClause].reverse().find((c) => !c.topic) : undefined;
  // `위원회를 이끄는 옥재훈 군의원은`: a verb's 는 reads like a topic; a later topic that can speak is the one.
  const firstTopic = inClause.find((c) => c.topic);
  const speakingTopic =
    firstTopic && !speakerLike(firstTopic.stem) && ADNOMINAL.test(stripPunct(toks[firstTopic.index]))
      ? inClause.find((c) => c.topic && c.index > firstTopic.index && speakerLike(c.stem))
      : undefined;
  if (!reportedSubject && firstTopic && speakingTopic) {
    const words = phraseEndingAt(toks, speakingTopic.index, speakingTopic.stem, firstTopic.index + 1);
    return makeSubject(words, true);
  }
  const pick =
    reportedSubject ??
    firstTopic ??
    (lastSubject && speakerLike(lastSubject.stem) ? lastSubject : undefined) ??
    // `박 차관이 대책이 필요하다고`: the subject that can speak, not the thing in the reported clause.
    [...inClause].reverse().find((c) => speakerLike(c.stem)) ??
    found.find((c) => c.topic) ??
    lastSubject ??
    found[found.length - 1];
  if (!pick) return null;
  return makeSubject(phraseEndingAt(toks, pick.index, pick.stem, 0), pick.topic);
}

/**
 * `스카우트들이 평가가 나뉜다고 소개했다`: a 이/가 subject followed by a second one before an indirect-speech
 * ending (`…다고`) sits inside the reported clause (a double nominative); the sentence's speaker is left out.
 */
export function embeddedSubject(sentence: string, subj: Subject): boolean {
  // Only a group (`…들이`): `박 장관이 대책이 필요하다고 말했다` has its speaker as the first subject.
  if (subj.topic || !/들$/.test(subj.text)) return false;
  const toks = tokens(sentence);
  const head = subj.text.split(' ').pop() ?? '';
  const at = toks.findIndex((t) => stripPunct(t).startsWith(head));
  if (at < 0) return false;
  let second = false;
  for (let k = at + 1; k < toks.length; k++) {
    const t = stripPunct(toks[k]);
    // Any noun with 이/가 counts here (`평가가` too, which subjectWord refuses as a speaker).
    if ((subjectWord(toks[k])?.topic === false || /[가-힣][이가]$/.test(t)) && !I_ADVERBS.has(t))
      second = true;
    if (second && /(다|라|냐|자)고$/.test(stripPunct(toks[k]))) return true;
  }
  return false;
}

/** Speech verbs in their adnominal form: `“…”고 말한 김 씨는`, `“…”고 지적한 윤희숙 의원을`. */
const SPEECH_ADNOMINAL =
  /^(말한|말했던|밝힌|밝혔던|강조한|주장한|지적한|언급한|설명한|전한|덧붙인|답한|비판한|반박한|토로한|호소한|중얼거리던|중얼거린|외친|외치던|적은|쓴|남긴|고백한|털어놓은|털어논|말하던|하던|한|했던|평가한|경고한|발언한|제안한|촉구한|요구한|약속한|다짐한|예고한|시사한|묻던|물은|질문한|말하는|밝히는|강조하는|주장하는|설명하는|전하는|호소하는|토로하는|외치는|묻는|하는)$/;

/** `“…”라고 김 장관은 말했다`: a subject right after the quote's attribution, close to the verb. */
export function subjectAfter(segment: string): Subject | null {
  const toks = tokens(segment);
  // When the segment starts glued to the quote (`\uE000라고 …`), the first token is the attribution.
  const start = /^\S/.test(segment) ? 1 : 0;
  if (start >= toks.length) return null;
  if (SPEECH_ADNOMINAL.test(stripPunct(toks[start]))) {
    // `“…”고 지적한 국민의힘 윤희숙 의원을 향해`: the phrase after the verb is the speaker, whatever its case.
    const parts: string[] = [];
    // `“…”고 밝힌 만큼`, `밝힌 바 있다`: a bound noun, not a person.
    if (
      /^(만큼|바|것|뒤|후|데|때문|정도|가운데|채|이후|직후|다음|이래|뒤로|셈|터)/.test(
        stripPunct(toks[start + 1] ?? ''),
      )
    )
      return null;
    for (let k = start + 1; k < toks.length && parts.length < 7; k++) {
      const w = subjectWord(toks[k]);
      const clean = stripPunct(toks[k]);
      const m = /^(.+?)(은|는|이|가|을|를|의|에게|도)$/.exec(clean);
      if (w) {
        parts.push(w.stem);
        // `“…”고 한 외교 소식통이 전했다`: here 한 is `one`, and the subject ends the sentence with its verb.
        if (stripPunct(toks[start]) === '한' && toks.length - k - 1 <= 2) parts.unshift('한');
        break;
      }
      if (nounish(toks[k])) {
        parts.push(clean);
        continue;
      }
      if (m && parts.length >= 0) parts.push(m[1]);
      break;
    }
    const text = tidy(parts.join(' '));
    return text ? makeSubject(text, true) : null;
  }
  for (let i = start; i < toks.length && i <= start + 5; i++) {
    const w = subjectWord(toks[i], i - start + 1);
    if (!w) {
      if (!nounish(toks[i])) return null;
      continue;
    }
    if (toks.length - i - 1 > 3) return null;
    return makeSubject(phraseEndingAt(toks, i, stripPunct(w.stem), start), w.topic);
  }
  return null;
}

function isHangulName(tok: string): boolean {
  return /^[가-힣]{2,4}$/.test(tok);
}

/** Strip a trailing particle from a word found in running text (`대표를` → `대표`). */
function bare(tok: string): string {
  // `대표의원(원내대표)은`: the bracketed gloss is not part of the title.
  const t = stripPunct(tok).replace(/\([^)]*\)(?=[가-힣]{0,2}$)/, '');
  const w = subjectWord(t, 2);
  if (w) return w.stem;
  const m = /^(.+?)(을|를|의|에게|에서|와|과|께|에|로|으로|이라는|라는)$/.exec(t);
  if (m && m[1].length >= 2) return m[1];
  return t;
}

/** Does mention token `m` stand for full-form token `f`? */
function tokenMatch(m: string, f: string, first: boolean, last: boolean): boolean {
  if (m === f) return true;
  if (first && (/^[가-힣]$/.test(m) || COMPOUND_SURNAME.test(m)))
    return isHangulName(f) && f.startsWith(m) && f.length > m.length;
  if (last && m.length >= 2 && f.endsWith(m)) return true; // 차장 ⊂ 3차장, 총리 ⊂ 국무총리
  return false;
}

/** Two-syllable surnames: `황보 교수` is 황보선 교수, `제갈 연구원` 제갈민 연구원. */
const COMPOUND_SURNAME = new RegExp(`^(?:${COMPOUND_SURNAMES})$`);

/** Are the mention's words found in the full form, in order? */
function extends_(mention: string[], full: string[]): boolean {
  let j = 0;
  for (let i = 0; i < mention.length; i++) {
    while (j < full.length && !tokenMatch(mention[i], full[j], i === 0, i === mention.length - 1)) j++;
    if (j >= full.length) return false;
    j++;
  }
  return true;
}

/** Up to three words before position `i` that belong to the same noun phrase (`논설위원 조 씨`). */
function leadingWords(toks: string[], i: number): string[] {
  const pre: string[] = [];
  for (let k = i - 1; k >= 0 && pre.length < 3; k--) {
    const w = stripPunct(toks[k]);
    if (!nounish(toks[k]) || verbAfterAs(toks, k) || /\d/.test(w) || (PHRASE_GLUE.has(w) && w !== '겸'))
      break;
    // Quoted words are a nickname or a work (`‘특급 기대주’ 손제이`), and `…인` a copula: not the name.
    if (/[‘’'"“”\uE000]/.test(toks[k]) || (w.endsWith('인') && !ROLE.test(w))) break;
    // A one-syllable word here is a bound noun or particle (`…라는 게 김 교수`), not a title.
    if (/^[가-힣]$/.test(w) && !PHRASE_GLUE.has(w)) break;
    pre.unshift(w);
  }
  while (pre.length && pre[0] === '겸') pre.shift();
  // The full mention is these words and the name after them, so a pointer word alone may go too.
  return dropPointer([...pre, ''], toks[i - pre.length - 1]).slice(0, -1);
}

/** A story sentence, not a deck line, a sub-heading or a photo caption. */
export function isProse(p: string): boolean {
  const t = p.trim();
  if (/^[▲△▶▷■□◆◇●○※☞]/.test(t) || /^\[?사진/.test(t)) return false;
  if (/(사진|제공|자료사진|캡처|뉴스1|연합뉴스|뉴시스)\s*[\])]?$/.test(t)) return false;
  return /[.?!…]["”’')\]]*$|다$/.test(t);
}

interface TextIndex {
  paragraphs: { toks: string[]; bares: string[]; prose: boolean }[];
  /** `한국철도공사(이하 코레일)`: 코레일 → 한국철도공사. */
  aliases: Map<string, string>;
  /** Where each bare word occurs, and each 2–3 syllable word by its first syllable (a surname). */
  byWord: Map<string, [number, number][]>;
  bySurname: Map<string, [number, number][]>;
}

const HANGUL_2_3 = /^[가-힣]{2,3}$/;
const HANGUL_4 = /^[가-힣]{4}$/;

/**
 * The story's paragraphs as the speaker resolver reads them; the word index is built on first use and kept on
 * this value, which the quote finder makes anew for every call (no state outlives a call).
 */
export interface SpeakerText {
  readonly paragraphs: string[];
  index?: TextIndex;
}

/** Words of the text with their particles stripped, computed once per text (resolving runs per mention). */
function indexOf(text: SpeakerText): TextIndex {
  text.index ??= buildIndex(text.paragraphs);
  return text.index;
}

function buildIndex(paragraphs: string[]): TextIndex {
  const aliases = new Map<string, string>();
  // Words recur all through a story: strip each distinct word's particle once.
  const bares = new Map<string, string>();
  const bareOnce = (tok: string): string => {
    let b = bares.get(tok);
    if (b === undefined) {
      b = bare(tok);
      bares.set(tok, b);
    }
    return b;
  };
  const paras = paragraphs.map((p) => {
    if (p.includes('이하'))
      for (const m of p.matchAll(/([^\s(]+)\(이하\s*([^)]+)\)/g)) aliases.set(m[2].trim(), bare(m[1]));
    // Quote marks glue to their words so a quoted word never joins a name phrase; a gloss of several words
    // (`의원(무소속·전남 순천)은`) goes, so the name and its particle stay one phrase.
    const toks = tokens(p.replace(/\(([^()]*\s[^()]*)\)/g, '').replace(/[“”"]/g, '\uE000'));
    return { toks, bares: toks.map(bareOnce), prose: isProse(p) };
  });
  // Story sentences first: a deck line (`한국 골프 기대주 손제이`) or a photo caption (`왼쪽부터 이춘희
  // 세종시장`) names people in headline style, not the way the story introduces them.
  const ordered = [...paras.filter((p) => p.prose), ...paras.filter((p) => !p.prose)];
  const byWord = new Map<string, [number, number][]>();
  const bySurname = new Map<string, [number, number][]>();
  const add = (map: Map<string, [number, number][]>, key: string, at: [number, number]) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  ordered.forEach(({ bares: words }, pi) => {
    words.forEach((b, i) => {
      const at: [number, number] = [pi, i]; // read only: both lists share it
      add(byWord, b, at);
      if (HANGUL_2_3.test(b)) add(bySurname, b[0], at);
      else if (HANGUL_4.test(b) && COMPOUND_SURNAME.test(b.slice(0, 2))) add(bySurname, b[0], at);
    });
  });
  return { paragraphs: ordered, aliases, byWord, bySurname };
}

const ORGANISATION =
  /(기구|위원회|협회|재단|연구원|연구소|공단|공사|은행|그룹|전자|정부|당국|대학교|대학|병원|법원|소속사|구단|단체|노조)$/;

/** Words before a bare name that belong to it: roles (`가수 겸 배우`), an organisation, given names. */
function titleWords(toks: string[], i: number, head: string): string[] {
  const pre: string[] = [];
  const foreign = !KOREAN_SURNAME.test(head) || head.length > 3;
  for (let k = i - 1; k >= 0 && pre.length < 3; k--) {
    const w = stripPunct(toks[k]);
    if (!nounish(toks[k]) || verbAfterAs(toks, k) || /\d/.test(w) || /[‘’'"“”\uE000]/.test(toks[k])) break;
    // A given name (`최고경영자 일론 머스크`) only with a role before it: `이슈공감 엘제이` is a column title.
    const before = k > 0 ? stripPunct(toks[k - 1]) : '';
    const givenName =
      foreign &&
      pre.length === 0 &&
      /^([가-힣]{2,4}|[A-Z][A-Za-z.]*)$/.test(w) &&
      !ROLE.test(w) &&
      (ROLE.test(before) || ORGANISATION.test(before) || /^\d+(살|세)$/.test(before));
    // Once a role word is in (`투수 임찬규`), plain nouns before it are the affiliation (`LG 트윈스 투수`).
    const affiliation = pre.some((x) => ROLE.test(x)) && /^[가-힣A-Za-z]{2,}$/.test(w) && !STOP_WORDS.has(w);
    if (
      !(
        w === '겸' ||
        // `한빛전자 전 재무이사`: former or current, before the title already taken.
        ((w === '전' || w === '현') && pre.length > 0) ||
        ROLE.test(w) ||
        ORGANISATION.test(w) ||
        givenName ||
        affiliation ||
        (foreign && /^[A-Z]$/.test(w))
      )
    )
      break;
    pre.unshift(w);
  }
  while (pre.length && pre[0] === '겸') pre.shift();
  return pre;
}

/** Two speakers joined by 와/과 (`윤 대통령과 리시 수낵 영국 총리`), each resolved; null for one speaker. */
function resolveJoined(mention: string, known: string[], text: SpeakerText): string | null {
  const join = /^(.+?)(와|과) (.+)$/.exec(mention);
  if (!join || !joinWord(`${join[1]}${join[2]}`)) return null;
  const a = resolveSpeaker(join[1], known, text);
  const b = resolveSpeaker(join[3], known, text);
  const particle = final(a.slice(-1)) > 0 ? '과' : '와';
  return `${a}${particle} ${b}`;
}

/**
 * `김씨`, `김 씨` after `택시 기사 김모(61)씨`: surname + 씨 is the person named with that surname + 씨, a
 * speaker already or the first `정유라씨` / `김모(61) 씨` in the story sentences. Null when none is.
 */
function resolveSsi(mention: string, known: string[], text: SpeakerText): string | null {
  // `A씨` after `A(34)씨를 입건했다`: a suspect the story names by a letter is a surname too.
  const ssi = /^([가-힣A-Z])\s?씨$/.exec(mention);
  if (!ssi) return null;
  const full = known.find((k) => {
    const last = k.split(' ').slice(-2).join(' ');
    return new RegExp(`(?:^|\\s)${ssi[1]}[가-힣○]{0,2}(?:\\(\\d+\\))?\\s?씨$`).test(last);
  });
  if (full) return full;
  // A Korean surname needs its given name (`김모`, `정유라`); a letter stands alone (`A(34)씨`).
  const given = /[A-Z]/.test(ssi[1]) ? '' : '[가-힣○]{1,2}';
  const re = new RegExp(`(?:^|[\\s(])(${ssi[1]}${given}(?:\\(\\d+\\))?\\s?씨)`);
  for (const para of text.paragraphs) {
    const m = isProse(para) ? re.exec(para) : null;
    // `A씨` itself is no fuller form of `A씨`: only one with its age (`A(34)씨`) is.
    if (m && m[1].replace(/\s/g, '') !== mention.replace(/\s/g, '')) return resolveSpeaker(m[1], known, text);
  }
  return null;
}

/** 1. A speaker already named in full that extends the mention (`왕 차장` → `왕윤종 국가안보실 3차장`). */
/** `김 감독과 이 선수`: two people joined by 와/과 after a title (not `행정학과 교수`, an office). */
function twoSubjects(full: string): boolean {
  const joined = /^(.+?)(와|과) (.+)$/.exec(full);
  return !!joined && joinWord(`${joined[1]}${joined[2]}`);
}

function knownFullForm(mention: string, parts: string[], known: string[]): string | null {
  const lastWord = parts[parts.length - 1];
  for (const full of known) {
    // Cheap test first: a long story can name hundreds of speakers.
    if (full.length <= mention.length || !full.includes(lastWord) || !full.includes(parts[0])) continue;
    // `김 감독과 이 선수` names two people: `이 선수` alone is only one of them.
    if (twoSubjects(full)) continue;
    const fp = full.split(' ');
    const lastOk = tokenMatch(parts[parts.length - 1], fp[fp.length - 1], parts.length === 1, true);
    if (fp.length > parts.length && lastOk && extends_(parts, fp)) return full;
    // `협의회` after `한국소비자단체협의회`: the organisation's short name.
    if (fp.length === 1 && parts.length === 1 && ROLE.test(mention) && full.endsWith(mention)) return full;
  }
  return null;
}

const CASE_PARTICLE = /^(?:은|는|이|가|을|를|도|와|과|에|에서|로|으로|만)$/;

/** The words from word `i` of a paragraph up to one matching the mention's last word, or null. */
function phraseFrom(toks: string[], bares: string[], i: number, parts: string[]): string[] | null {
  const out = [bares[i]];
  let k = i;
  if (parts.length === 1) return out;
  while (k + 1 < toks.length && out.length < 7) {
    const cleanPrev = stripPunct(toks[k]);
    // A particle closed the phrase (on the mention's first word too: `누리당은 즉각 맞섰다. 누리당 …`, though
    // an age is no particle there: `안솔(17) 양`), or the sentence ended.
    if (k > i ? bares[k] !== cleanPrev : CASE_PARTICLE.test(cleanPrev.slice(bares[k].length))) break;
    if (/[.!?]['"’”]*$/.test(toks[k])) break;
    k++;
    if (!/[\p{L}\p{N}]/u.test(toks[k])) break; // `/`, `-`, a quote mark
    out.push(bares[k]);
    if (extends_(parts, out) && tokenMatch(parts[parts.length - 1], out[out.length - 1], false, true))
      return out;
  }
  return null;
}

/** 2. The first mention of the same person anywhere in the text (`모스카 교수` → `파비오 모스카 교수`). */
function firstFullMention(mention: string, parts: string[], index: TextIndex): string | null {
  const head = parts[0];
  const surnameOnly = (/^[가-힣]$/.test(head) || COMPOUND_SURNAME.test(head)) && parts.length >= 2;
  // Only the places where the name can start are visited (long texts name hundreds of people).
  const starts = (surnameOnly ? index.bySurname.get(head[0]) : index.byWord.get(head)) ?? [];
  for (const [pi, i] of starts) {
    const { toks, bares } = index.paragraphs[pi];
    const name = bares[i];
    if (
      surnameOnly &&
      (name === head || !name.startsWith(head) || !nounish(toks[i].replace(/[은는이가을를의도]$/, '')))
    )
      continue;
    const out = phraseFrom(toks, bares, i, parts);
    if (!out) continue;
    // The age stays with the name (`사공만수(71) 씨`), as where the speaker is named in full.
    const age = /^\(\d{1,3}\)/.exec(stripPunct(toks[i]).slice(name.length));
    if (age && out.length > 1) out[0] = `${name}${age[0]}`;
    // Title words or given names in front (`배우 장근석`, `J D 밴스 미국 부통령`, `국민의힘 윤희숙 의원`).
    // A bare name takes only role words, an organisation or given names (`이슈공감 엘제이` is a column).
    const pre = parts.length === 1 ? titleWords(toks, i, head) : leadingWords(toks, i);
    const fullForm = [...pre, ...out].join(' ');
    return fullForm.split(' ').length >= parts.length ? fullForm : mention;
  }
  return null;
}

/** The words of the text shaped like a full name of surname `head` (one or two syllables after it), in order. */
function* namesOf(head: string, index: TextIndex) {
  for (const [pi, i] of index.bySurname.get(head[0] as string) ?? []) {
    const { toks, bares } = index.paragraphs[pi];
    const word = bares[i];
    if (word.startsWith(head) && word.length > head.length && word.length <= head.length + 2)
      yield { toks, bares, i, word };
  }
}

/**
 * A surname standing alone before a title (`황보 작가`, `강 씨`), and no other word: `이 작가` is `this writer`
 * and `한 작가` `a writer` too.
 */
function plainSurname(head: string): boolean {
  const surname =
    head.length === 1 ? KOREAN_SURNAME.test(head) : head.length === 2 && COMPOUND_SURNAME.test(head);
  return surname && head !== '이' && head !== '한';
}

/** A title word for a person before a name (`소설가`, `시인`, `영화감독`, `이장`). */
const PERSON_NOUN_BEFORE =
  /(?:[가-힣]{1,3}가|자|사|수|원|장|관|감독|배우|가수|위원|교수|의원|대표|기자|(?:시|문|연예|방송|경제|체육|기업|법조|언론|정치|예술|영화|음악|종교)인)$/;

/**
 * 2b. `황보 작가` after `소설가 황보서진`: the one person of that surname the text names, under another title.
 * Only a full name with a title before or after it counts, and only when no other name has the surname.
 */
function soleSurnameHolder(head: string, index: TextIndex): string | null {
  if (!plainSurname(head)) return null;
  let name: string | null = null;
  let form: string | null = null;
  for (const { toks, bares, i, word } of namesOf(head, index)) {
    // Any other word of that shape may be another person of the surname: then nobody is guessed.
    if (name !== null && word !== name) return null;
    name = word;
    if (form) continue;
    const prev = i > 0 ? stripPunct(toks[i - 1]) : '';
    // `시인 제갈수련`: a title ending in 인 is no copula here.
    const pre = leadingWords(toks, i);
    if (!pre.length && nounish(toks[i - 1] ?? '') && PERSON_NOUN_BEFORE.test(prev)) pre.push(prev);
    const titled =
      (i + 1 < bares.length && ROLE.test(bares[i + 1])) ||
      (pre.length > 0 && PERSON_NOUN_BEFORE.test(pre[pre.length - 1]));
    if (titled) form = [...pre, word].join(' ');
  }
  return form;
}

/**
 * 3. `이 관계자`, `해당 당국자`: `this official` is the latest speaker named with that role. With a personal title
 * (`이 교수`) `이` is `this` only once no first mention of a 이 with that title was found (resolveSpeaker looks first).
 */
function demonstrativeSpeaker(mention: string, known: string[]): string | null {
  const demonstrative = /^(이|그|해당|같은|이들) (\S+)$/.exec(mention);
  if (!demonstrative) return null;
  const role = demonstrative[2];
  const match = [...known]
    .reverse()
    .find((k) => k !== mention && !twoSubjects(k) && k.split(' ').pop()?.endsWith(role));
  return match ?? null;
}

/**
 * `강 씨`, `김 의원` when the text names two people of that surname with that title (`강봉수(63) 씨` and
 * `강미숙(58) 씨`, `김도윤 가람당 의원` and `김하린 누리당 의원`): which one is meant is not for us to guess.
 */
export function ambiguousSurname(raw: string, text: SpeakerText): boolean {
  const m = /^([가-힣]{1,2}) ?([가-힣]+)$/.exec(tidy(raw));
  if (!m) return false;
  const head = m[1] as string;
  const title = m[2] as string;
  if (!plainSurname(head) || !ROLE.test(title)) return false;
  const names = new Set<string>();
  for (const { bares, i, word } of namesOf(head, indexOf(text))) {
    // The title within the next three words: `김도윤 가람당 의원`, `강봉수(63) 씨`.
    if (bares.slice(i + 1, i + 4).some((w) => w.endsWith(title))) names.add(word);
    if (names.size > 1) return true;
  }
  return false;
}

/**
 * The full form of a speaker mention: itself when already full; for `왕 차장` / `모스카 교수` / `장근석`, the
 * first mention in the text that extends it (`왕윤종 국가안보실 3차장`, `파비오 모스카 교수`, `배우 장근석`).
 */
export function resolveSpeaker(raw: string, known: string[], text: SpeakerText): string {
  const mention = tidy(raw);
  if (!mention) return mention;
  if (known.includes(mention)) return mention;
  const joined = resolveJoined(mention, known, text);
  if (joined !== null) return joined;
  const ssi = resolveSsi(mention, known, text);
  if (ssi !== null) return ssi;
  // `한국철도공사(이하 코레일)`: the short name stands for the full one.
  const index = indexOf(text);
  const alias = index.aliases.get(mention);
  if (alias) return alias;
  const parts = mention.split(' ');
  return (
    knownFullForm(mention, parts, known) ??
    firstFullMention(mention, parts, index) ??
    (parts.length === 2 && ROLE.test(parts[1]) ? soleSurnameHolder(parts[0], index) : null) ??
    demonstrativeSpeaker(mention, known) ??
    mention
  );
}
