/**
 * Small text helpers shared by detect, clean and extract. Hand-written because they are about Hangul: counting
 * syllables (the Korean unit of "how much prose"), spotting UI strings, copyright tails and promo lines.
 */

/** Everything that is not a Hangul syllable. */
const NOT_HANGUL_RE = /[^\uac00-\ud7a3]+/g;

/** Number of Hangul syllables: the measure of Korean prose (ASCII menus and numbers count for nothing). */
export function hangulCount(s: string): number {
  // The native regex engine strips the rest: no array of every syllable (a global match builds one), and no
  // character loop, which runs interpreted (slow) on the content script's cold first pass.
  return s.replace(NOT_HANGUL_RE, '').length;
}

/** Collapse every run of white space (incl. NBSP and zero-width) to one space and trim. */
export function normalizeSpace(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

/** Text without white space: what the corpus scoring compares. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b]+/g, '');
}

/** Share of an element's characters that sit inside links (0..1). */
export function linkDensity(el: Element): number {
  // Inline scripts (carousel setup, ad tags) are text to the DOM but nothing a reader sees.
  let total = squash(el.textContent ?? '').length;
  for (const s of el.getElementsByTagName('script')) total -= squash(s.textContent ?? '').length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of el.getElementsByTagName('a')) inLinks += squash(a.textContent ?? '').length;
  return Math.min(1, inLinks / total);
}

/**
 * Similarity of two Korean strings by character bigrams (Dice). Readability's word similarity treats every
 * Hangul syllable as a separator, so two identical Korean titles score 0 there; bigrams work for both scripts.
 */
export function textSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = squash(s.toLowerCase());
    const out = new Map<string, number>();
    for (let i = 0; i < t.length - 1; i++) {
      const g = t.slice(i, i + 2);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  let na = 0;
  let nb = 0;
  let both = 0;
  for (const v of ga.values()) na += v;
  for (const [g, v] of gb) {
    nb += v;
    both += Math.min(v, ga.get(g) ?? 0);
  }
  return na + nb ? (2 * both) / (na + nb) : 0;
}

/** Copyright and reuse notices that close Korean stories (`ⓒ조선일보`, `무단전재 및 재배포 금지`, `*재판매 및 DB 금지`). */
export const COPYRIGHT_RE =
  /(?:ⓒ|Ⓒ|©|\(c\)|copyright|저작권자|저작권은|무단\s*전재|무단전재|재배포\s*금지|재판매\s*및\s*DB\s*금지|All\s+rights\s+reserved|AI\s*(?:학습|데이터)\s*(?:및\s*)?활용\s*금지)/i;

/** Promo and service lines: `▶ 관련기사`, `☞`, `※ 제보`, `제보는 카카오톡`, `네이버에서 … 구독하기`. */
export const PROMO_RE =
  /^(?:☞|[▶▷►]\s*(?![^:：]{1,20}[:：])(?=.{0,80}$)|※\s*(?=.*(?:제보|기사|콘텐츠|영상|사진|문의|구독|저작권|재배포))|\[(?:관련\s*기사|관련\s*뉴스|추천\s*기사)\]|(?:관련\s*기사|관련\s*뉴스|추천\s*기사)\s*[:：▶])|제보는\s*카카오톡|카카오톡\s*(?:@|okjebo)|구독하기|(?:네이버|다음|카카오)\s*(?:채널|뉴스)?에서.*구독|기사\s*제보|제보\s*(?:하기|전화|메일|:)|홈페이지\s*제보|친구\s*추가|유튜브\s*(?:채널\s*)?구독|채널\s*(?:추가|구독)|뉴스스탠드\s*구독|바로\s*가기$|제보를\s*기다립니다|^\[(?:카카오톡|전화|메일|이메일|제보|홈페이지|팩스)\]/;

/** A line that is only an email address (a reporter signature reduced to its email). */
export const EMAIL_ONLY_RE = /^[(<[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?$/;

export const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** UI strings that lead a story container on Korean pages (dates, font sizes, bookmark notices). */
export const UI_LINE_RE =
  /^(?:입력|수정|등록|송고|업데이트|기사입력|최종수정|작성|승인|발행)(?:\s*(?:시간|일시|일자|날짜))?\s*[:：]?\s*\d{4}[.\-/년]|^(?:가\s*){2,}$|글자\s*(?:크기|작게|크게)|^프린트$|^인쇄$|^공유(?:하기)?$|북마크|기사\s*(?:저장|스크랩)|본문\s*듣기|^(?:URL|주소)\s*복사|^닫기$|^SNS\s*(?:공유|보내기)|^좋아요\s*\d*$|^싫어요\s*\d*$|^번역$|^구독$|^구독중$|^댓글\s*\d*$|^(?:페이스북|트위터|카카오톡|카카오스토리|네이버\s*밴드|밴드)(?:으로|로)?\s*(?:공유|보내기)?(?:하기)?$/;

/**
 * The document's real <body> (from `bodies`, the page's <body> elements when a walk has listed them). Some saved pages open with a <script> before <html>, and Node DOMs (linkedom)
 * then report an empty `doc.body`; the one holding the page is the <body> with the most content.
 */
export function bodyOf(doc: Document, bodies?: readonly Element[]): Element | null {
  // Not `doc.body`: linkedom's getter inserts a missing <head>/<body>, and reading must never change the page.
  let best: Element | null = null;
  let bestLen = -1;
  for (const el of bodies ?? doc.getElementsByTagName('body')) {
    const n = el.childNodes.length;
    if (n > bestLen) {
      best = el;
      bestLen = n;
    }
  }
  return best ?? doc.documentElement;
}

/**
 * Every element of a document or subtree, in document order. `getElementsByTagName('*')` is the fast path in
 * browsers; linkedom returns nothing for `*`, so Node falls back to `querySelectorAll('*')`.
 */
export function allElements(root: Document | Element): ArrayLike<Element> {
  const live = root.getElementsByTagName('*');
  if (live.length) return live;
  return root.querySelectorAll('*');
}
