/**
 * Reporter bylines in Korean news text: wire datelines at the head of the first paragraph
 * (`(서울=연합뉴스) 홍길동 기자 =`, `[아주경제=홍길동 기자]`) and signature lines at the tail
 * (`홍길동 기자 hong@x.co.kr`, `YTN 홍길동 (x@ytn.co.kr)`, `MBC뉴스 홍길동입니다.`).
 *
 * Both parsers are deliberately strict: a line is a byline only when every token in it is a name, a role
 * word, an outlet, an email or punctuation. A story sentence that merely mentions a 기자 always carries
 * other words (particles, verbs), so it is left alone.
 */

import type { Author } from '../types';
import {
  AUTHOR_LABELS,
  BUREAU_RE,
  COLON_CREDIT_ROLES,
  COLUMNIST_TITLES,
  COMPOUND_SURNAMES,
  CREDIT_ROLES,
  CREDIT_WORDS,
  DESK_RE,
  isGenericMailbox,
  KOREAN_SURNAMES,
  NOT_NAMES,
  OUTLET_ENDING,
  OUTLET_NAME_SHAPE,
  PLACES,
  AUTHOR_TITLES as ROLES,
  TRAILING_SURNAMES,
  WRITER_WORDS,
} from './byline-grammar';

const ROLE_ALT = ROLES.join('|');
const ROLE_RE = new RegExp(`^(?:${ROLE_ALT})$`);
/** A name glued to its role (`홍길동기자`). */
const NAME_ROLE_RE = new RegExp(`^([가-힣]{2,4})(?:${ROLE_ALT})$`);

export const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** A place written before `=` in a dateline: a known city, or a short name with an administrative suffix. */
function isPlace(token: string): boolean {
  const t = token.replace(/\s+/g, '');
  if (PLACES.has(t)) return true;
  if (/^[가-힣]{1,2}$/.test(t)) return true;
  return /^[가-힣]{1,3}(?:시|군|구|도|읍|면|동|현|주|성)$/.test(t) && !isOutletToken(t);
}

const CREDIT_START = new RegExp(`^(?:${CREDIT_ROLES.join('|')})`);
const ROLE_START = new RegExp(`^(?:${ROLE_ALT})`);
/**
 * A credit for pictures or video, not authorship (`영상취재: 홍길동`, `(사진=연합뉴스)`, `화면 캡처`). A reporter's
 * title that opens with a credit word is still a title (`편집위원 독고준`, not the credit `편집`).
 */
