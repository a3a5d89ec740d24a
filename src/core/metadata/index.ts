/**
 * Article metadata from the original document (read-only): headline, deck, outlet, reporters, KST times,
 * section, URLs, lead image, language, tags. Generic signals first (JSON-LD, meta tags, visible 입력/기자
 * patterns, datelines and signatures in the story), site-rule selectors on top, so unknown outlets work too.
 */

import {
  datelineOutlet,
  looksLikeOutlet,
  parseBylineText,
  parseSignature,
  signatureOutlet,
  stripDateline,
} from '../korean/byline';
import { classOf, tagOf } from '../page/nodes';
import type { ArticlePage } from '../page/page';
import type { SiteRule } from '../sites/types';
import type { ArticleMetadata, Author, PageType } from '../types';
import { collectAuthors } from './authors';
import { storyCredit } from './credit';
import {
  findLabeledDates,
  type MachineDate,
  minutesApart,
  parseKoreanDateTime,
  parseMachineDate,
} from './dates';
import {
  absoluteUrl,
  all,
  bodyLines,
  clean,
  decodeEntities,
  first,
  firstCleaned,
  inForeign,
  type JsonObject,
  jsonLdArticle,
  jsonLdOfType,
  ldString,
  linesOf,
  meta,
  metaAll,
} from './dom';
import type { PayloadHints } from './payload';
import {
  normalizePublisher,
  similarity,
  splitKicker,
  squash,
  squashQuotes,
  stripSiteSuffix,
  titleSuffixOutlet,
} from './title';

export { parseKoreanDateTime, parseMachineDate } from './dates';
export { normalizePublisher, stripSiteSuffix } from './title';

export interface MetadataContext {
  site: SiteRule | null;
  pageType: PageType;
  /** Story paragraphs before dateline/signature stripping (may be empty). */
  rawParagraphs: string[];
}

const PORTAL_NAMES = [
  '네이버',
  '네이버 뉴스',
  'Naver',
  'NAVER',
  '다음',
  '다음뉴스',
  'Daum',
  '네이트',
  '네이트 뉴스',
  'Nate',
  'nate',
];

/** Press logo / outlet marks on portal pages. */
const PORTAL_PRESS_SELECTORS = [
  'img.media_end_head_top_logo_img',
  '.media_end_head_top_logo img',
  'a[class*=press_logo] img',
  '[class*=NewsEndMain_article_head_press_logo] img',
  'img#kakaoServiceLogo',
  '.articleInfo .link a.medium',
  '.press_logo img',
];

/** Heading-like elements of a document, computed once per document (title and deck both need them). */
function outletNames(page: ArticlePage, site: SiteRule | null): string[] {
  const names = [
    site?.name,
    ...metaAll(page, 'og:site_name', 'application-name', 'twitter:site'),
    ...PORTAL_NAMES,
  ].filter((x): x is string => !!x);
  return names.map((n) => n.replace(/^@/, ''));
}

/** Headline-like elements outside navigation, as shown. */
function shownHeadings(page: ArticlePage): string[] {
  return page.scan.headings
    .filter((el) => !inForeign(el))
    .map((el) => clean(el.textContent))
    .filter((t) => t.length >= 4 && t.length <= 300);
}

/** Titles the page declares (JSON-LD, metas, <title>), without the site's name and placeholders. */
function declaredTitles(
  page: ArticlePage,
  article: JsonObject | null,
  names: string[],
  headings: string[],
): string[] {
  const siteish = (t: string) => names.some((n) => squash(n).toLowerCase() === squash(t).toLowerCase());
  // A template's placeholder <title> (`Document`, `Untitled`, a bare Latin word) says nothing about a
  // Korean story; when a Hangul heading is on the page, the placeholder is dropped.
  let docTitle: string | null = clean(page.doc.title);
  if (docTitle && isPlaceholderTitle(docTitle) && headings.some((h) => /[가-힣]/.test(h))) docTitle = null;
  return [
    ldString(article, 'headline'),
    meta(page, 'og:title'),
    meta(page, 'twitter:title'),
    meta(page, 'dable:title'),
    meta(page, 'taboola:title'),
    meta(page, 'title'),
    docTitle,
  ]
    .filter((t): t is string => !!t)
    .map((t) => stripSiteSuffix(t, names))
    .filter((t) => t.length >= 2 && !siteish(t) && !isPlaceholderTitle(t) && !loneOutletTitle(t));
}

/** The shown headline closest to the lead declared title, when it is that title give or take a label. */
function nearestHeading(headings: string[], lead: string): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const h of headings) {
    const sc = similarity(h, lead);
    if (sc > bestScore) {
      bestScore = sc;
      best = h;
    }
  }
  // A shown headline that is the meta title plus or minus a label (`[정치]`, a site tail) still wins.
  return best && bestScore >= 0.85 && squash(lead).includes(squash(best)) ? best : null;
}

