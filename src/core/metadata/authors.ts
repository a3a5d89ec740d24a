/**
 * Reporters: names without 기자/특파원 with their emails, gathered from every place Korean pages put them —
 * site byline selectors, generic byline elements, JSON-LD `author`, meta author/dable:author/byl, the wire
 * dateline of the first paragraph and signature lines at the end of the story. The most specific source that
 * names someone decides who the reporters are; every source may contribute emails for those names.
 */
import {
  isCreditLine,
  isLatinName,
  looksLikeOutlet,
  parseBylineText,
  parseSignature,
  readSignOff,
  splitGluedSignOff,
  stripDateline,
} from '../korean/byline';
import { CARD_TEXT_RE, isGenericMailbox } from '../korean/byline-grammar';
import type { ArticlePage } from '../page/page';
import type { SiteRule } from '../sites/types';
import type { Author } from '../types';
import { KOREAN_DATETIME_SRC } from './dates';
import {
  all,
  clean,
  decodeEntities,
  firstCleaned,
  inForeign,
  type JsonObject,
  linesOf,
  metaAll,
} from './dom';
import { squash } from './title';

export interface AuthorContext {
  site: SiteRule | null;
  article: JsonObject | null;
  paragraphs: string[];
  publisher: string | null;
  names: string[];
  lines: string[];
  /** Credits from a script payload (`스포츠조선 = 안소윤 기자`). */
  credits?: string[];
  /** The headline as shown: a byline line often sits right under it with no telling class. */
  title?: string | null;
}

/** Short signature-shaped lines within a few lines after the headline (`박수민 기자`, `글=홍길동 기자`). */
function fromUnderTitle(lines: string[], title: string | null | undefined): Author[] {
  if (!title) return [];
  const t = squash(title);
  const at = lines.findIndex((l) => squash(l) === t);
  if (at < 0) return [];
  const out: Author[] = [];
  for (let i = at + 1; i < Math.min(lines.length, at + 5); i++) {
    const l = clean((lines[i] as string).replace(DATE_IN_BYLINE, ' ').replace(CARD_TEXT_RE, ' '));
    if (!l || l.length > 60) continue;
    const sig = parseSignature(l.replace(/\s[|ㅣ]\s|\s[|ㅣ]$|^[|ㅣ]\s/g, ' '));
    if (sig) out.push(...sig);
  }
  return out;
}

const LATIN_OUTLET_WORD =
  /\b(?:Herald|Times|News|Daily|Korea|Press|Post|Journal|Media|Broadcasting|Economic|Business|Tribune|Report|Today|Network|Channel|Sports)\b/;

function isOutletName(name: string, ctx: AuthorContext): boolean {
  const n = squash(name);
  if (!n) return true;
  if (ctx.publisher && squash(ctx.publisher) === n) return true;
  if (ctx.names.some((x) => squash(x) === n)) return true;
  // `Jane Morrison`: a person's given and family name in Latin letters, unless it reads like a paper's name.
  if (isLatinName(name.trim()) && !LATIN_OUTLET_WORD.test(name)) return false;
  return looksLikeOutlet(n);
}

function named(authors: Author[], ctx: AuthorContext): Author[] {
  return authors.filter((a) => a.name && !isOutletName(a.name, ctx));
}

/** Parse a meta/JSON-LD byline value: `By 배윤경,이상현`, `박준석 기자 외 1명`, `이남경 MK스포츠 기자(…)`. */
function parseCredit(raw: string): Author[] {
  let s = decodeEntities(clean(raw));
  if (!s || /^https?:/.test(s)) return [];
  s = s
    .replace(/^by\s+/i, '')
    .replace(/\s*외\s*\d+\s*명\s*$/, '')
    .replace(/^[^=\s]{2,12}\s*=\s*/, '');
  return parseBylineText(s);
}

function fromJsonLd(article: JsonObject | null): Author[] {
  if (!article) return [];
  const raw = article.author ?? article.creator;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const out: Author[] = [];
  for (const a of list) {
    if (typeof a === 'string') out.push(...parseCredit(a));
    else if (a && typeof a === 'object') {
      const o = a as JsonObject;
      const type = String(o['@type'] ?? '');
      if (/Organization/i.test(type)) continue;
      const name = typeof o.name === 'string' ? o.name : '';
      const address = typeof o.email === 'string' ? o.email.replace(/^mailto:/, '') : null;
      const email = address && !isGenericMailbox(address) ? address : null;
      const parsed = parseCredit(name);
      if (parsed.length === 1 && parsed[0])
        out.push({ name: parsed[0].name, email: parsed[0].email ?? email });
      else out.push(...parsed);
    }
  }
  return out;
}