function isCreditLabel(s: string): boolean {
  const t = s.replace(/^[\s([<〈【［/]+/, '').replace(/\s+/g, '');
  const credit = CREDIT_START.exec(t);
  if (!credit) return false;
  const role = ROLE_START.exec(t);
  return !role || role[0].length <= credit[0].length;
}

/**
 * A title or position written after a name (`산업부장`, `변호사`, `의학박사`, `화백`, `경제학과`): never a name, and
 * a word a byline may carry.
 */
/** The columnists' titles as one alternation, longest first (`명예교수` before `교수`). */
const COLUMNIST_TITLE_ALT = [...COLUMNIST_TITLES].sort((a, b) => b.length - a.length).join('|');
const TITLE_WORD = new RegExp(
  `^(?:[가-힣]{0,6}(?:${COLUMNIST_TITLE_ALT})|[가-힣]{1,6}(?:부장|국장|팀장|차장|실장|본부장|전문기자|학과|의학과))$`,
);

export function isLikelyName(token: string): boolean {
  return (
    /^[가-힣]{2,4}$/.test(token) &&
    !TITLE_WORD.test(token) &&
    !NOT_NAMES.has(token) &&
    !ROLE_RE.test(token) &&
    !DESK_RE.test(token) &&
    !(token.length >= 4 && BUREAU_RE.test(token)) &&
    !(token.length >= 3 && (OUTLET_NAME_SHAPE.test(token) || OUTLET_ENDING.test(token)))
  );
}

/**
 * A token naming an outlet rather than a person: Latin capitals (`YTN`, `MBN뉴스`, `MK스포츠`) or a Korean
 * word ending like an outlet (`연합뉴스TV`, `한국일보`, `스포츠조선닷컴`, `뉴스1`).
 */
function isOutletToken(token: string): boolean {
  if (/[A-Za-z]/.test(token) && !token.includes('@')) return true;
  if (token.length >= 3 && OUTLET_NAME_SHAPE.test(token)) return true;
  return OUTLET_ENDING.test(token) && token.length >= 3;
}

/** Words and signs that only announce an address (`이메일:`, `E-mail`, `✉`). */
const EMAIL_LABEL_RE = /^(?:e-?mail|이메일|메일|[✉📧☞]\uFE0F?)$/iu;

/** Separators between reporters or around a name. */
const SPLIT_RE = /[\s·ㆍ∙•・,，、/]+/;

interface Parsed {
  authors: Author[];
  sawRole: boolean;
  sawEmail: boolean;
}

/** `박수민 기자·사진=김영호 기자`, `홍길동 기자/사진=김철수 기자`: a picture/video credit after the author is someone else's. */
function dropTrailingCredits(s: string): string {
  const cut = s.replace(/\s*[·ㆍ,/|]\s*(?:사진|영상|그래픽|촬영|편집|디자인)\s*[=:：].*$/, '').trim();
  return cut || s;
}

/** A name in Latin letters as Korean outlets print it: `Kwon Ha-rin`, `Jane Morrison`, `JUNG SI-WOO`. */
const LATIN_NAME = '[A-Z][a-z]+(?:[ -][A-Za-z][a-z]*){1,3}|[A-Z]{2,}(?:[ -][A-Z]+){1,3}';
/** A Latin name right before a reporter's title (`Seo Do-yun 기자`), kept whole behind a placeholder. */
const LATIN_BEFORE_TITLE = new RegExp(`(?<![A-Za-z])(${LATIN_NAME})(?=\\s?(?:${ROLE_ALT}))`, 'g');
/**
 * A foreign-born writer's name in Hangul, given name first, right before a title: a one-syllable surname
 * (`소피아 리 통신원`, `마이클 한 객원기자`), or a longer family name that begins with no Korean surname, as a
 * second Korean name would (`마리아 로페스`, `아나 페레이라`); the given name must read as a name.
 */
const FOREIGN_HANGUL_NAME = `(?!뉴스 )[가-힣]{2,4} (?:[${TRAILING_SURNAMES}]|(?![${KOREAN_SURNAMES}]|${COMPOUND_SURNAMES})[가-힣]{2,5})`;
const HANGUL_GIVEN_SURNAME = `${FOREIGN_HANGUL_NAME}(?![가-힣])`;
/** A column's name line has its affiliation right after the name: there only a one-syllable surname is read. */
const HANGUL_GIVEN_SHORT_SURNAME = `[가-힣]{2,4} [${TRAILING_SURNAMES}](?![가-힣])`;
const HANGUL_FOREIGN_BEFORE_TITLE = new RegExp(
  `(?<![가-힣])(${HANGUL_GIVEN_SURNAME})(?=\\s?(?:${ROLE_ALT}))`,
  'g',
);
/** Words that stand between a name and its title in Korean bylines (`홍길동 디지털 기자`, `김하늘 스포츠 기자`). */
const NOT_FAMILY =
  /^(?:디지털|온라인|인터넷|모바일|영상|사진|스포츠|연예|경제|산업|정치|사회|문화|국제|전문|선임|수습|인턴|객원|시민|명예|기획|탐사|데이터|테크|뉴미디어)/;

function isForeignHangulName(name: string): boolean {
  const [given, family] = name.split(' ') as [string, string];
  if (!isLikelyName(given) || PLACES.has(given)) return false;
  // `함세린 뉴욕 특파원`, `홍길동 디지털뉴스부 기자`, `김철수 누리연구원 선임연구위원`: a place, a desk or an
  // institution after the name is no family name.
  return (
    family.length === 1 ||
    !(
      PLACES.has(family) ||
      NOT_FAMILY.test(family) ||
      /(?:부|팀|국|실|센터|데스크|뉴스|원|소|청|처|사|회|대|일보|신문|방송|통신|경제|그룹)$/.test(family) ||
      DESK_RE.test(family) ||
      isOutletToken(family)
    )
  );
}
/** `맹재원(孟在元)`, `공태윤(필명 솔바람)`: the name's hanja or pen name in brackets is no word of the byline. */
const NAME_GLOSS = /([가-힣])\s?\((?:[\u3400-\u9FFF]{1,4}|(?:필명|본명|예명|닉네임)\s*[^()]{1,12})\)/g;

/**
 * The segment's tokens, each email kept aside behind a placeholder (`\u0000n`) so its dots and @ survive, and
 * each Latin or foreign Hangul name before a title behind another (`\u0001n`) so its spaces do.
 */
function bylineTokens(segment: string): { tokens: string[]; emails: string[]; latins: string[] } {
  const emails: string[] = [];
  const latins: string[] = [];
  const text = segment
    .replace(EMAIL_RE, (m) => {
      emails.push(m);
      return ` \u0000${emails.length - 1} `;
    })
    .replace(NAME_GLOSS, '$1')
    .replace(LATIN_BEFORE_TITLE, (m) => {
      latins.push(m);
      return ` \u0001${latins.length - 1} `;
    })
    .replace(HANGUL_FOREIGN_BEFORE_TITLE, (m) => {
      if (!isForeignHangulName(m)) return m;
      latins.push(m);
      return ` \u0001${latins.length - 1} `;
    });
  const tokens = text
    .replace(/[()[\]<>{}【】〔〕「」『』〈〉《》"“”'‘’:=|]/g, ' ')
    .split(SPLIT_RE)
    .filter((t) => t && !/^[-–—_.~*]+$/.test(t) && !EMAIL_LABEL_RE.test(t));
  return { tokens, emails, latins };
}

/** A school, institute or hospital by its last word (`가람대`, `누리경제연구원`, `한빛병원`). */
const INSTITUTION_END = /(?:대|대학|대학교|대학원|연구원|연구소|병원|재단|협회|학회|센터|학교)$/;

/** What `parseTokens` has read so far. */
interface TokenRun extends Parsed {
  /** An email before anyone was named, for the first reporter. */
  pendingEmail: string | null;
  /**
   * Reporters named since the last email: `홍길동, 김철수 기자 hong@…, kim@…` pairs in order, and
   * `홍길동 기자 desk@… 김철수 기자 kim@…` gives kim@ to 김철수, not to 홍길동 whose address was a mailbox.
   */
  groupStart: number;
  afterEmail: boolean;
}

/** An email: the address of the first reporter of the group still without one. */
function takeEmail(run: TokenRun, email: string): void {
  run.afterEmail = true;
  // A newsroom mailbox is nobody's address, and no sign that the line is a signature.
  if (isGenericMailbox(email)) return;
  run.sawEmail = true;
  const owner = run.authors.slice(run.groupStart).find((a) => a.email === null);
  if (owner) owner.email = email;
  else if (run.authors.length === 0) run.pendingEmail = email;
  else run.authors.push({ name: '', email });
}

/** A word of a byline: 'ok' when it is one, 'end' at a credit that is someone else's, 'no' for any other word. */
function takeWord(run: TokenRun, tok: string, first: boolean, allowOutlets: boolean): 'ok' | 'end' | 'no' {
  if (ROLE_RE.test(tok)) {
    run.sawRole = true;
    return 'ok';
  }
  // `기자·변호사`, `전문기자(의학박사)`: a second title beside a reporter's; alone it signs nothing (a columnist's
  // name line is read by parseColumnistLine).
  if (TITLE_WORD.test(tok)) {
    // `의학전문기자`: a field before a reporter's title is a reporter's title too.
    if (tok.endsWith('기자')) run.sawRole = true;
    return 'ok';
  }
  // `홍길동 기자 | 사진 김철수 기자`: what follows a credit role is someone else's credit.
  if (run.sawRole && run.authors.length && isCreditLabel(tok)) return 'end';
  const glued = NAME_ROLE_RE.exec(tok);
  if (glued && !NOT_NAMES.has(glued[1] as string)) {
    run.sawRole = true;
    run.authors.push({ name: glued[1] as string, email: null });
    return 'ok';
  }
  if (PLACES.has(tok)) return 'ok';
  if (isLikelyName(tok)) {
    run.authors.push({ name: tok, email: null });
    return 'ok';
  }
  if (allowOutlets && (isOutletToken(tok) || DESK_RE.test(tok) || BUREAU_RE.test(tok))) return 'ok';
  if (first && AUTHOR_LABELS.has(tok)) return 'ok';
  return 'no';
}

/**
 * Parse a run of byline tokens (`홍길동·김철수 기자 hong@x.kr`). Returns null as soon as a token is
 * neither a name, a role, an outlet, an email nor a label — that is what keeps sentences out.
 * `allowOutlets` lets outlet words appear (signatures, bracket bylines); datelines already consumed theirs.
 */
function parseTokens(segment: string, allowOutlets: boolean): Parsed | null {
  // Emails first, so their dots and @ do not break tokenisation; keep their order with a placeholder.
  const { tokens, emails, latins } = bylineTokens(segment);
  const run: TokenRun = {
    authors: [],
    sawRole: false,
    sawEmail: false,
    pendingEmail: null,
    groupStart: 0,
    afterEmail: false,
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as string;
    if (tok.startsWith('\u0000')) {
      takeEmail(run, emails[Number(tok.slice(1))] as string);
      continue;
    }
    if (run.afterEmail) {
      run.groupStart = run.authors.length;
      run.afterEmail = false;
    }
    if (tok.startsWith('\u0001')) {
      run.authors.push({ name: latins[Number(tok.slice(1))] as string, email: null });
      continue;
    }
    // `황보슬기 칼럼니스트·가람대 겸임교수`: after the writer, a school or institute before a title is where the
    // writer also works, not a second writer.
    const next = tokens[i + 1];
    if (run.sawRole && run.authors.length && next && TITLE_WORD.test(next) && INSTITUTION_END.test(tok))
      continue;
    const took = takeWord(run, tok, i === 0, allowOutlets);
    if (took === 'end') break;
    if (took === 'no') return null;
  }
  const { authors, sawRole, sawEmail, pendingEmail } = run;
  if (pendingEmail !== null) {
    const first = authors.find((a) => a.email === null);
    if (first) first.email = pendingEmail;
    else authors.push({ name: '', email: pendingEmail });
  }
  return { authors, sawRole, sawEmail };
}

function dedupe(authors: Author[]): Author[] {
  const out: Author[] = [];
  for (const a of authors) {
    const same = out.find(
      (o) => (a.name && o.name === a.name) || (!a.name && a.email && o.email === a.email),
    );
    if (same) {
      if (!same.email && a.email) same.email = a.email;
    } else out.push({ ...a });
  }
  return out;
}

const OPEN = '[\\(\\[【〔<［（]';
const CLOSE = '[\\)\\]】〕>］）]';
/** `(서울=연합뉴스)` / `[서울=뉴시스]` / `【서울=뉴시스】`: place = wire. */
const WIRE_HEAD = new RegExp(
  `^\\s*${OPEN}\\s*([^()\\[\\]【】〔〕<>=]{1,20}?)\\s*=\\s*([^()\\[\\]【】〔〕<>=]{1,20}?)\\s*${CLOSE}\\s*`,
);
/** `[아주경제=홍길동 기자]`, `[이데일리 최선미 기자]`, `[OSEN=박준형 기자]` at the very start. */
const BRACKET_HEAD = new RegExp(`^\\s*${OPEN}([^()\\[\\]【】〔〕<>]{2,80}?)${CLOSE}\\s*`);
/** Reporter run ending in a role and `=` (or `|`): `홍길동·김철수 기자 =`, `홍길동 특파원 hong@yna.co.kr =`, `홍길동 기자 |`. */
const REPORTER_EQ = /^([^=|｜\n]{2,80}?)\s*[=|｜]\s*/;

type Stripped = { text: string; authors: Author[] };

/**
 * `(서울=연합뉴스) 홍길동 기자 = 본문`, `(서울=연합뉴스) = 본문`, `(서울=연합뉴스) 정부가 …`: a wire dateline.
 * Null when the bracket is not one (it may itself hold the reporter: `[아주경제=홍길동 기자]`).
 */
function wireDateline(p: string): Stripped | null {
  const wire = WIRE_HEAD.exec(p);
  if (!wire) return null;
  const rest = p.slice(wire[0].length);
  const eq = REPORTER_EQ.exec(rest);
  if (eq) {
    const parsed = parseTokens(eq[1] as string, false);
    if (parsed && parsed.authors.length > 0 && (parsed.sawRole || parsed.sawEmail)) {
      return { text: rest.slice(eq[0].length).trim(), authors: dedupe(parsed.authors) };
    }
    // `(서울=연합뉴스) 정치부 = 본문`, `(수원=연합뉴스) 경기도 제공 = 본문`: a desk or a credit where the reporter
    // would stand names nobody.
    const who = (eq[1] as string).trim();
    if (deskLine(who) || /^[가-힣A-Za-z0-9·\s]{2,20}\s제공$/.test(who))
      return { text: rest.slice(eq[0].length).trim(), authors: [] };
  }
  // `(서울=연합뉴스) = 본문` or a dateline with no reporter before the story.
  const bareEq = /^=\s*/.exec(rest);
  if (bareEq) return { text: rest.slice(bareEq[0].length).trim(), authors: [] };
  // `(서울=연합뉴스) 정부가 …`: place = wire with no reporter named; the story follows directly.
  const place = (wire[1] as string).trim();
  const wireName = (wire[2] as string).trim().replace(/\s+/g, '');
  if (!isCreditLabel(place) && isPlace(place) && isOutletToken(wireName) && rest.length > 0) {
    return { text: rest.trim(), authors: [] };
  }
  return null;
}

/** A place in brackets followed by the reporters (PLACE_PAREN_HEAD). */
function placeDateline(p: string): Stripped | null {
  const placeHead = PLACE_PAREN_HEAD.exec(p);
  if (!placeHead) return null;
  const parsed = parseTokens(placeHead[2] as string, true);
  if (parsed?.sawRole && parsed.authors.some((a) => a.name))
    return { text: p.slice(placeHead[0].length).trim(), authors: dedupe(parsed.authors) };
  return null;
}

/**
 * `[아주경제=홍길동 기자]`, `[이데일리 최선미 기자] = 본문`, `[가람뉴스]홍길동 기자 = 본문`: a bracketed byline,
 * or the outlet in brackets with the reporters after. Null when the paragraph opens with no bracket; the
 * paragraph unchanged when the bracket names nobody.
 */
function bracketDateline(p: string): Stripped | null {
  const bracket = BRACKET_HEAD.exec(p);
  if (!bracket) return null;
  const inner = dropTrailingCredits((bracket[1] as string).trim());
  // `아주경제=홍길동 기자` — the part after the last `=` names the reporters; before it the outlet/place.
  const eqAt = inner.lastIndexOf('=');
  const segment = reporterSegment(eqAt >= 0 ? inner.slice(eqAt + 1) : inner, eqAt >= 0);
  const parsed = parseTokens(segment, true);
  if (parsed && parsed.authors.length > 0 && parsed.sawRole) {
    // Some outlets write both: `[이데일리 최선미 기자] = 본문`.
    const text = p.slice(bracket[0].length).replace(/^=\s*/, '');
    return { text: text.trim(), authors: dedupe(parsed.authors) };
  }
  // `[가람뉴스]홍길동 기자 = 본문`: the bracket names only the outlet; the reporters follow with their `=`.
  const after = REPORTER_EQ.exec(p.slice(bracket[0].length));
  const reporters = after && outletWords(inner) ? parseTokens(after[1] as string, false) : null;
  if (after && reporters?.sawRole && reporters.authors.some((a) => a.name))
    return {
      text: p.slice(bracket[0].length + after[0].length).trim(),
      authors: dedupe(reporters.authors),
    };
  // `[파이낸셜뉴스] 한빛카드가 …`, `[한빛일보 영상뉴스팀] …`: the outlet's own tag before the first sentence
  // names nobody but goes; so does a press release's (`[보도자료]`, `[한빛일보=보도자료]`, `(자료제공=가람군청)`).
  const rest = p.slice(bracket[0].length).trim();
  if ((outletWords(inner) || PRESS_RELEASE.test(inner)) && rest.length >= 10)
    return { text: rest, authors: [] };
  return { text: p, authors: [] };
}

const PRESS_RELEASE =
  /^(?:[^=]{1,12}=\s*)?(?:보도\s*자료|자료\s*제공(?:\s*=\s*.{1,12})?|보도\s*참고\s*자료)$/;

/**
 * `가람뉴스`, `YTN`, `한빛일보 강원취재본부`: an outlet, with its bureau or desk at most, in letters and digits
 * only (never `사진=연합뉴스` or `엔터미디어=…`), so not a kicker (`단독`, `포토`).
 */
function outletWords(inner: string): boolean {
  if (!/^[가-힣A-Za-z0-9\s]+$/.test(inner)) return false;
  if (isOutletToken(inner.replace(/\s+/g, ''))) return true;
  const words = inner.trim().split(/\s+/);
  return (
    words.length === 2 &&
    isOutletToken(words[0] as string) &&
    (BUREAU_RE.test(words[1] as string) || DESK_RE.test(words[1] as string))
  );
}

/** No bracket: `홍길동 기자 = 본문` (some regional wires and the 서울신문 style), `부산=홍길동 기자 = 본문`. */
function plainDateline(p: string): Stripped | null {
  const eq = LEADING_PLACE_EQ.exec(p) ?? REPORTER_EQ.exec(p);
  if (eq?.[1] && eq[1].length <= 40) {
    const parsed = parseTokens(eq[1], true);
    if (parsed && parsed.authors.length > 0 && parsed.sawRole) {
      return { text: p.slice(eq[0].length).trim(), authors: dedupe(parsed.authors) };
    }
  }
  return null;
}

/**
 * Remove a leading wire dateline or bracketed byline from a story paragraph.
 * Returns the remaining text and the reporters named in it; the text is unchanged when there is none.
 */
export function stripDateline(p: string): { text: string; authors: Author[] } {
  if (!p) return { text: p, authors: [] };
  // `（울산＝뉴스1） 길도윤 기자 ＝ …`: full-width brackets and signs read as their ASCII twins. Each maps to one
  // character, so the text left is at the same place in the paragraph as written.
  const plain = p
    .replace(/[（）［］＝]/g, (c) => FULL_WIDTH[c] ?? c)
    // `[누리경제 황보하준 기자(hajun@…)]`: an address in brackets inside a bracket byline.
    .replace(new RegExp(`\\(\\s*(${EMAIL_RE.source})\\s*\\)`, 'g'), ' $1 ');
  const r = wireDateline(plain) ?? placeDateline(plain) ?? bracketDateline(plain) ?? plainDateline(plain);
  if (!r || r.text === plain) return { text: p, authors: r?.authors ?? [] };
  const at = plain.lastIndexOf(r.text);
  return { text: at >= 0 ? p.slice(at, at + r.text.length) : r.text, authors: r.authors };
}

const FULL_WIDTH: Record<string, string> = { '（': '(', '）': ')', '［': '[', '］': ']', '＝': '=' };

/** `부산=홍길동 기자 = 본문`: a place before the reporters of an unbracketed dateline. */
const LEADING_PLACE_EQ = /^\s*[가-힣]{1,6}\s*=\s*([^=\n]{2,40}?(?:기자|특파원|통신원))\s*=\s*/;

/**
 * The reporters' part of a bracket byline. Its usual shape puts the outlet first (`이데일리 최선미 기자`,
 * `세종=아시아경제 홍길동 기자`, `디지털누리 조은비기자`); an outlet name is indistinguishable from a person's
 * by form, so the first word goes when reporters with a title remain after it and it cannot be a name itself
 * or more words follow it.
 */
/** A place before a comma in a bracket byline: a known city, or two syllables that do not open with a surname. */
function placeNotName(token: string): boolean {
  return PLACES.has(token) || (token.length === 2 && !TRAILING_SURNAMES.includes(token[0] as string));
}

function reporterSegment(segment: string, afterEq: boolean): string {
  const words = segment.trim().split(/\s+/);
  const first = words[0] ?? '';
  // `[한빛SEN=가람, 남궁지호 기자]`: the place, then a comma, then the reporter.
  if (words.length >= 3 && /^[가-힣]{1,4},$/.test(first) && placeNotName(first.slice(0, -1))) {
    const rest = parseTokens(words.slice(1).join(' '), true);
    if (rest?.sawRole && rest.authors.some((a) => a.name)) return words.slice(1).join(' ');
  }
  if (words.length < 2 || /[·ㆍ,]/.test(first)) return segment;
  const whole = parseTokens(segment, true);
  const rest = words.slice(1).join(' ');
  const withoutFirst = parseTokens(rest, true);
  if (!withoutFirst?.sawRole || !withoutFirst.authors.some((a) => a.name)) return segment;
  if (!whole) return rest;
  return words.length >= 3 && !afterEq ? rest : segment;
}

/** `부산=`, `[피닉스(미국) =`, `[LA=`: a place, optionally with its country, then `=` and the reporters. */
const PLACE_EQ = new RegExp(
  `^${OPEN}?\\s*([가-힣A-Za-z]{1,10}(?:\\s*[(（][가-힣A-Za-z]{1,10}[)）])?)\\s*=\\s*(.+?)\\s*${CLOSE}?$`,
);
/** `[피닉스(미국)=김재호 MK스포츠 특파원] 본문`: a bracket byline whose place carries a parenthesised country. */
const PLACE_PAREN_HEAD =
  /^\s*[[【［]\s*([가-힣A-Za-z]{1,12}\s*[(（][가-힣A-Za-z]{1,10}[)）])\s*=\s*([^\]】］=]{2,60}?)\s*[\]】］]\s*/;

/** The copula that ends a sign-off line (`…입니다`, `…였습니다`). */
const SIGNOFF_END = '입니다|이었습니다|였습니다';
/** A TV sign-off with the reporter's name shaped by `name`: outlet, name, title, email, 입니다. */
function signOffRe(name: string): RegExp {
  return new RegExp(
    `^(.{1,20}?)\\s*(${name})(?:\\s*(?:${ROLE_ALT}))?(?:\\s*${OPEN}\\s*(${EMAIL_RE.source})\\s*${CLOSE})?(?:${SIGNOFF_END}|[이가]\\s*전해\\s*드렸습니다)\\.?\\s*(?:${OPEN}?\\s*(${EMAIL_RE.source})\\s*${CLOSE}?)?\\s*$`,
  );
}
/** TV sign-off: `MBC뉴스 홍길동입니다.`, `SBS 홍길동 기자입니다.`, `연합뉴스TV 신새롬입니다. (romi@yna.co.kr)`. */
const SIGNOFF_RE = signOffRe('[가-힣]{2,4}?');
/** The same with a foreign-born reporter's name in Hangul (`KNB 뉴스 올리비아 첸입니다`). */
const SIGNOFF_FOREIGN_RE = signOffRe(FOREIGN_HANGUL_NAME);

const SIGNOFF_SHAPE = new RegExp(`(?:${SIGNOFF_END}|전해\\s*드렸습니다)\\.?\\s*(?:\\S+@\\S+)?\\s*\\)?$`);
/** A sign-off line's copula at its end, taken off to read what signs off. */
const SIGNOFF_TAIL = new RegExp(`(?:${SIGNOFF_END})\\.?$`);
const ROLE_WORD = new RegExp(`^(?:${ROLE_ALT})$`);

/**
 * A broadcast report's last line, `MBC뉴스 홍길동입니다.`, `지금까지 국회에서 KBS 뉴스 홍길동 기자였습니다.`:
 * the reporter, or null when the line does not read as one (the prefix must be an outlet, never a sentence).
 */
export function broadcastSignOff(line: string): Author[] | null {
  // `지금까지 국회에서 …`, `이상 …`: a place phrase may open a TV sign-off.
  const text = line
    .trim()
    .replace(
      /^(?:(?:지금까지|이상)\s*)?(?:[가-힣A-Za-z0-9·]{1,12}(?:\s[가-힣A-Za-z0-9·]{1,12}){0,2}에서\s+)?/,
      '',
    );
  return signOffOf(SIGNOFF_RE.exec(text)) ?? signOffOf(SIGNOFF_FOREIGN_RE.exec(text));
}

function signOffOf(signoff: RegExpExecArray | null): Author[] | null {
  if (!signoff) return null;
  const outlet = (signoff[1] as string).trim();
  const name = signoff[2] as string;
  // `기상캐스터 연하늘이었습니다.`: the title may stand where the outlet does.
  const outletOk = outlet.split(' ').every((t) => isOutletToken(t) || t === '뉴스' || ROLE_WORD.test(t));
  const email = signoff[3] ?? signoff[4] ?? null;
  const named = name.includes(' ') ? isForeignHangulName(name) : isLikelyName(name);
  return outletOk && named ? [{ name, email }] : null;
}

/**
 * A row of segments split by ` / ` or ` | ` where all but one are picture/video credits: the one left is the
 * author (`백승훈 / 사진제공 쿠팡플레이`, `영상취재 방지섭 | 그래픽 도은서 | 권하린 기자`). Before the credits a
 * name alone will do; after them it needs its title (`기자`), as credits list names too.
 */
function besideCredits(s: string): Author[] | null {
  const segs = s.split(/\s+[/|]\s+/);
  if (segs.length < 2) return null;
  const own = segs.filter((x) => !isCreditLabel(x));
  if (own.length !== 1) return null;
  const head = parseTokens(own[0] as string, true);
  const named = head?.authors.filter((a) => a.name) ?? [];
  if (!head || named.length < 1 || named.length > 3) return null;
  return own[0] === segs[0] || head.sawRole ? dedupe(head.authors) : null;
}

const INTERVIEWER_LABEL = new RegExp(`^대담\\s+(?=[가-힣]{2,4}\\s?(?:${ROLE_ALT}))`);
const ANCHOR_BESIDE = /(^|\s)앵커\s+[가-힣]{2,4}\s*[·ㆍ,]\s*/;

/**
 * Parse a reporter signature line into authors, or null when the line is not a signature.
 * Accepts `홍길동 기자 hong@x.co.kr`, `YTN 홍길동 (x@ytn.co.kr)`, `홍길동 기자`, `/홍길동 기자`, an email
 * alone (author with an empty name), `[홍길동 기자 hong@x.com]`, `부산=선수민 기자 sunsoo@…`,
 * `이남경 MK스포츠 기자(…@…)`, `MBC뉴스 홍길동입니다.`.
 */
export function parseSignature(line: string): Author[] | null {
  let s = line.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 240) return null;
  // Leading slash, dash or arrow marks used before signatures.
  // `/채민곤` under a column: the slash marks a signature, so a name alone will do.
  const slashed = s.startsWith('/');
  s = s.replace(/^[/\-–—=▶►·◆◇■□●○]+\s*/, '').trim();
  // `[기자수첩] 도영준 사회부 기자`, `[독자 투고]`: the section's tag before the writer (never `[홍길동 기자]`).
  s = withoutSectionTag(s).trim();
  // `홍길동 기자 ▶제보 jebo@…`: the newsroom's tip line after the signature is not the reporter's.
  s = s.replace(/\s*[▶▷►☞]\s*(?:기사\s*)?(?:제보|문의).*$/, '').trim();
  // `2026.11.20 홍길동 기자`: the date before the name; `홍길동 및 김철수 기자`: 및 joins reporters.
  s = s
    .replace(/^\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?(?:\s*\d{1,2}:\d{2})?\s+(?=\S)/, '')
    // `가람일보 | 도한결 기자 | 2026-06-01`: and the date after it.
    .replace(/(?<=\S)\s*[|│ㅣ]?\s*\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?(?:\s*\d{1,2}:\d{2})?$/, '')
    // `By 탁서진 기자`: an English By before a Korean byline; `글 마동희(72) 객원기자`: the writer's age.
    .replace(/^By\s+(?=[가-힣])/i, '')
    .replace(/(?<![가-힣])([가-힣]{2,4})\(\d{1,3}\)(?=\s)/, '$1')
    // `… 객원기자·전 가람중 교장`: the writer's former post after the title.
    .replace(/(?<=\S)\s*[·ㆍ]\s*(?:전|前)\s+[가-힣A-Za-z0-9 ]{2,24}$/, '')
    .replace(/\s+및\s+/g, '·');
  // `가람일보 홍길동 기자 | 02-1234-5678`: the desk's phone beside a byline is no word of it.
  s = s.replace(PHONE_RE, ' ').trim();
  // `[한빛일보=가람] 홍길동 기자`: a wire head (outlet and place, either order) before the reporter.
  const wire = WIRE_HEAD.exec(s);
  if (wire && isWireHead(wire[1] as string, wire[2] as string)) s = s.slice(wire[0].length).trim();
  // `홍길동 기자 블로그 blog.…`, `… @hong_news`: the reporter's pages after a signature; `… 기자 외 2명`.
  s = s
    .replace(/\s+(?:블로그|인스타그램|페이스북|트위터|유튜브|홈페이지)\s*[:：]?\s*\S+$/, '')
    .replace(/\s+@[A-Za-z0-9_.]{2,30}$/, '')
    .replace(/\s*외\s*\d{1,2}\s*(?:명|인)$/, '')
    .trim();
  // `로봇기자 누리봇`, `[AI 리포터]`: a program signs, nobody does (its address is no reporter's either).
  if (/(?:로봇|AI|인공지능)\s*(?:기자|리포터)/.test(s) && s.length <= 60) return [];
  const by = BY_LINE.exec(s);
  if (by) return byNames(by[1] as string);
  const team = TEAM_NAMES.exec(s);
  if (team && deskLine(team[1] as string)) {
    const members = parseTokens(team[2] as string, false);
    if (members?.authors.some((a) => a.name)) return dedupe(members.authors);
  }
  // A credit row names its writers; one of other credits only (`사진 표하람`) is no signature (isCreditLine).
  const block = creditRow(s);
  if (block?.length) return block;
  const columnist = PEN_NAME_LINE.exec(s);
  if (columnist && isLikelyName(columnist[1] as string))
    return [{ name: columnist[1] as string, email: null }];
  const latin = LATIN_REPORTER.exec(s);
  if (latin) return [{ name: latin[1] as string, email: latin[2] ?? null }];
  // Authorship labels: `글·사진=홍길동 기자`, `정리=홍길동 기자`, `글 홍길동 칼럼니스트`. After one, a name
  // alone signs (`글·사진 홍길동`).
  const unlabelled = s;
  s = s
    .replace(
      /^(?:글|정리|취재|기고)\s*(?:[·ㆍ/]\s*(?:사진|영상|그래픽))?\s*[=:：]\s*|^(?:글|정리)\s*[·ㆍ/]\s*(?:사진|영상)\s+/,
      '',
    )
    // `대담 권하람 논설위원`: who held the interview wrote it up, named with a title.
    .replace(INTERVIEWER_LABEL, '')
    // `가람방송 앵커 석지원 · 선우다온 기자`: the anchor beside the reporter presents, not reports.
    .replace(ANCHOR_BESIDE, '$1');
  const credited = besideCredits(s);
  if (credited) return credited;
  if (isCreditLabel(s)) return null;
  // `박수민 기자·사진=김영호 기자`: a picture/video credit after the author is someone else's job.
  s = dropTrailingCredits(s);

  // `다온TV 뉴스 탐사보도팀입니다.`: a desk signs off, nobody by name.
  if (SIGNOFF_SHAPE.test(s))
    return broadcastSignOff(s) ?? (deskLine(s.replace(SIGNOFF_TAIL, '')) ? [] : null);

  // `부산=선수민 기자 …`, `[피닉스(미국) =김재호 MK스포츠 특파원]`: a place (with its country) before `=` is a
  // dateline-style location, not part of the name.
  const placeEq = PLACE_EQ.exec(s);
  if (placeEq && !isCreditLabel(placeEq[1] as string)) s = placeEq[2] as string;

  const emailCount = (s.match(EMAIL_RE) ?? []).length;
  // An email alone (optionally bracketed): the reporter is unnamed.
  const bare = s.replace(EMAIL_RE, ' ').replace(/(?:e-?mail|이메일|메일|[✉📧]\uFE0F?)/giu, ' ');
  if (emailCount > 0 && bare.replace(/[\s()[\]<>【】,;:：/]/g, '') === '') {
    const own = (s.match(EMAIL_RE) ?? []).filter((email) => !isGenericMailbox(email));
    return dedupe(own.map((email) => ({ name: '', email })));
  }

  // `온라인뉴스팀`, `[한빛일보 특별취재팀]`, `디지털뉴스부 digital@…`: a desk signs, with its mailbox; no reporter.
  if (deskLine(bare)) return [];
  const parsed = parseTokens(s, true);
  if (!parsed) return null;
  const named = parsed.authors.filter((a) => a.name);
  // `뉴스타파 webmaster@newstapa.org`: an outlet and its address, an unnamed sender like an email alone.
  if (named.length === 0) return parsed.sawEmail ? dedupe(parsed.authors) : null;
  // A bare name with neither role nor email is too weak: it could be any short line.
  const alone = named.length === 1 && parsed.authors.length === 1;
  if (!parsed.sawRole && !parsed.sawEmail && (s === unlabelled || named.length > 1) && !(slashed && alone))
    return null;
  // Too many "names" means this is a list of words, not a byline.
  if (named.length > 8) return null;
  return dedupe(parsed.authors);
}

/** A phone number (`02-1234-5678`, `010.1234.5678`, `Tel. (02) 123-4567`), with its label. */
const PHONE_RE = /(?:(?:tel|전화|☎|📞)\.?\s*[:：]?\s*)?\(?\b0\d{1,2}\)?[-.\s]\s?\d{3,4}[-.]\d{4}\b/giu;

/** `서울=연합뉴스`, `한빛일보=가람`: a place and an outlet, in either order. */
function isWireHead(a: string, b: string): boolean {
  const [x, y] = [a.trim(), b.trim()];
  const outlet = (t: string) => isOutletToken(t.replace(/\s+/g, ''));
  return (isPlace(x) && outlet(y)) || (outlet(x) && isPlace(y));
}

/**
 * `[기자수첩]`, `[독자 투고]`, `[한빛만평]`: a section's tag in brackets before the writer, taken off. Not a bracket
 * byline: no `=`, no email, no reporter's title as a word of its own (`[홍길동 기자]`, `[홍길동기자]`).
 */
function withoutSectionTag(s: string): string {
  const m = /^[[【〔<〈]([^\]】〕>〉]{1,14})[\]】〕>〉]\s*/.exec(s);
  if (!m) return s;
  const inner = (m[1] as string).trim();
  if (/[=@]/.test(inner)) return s;
  if (inner.split(/\s+/).some((w) => ROLE_RE.test(w) || NAME_ROLE_RE.test(w))) return s;
  return s.slice(m[0].length);
}

/** `By Kwon Ha-rin`, `By Han Ga-eun and Moon Tae-o`, `By 배윤경, 이상현`. */
const BY_LINE = /^By\s+(.{2,80})$/i;
const LATIN_ONLY = new RegExp(`^(?:${LATIN_NAME})$`);

/** A person's name in Latin letters (`Jane Morrison`, `Kwon Ha-rin`, `JUNG SI-WOO`), by its shape. */
export function isLatinName(name: string): boolean {
  return LATIN_ONLY.test(name);
}

function byNames(list: string): Author[] | null {
  const names = list.split(/\s*(?:,|&|\band\b|·)\s*/).filter(Boolean);
  if (!names.length || names.length > 6) return null;
  if (!names.every((n) => LATIN_ONLY.test(n) || isLikelyName(n))) return null;
  return names.map((name) => ({ name, email: null }));
}

/** `가람신문 취재팀(황보서진, 독고은, 제갈윤)`: a team that names its members in brackets. */
const TEAM_NAMES = /^(.{2,24}?(?:팀|부))\s*[(（]([^()（）]{2,40})[)）]$/;

/**
 * A feature's credit block, one role per line or several on one row: who wrote it (`글`, `취재`, `기사`,
 * `기획·취재`, `데이터·취재`) and who did the rest (`사진`, `디자인`, `개발`, `데이터 분석`, `데스크`). The writers
 * are reporters; a line of other credits names none, but is a credit all the same ([]).
 */
function creditLine(line: string): Author[] | null {
  // `[데이터로 본 한빛시] 취재 강해솔 기자`: a series tag may open the line.
  const words = line.replace(/^[[【][^\]】=]{1,20}[\]】]\s*/, '').split(/\s+/);
  let n = 0;
  let writer = false;
  while (n < 2 && n < words.length - 1) {
    const parts = (words[n] as string).split(/[·ㆍ/]/);
    if (!parts.every((w) => WRITER_WORDS.has(w) || CREDIT_WORDS.has(w))) break;
    // `데이터 정리` is a credit; `기획·취재`, `글·사진`, `데이터 취재` name a writer.
    if (n === 0 ? parts.some((w) => WRITER_WORDS.has(w)) : /^(?:취재|글|기사)$/.test(parts[0] as string))
      writer = true;
    n++;
  }
  if (n === 0) return null;
  const rest = words.slice(n).join(' ');
  if (LATIN_ONLY.test(rest)) return writer ? [{ name: rest, email: null }] : [];
  const parsed = parseTokens(rest, true);
  const named = parsed?.authors.filter((a) => a.name) ?? [];
  // Names only: a sentence that opens with such a word (`취재 결과 밝혀졌다`) ends like one.
  if (!parsed || named.length === 0 || named.length > 6 || /[다요]\.?$/.test(rest)) return null;
  return writer ? dedupe(parsed.authors) : [];
}