function pickTitle(
  page: ArticlePage,
  site: SiteRule | null,
  article: JsonObject | null,
  names: string[],
  lines: string[],
): string | null {
  // The page read the site rule's title selectors already; another rule (a caller's override) is queried here.
  const fromRule =
    site === page.site ? (page.siteTitles.find(Boolean) ?? null) : first(page.doc, site?.title);
  if (fromRule) {
    const t = clean(fromRule.textContent);
    if (t) return t;
  }
  // The headline element as shown, when it matches a meta title.
  const headings = shownHeadings(page);
  const metaTitles = declaredTitles(page, article, names, headings);
  for (const mt of metaTitles) {
    const exact = headings.find((h) => squashQuotes(h) === squashQuotes(mt));
    if (exact) return exact;
  }
  const lead = metaTitles[0];
  if (lead) return nearestHeading(headings, lead) ?? lead;
  return headlineByShape(page, names, lines) ?? headings[0] ?? null;
}

/** A title that is only an outlet's name (`나라일보`, `가나뉴스`), as on templates that never set the headline. */
function loneOutletTitle(t: string): boolean {
  return (
    t.length <= 12 &&
    !/\s/.test(t) &&
    /(?:뉴스|일보|신문|방송|TV|미디어|타임스|저널|데일리|투데이|스포츠)$/.test(t)
  );
}

/** `Document`, `Untitled`, `제목 없음`, `index`: titles a page template left unset. */
function isPlaceholderTitle(t: string): boolean {
  const s = clean(t);
  if (
    /^(?:document|untitled(?:\s*document)?|new\s*page|index|home|title|page|제목\s*없음|무제|문서)$/i.test(s)
  )
    return true;
  return false;
}

/**
 * With no usable title anywhere in the head, the shown headline is the heading that reads like one: Hangul,
 * sentence-length, not navigation, not the site's name, and followed within a few lines by the byline or
 * a date (the header row under a headline). Failing that, the longest such heading among h1–h3.
 */
function headlineByShape(page: ArticlePage, names: string[], lines: string[]): string | null {
  const siteish = (t: string) =>
    names.some((n) => {
      const q = squash(n).toLowerCase();
      return q.length >= 2 && squash(t).toLowerCase().includes(q) && t.length <= n.length + 8;
    });
  const cands = page.scan.headings.filter((el) => {
    if (inForeign(el, true)) return false;
    const t = clean(el.textContent);
    return t.length >= 8 && t.length <= 200 && /[가-힣]/.test(t) && !siteish(t) && !parseKoreanDateTime(t);
  });
  if (!cands.length) return null;
  for (const el of cands) {
    const t = squash(clean(el.textContent));
    const at = lines.findIndex((l) => squash(l) === t);
    if (at < 0) continue;
    for (let i = at + 1; i < Math.min(lines.length, at + 4); i++) {
      const l = lines[i] as string;
      if (l.length <= 120 && (parseKoreanDateTime(l) || /기자|특파원|입력|등록|송고/.test(l)))
        return clean(el.textContent);
    }
  }
  const ranked = cands
    .filter((el) => /^H[1-3]$/.test(tagOf(el)))
    .map((el) => clean(el.textContent))
    .sort((a, b) => b.length - a.length);
  return ranked[0] ?? null;
}

function deckLines(el: Element, title: string | null): string[] {
  return linesOf(el)
    .map((l) => l.replace(/^[-–ㅡ•·]\s*/, '').trim())
    .filter((l) => l && (!title || squash(l) !== squash(title)));
}

/**
 * Leading deck lines inside the story: bullet lines (`- 尹 우크라 관련 …`) opening the story, or short
 * non-sentence lines just before a wire dateline / bracket byline paragraph.
 */
function deckFromParagraphs(paragraphs: string[]): string[] {
  const head = paragraphs.slice(0, 8).map((p) => clean(p));
  const bullets: string[] = [];
  for (const p of head) {
    const lines = p
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length && lines.every((l) => /^[-–ㅡ]\s*\S/.test(l) && l.length <= 90)) {
      bullets.push(...lines.map((l) => l.replace(/^[-–ㅡ]\s*/, '')));
    } else break;
  }
  if (bullets.length) return bullets;
  const at = head.findIndex((p) => stripDateline(p).text !== p || datelineOutlet(p) !== null);
  if (at <= 0 || at > 3) return [];
  const before = head.slice(0, at);
  // Date rows (`입력 2020.08.27 20:27`) and bylines may also sit before the dateline: they are not decks.
  const deckish = (l: string) =>
    l.length <= 80 &&
    !/다[.!?]?$/.test(l) &&
    !/사진|제공|=|입력|수정|기자/.test(l) &&
    !parseKoreanDateTime(l);
  if (before.every(deckish)) return before;
  return [];
}

