/**
 * Headline and outlet name. Meta titles carry site suffixes (` | 한국일보`, ` - 매일경제`, `-정치ㅣ한국일보`,
 * ` : 네이버 뉴스`, `대전일보 모바일 :: …`); we strip segments that read as a site or section name, and prefer
 * the headline element the page shows when it matches the meta title by Hangul-aware (bigram) similarity.
 */
import { squash, textSimilarity } from '../korean/text';
import { clean } from './dom';

// One bigram similarity and one white-space squash for the whole core (text.ts).
export { squash, textSimilarity as similarity };

/** Squashed text with quote look-alikes unified (`″` vs `"`, `′` vs `'`), for comparing headline copies. */
export const squashQuotes = (s: string) =>
  squash(s)
    .replace(/[″“”＂〃]/g, '"')
    .replace(/[′‘’＇`]/g, "'");

/** Section words that appear as title suffixes (`-정치ㅣ한국일보`, `- 스포츠 > 스포츠 포토`). */
const SECTION_WORDS =
  /^(?:기사본문|본문|기사|정치|경제|사회|국제|세계|문화|연예|스포츠|생활|IT|과학|오피니언|사설|칼럼|전국|지역|산업|금융|증권|부동산|기업|라이프|건강|여행|교육|날씨|포토|영상|뉴스|속보|종합|연예일반|문화·연예|생활·문화|정치일반|사회일반|경제일반)(?:\s*>\s*\S.*)?$/;

/** A title segment that names a site rather than saying anything about the story. */
function isSiteSegment(seg: string, names: readonly string[]): boolean {
  const s = clean(seg);
  if (!s) return true;
  const sq = squash(s).toLowerCase();
  for (const n of names) {
    const nq = squash(n).toLowerCase();
    if (
      nq &&
      (sq === nq || sq.startsWith(nq) || (nq.length >= 2 && sq.includes(nq) && sq.length <= nq.length + 8))
    )
      return true;
  }
  if (s.length > 24) return false;
  if (SECTION_WORDS.test(s)) return true;
  // Outlet-shaped: Latin brand (`Entermedia`, `YTN`), or ending like an outlet name.
  if (/^[A-Za-z][A-Za-z0-9 .&'-]{1,23}$/.test(s)) return true;
  return /(?:뉴스|일보|신문|닷컴|방송|TV|타임스|경제|미디어|저널|데일리|포스트|투데이|모바일|네이버|다음|네이트|News|NEWS)$/.test(
    s.replace(/\s*(?:모바일|홈)$/, '모바일'),
  );
}

const SEP = /\s+[|\-–—:><·]\s+|\s*[|ㅣ｜]\s*|\s+::\s+|\s+-\s*$/;

/** Remove site/section suffixes and prefixes from a document/og title. */
export function stripSiteSuffix(raw: string, names: readonly string[]): string {
  let t = clean(raw);
  if (!t) return t;
  let strippedPipe = false;
  for (let guard = 0; guard < 5; guard++) {
    // Last separator in the title.
    const re = new RegExp(SEP.source, 'g');
    let last: RegExpExecArray | null = null;
    let m: RegExpExecArray | null = re.exec(t);
    while (m) {
      if (m.index > 0) last = m;
      m = re.exec(t);
    }
    if (!last) break;
    const head = t.slice(0, last.index);
    const tail = t.slice(last.index + last[0].length);
    if (head.length < 4 || !isSiteSegment(tail, names)) break;
    if (/[|ㅣ｜]/.test(last[0])) strippedPipe = true;
    t = clean(head);
  }
  // `제목-정치ㅣ한국일보`: a glued `-섹션` only right after a pipe suffix was removed.
  if (strippedPipe) t = t.replace(/-(?:[가-힣·]{2,6})$/, (m) => (SECTION_WORDS.test(m.slice(1)) ? '' : m));
  // Prefix `대전일보 모바일 :: 제목`, `[연합뉴스] ` is kept (it can be a label), only `::`/`|` prefixes go.
  const pre = /^(.{2,24}?)\s*(?:::|\||ㅣ)\s+/.exec(t);
  if (pre && isSiteSegment(pre[1] as string, names) && t.length - pre[0].length >= 4)
    t = t.slice(pre[0].length);
  return clean(t);
}

/**
 * The outlet named by a title's last segment (`도로 확장 - 나라일보`, `제목 | 가나뉴스`, `제목 : 다라신문`), when that
 * segment reads like an outlet (not a section word, not a portal); null otherwise.
 */
export function titleSuffixOutlet(raw: string): string | null {
  const t = clean(raw);
  const re = new RegExp(SEP.source, 'g');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(t); m; m = re.exec(t)) if (m.index > 0) last = m;
  if (!last) return null;
  const tail = clean(t.slice(last.index + last[0].length));
  if (!tail || tail.length > 15 || t.slice(0, last.index).length < 4 || SECTION_WORDS.test(tail)) return null;
  if (/네이버|다음|네이트|naver|daum|nate/i.test(tail)) return null;
  if (!/[가-힣]/.test(tail)) return null;
  return /(?:뉴스|일보|신문|닷컴|방송|TV|타임스|타임즈|경제|미디어|저널|데일리|포스트|투데이|스포츠|신보|뉴시스|통신)$/.test(
    tail,
  )
    ? tail
    : null;
}

/**
 * Normalise an outlet name: drop portal tails (`뉴스타파 | 네이버`), a generic NEWS/뉴스 after a Latin brand
 * (`SBS NEWS` → `SBS`, `KBS 뉴스` → `KBS`), `(주)`, and URLs. Korean names ending in 뉴스 (`연합뉴스`) stay.
 */
export function normalizePublisher(raw: string | null | undefined): string | null {
  let s = clean(raw);
  if (!s) return null;
  s = s.replace(/\s*[|:ㅣ]\s*(?:네이버|다음|네이트|Naver|Daum|Nate)(?:\s*뉴스)?\s*$/i, '');
  s = s.replace(/\(?주식회사\)?|\(주\)|㈜/g, '').replace(/\s*\(?(?:https?:\/\/)?www\.[^\s)]+\)?/g, '');
  s = s.replace(/^["'‘’“”]+|["'‘’“”]+$/g, '').trim();
  // `가나일보 - 지역 대표 신문`, `가나일보 | 가나일보`: the outlet is the first segment.
  const seg = s.split(/\s+[|\-–—:·]\s+|\s*[|ㅣ]\s*/)[0];
  if (seg && seg !== s && seg.length >= 2) s = seg.trim();
  if (/^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/i.test(s)) return null;
  const brand = /^([A-Z][A-Za-z0-9]{1,9})\s*(?:NEWS|News|뉴스|news)$/.exec(s);
  if (brand) s = brand[1] as string;
  s = clean(s);
  if (!s || s.length > 30) return null;
  return s;
}

/** Leading bracket labels of a headline: `[단독]`, `[속보]`, `[사설]`, `[홍길동 칼럼]`, `【가나의 눈】`, `［포토］`. */
const KICKER_RE = /^[[【〔［]\s*([^\]】〕［］[【〔]{1,20}?)\s*[\]】〕］]\s*/;

/**
 * Split a headline into its leading labels (the kicker: column names, 단독/속보/사설, series titles) and the
 * headline proper. Several labels (`[단독][속보] …`) are joined with ` · `. A headline that is nothing but a
 * label keeps it. Labels elsewhere (`… [인터뷰M]`, `…(종합)`) stay in the headline.
 */
export function splitKicker(raw: string | null): { kicker: string | null; title: string | null } {
  if (!raw) return { kicker: null, title: raw };
  const labels: string[] = [];
  let rest = raw.trim();
  for (let m = KICKER_RE.exec(rest); m && labels.length < 3; m = KICKER_RE.exec(rest)) {
    const after = rest.slice(m[0].length);
    // The headline proper must still say something (`[속보]` alone, or `[속보] 1보` is not split).
    if (squash(after).length < 4) break;
    labels.push(clean(m[1]));
    rest = after;
  }
  return labels.length ? { kicker: labels.join(' · '), title: rest } : { kicker: null, title: raw };
}