/** A credit line, or a row of them split by ` / ` or ` | ` (`글 이예린 / 사진 박준호`): the writers it names. */
function creditRow(s: string): Author[] | null {
  const segs = s.split(/\s+[/|]\s+/);
  const read = segs.map(creditLine);
  if (read.some((r) => r === null)) return null;
  return dedupe((read as Author[][]).flat());
}

/**
 * `위다은 기자는 한빛일보에서 10년째 노동 분야를 담당하고 있다.`: the writer's bio under a story names the writer.
 */
const BIO_RE =
  /^([가-힣]{2,4})\s?(?:기자|특파원|논설위원|칼럼니스트|에디터|선임기자)[는은]\s.{4,120}?(?:담당|취재|출입|맡|졸업|입사|연재|다루|쓰)[가-힣\s·]*(?:있다|했다|한다|왔다|있습니다|했습니다)\.?$/;

/**
 * `이 기사는 석하율·엄도윤 기자가 공동 취재했습니다.`, `이 기사는 AI 기자가 작성했습니다.`: a note on who wrote the
 * story. Reporters who wrote or reported it are its authors; one who only checked an AI's draft is not.
 */
const AUTHOR_NOTE =
  /^(?:\[[^\]]{1,12}\]\s*)?(?:※\s*)?(?:이|본|해당)\s*기사는\s.{2,100}?(?:작성|취재|집필|정리|검수|감수|편집|교열|제작)(?:했|하였|됐|되었|됩니|합니)?습니다\.?$/;