function pickSubtitle(
  page: ArticlePage,
  site: SiteRule | null,
  title: string | null,
  paragraphs: string[],
): string | null {
  const deckText = (e: Element): boolean => {
    const text = clean(e.textContent);
    if (text.length < 8 || /[?？]$/.test(text) || inForeign(e)) return false;
    // Widget headings that sit under the headline on some layouts.
    if (/의견|댓글|어땠|남겨\s*주|구독|공유|많이\s*본|랭킹|추천|관련\s*기사/.test(text)) return false;
    // Date and byline rows are not decks.
    return !(parseKoreanDateTime(text) || /입력|수정|기자\b|기자$/.test(text));
  };
  let el: Element | null = first(page.doc, site?.subtitle);
  if (el && inForeign(el)) el = null;
  el ??= page.scan.knownDecks.find(deckText) ?? null;
  if (!el) {
    // Generic class names also label widgets (`이 기사 어땠나요?`): only a deck that follows the headline
    // closely (common ancestor at most 4 levels up) counts.
    const t = title ? squash(title) : '';
    const headlines = t
      ? page.scan.headings.filter((h) => {
          const x = squash(h.textContent ?? '');
          return x === t || (x.length < t.length + 20 && similarity(x, t) >= 0.9);
        })
      : [];
    const near = (h: Element, e: Element): boolean => {
      if (!(h.compareDocumentPosition(e) & 4)) return false;
      let anc: Element | null = h.parentElement;
      for (let i = 0; i < 4 && anc; i++, anc = anc.parentElement) if (anc.contains(e)) return true;
      return false;
    };
    el =
      page.scan.decks.find(
        (e) =>
          deckText(e) && headlines.some((h) => h !== e && !e.contains(h) && !h.contains(e) && near(h, e)),
      ) ?? null;
  }
  let lines = el ? deckLines(el, title) : [];
  const text = lines.join('\n').trim();
  if (text && text.length <= 600) return text;
  lines = deckFromParagraphs(paragraphs);
  return lines.length ? lines.join('\n') : null;
}

/** An outlet written in a copyright line: `저작권자 ⓒ '대중문화 전문가그룹' 엔터미디어(www…)`, `ⓒ 대전일보`. */
const COPYRIGHT_OUTLET =
  /(?:ⓒ|©|Ⓒ|\(c\)|copyrights?)\s*(?:ⓒ|©|Ⓒ|\(c\))?\s*(?:since\s*)?(?:\d{4}(?:\s*[-~]\s*\d{4})?\s*)?(?:by\s+)?(?:['‘"“][^'’"”]{0,40}['’"”]\s*)?([가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})(?:\s*\(\s*([가-힣A-Za-z0-9 ]{2,15})\s*\))?(?:\s*[,&]\s*([가-힣][가-힣A-Za-z0-9]{1,14})(?![가-힣A-Za-z0-9]))?/i;
const COPYRIGHT_STOP = /^(?:all|by|since|reserved|copyright|copyrights|무단|저작권|저작권자|the|www)$/i;

/** Outlets named by the page's copyright lines (last lines first), each with a parenthesised company name. */
function copyrightOutlets(lines: string[]): { name: string; paren: string | null }[] {
  const out: { name: string; paren: string | null }[] = [];
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 400) && out.length < 6; i--) {
    const m = COPYRIGHT_OUTLET.exec(lines[i] as string);
    if (m && !COPYRIGHT_STOP.test(m[1] as string)) {
      // `Copyright © Since 2003 by CBSi, 노컷뉴스`: the company, then the Korean brand readers know.
      const raw = m[3] && !/[가-힣]/.test(m[1] as string) ? m[3] : (m[1] as string);
      const name = normalizePublisher(raw.replace(/(?:닷컴|\.com)$/, ''));
      if (name) out.push({ name, paren: m[2] ? clean(m[2]) : null });
    }
  }
  return out;
}

const CREDIT_LINE =
  /^[[(<【]?\s*(Source|기사\s*출처|기사\s*제공|뉴스\s*제공|콘텐츠\s*제공|출처|제공)\s*[:：]\s*([^\])>】]{2,24}?)\s*[\])>】]?$/i;

/** Outlet-shaped names beyond the byline parser's list: `일간스포츠`, `OSEN`, `뉴스핌`, `머니투데이`. */
const OUTLET_SHAPE = /^[A-Z]{2,}|^뉴스[가-힣]|(?:스포츠|투데이|포스트|데일리|타임즈|위크|매거진)$/;

/** The outlet of a source credit line (last one on the page first), or null. */
function creditLineOutlet(lines: string[], rehost: boolean): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] as string;
    if (l.length > 40) continue;
    const m = CREDIT_LINE.exec(l);
    if (!m) continue;
    const label = (m[1] as string).replace(/\s+/g, '');
    const v = normalizePublisher(m[2]);
    if (!v || PORTAL_NAMES.includes(v) || /^https?:/.test(v)) continue;
    // Bare 출처/제공 credit pictures too: only an outlet-shaped name on a re-hosting page.
    if (/^(?:출처|제공)$/.test(label) && !(rehost && (looksLikeOutlet(v) || OUTLET_SHAPE.test(v)))) continue;
    return v;
  }
  return null;
}