const DATE_LABEL =
  '(?:기사\\s*)?(?:입력|수정|등록|송고|작성|승인|업데이트|최종\\s*수정)(?:\\s*일시|일)?\\s*[:：]?\\s*';
/** A labeled or bare date-time inside a byline row, or a labeled date alone (`수정 2026.12.01`). */
const DATE_IN_BYLINE = new RegExp(
  `(?:${DATE_LABEL})?${KOREAN_DATETIME_SRC}|${DATE_LABEL}\\d{4}\\s*[.\\-/년]\\s*\\d{1,2}\\s*[.\\-/월]\\s*\\d{1,2}\\s*[.일]?`,
  'g',
);

/** Byline rows often carry the time and card buttons too (`홍길동 기자 | 입력 2025.01.06 17:45 | 구독`). */
function cleanBylineRow(raw: string): string {
  return clean(
    raw
      .replace(DATE_IN_BYLINE, ' ')
      .replace(CARD_TEXT_RE, ' ')
      .replace(/\s[|ㅣ]\s|\s[|ㅣ]$|^[|ㅣ]\s/g, ' '),
  );
}

/** `영상취재 방지섭 | 그래픽 도은서 | 권하린 기자`: the row's credit parts (pictures, video, graphics) name no author. */
function withoutCredits(raw: string): string {
  const parts = raw.split(/\s[|ㅣ]\s/);
  if (parts.length < 2) return raw;
  const kept = parts.filter((p) => !isCreditLine(p));
  return kept.length && kept.length < parts.length ? kept.join(' | ') : raw;
}

function fromElements(elements: Element[]): Author[] {
  const out: Author[] = [];
  let seen = 0;
  for (const el of elements) {
    if (seen++ > 40) break;
    if (inForeign(el, true)) continue;
    const text = clean(el.textContent);
    if (!text || text.length > 160) continue;
    for (const raw of linesOf(el)) {
      const line = cleanBylineRow(withoutCredits(raw));
      if (!line) continue;
      const sig = readSignOff(line) ?? (line.length <= 20 ? parseBylineText(line) : []);
      out.push(...sig);
    }
  }
  return out;
}

function fromParagraphs(paragraphs: string[]): Author[] {
  const out: Author[] = [];
  // The dateline opens the story; a caption or deck line may precede it among the raw units.
  for (const p of firstCleaned(paragraphs, 3)) {
    // A byline row above the story (`가람일보 홍길동 기자 | 입력 2026.11.30 10:00`) or the dateline.
    const row = p.length <= 80 ? readSignOff(cleanBylineRow(p)) : null;
    const found = row?.some((a) => a.name) ? row : stripDateline(p).authors;
    if (found.length) {
      out.push(...found);
      break;
    }
  }
  // Signatures sit in the last few paragraphs (before copyright and promo lines), as lines of their own or
  // glued to the last sentence.
  for (const p of paragraphs.slice(-6)) {
    for (const line of p.split(/\n+/)) {
      const l = clean(line);
      if (!l) continue;
      out.push(...((l.length <= 200 && readSignOff(l)) || splitGluedSignOff(l).authors));
    }
  }
  return out;
}

function dedupe(list: Author[]): Author[] {
  const out: Author[] = [];
  for (const a of list) {
    const name = clean(a.name);
    const email = a.email ? a.email.trim() : null;
    const same = out.find((o) => (name && o.name === name) || (!name && email && o.email === email));
    if (same) {
      if (!same.email && email) same.email = email;
    } else out.push({ name, email });
  }
  return out;
}

/** Page text where a reporter's email may sit beside the name: visible lines and inline script data. */
function buildHaystack(page: ArticlePage, lines: string[]): string {
  const parts = [lines.join('\n')];
  let budget = 2_000_000;
  for (const s of page.scripts) {
    if (s.external) continue;
    const t = s.text;
    if (!t.includes('@')) continue;
    budget -= t.length;
    if (budget < 0) break;
    parts.push(t);
  }
  return parts.join('\n');
}

/**
 * Only an outlet word (`김재호 MK스포츠 기자(…)`), role words, quotes, brackets and JSON punctuation may stand
 * between a name and its email.
 */