const NOTE_WRITERS =
  /([가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4})*)\s?(?:기자|특파원)(?:가|들이|이)\s*(?:공동\s*)?(?:직접\s*)?(?:취재|작성|집필)/;

/**
 * `필자는 한빛대 교수다. 지방재정을 연구해 왔다.`: the guest writer's bio under a column, which names nobody new (the
 * name line above it does). Its first sentence says what the writer is: an affiliation ending in a title.
 */
const WRITER_BIO = new RegExp(
  `^필자는\\s(?:[가-힣A-Za-z0-9·]+\\s){0,4}[가-힣A-Za-z0-9·]*(?:${COLUMNIST_TITLE_ALT}|${ROLE_ALT})(?:이)?다\\.(?:\\s.{2,160})?$`,
);

function noteOrBio(line: string): Author[] | null {
  if (WRITER_BIO.test(line)) return [];
  const bio = BIO_RE.exec(line);
  if (bio && isLikelyName(bio[1] as string)) return [{ name: bio[1] as string, email: null }];
  if (!AUTHOR_NOTE.test(line)) return null;
  const w = NOTE_WRITERS.exec(line);
  const names = w ? (w[1] as string).split(/\s*[·ㆍ,]\s*/).filter(isLikelyName) : [];
  return names.map((name) => ({ name, email: null }));
}