/** A portal names the outlet in its press logo or its metas. */
function portalPress(page: ArticlePage): string | null {
  for (const el of all(page.doc, PORTAL_PRESS_SELECTORS.join(','))) {
    const v = normalizePublisher(el.getAttribute('alt') ?? el.getAttribute('title') ?? el.textContent);
    if (v && !PORTAL_NAMES.includes(v)) return v;
  }
  const og = normalizePublisher(meta(page, 'og:article:author', 'article:media_name', 'dd:author'));
  return og && !PORTAL_NAMES.includes(og) ? og : null;
}

/** A story credited to another outlet on this site: its dateline, credit metas, credit lines, credit boxes. */
function creditedOutlet(
  page: ArticlePage,
  site: SiteRule | null,
  pageType: PageType,
  portal: boolean,
  paragraphs: string[],
  hints: PayloadHints,
  lines: string[],
): string | null {
  // `[스포츠조선 안소윤 기자]`, `[OSEN=박준형 기자]`. The dateline opens the story, but a photo caption or
  // deck line may come before it in the raw units.
  const credit = firstCleaned(paragraphs, 3)
    .map((p) => datelineOutlet(p))
    .find((c) => c);
  if (credit) return normalizePublisher(credit);
  for (const v of [...metaAll(page, 'dable:author', 'article:author', 'author'), ...hints.credits]) {
    const c = /=/.test(v) ? datelineOutlet(v) : null;
    if (c) return normalizePublisher(c);
  }
  const rehost = pageType === 'aggregator' || portal;
  // A re-hosted story names its source in a credit line (`[Source : 일간스포츠]`, `기사제공: 뉴스1`, and on an
  // aggregator `출처: OSEN`). A bare `출처`/`제공` is also how photos are credited, so on an outlet's own page
  // only the unambiguous labels count.
  const line = creditLineOutlet(lines, rehost);
  if (line) return line;
  // The credit forms around the story (`기사제공 가나일보`, `[출처: 가나일보]`, `<가나뉴스 제공>`, a story-tail
  // `ⓒ 가나일보`), read from the text alone so an aggregator layout no rule knows still credits the outlet.
  const ownNames = [site?.name, ...metaAll(page, 'og:site_name', 'application-name')].filter(
    (x): x is string => !!x,
  );
  const credited = storyCredit(paragraphs, lines, ownNames, rehost ? 'rehost' : site ? 'own' : 'unknown');
  if (credited) return credited;
  if (rehost || !site) {
    for (const el of page.scan.credits) {
      if (inForeign(el)) continue;
      const v = normalizePublisher(el.textContent);
      if (v && v.length <= 15 && !PORTAL_NAMES.includes(v)) return v;
    }
  }
  return null;
}

/** `og:site_name` as readers know the brand: the copyright's brand for a company name, Korean for a romanised one. */
function siteNameBrand(page: ArticlePage, lines: string[]): string | null {
  const og = meta(page, 'og:site_name');
  let base = og && !/^https?:/.test(og) ? normalizePublisher(og) : null;
  // `og:site_name` may be the company (`매일방송`) where the copyright shows the brand: `ⓒ MBN(매일방송)`.
  const b = base ? squash(base) : '';
  const c = b ? copyrightOutlets(lines).find((x) => x.paren && squash(x.paren) === b) : undefined;
  if (c) base = c.name;
  // A romanised og:site_name (`TV CHOSUN`) where the page title and copyright write the Korean brand
  // (`… | TV조선`, `ⓒ TV조선`): readers know the outlet by the Korean name. Acronyms (`KBS`, `YTN`) stay.
  if (base && !/[가-힣]/.test(base) && !/^[A-Z0-9]{2,6}$/.test(base)) {
    const korean = copyrightOutlets(lines).find((x) => /[가-힣]/.test(x.name));
    if (korean && squash(clean(page.doc.title)).includes(squash(korean.name))) base = korean.name;
  }
  return base;
}

/** The outlet named in a copyright line: the one in <title>, else a Korean name, else the last line's. */
function copyrightBrand(page: ArticlePage, lines: string[]): string | null {
  // Several footers (one per section tab) may each name a brand: the Korean one in <title> is the page's;
  // otherwise the Korean name (`엔터미디어`) over a romanised one (`EnterMedia`).
  const outlets = copyrightOutlets(lines);
  const t = squash(clean(page.doc.title));
  return (
    (
      outlets.find((x) => /^[가-힣]/.test(x.name) && t.includes(squash(x.name))) ??
      outlets.find((x) => /^[가-힣]/.test(x.name)) ??
      outlets[0]
    )?.name ?? null
  );
}

/** The site's own outlet: the rule's name, og:site_name, JSON-LD publisher, copyright lines, <title>. */
function siteBrand(
  page: ArticlePage,
  site: SiteRule | null,
  article: JsonObject | null,
  lines: string[],
): string | null {
  let base: string | null = site?.name ?? null;
  if (!base) base = siteNameBrand(page, lines);
  if (!base) {
    const pub = article?.publisher;
    const pubName =
      pub && typeof pub === 'object' && !Array.isArray(pub) ? ldString(pub as JsonObject, 'name') : null;
    if (pubName) base = normalizePublisher(pubName);
  }
  if (!base) base = copyrightBrand(page, lines);
  // Last, the outlet written after the headline in <title> (`도로 확장 공사 시작 - 나라일보`).
  if (!base) base = normalizePublisher(titleSuffixOutlet(page.doc.title ?? ''));
  // …or a <title> that is nothing but the outlet's name.
  if (!base && loneOutletTitle(clean(page.doc.title))) base = clean(page.doc.title);
  return base;
}

