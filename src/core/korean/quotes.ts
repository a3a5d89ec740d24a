/**
 * Direct quotations in Korean news text, with their speakers, and the few key quotes for the popup.
 *
 * Steps (findQuotes):
 *  1. In each paragraph, find double-quoted spans (curly “…” or straight "…"); single quotes ‘…’ mark names,
 *     titles and emphasis in Korean news, never speech, so they are ignored (and masked for the grammar).
 *  2. Keep a span as a quote when the grammar around it says speech: an attribution ending after it
 *     (`…”라고 말했다`, `…”고`, `…”라며`, `…”며`, `…”면서`), a list of reactions (`“…”, “…” 등`), a paragraph
 *     that is the quote alone (TV scripts, lead quotes), or a sentence-like text. A short quoted noun phrase
 *     used as a name (`“서울 선언”이라는`, `“배후”로`) or a quoted label (`“…”라는 문구`) is not a quote.
 *  3. The speaker: the subject (topic `은/는`, subject `이/가`, `도`) before the quote in its sentence, else
 *     one after it (`“…”라고 김 장관은 말했다`), else a pronoun or no subject → the speaker carried over from
 *     the previous quote or topic; TV lines (`[이름/직함 : "…"]`, `<인터뷰> 이름 / 직업`) name it directly.
 *  4. Shortened mentions (`왕 차장`, `이 후보`, `모스카 교수`) resolve to the first full form found in the text.
 *
 * Who counts as a speaker (a wrong name is worse than none, so when in doubt the speaker is null):
 *  - whoever the sentence makes the subject of its verb of saying, as the text words it, including an
 *    anonymous description the text names as the speaker (`한 업계 관계자`, `한 시민`, `가게 주인`);
 *  - a bare kind of institution (`회사`, `이 업체`, `회사 측`) or a statement (`성명은`, `입장문은`) speaks for
 *    the organisation the story named last, and for no one when it named none;
 *  - nobody for an unnamed voice (`“…”는 목소리가 나온다`, `“…”는 글이 올라왔다`), a saying
 *    (`어느 철학자의 말처럼`, `“…”라는 말이 있다`, `옛말에`, `…라고들 한다`) or words written on something;
 *  - pointer words are not part of a name (`이 회사 박철수 대표` → `박철수 대표`); a cited source speaks
 *    (`…을 인용해 “…”`).
 * test/suite/quotes.jsonl holds sentences written from these rules; scripts/suite-quotes.mjs scores them.
 *
 * All of this is hand-written: no library does Korean quote attribution.
 */

import type { Quote } from '../types';
import {
  ambiguousSurname,
  embeddedSubject,
  GENERIC_ORG,
  isMeasure,
  isProse,
  lastPhrase,
  namedInstitutions,
  orgName,
  personLike,
  resolveSpeaker,
  type SpeakerText,
  type Subject,
  speakerLike,
  subjectAfter,
  subjectBefore,
  withoutModifier,
} from './speaker';

export { pickKeyQuotes } from './key-quotes';

interface Span {
  start: number; // index of the opening mark
  end: number; // index just after the closing mark
  text: string;
}