const BETWEEN =
  /^[\s"'\][()<>:=,·|/\\{}]*(?:(?:[A-Z][A-Za-z0-9]*[가-힣]{0,4}|[가-힣]{1,6}(?:뉴스|일보|신문|방송|경제|스포츠|미디어|TV|닷컴))\s+)?(?:기자|특파원|앵커|에디터|칼럼니스트|논설위원|선임기자|PD)?[\s"'\][()<>:=,·|/\\{}]*(?:e-?mail|메일|이메일)?[\s"'\][()<>:=,·|/\\{}]*$/i;

function emailNear(haystack: string, name: string): string | null {
  if (!name) return null;
  const re = new RegExp(
    `${name}([^@]{0,30}?)([A-Za-z0-9][\\w.+-]*@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,})`,
    'g',
  );
  let m: RegExpExecArray | null = re.exec(haystack);
  let guard = 0;
  while (m && guard++ < 50) {
    if (BETWEEN.test(m[1] as string) && !isGenericMailbox(m[2] as string)) return m[2] as string;
    m = re.exec(haystack);
  }
  return null;
}

/** Every source of reporters, most specific first. `inStory`: what the story's own paragraphs name. */
function authorSources(page: ArticlePage, ctx: AuthorContext, inStory: Author[]): Author[][] {
  const sources: Author[][] = [];
  if (ctx.site?.byline?.length) sources.push(fromElements(all(page.doc, ctx.site.byline.join(','))));
  sources.push(inStory.filter((a) => a.name));
  sources.push((ctx.credits ?? []).flatMap(parseCredit));
  sources.push(fromJsonLd(ctx.article));
  sources.push(fromElements(page.scan.bylines));
  sources.push(
    metaAll(
      page,
      'dable:author',
      'byl',
      'author',
      'article:author',
      'og:article:author',
      'twitter:creator',
    ).flatMap(parseCredit),
  );
  // Last: a byline line under the headline with no class that says so.
  sources.push(fromUnderTitle(ctx.lines, ctx.title));
  return sources;
}

/** The reporters of the first source that names anyone who is not the outlet, and that source. */
function firstNamed(sources: Author[][], ctx: AuthorContext): { chosen: Author[]; source: Author[] } {
  for (const src of sources) {
    const n = named(dedupe(src), ctx);
    if (n.length) return { chosen: n, source: src };
  }
  return { chosen: [], source: [] };
}

/** Emails for the chosen names: from any source naming the same person, else beside the name on the page. */
function fillEmails(page: ArticlePage, ctx: AuthorContext, chosen: Author[], everyone: Author[]): void {
  let haystack: string | null = null;
  for (const a of chosen) {
    if (a.email) continue;
    const hit = everyone.find((o) => o.name === a.name && o.email);
    if (hit) {
      a.email = hit.email;
      continue;
    }
    haystack ??= buildHaystack(page, ctx.lines);
    a.email = emailNear(haystack, a.name);
  }
}

/**
 * A story that ends with a bare email (`dylee@yna.co.kr`) after naming its reporters in the dateline, a byline
 * box with the address on a line of its own: pair the lone emails with the reporters still without one, when
 * the counts match.
 */
function pairLoneEmails(chosen: Author[], lines: Author[]): void {
  const missing = chosen.filter((a) => !a.email);
  const lone = dedupe(lines.filter((a) => !a.name && a.email)).filter(
    (e) => !chosen.some((a) => a.email === e.email),
  );
  if (missing.length && missing.length === lone.length)
    for (const [i, a] of missing.entries()) a.email = lone[i]?.email ?? null;
}

/** Nobody named: keep an email the story or byline gives (a desk or outlet address) as an unnamed author. */
function unnamedEmails(everyone: Author[], ctx: AuthorContext): Author[] {
  const loose = everyone.filter(
    (a) => a.email && !isGenericMailbox(a.email) && (!a.name || isOutletName(a.name, ctx)),
  );
  return dedupe(loose.map((a) => ({ name: '', email: a.email }))).slice(0, 3);
}

export function collectAuthors(page: ArticlePage, ctx: AuthorContext): Author[] {
  // Read once: the story's dateline and signatures serve the sources, the emails and the lone-email pairing.
  const inStory = fromParagraphs(ctx.paragraphs);
  const sources = authorSources(page, ctx, inStory);
  const { chosen, source } = firstNamed(sources, ctx);
  // Emails from every source for the chosen names; a lone email from a signature when nobody is named.
  const everyone = dedupe(sources.flat().concat(inStory));
  fillEmails(page, ctx, chosen, everyone);
  pairLoneEmails(chosen, source.concat(inStory));
  return chosen.length ? chosen : unnamedEmails(everyone, ctx);
}