/**
 * A sub-brand of the same house credited on the page: a pure-outlet meta author or payload credit
 * (`iMBC 연예` on MBC), or a signature outlet that is itself a news brand (`(SBS연예뉴스 강경윤 기자)` on SBS;
 * a desk label such as `MBN스타` is not). JSON-LD Organization lists are site-wide, so not used.
 */
function subBrand(page: ArticlePage, base: string, paragraphs: string[], hints: PayloadHints): string {
  const brand = squash(base).toLowerCase();
  const subBrands: string[] = [];
  for (const p of paragraphs.slice(-4)) {
    const o = signatureOutlet(clean(p));
    if (o && /(?:뉴스|일보|신문|방송|TV|미디어)$/.test(o)) subBrands.push(o);
  }
  for (const v of [...metaAll(page, 'author', 'dable:author', 'article:author'), ...hints.credits]) {
    if (v.length <= 20 && !/^https?:/.test(v) && parseBylineText(v).every((a) => !a.name)) subBrands.push(v);
  }
  for (const sb of subBrands) {
    const n = normalizePublisher(sb);
    const q = n ? squash(n).toLowerCase() : '';
    if (n && q !== brand && q.includes(brand) && q.length <= brand.length + 8) return n;
  }
  return base;
}

function pickPublisher(
  page: ArticlePage,
  site: SiteRule | null,
  pageType: PageType,
  article: JsonObject | null,
  paragraphs: string[],
  hints: PayloadHints,
  lines: string[],
): string | null {
  const portal = pageType === 'portal' || site?.pageType === 'portal';
  const press = portal ? portalPress(page) : null;
  if (press) return press;
  const credited = creditedOutlet(page, site, pageType, portal, paragraphs, hints, lines);
  if (credited) return credited;
  const base = siteBrand(page, site, article, lines);
  return base ? subBrand(page, base, paragraphs, hints) : null;
}

/** Data attributes carrying times (`data-deploy-dt`, `data-date-time`, `data-modify-date-time`, …). */
const ATTR_MODIFIED =
  /^data-(?:.*-)?(?:re-deploy-dt|modif(?:y|ied)(?:-date)?(?:-time|-dt|-at)?|update[d]?(?:-date|-time|-dt|-at)?)$/;
const ATTR_PUBLISHED =
  /^data-(?:.*-)?(?:deploy-dt|date-time|publish(?:ed)?(?:-date|-time|-dt|-at)?|pub-?date|reg-?(?:date|dt)|input-?(?:date|dt))$/;

function attributeDates(page: ArticlePage): { published: string | null; modified: string | null } {
  let published: string | null = null;
  let modified: string | null = null;
  // The elements inside <body>, from the scan's list of all (no second walk of the document).
  const els = page.scan.elements;
  let start = 0;
  while (start < els.length && tagOf(els[start] as Element) !== 'BODY') start++;
  const n = Math.min(els.length, start + 1 + 6000);
  for (let i = start + 1; i < n && !(published && modified); i++) {
    const el = els[i] as Element;
    // Names first (linkedom builds a proxy for every `attributes` read); values only for date-like names.
    if (!el.hasAttributes()) continue;
    for (const name of el.getAttributeNames()) {
      if (!name.startsWith('data-')) continue;
      const isMod = ATTR_MODIFIED.test(name);
      if (!isMod && !ATTR_PUBLISHED.test(name)) continue;
      const v = parseMachineDate(el.getAttribute(name))?.asLocal ?? null;
      if (!v) continue;
      if (isMod) modified ??= v;
      else published ??= v;
    }
  }
  return { published, modified };
}

/** An unlabeled date-time shortly after the headline (`이용민 기자 | 2020-03-04 16:52:59`). */
function dateNearTitle(lines: string[], title: string | null): string | null {
  if (!title) return null;
  const t = squash(title);
  // Every line showing the headline (navigation may repeat it); the date follows the real one.
  for (let at = 0; at < lines.length; at++) {
    const sq = squash(lines[at] as string);
    if (!(sq === t || (sq.includes(t) && sq.length < t.length + 40))) continue;
    for (let i = at + 1; i < Math.min(lines.length, at + 30); i++) {
      const l = lines[i] as string;
      if (l.length > 120) continue;
      const v = parseKoreanDateTime(l);
      if (v) return v;
    }
  }
  return null;
}

/** A time from a site rule's selectors: a machine date in one of the usual attributes, else the text. */
function siteDate(page: ArticlePage, sels: string[] | undefined): string | null {
  const el = first(page.doc, sels);
  if (!el) return null;
  for (const a of ['data-date-time', 'datetime', 'data-modify-date-time', 'content']) {
    const v = parseMachineDate(el.getAttribute(a));
    if (v) return v.asLocal;
  }
  return parseKoreanDateTime(clean(el.textContent));
}