/** `필자 모세린`, `[한빛칼럼] 필자 모세린`, `글쓴이: 홍길동`: the writer of a column named by the word for writer. */
const PEN_NAME_LINE =
  /^(?:[[［【][^\]］】]{1,20}[\]］】]\s*)?(?:필자|글쓴이|기고자)\s*[:：=]?\s*([가-힣]{2,4})$/;
/** `Jane Morrison 기자 jane@…`: a name in Latin letters, given and family name, before a reporter's title. */
const LATIN_REPORTER = new RegExp(
  `^(${LATIN_NAME})\\s?(?:기자|특파원|통신원)(?:\\s*[(<[]?(${EMAIL_RE.source})[)>\\]]?)?$`,
);

/** Words of a line (emails taken out) that are a desk, with the outlet at most: `[한빛일보 특별취재팀]`. */
function deskLine(bare: string): boolean {
  const words = bare
    .replace(/[[\]()【】<>［］（）]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 3 &&
    ((words.some((w) => DESK_RE.test(w)) &&
      words.every((w) => DESK_RE.test(w) || isOutletToken(w) || w === '뉴스')) ||
      DESK_RE.test(words.join('')))
  );
}

/**
 * A guest columnist's name line closing a column: an optional `글=` label, the name, then an affiliation of
 * at most four words ending in a title (`홍길동 가람대 경제학과 교수`, `최지우 (가람대 명예교수)`,
 * `윤서연 한빛경제연구소장`). Affiliation words carry no particle, so `홍길동 교수는 …` never matches.
 */