const OPEN = '“"「';
/** Any mark `quoteSpans` acts on: an opening one, or ” (which may open a reversed pair). */
const MARK = /[“"「”]/g;

/** Double-quoted spans of a paragraph, in order. Curly quotes may be closed by a straight one (typos happen). */
export function quoteSpans(p: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  // The end of a quote opened in an earlier paragraph: a closing ” before any opening “.
  const firstClose = p.indexOf('”');
  const firstOpen = p.indexOf('“');
  if (firstClose > 0 && (firstOpen < 0 || firstClose < firstOpen) && p[0] !== '”') {
    spans.push({ start: 0, end: firstClose + 1, text: p.slice(0, firstClose).trim() });
    i = firstClose + 1;
  }
  while (i < p.length) {
    const c = p[i];
    // Reversed marks (`”큰일 났다“고`): an opening ” after a space, closed by “ right before an attribution.
    if (c === '”' && (i === 0 || /\s/.test(p[i - 1]))) {
      const k = p.indexOf('“', i + 1);
      if (k > 0 && /^(?:이)?(?:라고|고|라며|며|라면서|면서)/.test(p.slice(k + 1))) {
        spans.push({ start: i, end: k + 1, text: p.slice(i + 1, k).trim() });
        i = k + 1;
        continue;
      }
    }
    if (!OPEN.includes(c)) {
      // Nothing happens until the next mark: jump to it.
      MARK.lastIndex = i + 1;
      i = MARK.test(p) ? MARK.lastIndex - 1 : p.length;
      continue;
    }
    let j: number;
    if (c === '「') {
      // Corner brackets, used for speech by some outlets, close only with their own mark.
      j = p.indexOf('」', i + 1);
    } else if (c === '“') {
      // Its own ” when that comes before the next “ with any straight quotes inside paired
      // (`“대통령이 "괜찮다"고 했다”`); else a straight one, since pages mix the kinds (`“A-Yo"를`).
      const curly = p.indexOf('”', i + 1);
      const nextOpen = p.indexOf('“', i + 1);
      const straight = p.indexOf('"', i + 1);
      const inner = curly >= 0 ? (p.slice(i + 1, curly).match(/"/g) ?? []).length : 0;
      if (curly >= 0 && (nextOpen < 0 || curly < nextOpen) && inner % 2 === 0) j = curly;
      else if (straight >= 0 && (curly < 0 || straight < curly || inner % 2 === 1)) j = straight;
      else j = curly;
    } else {
      j = p.indexOf('"', i + 1);
    }
    if (j < 0) {
      // Unclosed: a quote running to the end of the paragraph (multi-paragraph quotes leave it open).
      const text = p.slice(i + 1).trim();
      if (text.length > 0) spans.push({ start: i, end: p.length, text });
      break;
    }
    spans.push({ start: i, end: j + 1, text: p.slice(i + 1, j).trim() });
    i = j + 1;
  }
  return withSingleSpeech(p, spans);
}

/**
 * `‘…’고 연구원은 내다봤다`, `『…』고 밝혔다`: single quotes and book brackets mark names, titles and terms, but a
 * sentence in them followed by 고 and a verb of saying (a few words of subject between) was said all the same.
 */
const SINGLE_SPAN = /[‘'『]([^‘’'『』“”"\n]{2,200})[’'』]/g;
const SINGLE_SPEECH =
  /^(?:이)?라?고\s+(?:[^\s.“”"]+\s+){0,5}?(?:(?:말|밝|강조|지적|토로|전|귀띔|일축|반박|호소|당부|설명|답|주장|언급|전망|예상|역설|촉구|요청|발표|공지|경고|하소연|털어놓|덧붙|꼬집|적|썼|물|내다봤|했)(?:했|혔|었|였|놨|)다|했다)/;

function withSingleSpeech(p: string, spans: Span[]): Span[] {
  if (!/[‘'『]/.test(p)) return spans;
  const found = [...spans];
  for (const m of p.matchAll(SINGLE_SPAN)) {
    const start = m.index;
    const end = start + m[0].length;
    const text = (m[1] as string).trim();
    if (spans.some((sp) => start < sp.end && end > sp.start)) continue;
    if (!SINGLE_SPEECH.test(p.slice(end, end + 60))) continue;
    if (wordCount(text) < 3 && !sentenceLike(text)) continue;
    found.push({ start, end, text });
  }
  return found.length === spans.length ? spans : found.sort((a, b) => a.start - b.start);
}

/**
 * A garbled paragraph (`박 실장은 " 박 실장은 "수출은 …"며 "…"이라고`) holds an odd number of straight marks,
 * one standing loose between spaces. Blank that one (same length, indexes still map) so the rest pair up.
 */
export function dropStrayMark(p: string): string {
  if (p.includes('“') || p.includes('”')) return p;
  const n = (p.match(/"/g) ?? []).length;
  if (n % 2 === 0) return p;
  const m = /(^|\s)"(?=\s)/.exec(p);
  if (!m) return p;
  const at = m.index + m[1].length;
  return `${p.slice(0, at)} ${p.slice(at + 1)}`;
}

/** The paragraph with quoted (double and single) contents blanked out, same length, so indexes still map. */
export function maskQuotes(p: string, spans: Span[]): string {
  // UTF-16 indexes throughout: the spans are UTF-16 indexes too.
  let masked = '';
  let at = 0;
  for (const s of spans) {
    masked += p.slice(at, s.start) + '\uE000'.repeat(s.end - s.start);
    at = s.end;
  }
  masked += p.slice(at);
  // Single-quoted names and terms are not words of the sentence's grammar either.
  return masked.replace(/[‘'][^‘’'\n]{1,60}[’']/g, (m) => '\uE001'.repeat(m.length));
}

/** What follows a quote: attribution (speech), a naming use, a list separator, or nothing. */
const SPEECH_AFTER =
  /^\s?(?:(?:이)?라(?:고|며|면서|는\s*(?:말|얘기|이야기|발언|입장|취지|주장|설명|지적|비판|반응|답|질문|호소|당부|의견|뜻|메시지|목소리|우려|평가|분석|전망|언급|말씀|글|댓글|반문|요구|경고|논리|이유))|고|며|면서|하고|하며|하면서|냐고|냐며|면서도|고도|라?고\s|[,，]\s*[“"]|(?:이)?었다|였다|(?:이)?었습니다|였습니다|\s*등의?\s*(?:반응|글|댓글|말|목소리|의견)|\s+(?:이렇게|이라고|라고))/;
const NAMING_AFTER =
  /^(?:(?:이)?라는|(?:이)?란|는\s|로|으로|을|를|이|가|은|의|에|와|과|도|만|까지|처럼|\)|\s*같은)/;
const LABEL_AFTER =
  /^(?:(?:이)?라는|는)\s*(?:문구|서명|제목|이름|명칭|표현|구호|문패|팻말|글귀|현수막|간판|로고|슬로건|타이틀)/;
/** `보고서 “인구 절벽 이후의 지방 재정”에서`: the quote names the work written before it. */
const TITLE_BEFORE =
  /(?:보고서|책|저서|신간|논문|소설|시집|영화|드라마|노래|곡|앨범|칼럼|기고문|법안|캠페인|프로그램|전시회?|연재|슬로건|구호|표어)\s*$/;
/** `이른바 “깡통전세”`: a term the quote marks, nobody's words. */
const TERM_BEFORE = /(?:이른바|소위|일명|속칭)\s*$/;
/** `“…”는 응답이 62%`: a survey's answer, nobody's words. */
const SURVEY_AFTER =
  /^(?:(?:(?:이)?라는|는)\s*응답(?:이|은|률|비율|자|도)|(?:(?:이)?라)?고\s*(?:답한|응답한|답변한)\s*(?:비율|비중|응답자\s*비율))/;
/** `“한 집 한 나무 심기” 캠페인을`: a quoted name before the noun it names, with no quotative ending. */
const NAME_OF_AFTER =
  /^\s(?:캠페인|운동|행사|사업|프로젝트|정책|구호|슬로건|표어|문구|축제|대회|공모전|챌린지|이벤트|시리즈|기획|작전|계획|전략|비전|조례|법안?|팻말|손팻말|피켓|현수막|펼침막|플래카드|깃발|머리띠|보고서|자료집|책자?|저서|논문|제하|제목|개정안|시행령|조례안|특별법)(?:[을를이가은는의에도와과]|으?로|\s|[.,]|$)/;
/**
 * `“졸속 매각 중단하라”를 연호하며`: a sentence a crowd chants is said, whatever the object particle; a slogan of
 * nouns (`“바스케스 퇴진”을 외치며`) stays a slogan.
 */
const CHANTED_AFTER = /^(?:을|를)\s*(?:연호|외치|외쳤|외친|외쳐|합창|복창|제창)/;
/** `“정권 퇴진”이라고 적힌 팻말`: words written on something. */
const WRITTEN_AFTER =
  /^(?:이)?라(?:고|는)\s*(?:적힌|쓰인|씌어진|쓰여진|새겨진|적혀\s*있|쓰여\s*있|인쇄된|표시된|새긴|적은\s*(?:팻말|현수막|피켓|종이))/;
/** `…이라고 이름 붙였다`, `…라고 불렀다`: naming. */
const NAMED_AFTER = /^(?:이)?라(?:고|며)\s*(?:이름\s*붙|명명|부르|불렀|불러|부른|칭하|칭했|지칭|규정)/;
/** A quoted title of a show, film or song (`“나 혼자 산다”에 출연한`), not something said. */
const WORK_AFTER =
  /^(?:(?:에서|에|의|을|를|로|으로|은|는|이|가|와|과)\s*(?:출연|방송|프로그램|공연|작품|영화|드라마|앨범|노래|곡|책|전시|특집|시즌|코너|편에|촬영|제작|연출|주연|개봉|발매|OST)|\s+(?:촬영|출연|개봉|발매|OST|특집|시즌\s*\d))/;

/** Text reads like an utterance: ends like a Korean sentence or has sentence punctuation inside. */
function sentenceLike(t: string): boolean {
  const s = t.replace(/[.!?…‥~\s]+$/u, '');
  if (/[.!?…]\s/.test(t) || /[!?]$/.test(t)) return true;
  // Final endings of spoken/written sentences (declarative, polite, question, exclamation, vocative).
  return /(다|요|죠|까|냐|니|네|야|군|래|걸|세|해|줘|봐)$/.test(s);
}

function wordCount(t: string): number {
  return t.split(/\s+/).filter(Boolean).length;
}

/** Decide whether a quoted span is speech. `alone` = the span is the whole paragraph (give or take a dash). */
export function isSpeech(text: string, after: string, alone: boolean): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  // `"이라고 말했다.`, `"며 "`: the marks paired wrongly and enclose an attribution tail, not speech.
  if (/^(?:이)?(?:라고|라며|라면서|고|며|면서)(?:\s|$)/.test(text)) return false;
  // A chant is a sentence too when it orders or urges (`중단하라`, `싸우자`).
  if (CHANTED_AFTER.test(after) && (sentenceLike(text) || /[라자]!?$/.test(text))) return true;
  if (LABEL_AFTER.test(after) || WORK_AFTER.test(after) || WRITTEN_AFTER.test(after)) return false;
  if (SURVEY_AFTER.test(after) || NAME_OF_AFTER.test(after)) return false;
  // `“한국형 뉴딜”이라고 이름 붙였다`, `“배신자”라고 불렀다`: a short name given, not a sentence said.
  if (NAMED_AFTER.test(after) && wordCount(text) <= 3 && !sentenceLike(text)) return false;
  if (alone) return true;
  const words = wordCount(text);
  // `“문제는 속도”라는 게 김 연구위원의 진단이다`: the sentence names whose words these are.
  if (SAYS_OF_AHEAD.test(after)) return true;
  // `“사실무근”이라는 반응이다`: a stance or reply in one word is still what was said.
  if (
    /^\s?(?:이)?라는\s*(?:반응|입장|해명|답변)(?:이다|이었다|였다|을\s*(?:보였다|내놨다|밝혔다))/.test(after)
  )
    return true;
  if (SPEECH_AFTER.test(after)) {
    // `“서울 선언”이라는 말` is still a name: a short text after 라는 needs a sentence shape to be speech.
    if (words <= 2 && !sentenceLike(text) && /^\s?(?:이)?라는/.test(after)) return false;
    return true;
  }
  if (NAMING_AFTER.test(after)) {
    // Long or sentence-shaped text used as a noun (`“…환영한다”는 입장`) is still what someone said.
    return words >= 4 || sentenceLike(text);
  }
  // Quote at the end of a sentence or followed by other text: speech if it reads like a sentence.
  return words >= 3 || sentenceLike(text);
}

/** TV script speaker labels: `<홍길동 / 회사원>`, `[인터뷰] 홍길동 / 시민`, `▶ 인터뷰 : 홍길동 / 회사원 -"…"`. */
const ANGLE_LABEL =
  /^\s*[<〈《[]\s*(?:인터뷰\s*[:：]?\s*)?([^<>〈〉《》[\]/]{1,30})\/([^<>〈〉《》[\]]{1,60})[>〉》\]]\s*(?:["“](.+?)["”]?)?\s*$/;
/** `토드 블란취 / 트럼프 변호사` alone on a line, with the sound bite in quotes on the next one. */
const PLAIN_LABEL =
  /^\s*([^\s/"“”[\]<>▶:：]+(?:\s[^\s/"“”[\]<>▶:：]+){0,3})\s?\/\s?([^/"“”.[\]<>:：]{1,40})\s*$/;
const COLON_LINE = /^\s*([^:：“”"[\]<>]{2,40}?)\s*[:：]\s*[“"]([^“”"]+)[”"]?\s*$/;
const BRACKET_LINE = /^\s*\[([^\]:："“]{2,60}?)\s*[:：]\s*["“]?(.+?)["”]?\s*\]\s*$/;
const INTERVIEW_LABEL =
  /^\s*(?:▶\s*|◀\s*|<\s*|\[\s*|〈\s*)?(?:전화\s*인터뷰|인터뷰|녹취|싱크|현장음|스탠딩|스탠드업|SYNC|INT)\s*(?:>|\]|〉|▶)?\s*[:：]?\s*([^/-]{2,40}?)\s*\/\s*([^-"“]{1,60}?)\s*(?:-\s*["“](.*?)["”]?)?\s*$/;

/**
 * Broadcast labels without a slash: `<인터뷰> 이완희(환경미화원) : "…"`, `<녹취> 강호동 : "…"`,
 * `◀INT▶ - 최민호(경남 창원시)` (speech on the next line), `<녹취> "…"` (a sound bite nobody is named for).
 */
const PAREN_LABEL =
  /^\s*(?:◀\s*|▶\s*)?[<[〈]?\s*(?:전화\s*인터뷰|인터뷰|녹취|싱크|SYNC|INT)\s*[>\]〉▶]\s*[-–:：]?\s*(?:([가-힣A-Za-z·][가-힣A-Za-z·\s]{0,18}?)\s*(?:\(([^()]{1,40})\))?\s*)?(?:[:：]\s*)?(?:["“](.+?)["”]?)?\s*$/;

function labelSpeaker(name: string): string {
  return name
    .replace(/\s*\([^)]*\)\s*$/, '') // `트렌토시 시장('jj4 포획' 기자회견)`: the occasion, not the title
    .replace(/\s*\/\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentence boundaries in a masked paragraph: [start, end) ranges. */
function sentences(masked: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const re = /[.?!]+(?=\s|$)|다\.(?=\S)/g;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < masked.length) out.push([start, masked.length]);
  return out;
}

/** A short paragraph that is only a name (with a title): a speaker label under a lead quote. */
function nameLabel(p: string | undefined): string | null {
  if (!p) return null;
  const t = p.trim();
  if (t.length > 40 || /[.!?"“”:]$/.test(t) || /(다|요)\.?$/.test(t)) return null;
  // `[인터뷰] 구민철 / 재난안전과장`, `<녹취>`: a script label introduces the line under it, not the one above.
  if (/[[\]<>〈〉◀▶/]/.test(t)) return null;
  const words = wordCount(t);
  if (words < 1 || words > 6) return null;
  if (/[은는이가을를에의]\s/.test(`${t} `) && !/^[\p{L}\p{N}()·\s]+$/u.test(t)) return null;
  // A name line is a name with its titles: it ends in a role word or is a bare name.
  return speakerLike(t) ? t : null;
}

/**
 * A headline (`윤 대통령 "경제부터 살리겠다"…野 "반대"`), e.g. a teaser link that leaked into the text: short,
 * no sentence ending outside the quotes, and no attribution after any quote. Its quotes are not the story's.
 */
function isHeadline(p: string, masked: string, spans: Span[]): boolean {
  if (p.length > 90) return false;
  const outside = masked.replace(/[\uE000\uE001]+/g, ' ').trim();
  if (/(다|요|죠|까)[.!?]?["”’]?$/.test(outside) || /[.!?]$/.test(p.trim())) return false;
  if (/(다|요)\.\s/.test(outside)) return false;
  return spans.every((sp) => !SPEECH_AFTER.test(p.slice(sp.end, sp.end + 30)));
}

/** `“…”이라는 질문에`, `“…”라는 말에 폭소하며`: the quote is put to the subject, not said by them. */
const PUT_TO = /^(?:이)?라?는\s*(?:[가-힣]{1,8}(?:의)?\s)?(?:말|질문|물음|지적|요청|얘기|부탁|농담)에/;
/** `X의 “…”라는 발언`: the quote named as X's words. */
const GENITIVE_NOUN =
  /^(?:이)?라?는\s*(?:발언|말|말씀|주장|언급|지적|메시지|글|입장|설명|답변|호소|비판|경고|약속|다짐|고백|한마디)/;

/**
 * `“…”는 목소리가 나온다`, `“…”라는 지적도 제기된다`, `“…”는 글이 올라왔다`: the quote is the subject of its own
 * clause, a voice or a text nobody in the sentence is named for.
 */
const ANON =
  /^(?:이)?라?는\s*(?:목소리|지적|비판|주장|얘기|이야기|말|우려|평가|분석|전망|불만|의견|하소연|볼멘소리|쓴소리|비아냥|원성|아우성|관측|푸념|탄식|반응|반론|글|댓글|게시글|게시물|증언|소리|성토|질타|호평|혹평|소문|해석|속담|격언|옛말|명언|냉소|자조|조롱|야유|환호|질문|물음|문의|요구|주문|불평|항의|비난|반발|뒷말)(?:이|가|도|은|들이)\s/;

/** `“…”는 평이 나온다`, `“…”라는 시각이 우세하다`: whatever the noun, a voice that arises or prevails. */
const ARISING =
  /^(?:이)?라?는\s*[가-힣]{1,4}(?:이|가|도)\s+(?:\S+\s+){0,2}?(?:나온|나왔|나오|나와|나돈|나돌|잇따|이어지|이어졌|제기|쏟아|번지|번졌|확산|우세|지배적|팽배|적지\s*않|많다|많았|높다|높았|높아|커지|커졌|일고|일었|인다)/;

/**
 * A saying, not a person of the story: `어느 철학자의 말처럼 “…”`, `옛말에 “…”`, `“…”라는 말이 있다`,
 * `“…”는 속담처럼`, `흔히 “…”이라고들 한다`.
 */
const SAYING_BEFORE =
  /(?:말처럼|말대로|말마따나|속담처럼|속담대로|속담에|격언처럼|격언대로|옛말에|옛말처럼|옛말대로|명언처럼|금언처럼|흔히)\s*$/;
const SAYING_AFTER =
  /^(?:(?:이)?라?(?:는|고)?\s*(?:속담|격언|옛말|명언|금언|경구|말)(?:처럼|대로|마따나|이\s*있|도\s*있|과\s*같이)|(?:이)?라?고들\s)/;

/** `성명은 “…”고 밝혔다`: a statement speaks for the organisation that issued it. */
const DOCUMENT =
  /^(?:(?:이|해당|같은)\s)?(?:성명|성명서|보도자료|입장문|논평|공지|공지문|결정문|담화문|사과문|해명자료|호소문|결의문|기자회견문|발표문|판결문|판결서|결정서|선언문|보고서|공소장|헌장|지침)$/;
/** `로이터통신은 한 외교 소식통을 인용해 “…”`: the source cited is the speaker. */
const CITED = /([^\uE000\uE001]+?)(?:을|를)\s+인용(?:해|하여|하며|한)\s*$/;
/** `로이터통신에 따르면 “…”고 한다`: the source the report follows, right before the quote. */
const ACCORDING = /([^\uE000\uE001]+?)에\s*따르면\s*,?\s*$/;

/** Nouns for what someone said in `“…”라는 게 X의 말이다` and `…X 씨의 말이다` (a line under a quote). */
const SAID_NOUN =
  '말|첫마디|한마디|취임\\s*일성|일성|설명|지적|분석|전언|얘기|이야기|주장|평가|전망|진단|답변|답|입장|말씀|귀띔|목소리|소개|생각|판단|관측|견해|시각|해석|조언|당부|고백|토로|회상|각오|지론|반응|하소연|푸념|호소|한탄|바람|주문|제언|항변|해명|반박|비판|우려|경고|증언|회고|소감|일침|항의|불만|요구|촉구|제안|권고|반문';

/** `“…”이라는 게 김 교수의 설명이다`, `“…” 한 업계 관계자의 말이다`: the speaker named in a closing copula. */
const SAYS_OF = new RegExp(
  `^(?:(?:이)?라는\\s*(?:게|것이|것)\\s+|는\\s*(?:게|것이)\\s+|\\s+)((?:[^\\s\uE000\uE001]+\\s){0,5}?[^\\s\uE000\uE001]+?)의\\s*(?:${SAID_NOUN})(?:이다|이었다|였다|다|입니다|이에요|예요)[.!]?\\s*$`,
);
/** The start of SAYS_OF in the text after a quote (which may be cut short): `라는 게 … 연구위원의 진단이다`. */
const SAYS_OF_AHEAD = new RegExp(
  `^(?:이)?라는\\s*(?:게|것이|것)\\s+[^\\s\uE000\uE001“”"]+(?:\\s[^\\s\uE000\uE001“”"]+){0,5}?의\\s*(?:${SAID_NOUN})(?:이다|이었다|였다|다)`,
);
/** `놀이터에서 만난 학부모 진소영(38) 씨의 말이다.`: the paragraph after a quote names who said it. */
const SAID_LINE = new RegExp(`^(.{2,60}?\\S)의\\s*(?:${SAID_NOUN})(?:이다|이었다|였다|입니다)[.!]?$`);

/** `A씨가 “…”고 진술했다고 밝혔다`: the quote's own verb is itself reported (…했다고), so its subject speaks. */
const REPORTED =
  /^(?:이)?(?:라)?고\s+(?:(?:\S+\s+)?\S*(?:했|었|였|렸|혔|쳤|냈|왔|줬|겼|켰)다고\s|\S*(?:묻|하|물어보|외치|말하|질문하|요구하)자[,\s])/;
const ASKED = /^(?:이)?(?:라)?고\s+\S*(?:묻|하|물어보|외치|말하|질문하|요구하)자[,\s]/;
/** `“…”는 김원희의 질문에`: the quote is the question of the person named in the genitive. */
const QUESTION_OF =
  /^(?:이)?라?는\s+((?:[^\s\uE000\uE001]+\s){0,3}?[^\s\uE000\uE001]+?)의\s*(?:질문|물음|요청|지적|농담|부탁|말)에/;

/** `“…”고 지적한 윤희숙 의원을`: a speech verb in a relative clause names the speaker right after it. */
const RELATIVE_SPEECH =
  /^(?:이)?(?:라|다)?고\s+(?:말|밝|강조|주장|지적|언급|설명|전|덧붙|답|비판|반박|토로|호소|외치|외|중얼거리|적|고백|평가|경고|발언|제안|촉구|요구|약속|다짐|예고|시사|질문)[가-힣]*(?:한|힌|친|인|던|은|는)\s/;

const QUOTE_BY = /^\s*[“"]([^“”"]{2,})[”"]\s*\(([^()]{2,40}(?:\(\d+\)[^()]{0,10})?)\)\s*\.?\s*$/;

/** Brackets after a quote that name a person (`주부 박모씨`, `김모씨·45`, `한 학부모`), not a source or a date. */
function bracketSpeaker(inner: string): boolean {
  const t = inner.trim();
  if (!/[가-힣A-Za-z]/.test(t) || /^\d/.test(t) || /(사진|제공|자료|캡처|뉴스1|연합뉴스|뉴시스)$/.test(t))
    return false;
  return speakerLike(t) || personLike(t) || /[·,]\s*\d{1,3}\s*(세|살)?$/.test(t);
}

/**
 * Some pages type quotes as double primes (″…″). A prime after a digit is a time or a length (`2′05″`), so
 * they count as quotes only when none follows a digit and they pair up. Full-width ＂ is a straight quote.
 */
function primesAsQuotes(p: string): string {
  if (!p.includes('″') || /\d\s?[′″]/.test(p)) return p;
  return (p.match(/″/g) ?? []).length % 2 === 0 ? p.replace(/″/g, '"') : p;
}

/**
 * Titles many people hold at once (`의원은`, `교수는`): alone, without a name anywhere in the text, they say
 * nobody. An office one person holds in the story's context (`총리는`, `장관은`) does name its holder.
 */
const BARE_TITLE =
  /^(의원|대표|교수|회장|사장|부회장|부사장|이사|감독|코치|선수|후보|후보자|씨|실장|국장|부장|과장|팀장|본부장|대변인|변호사|연구원)$/;

const ROLE_MARK = /^\s*[[<〈◀]\s*(기자|앵커|리포트)\s*[\]>〉▶]\s*$/;

/** A line of an interview's questions: a dash or `Q`/`문` lead-in, and no quote of its own. */
/** The mark before an interviewee's answer: `A.`, `A:`, `답)`. */
const ANSWER_MARK = /^\s*(?:A|답)\s*[.:：)]\s*/;
const QUESTION_LINE =
  /^\s*(?:[―—–]|-(?!\s*["“])|(?:Q|문)\s*[.:)]|\[?(?:Q|문)\]\s|[▶▷►]\s*(?=[^“”"]*[?.]\s*$))[^“”"]*$/;

/** `스카우트들`, `시민들`: a group, never what 그/그녀 refers to. */
function plural(speaker: string | null): boolean {
  return !!speaker && /들$/.test(speaker);
}
const PRONOUN_OF = /^(그|그녀|이들|그들)$/;

/** Who speaks, as the story goes on: what `findQuotes` carries from one paragraph to the next. */
interface Speakers {
  /** The story's paragraphs, trimmed: where short mentions find their full forms (indexed on first use). */
  text: SpeakerText;
  quotes: Quote[];
  /** Full speaker forms seen so far. */
  known: string[];
  /** The last speaker or person-like topic, for quotes without a subject. */
  carried: string | null;
  /** `<인터뷰> 이름 / 직업` waiting for its line of speech. */
  pendingLabel: string | null;
  /** Whom 그는 / 그녀는 refers to: the latest named topic or speaker. */
  pronounRef: string | null;
  /** The organisation named last, for `회사는`, `이 업체는`. */
  lastOrg: string | null;
  /** Every organisation named so far, for `조합 측은`, `보건소는` (the one whose name ends so). */
  orgs: string[];
  /** The court panel named last, for `재판부는`. */
  lastCourt: string | null;
  /** Two bodies named together last (`한빛시와 가람군은 …`), for `양측은`. */
  lastPair: string | null;
  /** Whom the story says it met or interviewed (`… 남궁세아를 만났다`): the answers under its questions are theirs. */
  interviewee: string | null;
  /** Resolved mentions: resolving scans the whole text, and the same mention recurs sentence after sentence. */
  memo: Map<string, string>;
}

/**
 * `지휘자 남궁세아(61)를 18일 연습실에서 만났다`, `소설가 육하린 작가와 인터뷰했다`: the person met, the object of
 * 만나다, 인터뷰하다 or 통화하다 (a few words of time and place may stand between).
 */
const MET =
  /^(.+)(?:을|를|와|과)\s+(?:[^\s.]+\s+){0,4}?(?:만났다|만나\s*봤다|인터뷰했다|인터뷰를\s*(?:했다|가졌다|진행했다)|(?:이야기|대화)를\s*나눴다|(?:전화\s*)?통화했다|전화\s*통화를\s*했다)/;

/** `양측`, `양사`, `두 기관`: the two bodies last named together. */
const PAIR_WORD = /^(?:양측|양사|양국|양당|양\s?기관|두\s?(?:기관|단체|회사|나라|도시|지자체))$/;
/** `한빛시와 가람군은 …`: two bodies as one subject at the head of a sentence. */
const PAIR_TOPIC = /^\s*([가-힣A-Za-z0-9]{2,14})(와|과)\s([가-힣A-Za-z0-9]{2,14})(?:은|는|이|가)\s/;
/** Names of public bodies and places by their endings (`한빛시`, `가람군`, `행정안전부`, `한빛시의회`). */
const BODY_END = /(?:시|군|구|도|청|부|처|원|의회|당|국)$/;

/** `소설가 윤바다 씨와 나눈 일문일답`, `다음은 심우진 원장과의 일문일답`: the guest of a Q&A that follows. */
const INTERVIEW_WITH = /^(.+?)(?:와|과)(?:의|\s+(?:나눈|가진|진행한))\s*(?:일문일답|인터뷰|대담|문답)/;

/** 그/그녀 mean one person (the latest singular one named); 이들/그들 the group last speaking. */
function byPronoun(st: Speakers, p: string): string | null {
  return /^(이들|그들|두 사람|둘)$/.test(p) ? st.carried : (st.pronounRef ?? st.carried);
}

const COMPANY_WORD = /(?:회사|업체|기업|사측)/;
/** Organisations that face a company: its union, an association, a civic group. */
const NOT_COMPANY = /(?:노조|노동조합|조합|협회|연대|연합|위원회|단체|시민회의)$/;

/** Short names of public bodies that the story may have named in full just before (`교육청`, `시의회`, `공사`). */
const SHORT_BODY = /^[가-힣]{1,4}(?:청|처|공사|공단|위원회|의회|지검|지법)$/;

/** The words of the text that end in `end` after 2 to `most` syllables (`한빛시교육청`, `가람시`), in order. */
function* wordsEndingIn(paragraphs: readonly string[], end: string, most: number) {
  const re = new RegExp(`(?:^|[\\s“"(])([가-힣]{2,${most}}${end})(?=[은는이가을를의에와과도]|에서|\\s)`, 'g');
  for (const p of paragraphs) for (const m of p.matchAll(re)) yield m[1] as string;
}

/** The first word of the text that ends in `short` and is longer: the body's full name (`한빛시교육청`). */
function fullBodyName(paragraphs: readonly string[], short: string): string | null {
  for (const word of wordsEndingIn(paragraphs, short, 10)) return word;
  return null;
}

function noteOrg(st: Speakers, org: string): void {
  st.lastOrg = org;
  if (!st.orgs.includes(org)) st.orgs.push(org);
}

/**
 * `조합 측`, `보건소는`, `시 관계자`: a kind of body (and 측 or 관계자) stands for the one body of that kind the story
 * named (`누리2구역 재개발조합`, `누리시보건소`, `가람시 관계자`); with two of a kind, nobody is picked.
 */
const KIND_OF_BODY = /^(시|군|구|도|조합|보건소|병원|의료원|구청|시청|군청|도청)(?:\s?측|(\s관계자))?$/;

function bodyOfKind(st: Speakers, raw: string): string | null {
  const kind = KIND_OF_BODY.exec(raw);
  if (!kind) return null;
  const word = kind[1] as string;
  const place = word.length === 1;
  // A city, county or district by the first word ending so (`가람시는`); other bodies among the named ones.
  const names = place
    ? distinctPlaces(st.text.paragraphs, word)
    : st.orgs.filter((o) => o.endsWith(word) && o.length > word.length);
  if (names.length !== 1) return null;
  return `${names[0]}${kind[2] ?? ''}`;
}

/** The distinct place names ending in `unit` (시, 군, 구, 도) the text names (at most two looked for). */
function distinctPlaces(paragraphs: readonly string[], unit: string): string[] {
  const found = new Set<string>();
  for (const word of wordsEndingIn(paragraphs, unit, 6)) if (found.add(word).size > 1) break;
  return [...found];
}

/** The full form of a mention, remembered as a speaker; a bare institution or statement is the last one named. */
function resolveIn(st: Speakers, raw: string | null): string | null {
  if (!raw) return null;
  if (DOCUMENT.test(raw)) return st.lastOrg;
  if (GENERIC_ORG.test(raw)) {
    // `회사 측은` after a union spoke: the union is no company; the words name the side as written.
    if (
      st.lastOrg &&
      COMPANY_WORD.test(raw) &&
      !COMPANY_WORD.test(st.lastOrg) &&
      NOT_COMPANY.test(st.lastOrg)
    )
      return raw;
    return st.lastOrg;
  }
  // `재판부는`: the panel the story named (`서울중앙지법 형사합의25부`), else the word itself.
  if (raw === '재판부' && st.lastCourt) return st.lastCourt;
  // `양측은`, `두 기관은`: the two bodies the story named together.
  if (PAIR_WORD.test(raw) && st.lastPair) return st.lastPair;
  // `교육청은` after `한빛시교육청에 따르면`: a body's short name is the body the story named in full.
  const body = SHORT_BODY.test(raw) ? fullBodyName(st.text.paragraphs, raw) : bodyOfKind(st, raw);
  if (body) return resolveIn(st, body);
  // `강 씨` with two 강 씨 in the story: nobody rather than the wrong one.
  if (ambiguousSurname(raw, st.text)) return null;
  const full = st.memo.get(raw) ?? resolveSpeaker(raw, st.known, st.text);
  st.memo.set(raw, full);
  // A personal title the text never attaches to a name (`의원은`) names nobody.
  if (full && BARE_TITLE.test(full)) return null;
  if (full && !st.known.includes(full)) st.known.push(full);
  if (full && orgName(full)) noteOrg(st, full);
  return full;
}

/** TV labels name the speaker in full already: remember them as they are. */
function knownLabel(st: Speakers, name: string): string {
  if (!st.known.includes(name)) st.known.push(name);
  return name;
}

/** A speaker who said a quote: the one carried on, and (when one person) whom a pronoun means next. */
function spoke(st: Speakers, speaker: string | null): void {
  st.carried = speaker;
  if (onePerson(speaker)) st.pronounRef = speaker;
}

/** Whom 그/그녀 can mean: one person, never a group or an organisation (that is `이 단체는`, `회사 측은`). */
function onePerson(speaker: string | null): boolean {
  return !plural(speaker) && !(speaker && orgName(speaker));
}

/** A sentence without quotes moves the focus to its subject when that subject can speak. */
function noteTopic(st: Speakers, sentence: string): void {
  const met = MET.exec(sentence) ?? INTERVIEW_WITH.exec(sentence);
  const guest = met ? lastPhrase(met[1] as string) : null;
  // Whom one meets is a person: a phrase of a name and a title (`예성민 상임지휘자`) need not end in a known role.
  if (guest && (personLike(guest) || guest.includes(' '))) {
    st.interviewee = resolveIn(st, guest);
    // `기자는 … 도하은 의원과 통화했다. 그는 “…”`: whom the story met is whom 그 means next.
    if (st.interviewee && !plural(st.interviewee)) st.pronounRef = st.interviewee;
  }
  const pair = PAIR_TOPIC.exec(sentence);
  if (pair && [pair[1], pair[3]].every((x) => BODY_END.test(x as string) || orgName(x as string)))
    st.lastPair = `${pair[1]}${pair[2]} ${pair[3]}`;
  const named = namedInstitutions(sentence);
  if (named.org) noteOrg(st, named.org);
  if (named.court) st.lastCourt = named.court;
  const subj = subjectBefore(sentence);
  if (!subj || subj.pronoun || isMeasure(subj.text) || embeddedSubject(sentence, subj)) return;
  // `기자는 … 통화했다. 그는 “…”`: the reporter telling the story is never whom 그 means, nor who speaks next.
  if (subj.text === '기자') return;
  if (orgName(subj.text)) noteOrg(st, subj.text);
  if (speakerLike(subj.text) || st.known.some((k) => k.includes(subj.text))) {
    st.carried = resolveIn(st, subj.text);
    if (onePerson(st.carried)) st.pronounRef = st.carried;
  } else if (subj.topic && personLike(subj.text)) {
    // `엘제이는 …했다. 그는 “…”`: a name as topic is who the pronoun means, and who speaks next
    // when nobody has spoken yet.
    st.pronounRef = resolveIn(st, subj.text);
    if (!st.carried) st.carried = st.pronounRef;
  }
}

/**
 * The deck: short headline-style lines before the first story sentence (`“3조弗 시장, 美에 잡아둘 것”`,
 * `트럼프 장·차남 나란히 참석`). A quote standing there is a headline's, not the story's. Returns where the
 * story starts.
 */
function deckEnd(paras: string[]): number {
  let end = 0;
  while (
    end < paras.length &&
    end < 8 &&
    paras[end].length <= 60 &&
    !isProse(paras[end]) &&
    !BRACKET_LINE.test(paras[end]) &&
    !/^[■□▷▶◆◇●○-]/.test(paras[end])
  )
    end++;
  return end < 2 ? 0 : end;
}

/**
 * TV script labels naming the speaker (`[이름/직함 : "…"]`, `<홍길동 / 회사원>`, `<인터뷰> 이름 / 직업`,
 * `토드 블란취 / 트럼프 변호사` over a sound bite). True when the paragraph was such a label.
 */
function labelLine(st: Speakers, p: string, next: string | undefined): boolean {
  const bracket = BRACKET_LINE.exec(p);
  if (bracket) {
    // `[사진 출처 : "… 트위터 캡처"]`: a picture credit, not someone speaking.
    if (/(출처|제공|자료|사진|그래픽|영상|화면|캡처|편집|촬영)$/.test(bracket[1].trim())) return true;
    const speaker = knownLabel(st, labelSpeaker(bracket[1]));
    st.quotes.push({ text: bracket[2].trim(), speaker });
    st.carried = speaker;
    return true;
  }
  const angle = ANGLE_LABEL.exec(p);
  if (angle) {
    const speaker = knownLabel(st, labelSpeaker(`${angle[1]} ${angle[2]}`));
    if (angle[3]) {
      st.quotes.push({ text: angle[3].trim(), speaker });
      st.carried = speaker;
    } else st.pendingLabel = speaker;
    return true;
  }
  const label = INTERVIEW_LABEL.exec(p);
  if (label) {
    const speaker = knownLabel(st, labelSpeaker(`${label[1]} ${label[2]}`));
    if (label[3]) st.quotes.push({ text: label[3].trim(), speaker });
    else st.pendingLabel = speaker;
    return true;
  }
  const paren = PAREN_LABEL.exec(p);
  if (paren && (paren[1] || paren[3])) {
    const speaker = paren[1] ? knownLabel(st, labelSpeaker(`${paren[1]} ${paren[2] ?? ''}`)) : null;
    if (paren[3]) st.quotes.push({ text: paren[3].trim(), speaker });
    else st.pendingLabel = speaker;
    if (speaker) st.carried = speaker;
    return true;
  }
  // A transcript or debate line, `탁 의원: “…”`, `지윤호 한빛대 교수: “…` (the quote may run on).
  const colon = COLON_LINE.exec(p);
  if (colon && (speakerLike(colon[1].trim()) || personLike(colon[1].trim()))) {
    const speaker = resolveIn(st, colon[1].trim());
    st.quotes.push({ text: colon[2].trim(), speaker });
    spoke(st, speaker);
    return true;
  }
  const plain = PLAIN_LABEL.exec(p);
  if (plain && /^\s*[-–—]?\s*["“]/.test(next ?? '')) {
    st.pendingLabel = knownLabel(st, labelSpeaker(`${plain[1]} ${plain[2]}`));
    return true;
  }
  return false;
}

/** The line of speech under a TV label. True when a label was waiting for it. */
function labelledLine(st: Speakers, p: string): boolean {
  if (!st.pendingLabel) return false;
  const line = p.replace(/^[-–—\s]*["“]?/, '').replace(/["”]?\s*$/, '');
  if (line) st.quotes.push({ text: line, speaker: st.pendingLabel });
  st.carried = st.pendingLabel;
  st.pendingLabel = null;
  return true;
}

/** Feature style: `“아이 학원비가 너무 올랐어요.”(서울 강남구 주부 박모씨)`: the speaker in brackets after. */
function quoteByLine(st: Speakers, p: string): boolean {
  const by = QUOTE_BY.exec(p);
  if (!by || !bracketSpeaker(by[2])) return false;
  const speaker = resolveIn(st, by[2].trim());
  st.quotes.push({ text: by[1].trim(), speaker });
  spoke(st, speaker);
  return true;
}

/** A sentence holding quotes that are speech, with what `attributeQuote` reads around them. */
interface QuotedSentence {
  p: string;
  masked: string;
  /** The sentence's range in `p`. */
  s: number;
  e: number;
  speech: Span[];
  /** The paragraph is this quote alone. */
  alone: boolean;
  /** The paragraph after this one. */
  next: string | undefined;
}

/** The last quote of a list (`“…”, “…”`) starting at quote `qi`: what follows the list says whose it is. */
function listEndOf(c: QuotedSentence, qi: number): number {
  let end = qi;
  while (
    end + 1 < c.speech.length &&
    /^\s*[,，]\s*$/.test(c.p.slice(c.speech[end].end, c.speech[end + 1].start))
  )
    end++;
  return end;
}

/**
 * A speaker the words around the quote fix outright: a question of someone (`“…”는 김원희의 질문에`), nobody
 * (a saying, a quote put to the subject, an unnamed voice), the subject of a relative clause (`“…”고 지적한
 * 윤희숙 의원을`). Null when the usual subject rules decide.
 */
function fixedSpeaker(st: Speakers, c: QuotedSentence, qi: number): { speaker: string | null } | null {
  const { p, masked, speech } = c;
  const sp = speech[qi];
  // `“…”, “…”라는 말에 폭소하며`: a list put to the subject; nobody named says it.
  const listEnd = speech[listEndOf(c, qi)].end;
  const asked = QUESTION_OF.exec(masked.slice(listEnd, listEnd + 40));
  if (asked && personLike(asked[1])) return { speaker: resolveIn(st, asked[1]) };
  const from = qi === 0 ? c.s : speech[qi - 1].end;
  if (
    PUT_TO.test(p.slice(listEnd, listEnd + 30)) ||
    SAYING_BEFORE.test(masked.slice(from, sp.start)) ||
    SAYING_AFTER.test(p.slice(listEnd, listEnd + 30))
  )
    return { speaker: null };
  if (
    (ANON.test(p.slice(listEnd, listEnd + 40)) || ARISING.test(p.slice(listEnd, listEnd + 40))) &&
    !subjectBefore(masked.slice(from, sp.start))
  )
    return { speaker: null };
  if (RELATIVE_SPEECH.test(p.slice(sp.end, sp.end + 30))) {
    const nextStart = qi + 1 < speech.length ? speech[qi + 1].start : c.e;
    const rel = subjectAfter(masked.slice(sp.end, nextStart));
    if (rel && !rel.pronoun) return { speaker: resolveIn(st, rel.text) };
  }
  return null;
}

/**
 * The subject before the quote: a genitive right before it (`김기현 의원의 “…”라는 발언이`), a cited source
 * (`…을 인용해 “…”`), else the subject of the words since the previous quote.
 */
function subjectOfQuote(c: QuotedSentence, qi: number): Subject | null {
  const { p, masked, speech } = c;
  const sp = speech[qi];
  const listEnd = speech[listEndOf(c, qi)].end;
  const reported = REPORTED.test(p.slice(listEnd, listEnd + 40));
  const lead = masked.slice(qi === 0 ? c.s : speech[qi - 1].end, sp.start);
  const genitive =
    /\S의\s*$/.test(lead) && GENITIVE_NOUN.test(p.slice(sp.end, sp.end + 30))
      ? subjectBefore(lead.replace(/의\s*$/, '은 '))
      : null;
  // `…을 인용해 “…”`, `한빛소방본부에 따르면 “…”고 한다`: the source the words come from.
  const cited = CITED.exec(lead) ?? ACCORDING.exec(lead);
  const source = cited ? lastPhrase(cited[1]) : null;
  const found =
    genitive && !genitive.pronoun && personLike(genitive.text)
      ? genitive
      : source && speakerLike(source)
        ? { text: source, topic: false, pronoun: false }
        : subjectBefore(lead, reported);
  // A figure as the topic (`피안타율은 0.276이라 소개하며 “…”`): the speaker is left out, not it.
  return found && !found.pronoun && isMeasure(found.text) ? null : found;
}

/** A subject as a speaker: a pronoun is whom it refers to, a mention its full form. */
function speakerOfSubject(st: Speakers, subj: Subject): string | null {
  return subj.pronoun ? byPronoun(st, subj.text) : resolveIn(st, subj.text);
}

/**
 * No subject before the sentence's first quote: `“…”라고 김 장관은 말했다` (after this quote, or after the last
 * one when only `라며` sits between), `…김 교수의 설명이다`, a name line under a lone quote, else the carried one.
 */
function speakerAfter(st: Speakers, c: QuotedSentence, qi: number): string | null {
  const { masked, speech, e } = c;
  let tail: Subject | null = null;
  for (let k = qi; !tail && k < speech.length; k++) {
    const end = k + 1 < speech.length ? speech[k + 1].start : e;
    tail = subjectAfter(masked.slice(speech[k].end, end));
  }
  const says = SAYS_OF.exec(masked.slice(speech[speech.length - 1].end, e));
  if (says)
    return PRONOUN_OF.test(says[1]) ? byPronoun(st, says[1]) : resolveIn(st, withoutModifier(says[1]));
  if (tail && !tail.pronoun) return resolveIn(st, tail.text);
  const after = personAfter(st, c, qi);
  if (after) return after;
  if (c.alone) return aloneSpeaker(speech[qi].text, c.next, st.carried, (s) => resolveIn(st, s));
  return st.carried;
}

/**
 * `“오늘 패배는 우리 탓이다.” 가람FC 주장 김태오는 고개를 숙였다.`: a quote standing as a sentence of its own,
 * and the paragraph's next sentence is about a person (its topic): theirs.
 */
function personAfter(st: Speakers, c: QuotedSentence, qi: number): string | null {
  const sp = c.speech[qi];
  // The quote opens its sentence and ends it (`“….”`), and the paragraph goes on.
  if (qi !== 0 || c.masked.slice(c.s, sp.start).trim() || !/[.!?]$/.test(sp.text)) return null;
  const rest = c.masked.slice(sp.end);
  const next = rest.slice(0, rest.search(/[.?!](\s|$)/) + 1 || rest.length);
  // `“…어디로 가야 하나.” 이 물음에 답할 수 있는 의료기관은 없다`: the next sentence answers the quote.
  if (/[\uE000]/.test(next) || POINTS_BACK.test(next)) return null;
  const subj = subjectBefore(next);
  if (!subj?.topic || subj.pronoun || !personLike(subj.text)) return null;
  return resolveIn(st, subj.text);
}

/** A sentence that begins by pointing back at the quote before it (`이 물음에`, `그런 말에도`). */
const POINTS_BACK =
  /^\s*(?:이|그|이런|그런|이러한|그러한|이\s?같은)\s(?:물음|질문|말|하소연|호소|요구|외침|주장|얘기|이야기)(?:에|을|를|은|는|도|에도)\s/;

/**
 * Attribute the sentence's quote `qi`; `speaker` is who said its earlier quotes (undefined before the first
 * one with a subject). Returns who speaks its next ones.
 */
function attributeQuote(
  st: Speakers,
  c: QuotedSentence,
  qi: number,
  speaker: string | null | undefined,
): string | null | undefined {
  const sp = c.speech[qi];
  const fixed = fixedSpeaker(st, c, qi);
  if (fixed) {
    st.quotes.push({ text: sp.text, speaker: fixed.speaker });
    return speaker;
  }
  // `기자가 모하린(51) 씨에게 …라고 묻자 “…”`: the answer to a question put to someone is theirs.
  const asked = qi === 0 ? askedPerson(c.masked.slice(c.s, sp.start)) : null;
  if (asked) {
    const who = resolveIn(st, asked);
    st.quotes.push({ text: sp.text, speaker: who });
    spoke(st, who);
    return who;
  }
  // A subject between the previous quote and this one starts a new speaker.
  const subj = subjectOfQuote(c, qi);
  if (subj) speaker = speakerOfSubject(st, subj);
  else if (speaker === undefined && qi > 0) {
    // The sentence's subject before its first quote speaks the later ones too.
    const first = subjectBefore(c.masked.slice(c.s, c.speech[0].start));
    speaker = first ? speakerOfSubject(st, first) : st.carried;
  } else if (speaker === undefined) speaker = speakerAfter(st, c, qi);
  st.quotes.push({ text: sp.text, speaker: speaker ?? null });
  if (speaker) spoke(st, speaker);
  // `Y는 X가 “…”라고 묻자 “…”라며 답했다`: the asker's clause ends at 묻자; the next quote is the topic's.
  if (ASKED.test(c.p.slice(sp.end, sp.end + 30))) {
    const main = subjectBefore(c.masked.slice(c.s, c.speech[0].start));
    if (main?.topic && !main.pronoun) speaker = resolveIn(st, main.text);
  }
  return speaker;
}

/** `…에게 …라고 묻자`, `…께 질문하자`: a question put to someone, right before a quote. */
const ASKED_TO = /(?:에게|께)\s+(?:\S+\s+){0,6}?\S*(?:묻자|물었더니|물으니|질문하자|질문했더니)\s*$/;
/** Words that end a noun phrase with a case or topic particle (`기자가`, `시장은`): the phrase starts after them. */
const CASE_ENDED = /(?:은|는|이|가|을|를|에|에서|도|와|과|로|으로)$/;

/** Whom the question before a quote was put to (`모하린(51) 씨`), when it reads as a person; else null. */
function askedPerson(before: string): string | null {
  const m = ASKED_TO.exec(before);
  if (!m) return null;
  const words = before.slice(0, m.index).trim().split(/\s+/);
  const phrase: string[] = [];
  for (let i = words.length - 1; i >= 0 && phrase.length < 4; i--) {
    const w = words[i] as string;
    if (phrase.length && CASE_ENDED.test(w)) break;
    phrase.unshift(w);
  }
  const who = phrase.join(' ');
  return who && personLike(who) ? who : null;
}

/** An interview question (dash or `Q.` lead-in, ending in `.` or `?`) with the quoted answer right after it. */
const QUESTION_THEN_ANSWER = /^(\s*(?:[―—–]|-|(?:Q|문)\s*[.:)])[^“”"]{2,120}?[.?])\s*(?=[“"][^“”"]+[”"]\s*$)/;

/** The quotes of a paragraph of running text, sentence by sentence; quote-free sentences move the topic. */
function paragraphQuotes(st: Speakers, p: string, next: string | undefined): void {
  // `―다음 작품 계획은. “…”`: the question and its answer in one paragraph are two lines run together.
  const asked = QUESTION_THEN_ANSWER.exec(p);
  if (asked) {
    paragraphQuotes(st, asked[1] as string, p);
    paragraphQuotes(st, p.slice((asked[1] as string).length), next);
    return;
  }
  // An interviewer's question (`―가장 힘들었던 순간은.`, `Q. 어떻게 보나`): its topic is a thing asked
  // about and the answer under it is the interviewee's, whom the question does not name.
  if (QUESTION_LINE.test(p)) {
    // With no meeting or interview named, nobody: the person the story was about may not be who answers.
    st.carried = st.interviewee;
    return;
  }
  // `[기자]`, `<앵커>`: the script's own voices take over; a quoted line under the mark may be theirs or a
  // sound bite, so it is nobody's rather than the last speaker's.
  if (ROLE_MARK.test(p)) {
    st.carried = null;
    return;
  }
  const spans = quoteSpans(p);
  const masked = maskQuotes(p, spans);
  // `A. “…”`, `답: “…”`: the answer's mark does not stop the quote from standing alone.
  const alone =
    spans.length === 1 && masked.replace(ANSWER_MARK, '').replace(/[\uE000\s\-–—]/g, '').length <= 1;
  const teaser = !alone && spans.length > 0 && isHeadline(p, masked, spans);
  let at = 0; // spans and sentences are both in order: walk them together
  for (const [s, e] of sentences(masked)) {
    const inSentence: Span[] = [];
    while (at < spans.length && spans[at].start < e) {
      if (spans[at].start >= s) inSentence.push(spans[at]);
      at++;
    }
    const speech = teaser
      ? []
      : inSentence.filter(
          (sp) =>
            isSpeech(sp.text, p.slice(sp.end, sp.end + 60), alone) &&
            !TITLE_BEFORE.test(p.slice(Math.max(0, sp.start - 12), sp.start)) &&
            !TERM_BEFORE.test(p.slice(Math.max(0, sp.start - 8), sp.start)),
        );
    if (speech.length === 0) {
      noteTopic(st, masked.slice(s, e));
      continue;
    }
    const c: QuotedSentence = { p, masked, s, e, speech, alone, next };
    let speaker: string | null | undefined;
    for (let qi = 0; qi < speech.length; qi++) speaker = attributeQuote(st, c, qi, speaker);
  }
}

/** A paragraph that opens a quote and leaves it open (`“…`, `이름: “…`): the quote runs on into the next. */
const RUNS_ON = /^\s*(?:[^“”"]{1,40}[:：]\s*)?[“"][^“”"]*$/;

/**
 * Where the words after paragraph `pi` are: the next paragraph, or, when a quote runs on over paragraphs that
 * each reopen it (`“…` / `“…` / `“…”`), the paragraph after the last of them (`… 이렇게 말했다`).
 */
function afterRunOn(paras: string[], pi: number): number {
  let k = pi;
  while (RUNS_ON.test(paras[k] ?? '') && /^\s*[“"]/.test(paras[k + 1] ?? '')) k++;
  return k + 1;
}

export function findQuotes(paragraphs: string[]): Quote[] {
  const paras = paragraphs.map((p) => (typeof p === 'string' ? p.trim() : ''));
  const st: Speakers = {
    text: { paragraphs: paras },
    quotes: [],
    known: [],
    carried: null,
    pendingLabel: null,
    pronounRef: null,
    lastOrg: null,
    orgs: [],
    lastCourt: null,
    lastPair: null,
    interviewee: null,
    memo: new Map(),
  };
  // Quotes of paragraphs that run on, still without a speaker: the paragraph that closes the quote may name one
  // (`“…` / `“…” 경태준 회장은 이렇게 강조했다.`).
  let waiting: Quote[] = [];
  for (let pi = deckEnd(paras); pi < paras.length; pi++) {
    const p = dropStrayMark(primesAsQuotes(paras[pi].replace(/＂/g, '"')));
    if (!p) continue;
    const before = st.quotes.length;
    const next = paras[afterRunOn(paras, pi)];
    if (!(labelLine(st, p, next) || labelledLine(st, p) || quoteByLine(st, p))) paragraphQuotes(st, p, next);
    const added = st.quotes.slice(before);
    if (RUNS_ON.test(p) && /^\s*[“"]/.test(paras[pi + 1] ?? '')) {
      waiting.push(...added.filter((q) => !q.speaker));
      continue;
    }
    const who = added.find((q) => q.speaker)?.speaker;
    if (who) for (const q of waiting) q.speaker = who;
    waiting = [];
  }
  return st.quotes;
}

/** Who says a paragraph that is a quote alone: a name line under it, `이같이 말했다` after it, or the topic. */
function aloneSpeaker(
  text: string,
  next: string | undefined,
  carried: string | null,
  resolve: (s: string | null) => string | null,
): string | null {
  const label = nameLabel(next);
  if (label) return resolve(label);
  const line = next ? SAID_LINE.exec(next.trim()) : null;
  if (line) {
    const who = lastPhrase(line[1]);
    return who && personLike(who) ? resolve(who) : null;
  }
  if (next && /(이같이|이렇게|이와 같이)\s*(말|밝|강조|전|설명|주장|덧붙|답|언급)/.test(next)) {
    const subj = subjectBefore(next.slice(0, next.search(/이같이|이렇게|이와 같이/)));
    if (subj && !subj.pronoun) return resolve(subj.text);
  }
  // A short line without sentence punctuation is a sub-heading quoting someone unnamed.
  if (!/[.!?…‥]$/.test(text) && wordCount(text) <= 8) return null;
  if (!carried && next) {
    // A lead quote before anyone has spoken: the person the next paragraph opens with
    // (`"가까이 오지 마세요…"` / `NC 외야수 박건우는 감기에 걸려…`).
    const first = next.slice(0, next.search(/[.?!](\s|$)/) + 1 || next.length);
    const subj = subjectBefore(first);
    if (subj?.topic && !subj.pronoun && personLike(subj.text)) return resolve(subj.text);
  }
  return carried;
}