/** The first element of the page passing `test`, in document order, from the scan's list (no second walk). */
function firstElement(page: ArticlePage, test: (el: Element) => boolean): Element | null {
  const els = page.scan.elements;
  for (let i = 0; i < els.length; i++) if (test(els[i] as Element)) return els[i] as Element;
  return null;
}

/** The elements of the page with this tag, in document order, from the scan's list (no second walk). */
function elementsNamed(page: ArticlePage, tag: string): Element[] {
  return Array.prototype.filter.call(
    page.scan.elements,
    (el: Element) => tagOf(el) === tag.toUpperCase(),
  ) as Element[];
}

/** Machine-readable published and modified times: JSON-LD, metas, the first `<time datetime>`. */
function machineDates(
  page: ArticlePage,
  article: JsonObject | null,
): { machineP: MachineDate | undefined; machineM: MachineDate | undefined } {
  const machinePs = [
    ldString(article, 'datePublished'),
    meta(
      page,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'og:regDate',
      'pubdate',
      'publish-date',
      'date',
    ),
    firstElement(page, (el) => tagOf(el) === 'TIME' && el.hasAttribute('datetime'))?.getAttribute(
      'datetime',
    ) ?? null,
  ]
    .map((v) => parseMachineDate(v))
    .filter((x): x is NonNullable<typeof x> => !!x);
  // A value with a real offset (`+09:00`) is trustworthy as stated; a `Z` beside it is often KST wall-clock
  // time mislabelled (JSON-LD `13:40Z` next to `article:published_time` `13:40+09:00`).
  const machineP = machinePs.find((x) => x.explicitOffset) ?? machinePs[0];
  const machineM = [
    ldString(article, 'dateModified'),
    meta(page, 'article:modified_time', 'article:modified', 'og:updated_time', 'dateModified'),
  ]
    .map((v) => parseMachineDate(v))
    .find((x) => x);
  return { machineP, machineM: machineM ?? undefined };
}

/** The time the page shows against the machine value for the same moment: which one readers should get. */
function reconcile(vis: string | null, mach: MachineDate | undefined): string | null {
  if (!mach) return vis;
  if (!vis) return mach.kst;
  // Same minute: keep the machine value (it has seconds); a minute apart: what the page shows wins.
  if (vis.slice(0, 16) === mach.kst.slice(0, 16)) return mach.kst;
  if (minutesApart(vis, mach.kst) <= 1) return vis;
  // `Z` or no offset on a KST wall-clock time: the visible Korean time is right.
  if (minutesApart(vis, mach.asLocal) <= 1) return vis;
  // A real offset that disagrees: the shown time is what readers (and the corpus) take as published,
  // unless the two are days apart (then the visible one probably belongs to another story on the page).
  if (mach.explicitOffset) return minutesApart(vis, mach.kst) <= 24 * 60 ? vis : mach.kst;
  return vis;
}

/** A machine modified time in the same convention as the published one; equal to it means "never revised". */
function machineModified(
  publishedAt: string | null,
  machineP: MachineDate | undefined,
  machineM: MachineDate | undefined,
): string | null {
  if (!machineM || !machineP) return null;
  const pubLocal = publishedAt && machineP.asLocal.slice(0, 16) === publishedAt.slice(0, 16);
  const m = pubLocal && !machineM.explicitOffset ? machineM.asLocal : machineM.kst;
  return !publishedAt || m.slice(0, 16) !== publishedAt.slice(0, 16) ? m : null;
}

function pickDates(
  page: ArticlePage,
  site: SiteRule | null,
  article: JsonObject | null,
  lines: string[],
  hints: PayloadHints,
  title: string | null,
): { publishedAt: string | null; modifiedAt: string | null } {
  const siteP = siteDate(page, site?.published);
  const siteM = siteDate(page, site?.modified);
  const visible = findLabeledDates(lines);
  // Attribute scan only when the page shows no labeled time (it walks every element's attributes).
  const attrs = visible.published ? { published: null, modified: null } : attributeDates(page);
  const shownP = parseMachineDate(hints.displayed)?.kst ?? null;
  const shownM = parseMachineDate(hints.updated)?.kst ?? null;
  const { machineP, machineM } = machineDates(page, article);
  const publishedAt =
    siteP ??
    reconcile(visible.published ?? shownP ?? attrs.published, machineP) ??
    dateNearTitle(lines, title);
  let modifiedAt = siteM ?? visible.modified ?? shownM ?? attrs.modified;
  if (!modifiedAt) modifiedAt = machineModified(publishedAt, machineP, machineM);
  if (modifiedAt && publishedAt && modifiedAt.slice(0, 16) < publishedAt.slice(0, 16)) modifiedAt = null;
  return { publishedAt, modifiedAt };
}