const COLUMNIST_RE = new RegExp(
  `^(?:(?:글|필자|기고)(?:\\s*[·ㆍ/]\\s*(?:사진|그림))?\\s*[=:：]\\s*|글\\s*[·ㆍ/]\\s*(?:사진|그림)\\s+)?[[(<〈]?\\s*(${HANGUL_GIVEN_SHORT_SURNAME}|[가-힣]{2,4})(?:\\(\\d{1,3}\\))?\\s*[(（]?((?:[가-힣A-Za-z0-9·.]{1,16}\\s+){0,4}?[가-힣A-Za-z0-9·.]{0,14}?(?:${COLUMNIST_TITLE_ALT}))(?:\\s*[(（][가-힣A-Za-z·\\s]{1,12}[)）])?[)）]?\\s*[\\])>〉]?$`,
);

/** `반소율 (한빛시 주민)`, `기유찬 (가람군 농민)`: a reader's or writer's name line with who they are in brackets. */
const DESCRIBED_NAME = /^([가-힣]{2,4})\s?[(（]([가-힣A-Za-z0-9·\s]{2,30})[)）]$/;

/** Words that end in a title but belong to a sentence or a description, never to an affiliation. */
const AFFILIATION_WORD = /^[가-힣A-Za-z0-9·.]+$/;
const PARTICLE_END = /(?:은|는|이|가|을|를|의|에|에서|도|로|으로|께|께서|이다|였다|했다|한다|된다|인|적)$/;

