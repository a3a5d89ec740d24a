/**
 * The all-sites mode's first look at a page, cheap enough to run on every page the browser opens:
 *   1. Korean? The title's Hangul share, else the first text of the body (with the page's `lang` lowering
 *      the bar); a page that is not Korean stops here, having read a few hundred characters.
 *   2. News-shaped? A Korean page goes on only with a news article's marks: NewsArticle JSON-LD, the shared
 *      ND-soft CMS's story box, or in its text a reporter's byline, a labelled date line (입력, 등록, …) or
 *      the copyright tail (무단 전재 …): two of these, or one on an article-shaped page (og:type article, a
 *      publish time, article markup or an id in its address).
 * Only a page that passes both loads content.js, which runs the real detection by shape and cleans only a
 * detected article. Plain DOM reads only, so gate.js stays tiny.
 */
import { bodyOf, tagOf } from '../core/light';

export type GateVerdict = 'not-korean' | 'not-news' | 'news';

/** Letters of body text read for the language check. */
const SAMPLE = 400;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/**
 * Hangul syllables and letters (Latin, Cyrillic, kana, CJK, Hangul) in `text`. A loop over char codes, not a
 * regular expression: on a page that stops here, compiling the expressions would cost more than reading.
 */
function hangulShare(text: string): { hangul: number; letters: number } {
  let hangul = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) {
      hangul++;
      letters++;
    } else if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x24f) ||
      (c >= 0x400 && c <= 0x4ff) ||
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0x4e00 && c <= 0x9fff)
    )
      letters++;
  }
  return { hangul, letters };
}

/** The first visible-ish text of the body, up to SAMPLE letters (scripts and styles skipped). */
function firstText(doc: Document): string {
  const body = bodyOf(doc);
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  let letters = 0;
  for (let n = walker.nextNode(); n && letters < SAMPLE; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && SKIP.has(tagOf(parent))) continue;
    const t = n.nodeValue ?? '';
    if (!t.trim()) continue;
    out += `${t} `;
    letters += t.length;
  }
  return out;
}

export function isKorean(doc: Document): boolean {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  const saysKorean = lang.startsWith('ko');
  // A saved page with markup before <html> can leave document.title empty: read the element too.
  const title = hangulShare(doc.title || doc.querySelector('title')?.textContent || '');
  if (title.letters >= 4 && title.hangul / title.letters >= 0.3) return true;
  // A page that declares another language and has no Hangul in its title stops at once.
  if (lang && !saysKorean && title.hangul === 0) return false;
  const text = hangulShare(firstText(doc));
  if (text.letters < 20) return saysKorean && text.hangul > 0;
  return text.hangul / text.letters >= (saysKorean ? 0.15 : 0.3);
}

const NEWS_LD = /"@type"\s*:\s*\[?\s*"(?:NewsArticle|ReportageNews|AnalysisNewsArticle|ReviewNewsArticle)"/;
/**
 * A news story's own marks in its text: a reporter's byline, a labelled date line, the copyright tail. Each
 * expression runs only when one of its words is in the text at all (a plain search is far cheaper than the
 * expression over a whole page that has none of them).
 */
const NEWS_MARKS: [words: string[], re: RegExp][] = [
  [
    ['기자', '특파원', '논설위원', '칼럼니스트'],
    /[가-힣]{2,4}\s*(?:기자|특파원|논설위원|선임기자|칼럼니스트)/,
  ],
  [
    ['입력', '송고', '등록', '작성', '승인', '수정', '발행'],
    /(?:입력|송고|등록|기사입력|작성|승인|수정|발행)\s*(?:일시?)?\s*[:：]?\s*\d{4}[.\-/]/,
  ],
  [['무단', '재배포'], /무단\s*전재|재배포\s*금지|무단\s*복제/],
];
const ARTICLE_ID = /\d{4,}/;

function articleLike(doc: Document, url: string): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  return (
    /article/i.test(og) ||
    !!doc.querySelector(
      'meta[property="article:published_time"], [itemprop=articleBody], article, [itemprop=datePublished]',
    ) ||
    ARTICLE_ID.test(url)
  );
}

export function looksLikeNews(doc: Document, url: string): boolean {
  if (doc.getElementById('article-view-content-div')) return true;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]'))
    if (NEWS_LD.test(s.textContent ?? '')) return true;
  const text = bodyOf(doc)?.textContent ?? '';
  const marks = NEWS_MARKS.filter(
    ([words, re]) => words.some((w) => text.includes(w)) && re.test(text),
  ).length;
  // One mark on an article-shaped page, or two anywhere.
  return marks >= 2 || (marks === 1 && articleLike(doc, url));
}

export function gateVerdict(doc: Document, url: string): GateVerdict {
  if (!isKorean(doc)) return 'not-korean';
  return looksLikeNews(doc, url) ? 'news' : 'not-news';
}