/** `연예 일반`, `국제 일반`, `연예 포토`: a sub-section qualifier after the section the page is filed under. */
function tidySection(s: string | null): string | null {
  if (!s) return null;
  return s.replace(/^([가-힣·]{2,6})\s+(?:일반|포토|종합)$/, '$1');
}

/** Common English section slugs of Korean CMSs and the Korean label pages show for them. */
const SECTION_SLUGS: Record<string, string> = {
  politics: '정치',
  economy: '경제',
  economic: '경제',
  business: '경제',
  society: '사회',
  social: '사회',
  national: '사회',
  world: '국제',
  international: '국제',
  culture: '문화',
  entertainment: '연예',
  entertain: '연예',
  sports: '스포츠',
  sport: '스포츠',
  realestate: '부동산',
  stock: '증권',
  finance: '금융',
  it: 'IT',
  science: '과학',
  opinion: '오피니언',
  health: '건강',
  life: '라이프',
  lifestyle: '라이프',
  local: '지역',
  travel: '여행',
  education: '교육',
};

const isKoreanLabel = (s: string | null): s is string =>
  !!s && /[가-힣]/.test(s) && s.length <= 30 && s !== '뉴스';

/** The first element with this tag and class name, in document order. */
function firstWithClass(page: ArticlePage, tag: string, cls: string): Element | null {
  return firstElement(
    page,
    (el) => tagOf(el) === tag.toUpperCase() && classOf(el).split(/\s+/).includes(cls),
  );
}

/** The section a page's metas or JSON-LD name in Korean: the meta's top-level label before JSON-LD's. */
function labeledSection(page: ArticlePage, article: JsonObject | null): string | null {
  const ld = article?.articleSection;
  const ldSec =
    typeof ld === 'string' ? clean(ld) : Array.isArray(ld) && typeof ld[0] === 'string' ? clean(ld[0]) : null;
  // `me2:category2` (the section beside the outlet in `me2:category1`) on old portal and CMS templates;
  // `content_category` on some outlets' own metas.
  for (const v of metaAll(
    page,
    'article:section',
    'article:section2',
    'section',
    'me2:category2',
    'content_category',
  ))
    if (isKoreanLabel(v)) return v;
  // The page's meta section is usually the top-level label; JSON-LD often carries a sub-section.
  return isKoreanLabel(ldSec) ? ldSec : null;
}

/** The first label of a JSON-LD BreadcrumbList after home. */
function ldBreadcrumb(objects: JsonObject[]): string | null {
  const items = jsonLdOfType(objects, 'BreadcrumbList')?.itemListElement;
  if (!Array.isArray(items)) return null;
  const names = items
    .map((it) => {
      const o = it as JsonObject;
      const item = o.item as JsonObject | undefined;
      return ldString(o, 'name') ?? (item && typeof item === 'object' ? ldString(item, 'name') : null);
    })
    .filter((n): n is string => !!n && !/^(홈|home|HOME|Home)$/.test(n));
  return isKoreanLabel(names[0] ?? null) ? (names[0] as string) : null;
}

const BREADCRUMB_LINKS =
  '[class*=breadcrumb] a, [class*=breadcrumb] li, [aria-label*=breadcrumb] a, [class*=nav-path] a, .location a';

/**
 * Whether any element could hold a breadcrumb trail (the boxes of BREADCRUMB_LINKS, or more): most pages
 * have none, and this test over the scan's list is far cheaper than the descendant query.
 */
function mayHoldBreadcrumbs(page: ArticlePage): boolean {
  const els = page.scan.elements;
  for (let i = 0; i < els.length; i++) {
    const el = els[i] as Element;
    if (!el.hasAttributes()) continue;
    const cls = el.getAttribute('class');
    if (cls && (cls.includes('breadcrumb') || cls.includes('nav-path') || cls.includes('location')))
      return true;
    if (el.getAttribute('aria-label')?.includes('breadcrumb')) return true;
  }
  return false;
}

/** A breadcrumb trail on the page (`홈 > 사회 > 교통`): its first label after home. */
function pageBreadcrumb(page: ArticlePage): string | null {
  if (!mayHoldBreadcrumbs(page)) return null;
  for (const el of all(page.doc, BREADCRUMB_LINKS)) {
    if (tagOf(el) === 'LI' && el.querySelector('a')) continue;
    const t = clean(el.textContent).replace(/^[>›»/]\s*|\s*[>›»/]$/g, '');
    if (/^(?:홈|home|HOME|Home|전체|뉴스|전체기사)$/.test(t)) continue;
    if (isKoreanLabel(t) && t.length <= 12 && !/\s{2,}|[>›»]/.test(t)) return t;
    break;
  }
  return null;
}

/** An English section slug (`sports`, `realestate`, `world`) in the Korean words pages show for it. */
function slugSection(page: ArticlePage): string | null {
  for (const v of metaAll(page, 'article:section', 'section')) {
    const k = SECTION_SLUGS[v.toLowerCase().replace(/[^a-z]/g, '')];
    if (k) return k;
  }
  return null;
}