/** A columnist's name line at the end of a column, as an author; null for anything else. */
export function parseColumnistLine(line: string): Author[] | null {
  const s = withoutSectionTag(
    line
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\/\s*/, ''),
  )
    // `가람대 교수·경제학`: the field after the title.
    .replace(/(·[가-힣]{1,6})([)）]?)$/, '$2');
  const described = DESCRIBED_NAME.exec(s);
  if (described && isLikelyName(described[1] as string)) {
    const words = (described[2] as string).trim().split(/\s+/);
    if (words.every((w) => AFFILIATION_WORD.test(w) && !PARTICLE_END.test(w)))
      return [{ name: described[1] as string, email: null }];
  }
  if (!s || s.length > 50 || /[.!?"“”‘’'…]$/.test(s)) return null;
  const m = COLUMNIST_RE.exec(s);
  if (!m) return null;
  const name = m[1] as string;
  const words = (m[2] as string).trim().split(/\s+/);
  // The title may stand alone (`정다은 변호사`) or end the last affiliation word (`한빛경제연구소장`).
  const plain = words.slice(0, -1);
  // `가람대 교수`: a school or party is not a name.
  const named = name.includes(' ') ? isForeignHangulName(name) : isLikelyName(name);
  if (!named || isOutletToken(name) || /(?:대|당)$/.test(name)) return null;
  if (!plain.every((w) => AFFILIATION_WORD.test(w) && !PARTICLE_END.test(w))) return null;
  return [{ name, email: null }];
}

/** A line that closes a story with its author: a reporter's signature or a columnist's name line. */
export function readSignOff(line: string): Author[] | null {
  // `◇ 남궁지호 가람대 교수 약력: …`: a columnist's line with the bio after it.
  const bio = /^\s*[◇◆■□●○]?\s*([^:：]{4,40}?)\s+약력\s*[:：]/.exec(line);
  if (bio) return parseColumnistLine(bio[1] as string);
  return parseSignature(line) ?? parseColumnistLine(line) ?? noteOrBio(line);
}

const COLON_CREDIT_RE = new RegExp(`^(?:${COLON_CREDIT_ROLES.join('|')})\\s*[:：]`);
/**
 * A credit line for pictures, video or production: every part is a credit role followed by names or a source
 * (`(영상취재: 홍길동 / 영상편집: 김철수)`, `촬영기자:홍길동/영상편집:김철수`, `/사진=가람일보 DB`, `그래픽 이영희`).
 * A sentence that opens with such a word (`그래픽 디자이너인 박민수 씨는 …`) is not one.
 */
export function isCreditLine(line: string): boolean {
  const s = line
    .trim()
    .replace(/^[/([<〈【［]+\s*|\s*[)\]>〉】］]+$/g, '')
    .trim();
  if (!s || s.length > 160 || /[다요]\.?$/.test(s)) return false;
  // `디자인 소윤슬`, `데이터 분석 권보미 / 시각화 한누리`: a feature's credits that name no writer.
  if (creditRow(s)?.length === 0) return true;
  const parts = s.split(/\s*[/|]\s*|\s*[,·ㆍ]\s*(?=[가-힣A-Z]{1,6}\s*[:：=])/);
  return parts.every((part) => {
    if (COLON_CREDIT_RE.test(part)) return part.length < 60;
    if (!isCreditLabel(part)) return false;
    // `사진=연합뉴스`, `화면 출처 : 유튜브`: a labelled source may be anything short.
    if (/[:：=]/.test(part)) return part.length < 60;
    // `영상편집 김철수`, `그래픽 이영희 기자`: without a colon the rest must be names and titles only.
    const rest = part.replace(/^\S+\s*/, '');
    return !rest || !!parseTokens(rest, true);
  });
}

/**
 * A signature glued to the end of the last sentence: `… 밝혔다. 홍길동 기자 hong@x.kr`, `… 전했다. /waw@osen.co.kr`,
 * `… 2023.04.07 / x@y.com` (a photo date and the address).
 */
const GLUED_SIGN_OFF_RE = new RegExp(
  `\\s+(?:\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2}\\.?\\s*)?(?:/\\s*)?((?:[가-힣]{2,4}\\s*(?:기자|특파원)\\s*)?[(<[]?(${EMAIL_RE.source})[)>\\]]?)\\s*$`,
);

const GLUED_PLACE_SIGN_RE = new RegExp(
  `^(.{15,}[.!?”"’])\\s*(?:/\\s*)?[가-힣]{2,6}\\s?=\\s?([가-힣]{2,4})\\s?(?:기자|특파원)(?:\\s*[(<[]?(${EMAIL_RE.source})[)>\\]]?)?$`,
);

const GLUED_SLASH_NAME_RE = /^(.{6,}[.!?”"’])\s*\/\s*([가-힣]{2,4})$/;
const GLUED_NAME_RE = new RegExp(`^(.{15,}[.!?”"’])\\s*/?\\s*([가-힣]{2,4})\\s?(?:${ROLE_ALT})$`);

/**
 * Cut a signature glued to a story paragraph. The paragraph keeps its text when what would remain is not a
 * sentence (`[가람뉴스 이영희 기자 lee@…]`, `제보 jebo@…` are whole sign-off lines, read by `readSignOff`).
 */
export function splitGluedSignOff(p: string): { text: string; authors: Author[] } {
  // `…처리했다.부산=홍길동 기자 hong@x.kr`: a place=reporter signature glued to the last sentence.
  const place = GLUED_PLACE_SIGN_RE.exec(p);
  // `…것입니다. 번역 = 위소담 기자`: a credit (translation, photos) where the place would be names no author.
  if (place && isCreditLabel(p.slice((place[1] as string).length)))
    return { text: place[1] as string, authors: [] };
  if (place && isLikelyName(place[2] as string)) {
    const email = place[3] && !isGenericMailbox(place[3]) ? place[3] : null;
    return { text: place[1] as string, authors: [{ name: place[2] as string, email }] };
  }
  // `…밝혔다. 홍길동 기자`: a name and title alone after a sentence is cut, but names nobody: a photo caption
  // ends the same way with the photographer (`…큰절을 올리고 있다. 고영권 기자`).
  const named = GLUED_NAME_RE.exec(p);
  if (named && isLikelyName(named[2] as string)) return { text: named[1] as string, authors: [] };
  // `…바라본다. /채민곤`: a column signed with the writer's name alone after a slash.
  const slashed = GLUED_SLASH_NAME_RE.exec(p);
  if (slashed && isLikelyName(slashed[2] as string))
    return { text: slashed[1] as string, authors: [{ name: slashed[2] as string, email: null }] };
  const m = GLUED_SIGN_OFF_RE.exec(p);
  const text = m ? p.slice(0, m.index).trim() : '';
  if (!m || !(text.length >= 40 || /[.!?"”’')\]다요죠]$/.test(text))) return { text: p, authors: [] };
  const email = m[2] as string;
  const signed = parseSignature(m[1] as string)?.filter((a) => a.name) ?? [];
  if (signed.length) return { text, authors: signed };
  return { text, authors: isGenericMailbox(email) ? [] : [{ name: '', email }] };
}

/** The op-ed disclaimer under a column (`*외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다.`). */
export const COLUMN_DISCLAIMER_RE =
  /^[*※]?\s*(?:외부\s*)?(?:필자|기고자|칼럼니스트)의\s*(?:기고|원고|칼럼|글|의견|견해)[은는이가]?.{0,30}(?:편집\s*방향|견해|입장|논조)[과와]?\s*(?:다를|일치하지|무관|같지)/;

/** A newsroom contact line at the tail (`제보 jebo@…`, `문의: webmaster@…`): a mailbox and a few label words. */
export function isMailboxLine(line: string): boolean {
  const emails = line.match(EMAIL_RE) ?? [];
  if (!emails.length || line.length > 60 || !emails.every(isGenericMailbox)) return false;
  const rest = line
    .replace(EMAIL_RE, ' ')
    .replace(/[\s()[\]<>:：/|,·-]+/g, ' ')
    .trim();
  return !/[다요]\.?$/.test(rest) && rest.split(' ').length <= 3;
}

/** Parse any free byline text (a byline element's text, a JSON-LD author name) into authors. */
export function parseBylineText(raw: string): Author[] {
  const s = withoutSectionTag(raw.replace(/\s+/g, ' ').trim());
  if (!s) return [];
  // `모세린 한빛대 경제학과 교수`: a columnist's name line is a byline too.
  const sig = parseSignature(s) ?? parseColumnistLine(s);
  if (sig) return sig;
  const parsed = parseTokens(s, true);
  if (!parsed) return [];
  const named = parsed.authors.filter((a) => a.name);
  // Several bare words with no role, email or list separator are a phrase (`정보 이동환 기자의 기사 모음`
  // minus its particles), not a list of reporters; `By 배윤경,이상현` has its commas.
  if (!parsed.sawRole && !parsed.sawEmail && named.length > 1 && !/[,，·ㆍ、/]/.test(s)) return [];
  return dedupe(parsed.authors);
}

/** Outlet-shaped words: also used by metadata to tell an outlet credit from a reporter. */
export function looksLikeOutlet(token: string): boolean {
  return isOutletToken(token.replace(/\s+/g, ''));
}

/**
 * The outlet credited by a leading dateline or bracket byline, if any: `(서울=연합뉴스) …` → 연합뉴스,
 * `[아주경제=홍길동 기자]` → 아주경제, `[이데일리 최선미 기자]` → 이데일리, `[엔터미디어=정덕현의 이슈공감]` → 엔터미디어,
 * `스포츠조선=선수민 기자` → 스포츠조선. Null when the paragraph opens with no such credit.
 */
export function datelineOutlet(p: string): string | null {
  const s = p.trim();
  // `[피닉스(미국)=김재호 MK스포츠 특파원]`: the outlet is the outlet word among the reporters.
  const placeHead = PLACE_PAREN_HEAD.exec(s);
  if (placeHead) {
    const tok = (placeHead[2] as string).split(/\s+/).find((t) => isOutletToken(t) && !ROLE_RE.test(t));
    return tok ?? null;
  }
  const wire = WIRE_HEAD.exec(s);
  if (wire) {
    const left = (wire[1] as string).trim();
    const right = (wire[2] as string).trim();
    const rightTokens = parseTokens(right, true);
    // `(사진=연합뉴스)`, `[그래픽=뉴스1]`: a picture credit, not a dateline.
    if (isCreditLabel(left)) return null;
    // `[아주경제=홍길동 기자]`: the right names a reporter, so the left is the outlet — unless it is a place
    // (`【베이징=이재준 특파원】`, `[인천=홍길동 기자]`, `(정선군=…)`).
    // `[부산=스포츠조선 선수민 기자]`: a place on the left, the outlet among the reporters on the right.
    if (rightTokens?.sawRole) {
      if (!isPlace(left)) return left;
      return right.split(/\s+/).find((t) => isOutletToken(t) && !ROLE_RE.test(t)) ?? null;
    }
    // `(서울=연합뉴스)`, `(LA=연합뉴스)`: a place on the left, the wire on the right.
    if (isOutletToken(right.replace(/\s+/g, '')) && right.length <= 12) return right;
    // `[엔터미디어=정덕현의 이슈공감]`: an outlet-shaped left side.
    if (isOutletToken(left)) return left;
    return null;
  }
  const bracket = BRACKET_HEAD.exec(s);
  if (bracket) {
    const inner = (bracket[1] as string).trim();
    const words = inner.split(/\s+/);
    if (words.length >= 3 && /(?:기자|특파원)$/.test(inner) && !/[·ㆍ,=]/.test(words[0] as string))
      return words[0] as string;
    return null;
  }
  // `스포츠조선=선수민 기자` (meta credits and some first lines).
  const eq = /^([^\s=]{2,12})\s*=\s*([가-힣]{2,4})\s*(?:기자|특파원)/.exec(s);
  if (eq && !/^[가-힣]{1,3}$/.test(eq[1] as string)) return eq[1] as string;
  if (eq && isOutletToken(eq[1] as string)) return eq[1] as string;
  return null;
}

/** The outlet word of a signature line (`(SBS연예뉴스 강경윤 기자)` → SBS연예뉴스), or null. */
export function signatureOutlet(line: string): string | null {
  if (!parseSignature(line)) return null;
  const s = line.replace(EMAIL_RE, ' ').replace(/[()[\]<>{}【】]/g, ' ');
  for (const tok of s.split(/\s+/)) {
    const t = tok.replace(/입니다\.?$/, '').replace(/^[/\-–—=▶►·]+/, '');
    if (t && isOutletToken(t) && !ROLE_RE.test(t)) return t;
  }
  return null;
}
