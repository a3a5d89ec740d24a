/**
 * Reporter bylines in Korean news text: wire datelines at the head of the first paragraph
 * (`(서울=연합뉴스) 홍길동 기자 =`, `[아주경제=홍길동 기자]`) and signature lines at the tail
 * (`홍길동 기자 hong@x.co.kr`, `YTN 홍길동 (x@ytn.co.kr)`, `MBC뉴스 홍길동입니다.`).
 *
 * Both parsers are deliberately strict: a line is a byline only when every token in it is a name, a role
 * word, an outlet, an email or punctuation. A story sentence that merely mentions a 기자 always carries
 * other words (particles, verbs), so it is left alone.
 */
import type { Author } from './types';

/** Job titles written after a reporter's name. Longest first so `선임기자` wins over `기자`. */
const ROLES = [
  '기상캐스터',
  '에디터',
  '칼럼니스트',
  '객원기자',
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
const ROLE_ALT = ROLES.join('|');
const ROLE_RE = new RegExp(`^(?:${ROLE_ALT})$`);
/** A name glued to its role (`홍길동기자`). */
const NAME_ROLE_RE = new RegExp(`^([가-힣]{2,4})(?:${ROLE_ALT})$`);

export const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * Words of 2–4 syllables that look like names in a byline position but are labels or common nouns.
 * Only used to refuse tokens; real names are open-ended.
 */
const NOT_NAMES = new Set([
  '기자',
  '뉴스',
  '사진',
  '영상',
  '취재',
  '정리',
  '편집',
  '그래픽',
  '촬영',
  '제공',
  '자료',
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
  '구독',
  '제보',
  '메일',
  '입니다',
  // UI words next to bylines (`이메일 보내기`, `기자 구독`, `다른 기사`): never names.
  '이메일',
  '보내기',
  '구독하기',
  '다른기사',
  '더보기',
  '페이지',
  '팔로우',
  '응원',
  '응원하기',
  '프로필',
  '바로가기',
  '공유',
  '공유하기',
  '스크랩',
  '인쇄',
  '댓글',
  '좋아요',
  '기사보기',
  '전체기사',
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
]);

/**
 * Place names written before a reporter in regional bylines (`순천, 광양 구현모 기자`, `부산=선수민 기자`) and
 * correspondents' cities: never reporters. Korean cities/provinces and common foreign posts.
 */
const PLACES = new Set(
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

/** A place written before `=` in a dateline: a known city, or a short name with an administrative suffix. */
function isPlace(token: string): boolean {
  const t = token.replace(/\s+/g, '');
  if (PLACES.has(t)) return true;
  if (/^[가-힣]{1,2}$/.test(t)) return true;
  return /^[가-힣]{1,3}(?:시|군|구|도|읍|면|동|현|주|성)$/.test(t) && !isOutletToken(t);
}

/** Labels that may precede an author's name in a signature (`정리=홍길동 기자`, `글·사진 홍길동`). */
const AUTHOR_LABELS = new Set([
  '글',
  '정리',
  '글·사진',
  '글ㆍ사진',
  '글/사진',
  '취재',
  '기고',
  // Field labels of byline rows (`기자명 홍길동 기자`, `취재기자 : 홍길동`, `작성자 홍길동`).
  '기자명',
  '취재기자',
  '작성자',
  '글쓴이',
  '필자',
  '기고자',
]);
/** Labels that mark a credit for pictures or video, not authorship (`영상취재: 홍길동`). */
const CREDIT_LABELS =
  /^(?:사진|영상|영상취재|영상편집|촬영|그래픽|편집|디자인|자료|출처|제공|CG|VJ|화면제공|화면\s*캡처|캡처)/;

/** Desks and teams that sign stories (`편집국`, `디지털뉴스팀`, `사회부`): not people. */
const DESK_RE =
  /^(?:편집|보도|취재|사회|정치|경제|국제|문화|체육|사진|영상|기획|뉴스|디지털|온라인|산업|금융|전국|지역|사건|연예|스포츠|과학|생활|데이터|속보|탐사|기동|특별취재|디지털뉴스|온라인뉴스)(?:팀|부|국|반|센터|데스크)$/;

/** Hangul tokens shaped like an outlet (`한국일보`, `뉴스핌`, `일간스포츠`): never taken as a person's name. */
const OUTLET_NAME_SHAPE =
  /^(?:뉴스|스포츠)[가-힣]{1,3}$|^[가-힣]{1,2}(?:뉴스|일보|신문|방송|닷컴|타임스|저널|미디어|데일리|투데이|스포츠|뉴시스)$/;

export function isLikelyName(token: string): boolean {
  return (
    /^[가-힣]{2,4}$/.test(token) &&
    !NOT_NAMES.has(token) &&
    !ROLE_RE.test(token) &&
    !DESK_RE.test(token) &&
    !(token.length >= 3 && OUTLET_NAME_SHAPE.test(token))
  );
}

/**
 * A token naming an outlet rather than a person: Latin capitals (`YTN`, `MBN뉴스`, `MK스포츠`) or a Korean
 * word ending like an outlet (`연합뉴스TV`, `한국일보`, `스포츠조선닷컴`, `뉴스1`).
 */
function isOutletToken(token: string): boolean {
  if (/[A-Za-z]/.test(token) && !token.includes('@')) return true;
  if (token.length >= 3 && OUTLET_NAME_SHAPE.test(token)) return true;
  return (
    /(?:뉴스|뉴시스|일보|신문|방송|닷컴|뉴스1|TV|경제|타임스|저널|미디어|데일리|투데이|스포츠|[가-힣]24)$/.test(
      token,
    ) && token.length >= 3
  );
}

/** Separators between reporters or around a name. */
const SPLIT_RE = /[\s·ㆍ∙•・,，、/]+/;

interface Parsed {
  authors: Author[];
  sawRole: boolean;
  sawEmail: boolean;
}

/**
 * Parse a run of byline tokens (`홍길동·김철수 기자 hong@x.kr`). Returns null as soon as a token is
 * neither a name, a role, an outlet, an email nor a label — that is what keeps sentences out.
 * `allowOutlets` lets outlet words appear (signatures, bracket bylines); datelines already consumed theirs.
 */
function parseTokens(segment: string, allowOutlets: boolean): Parsed | null {
  const authors: Author[] = [];
  let sawRole = false;
  let sawEmail = false;
  // Emails first, so their dots and @ do not break tokenisation; keep their order with a placeholder.
  const emails: string[] = [];
  const text = segment.replace(EMAIL_RE, (m) => {
    emails.push(m);
    return ` \u0000${emails.length - 1} `;
  });
  const tokens = text
    .replace(/[()[\]<>{}【】〔〕「」『』"“”'‘’:=|]/g, ' ')
    .split(SPLIT_RE)
    .filter((t) => t && !/^[-–—_.~*]+$/.test(t));
  let pendingEmail: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as string;
    if (tok.startsWith('\u0000')) {
      const email = emails[Number(tok.slice(1))] as string;
      sawEmail = true;
      // An email belongs to the nearest preceding reporter that has none yet.
      const owner = [...authors].reverse().find((a) => a.email === null);
      if (owner) owner.email = email;
      else if (authors.length === 0) pendingEmail = email;
      else authors.push({ name: '', email });
      continue;
    }
    if (ROLE_RE.test(tok)) {
      sawRole = true;
      continue;
    }
    const glued = NAME_ROLE_RE.exec(tok);
    if (glued && !NOT_NAMES.has(glued[1] as string)) {
      sawRole = true;
      authors.push({ name: glued[1] as string, email: null });
      continue;
    }
    if (PLACES.has(tok)) continue;
    if (isLikelyName(tok)) {
      authors.push({ name: tok, email: null });
      continue;
    }
    if (allowOutlets && isOutletToken(tok)) continue;
    if (i === 0 && AUTHOR_LABELS.has(tok)) continue;
    return null;
  }
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
/** Reporter run ending in a role and `=`: `홍길동·김철수 기자 =`, `홍길동 특파원 hong@yna.co.kr =`. */
const REPORTER_EQ = /^([^=\n]{2,80}?)\s*=\s*/;

/**
 * Remove a leading wire dateline or bracketed byline from a story paragraph.
 * Returns the remaining text and the reporters named in it; the text is unchanged when there is none.
 */
export function stripDateline(p: string): { text: string; authors: Author[] } {
  const none = { text: p, authors: [] as Author[] };
  if (!p) return none;

  const wire = WIRE_HEAD.exec(p);
  if (wire) {
    const rest = p.slice(wire[0].length);
    const eq = REPORTER_EQ.exec(rest);
    if (eq) {
      const parsed = parseTokens(eq[1] as string, false);
      if (parsed && parsed.authors.length > 0 && (parsed.sawRole || parsed.sawEmail)) {
        return { text: rest.slice(eq[0].length).trim(), authors: dedupe(parsed.authors) };
      }
    }
    // `(서울=연합뉴스) = 본문` or a dateline with no reporter before the story.
    const bareEq = /^=\s*/.exec(rest);
    if (bareEq) return { text: rest.slice(bareEq[0].length).trim(), authors: [] };
    // `(서울=연합뉴스) 정부가 …`: place = wire with no reporter named; the story follows directly.
    const place = (wire[1] as string).trim();
    const wireName = (wire[2] as string).trim().replace(/\s+/g, '');
    if (!CREDIT_LABELS.test(place) && isPlace(place) && isOutletToken(wireName) && rest.length > 0) {
      return { text: rest.trim(), authors: [] };
    }
    // Otherwise the bracket may itself hold the reporter (`[아주경제=홍길동 기자]`): fall through.
  }

  const placeHead = PLACE_PAREN_HEAD.exec(p);
  if (placeHead) {
    const parsed = parseTokens(placeHead[2] as string, true);
    if (parsed?.sawRole && parsed.authors.some((a) => a.name))
      return { text: p.slice(placeHead[0].length).trim(), authors: dedupe(parsed.authors) };
  }

  const bracket = BRACKET_HEAD.exec(p);
  if (bracket) {
    const inner = (bracket[1] as string).trim();
    // `아주경제=홍길동 기자` — the part after the last `=` names the reporters; before it the outlet/place.
    const eqAt = inner.lastIndexOf('=');
    let segment = eqAt >= 0 ? inner.slice(eqAt + 1) : inner;
    if (eqAt < 0) {
      // `[이데일리 최선미 기자]`: the usual shape puts the outlet first, so drop the first word when
      // reporters remain after it (an outlet name like 이데일리 is indistinguishable from a name by form).
      const words = segment.split(/\s+/);
      const first = words[0] ?? '';
      if (words.length >= 3 && !/[·ㆍ,]/.test(first)) {
        const withoutFirst = parseTokens(words.slice(1).join(' '), true);
        if (withoutFirst?.authors.some((a) => a.name)) segment = words.slice(1).join(' ');
      }
    }
    const parsed = parseTokens(segment, true);
    if (parsed && parsed.authors.length > 0 && parsed.sawRole) {
      let text = p.slice(bracket[0].length);
      // Some outlets write both: `[이데일리 최선미 기자] = 본문`.
      text = text.replace(/^=\s*/, '');
      return { text: text.trim(), authors: dedupe(parsed.authors) };
    }
    return none;
  }

  // No bracket: `홍길동 기자 = 본문` (some regional wires and the 서울신문 style).
  const eq = REPORTER_EQ.exec(p);
  if (eq?.[1] && eq[1].length <= 40) {
    const parsed = parseTokens(eq[1], true);
    if (parsed && parsed.authors.length > 0 && parsed.sawRole) {
      return { text: p.slice(eq[0].length).trim(), authors: dedupe(parsed.authors) };
    }
  }
  return none;
}

/** `부산=`, `[피닉스(미국) =`, `[LA=`: a place, optionally with its country, then `=` and the reporters. */
const PLACE_EQ = new RegExp(
  `^${OPEN}?\\s*([가-힣A-Za-z]{1,10}(?:\\s*[(（][가-힣A-Za-z]{1,10}[)）])?)\\s*=\\s*(.+?)\\s*${CLOSE}?$`,
);
/** `[피닉스(미국)=김재호 MK스포츠 특파원] 본문`: a bracket byline whose place carries a parenthesised country. */
const PLACE_PAREN_HEAD =
  /^\s*[[【［]\s*([가-힣A-Za-z]{1,12}\s*[(（][가-힣A-Za-z]{1,10}[)）])\s*=\s*([^\]】］=]{2,60}?)\s*[\]】］]\s*/;

/** TV sign-off: `MBC뉴스 홍길동입니다.`, `SBS 홍길동 기자입니다.`, `연합뉴스TV 신새롬입니다. (romi@yna.co.kr)`. */
const SIGNOFF_RE = new RegExp(
  `^(.{1,20}?)\\s*([가-힣]{2,4})(?:\\s*(?:${ROLE_ALT}))?입니다\\.?\\s*(?:${OPEN}?\\s*(${EMAIL_RE.source})\\s*${CLOSE}?)?\\s*$`,
);

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
  s = s.replace(/^[/\-–—=▶►·◆◇■□●○]+\s*/, '').trim();
  // Authorship labels: `글·사진=홍길동 기자`, `정리=홍길동 기자`, `글 홍길동 칼럼니스트`.
  s = s.replace(
    /^(?:글|정리|취재|기고)\s*(?:[·ㆍ/]\s*(?:사진|영상|그래픽))?\s*[=:：]\s*|^(?:글|정리)\s*[·ㆍ/]\s*(?:사진|영상)\s+/,
    '',
  );
  if (CREDIT_LABELS.test(s)) return null;
  // `박수민 기자·사진=김영호 기자`: a picture/video credit after the author is someone else's job.
  const cut = s.replace(/\s*[·ㆍ,/|]\s*(?:사진|영상|그래픽|촬영|편집|디자인)\s*[=:：].*$/, '');
  if (cut && cut !== s) s = cut.trim();

  // `지금까지 국회에서 MBC뉴스 홍길동입니다.`: a place phrase may open a TV sign-off.
  const signoff = SIGNOFF_RE.exec(
    s.replace(/^(?:지금까지\s*)?(?:[가-힣A-Za-z0-9·]{1,12}(?:\s[가-힣A-Za-z0-9·]{1,12})?에서\s+)?/, ''),
  );
  if (signoff) {
    const outlet = (signoff[1] as string).trim();
    const name = signoff[2] as string;
    // The prefix must read as an outlet (`MBC뉴스`, `KBS 뉴스`, `연합뉴스TV`), never a sentence.
    const outletOk = outlet.split(' ').every((t) => isOutletToken(t) || t === '뉴스');
    if (outletOk && isLikelyName(name)) return [{ name, email: signoff[3] ?? null }];
    return null;
  }

  // `백승훈 / 사진제공 쿠팡플레이`: a name followed only by picture/video credits.
  const segs = s.split(/\s+[/|]\s+/);
  if (segs.length >= 2 && segs.slice(1).every((x) => CREDIT_LABELS.test(x))) {
    const head = parseTokens(segs[0] as string, true);
    const named = head?.authors.filter((a) => a.name) ?? [];
    if (head && named.length >= 1 && named.length <= 3) return dedupe(head.authors);
  }

  // `부산=선수민 기자 …`, `[피닉스(미국) =김재호 MK스포츠 특파원]`: a place (with its country) before `=` is a
  // dateline-style location, not part of the name.
  const placeEq = PLACE_EQ.exec(s);
  if (placeEq && !CREDIT_LABELS.test(placeEq[1] as string)) s = placeEq[2] as string;

  const emailCount = (s.match(EMAIL_RE) ?? []).length;
  // An email alone (optionally bracketed): the reporter is unnamed.
  if (emailCount > 0 && s.replace(EMAIL_RE, '').replace(/[\s()[\]<>【】,;:/]/g, '') === '') {
    return dedupe((s.match(EMAIL_RE) ?? []).map((email) => ({ name: '', email })));
  }

  const parsed = parseTokens(s, true);
  if (!parsed) return null;
  const named = parsed.authors.filter((a) => a.name);
  // `뉴스타파 webmaster@newstapa.org`: an outlet and its address, an unnamed sender like an email alone.
  if (named.length === 0) return parsed.sawEmail ? dedupe(parsed.authors) : null;
  // A bare name with neither role nor email is too weak: it could be any short line.
  if (!parsed.sawRole && !parsed.sawEmail) return null;
  // Too many "names" means this is a list of words, not a byline.
  if (named.length > 8) return null;
  return dedupe(parsed.authors);
}

/** Parse any free byline text (a byline element's text, a JSON-LD author name) into authors. */
export function parseBylineText(raw: string): Author[] {
  const s = raw.replace(/\s+/g, ' ').trim();
  if (!s) return [];
  const sig = parseSignature(s);
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
    if (CREDIT_LABELS.test(left)) return null;
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