function pickSectionRaw(
  page: ArticlePage,
  site: SiteRule | null,
  article: JsonObject | null,
  objects: JsonObject[],
): string | null {
  // Site selectors, then the page's labels, then the portal's own category label (Naver).
  const el = first(page.doc, site?.section);
  if (el) {
    const t = clean(el.textContent);
    if (t && t.length <= 30) return t;
  }
  const labeled = labeledSection(page, article);
  if (labeled) return labeled;
  const cat = firstWithClass(page, 'em', 'media_end_categorize_item');
  if (cat && isKoreanLabel(clean(cat.textContent))) return clean(cat.textContent);
  return ldBreadcrumb(objects) ?? pageBreadcrumb(page) ?? slugSection(page);
}

/** JSON-LD `image`: a URL, an ImageObject, or a list of either. */
function ldImage(article: JsonObject | null): string | null {
  let v: unknown = article?.image;
  if (Array.isArray(v)) v = v[0];
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const u = (v as JsonObject).url;
    if (typeof u === 'string') return u;
  }
  return null;
}

function pickTags(page: ArticlePage, article: JsonObject | null): string[] {
  const tags = metaAll(page, 'article:tag');
  if (tags.length) return [...new Set(tags)];
  // JSON-LD keywords are the story's tags (a list, or one comma-separated string); a long list is SEO
  // stuffing rather than tags, so it is left out.
  const kw = article?.keywords;
  const list = Array.isArray(kw)
    ? kw.filter((k): k is string => typeof k === 'string')
    : typeof kw === 'string'
      ? kw.split(/[,，]/)
      : [];
  const out = [...new Set(list.map((k) => clean(decodeEntities(k))).filter((k) => k && k.length <= 30))];
  return out.length <= 15 ? out : [];
}

/** The record for a document with nothing parsed (empty input): empty, never an exception. */
function emptyMetadata(url: string, site: SiteRule | null): ArticleMetadata {
  return {
    title: null,
    kicker: null,
    subtitle: null,
    publisher: site?.name ?? null,
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    section: null,
    url,
    originalUrl: null,
    leadImage: null,
    lang: 'ko',
    tags: [],
  };
}

/** A portal's link to the story on the outlet's own site (`기사 원문`, Naver's origin link). */
function originalLink(page: ArticlePage, url: string): string | null {
  return (
    elementsNamed(page, 'a')
      .filter(
        (a) =>
          /기사\s*원문|^원문(?:\s*보기)?$/.test(clean(a.textContent)) ||
          (a.getAttribute('class') ?? '').includes('media_end_head_origin_link'),
      )
      .map((a) => absoluteUrl(a.getAttribute('href'), url))
      .find((h) => h) ?? null
  );
}

export function extractMetadata(page: ArticlePage, ctx: MetadataContext): ArticleMetadata {
  const { site, pageType } = ctx;
  const { url } = page;
  if (!page.doc.documentElement) return emptyMetadata(url, site);
  const paragraphs = ctx.rawParagraphs ?? [];
  const objects = page.jsonLd as JsonObject[];
  const article = jsonLdArticle(objects);
  const names = outletNames(page, site);
  const { hints } = page;
  const lines = bodyLines(page.doc);
  const title = pickTitle(page, site, article, names, lines);
  const subtitle = pickSubtitle(page, site, title, paragraphs);
  // With no story paragraphs (client-rendered page), the lead description still carries the dateline.
  const creditParas = paragraphs.some((p) => clean(p))
    ? paragraphs
    : [hints.description, meta(page, 'og:description', 'description')].filter((x): x is string => !!x);
  const publisher = pickPublisher(page, site, pageType, article, creditParas, hints, lines);
  const authors: Author[] = collectAuthors(page, {
    title,
    site,
    article,
    paragraphs: creditParas,
    publisher,
    names,
    lines,
    credits: hints.credits,
  });
  const { publishedAt, modifiedAt } = pickDates(page, site, article, lines, hints, title);
  // `link[rel=canonical]` (rel compares case-insensitively in HTML), from the scan's list: no second walk.
  const canonicalLink = firstElement(
    page,
    (el) => tagOf(el) === 'LINK' && el.getAttribute('rel')?.toLowerCase() === 'canonical',
  );
  const canonical =
    absoluteUrl(canonicalLink?.getAttribute('href'), url) ?? absoluteUrl(meta(page, 'og:url'), url);
  const portal = pageType === 'portal' || site?.pageType === 'portal';
  // The full headline serves every look-up above (the deck, the date under it); readers get it split.
  return {
    ...splitKicker(title),
    subtitle,
    publisher,
    authors,
    publishedAt,
    modifiedAt,
    section: tidySection(pickSectionRaw(page, site, article, objects)),
    url: canonical ?? url,
    originalUrl: portal ? originalLink(page, url) : null,
    leadImage: absoluteUrl(meta(page, 'og:image', 'twitter:image', 'image') ?? ldImage(article), url),
    lang: clean(page.doc.documentElement?.getAttribute('lang')) || 'ko',
    tags: pickTags(page, article),
  };
}

// Re-exported for the pipeline, which strips these from the body.
export { parseBylineText, parseSignature, stripDateline };
