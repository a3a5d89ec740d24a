/**
 * Reporters: names without 기자/특파원 with their emails, gathered from every place Korean pages put them —
 * site byline selectors, generic byline elements, JSON-LD `author`, meta author/dable:author/byl, the wire
 * dateline of the first paragraph and signature lines at the end of the story. The most specific source that
 * names someone decides who the reporters are; every source may contribute emails for those names.
 */
import { looksLikeOutlet, parseBylineText, parseSignature, stripDateline } from '../byline';
import type { ArticlePage } from '../page';
import type { SiteRule } from '../sites/types';
import type { Author } from '../types';
import { KOREAN_DATETIME_SRC } from './dates';
import { all, clean, decodeEntities, inForeign, type JsonObject, linesOf, metaAll } from './dom';
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
    const l = clean((lines[i] as string).replace(DATE_IN_BYLINE, ' ').replace(BYLINE_UI, ' '));
    if (!l || l.length > 60) continue;
    const sig = parseSignature(l.replace(/\s[|ㅣ]\s|\s[|ㅣ]$|^[|ㅣ]\s/g, ' '));
    if (sig) out.push(...sig);
  }
  return out;
}

function isOutletName(name: string, ctx: AuthorContext): boolean {
  const n = squash(name);
  if (!n) return true;
  if (ctx.publisher && squash(ctx.publisher) === n) return true;
  return ctx.names.some((x) => squash(x) === n) || looksLikeOutlet(n);
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
      const email = typeof o.email === 'string' ? o.email.replace(/^mailto:/, '') : null;
      const parsed = parseCredit(name);
      if (parsed.length === 1 && parsed[0])
        out.push({ name: parsed[0].name, email: parsed[0].email ?? email });
      else out.push(...parsed);
    }
  }
  return out;
}

/** A labeled or bare date-time inside a byline row. */
const DATE_IN_BYLINE = new RegExp(
  `(?:(?:기사\\s*)?(?:입력|수정|등록|송고|작성|승인|업데이트|최종\\s*수정)(?:\\s*일시|일)?\\s*[:：]?\\s*)?${KOREAN_DATETIME_SRC}`,
  'g',
);

/** Buttons and links written inside byline rows (`이메일 보내기`, `기자 구독`, `다른 기사 보기`, `+ 구독`). */
const BYLINE_UI =
  /\+?\s*(?:구독(?:하기)?|이메일\s*보내기|메일\s*보내기|다른\s*기사(?:\s*보기)?|기사\s*더\s*보기|더\s*보기|기자\s*페이지|팔로우|응원(?:하기)?|프로필|바로\s*가기)(?![가-힣])/g;

function fromElements(elements: Element[]): Author[] {
  const out: Author[] = [];
  let seen = 0;
  for (const el of elements) {
    if (seen++ > 40) break;
    if (inForeign(el, true)) continue;
    const text = clean(el.textContent);
    if (!text || text.length > 160) continue;
    for (const raw of linesOf(el)) {
      // Byline rows often carry the time too (`홍길동 기자 | 입력 2025.01.06 17:45`): drop it first.
      const line = clean(
        raw
          .replace(DATE_IN_BYLINE, ' ')
          .replace(BYLINE_UI, ' ')
          .replace(/\s[|ㅣ]\s|\s[|ㅣ]$|^[|ㅣ]\s/g, ' '),
      );
      if (!line) continue;
      const sig = parseSignature(line) ?? (line.length <= 20 ? parseBylineText(line) : []);
      out.push(...sig);
    }
  }
  return out;
}

/** `… 없다. /waw@osen.co.kr`: a bare email after a slash at the very end of the story. */
const LONE_TAIL_EMAIL =
  /(?:^|[.!?"”’)]\s*|\s)\/\s*([A-Za-z0-9][\w.+-]*@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})\s*$/;

function fromParagraphs(paragraphs: string[]): Author[] {
  const out: Author[] = [];
  // The dateline opens the story; a caption or deck line may precede it among the raw units.
  for (const p of paragraphs
    .map((x) => clean(x))
    .filter(Boolean)
    .slice(0, 3)) {
    const found = stripDateline(p).authors;
    if (found.length) {
      out.push(...found);
      break;
    }
  }
  // Signatures sit in the last few paragraphs (before copyright and promo lines).
  for (const p of paragraphs.slice(-6)) {
    for (const line of p.split(/\n+/)) {
      const l = clean(line);
      if (!l) continue;
      if (l.length > 200) {
        // A long last paragraph can still end in `/waw@osen.co.kr`.
        const lone = LONE_TAIL_EMAIL.exec(l.slice(-120));
        if (lone) out.push({ name: '', email: lone[1] as string });
        continue;
      }
      const sig = parseSignature(l);
      if (sig) out.push(...sig);
      else {
        // `… 했다. 홍길동 기자 hong@x.kr` glued to the last sentence.
        const tail = /([가-힣]{2,4}\s*(?:기자|특파원)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$/.exec(l);
        const t = tail ? parseSignature(tail[1] as string) : null;
        if (t) out.push(...t);
        else {
          // `… 전했다. /waw@osen.co.kr`: a bare email glued to the last sentence after a slash.
          const lone = LONE_TAIL_EMAIL.exec(l);
          if (lone) out.push({ name: '', email: lone[1] as string });
        }
      }
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
    if (BETWEEN.test(m[1] as string)) return m[2] as string;
    m = re.exec(haystack);
  }
  return null;
}

export function collectAuthors(page: ArticlePage, ctx: AuthorContext): Author[] {
  const sources: Author[][] = [];
  if (ctx.site?.byline?.length) sources.push(fromElements(all(page.doc, ctx.site.byline.join(','))));
  sources.push(fromParagraphs(ctx.paragraphs).filter((a) => a.name));
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

  let chosen: Author[] = [];
  for (const src of sources) {
    const n = named(dedupe(src), ctx);
    if (n.length) {
      chosen = n;
      break;
    }
  }
  // Emails from every source for the chosen names; a lone email from a signature when nobody is named.
  const everyone = dedupe(sources.flat().concat(fromParagraphs(ctx.paragraphs)));
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
  // A story that ends with a bare email (`dylee@yna.co.kr`) after naming its reporters in the dateline:
  // pair the lone emails with the reporters still without one, when the counts match.
  const missing = chosen.filter((a) => !a.email);
  const lone = dedupe(fromParagraphs(ctx.paragraphs).filter((a) => !a.name && a.email)).filter(
    (e) => !chosen.some((a) => a.email === e.email),
  );
  if (missing.length && missing.length === lone.length)
    for (const [i, a] of missing.entries()) a.email = lone[i]?.email ?? null;
  if (chosen.length === 0) {
    // Nobody named: keep an email the story or byline gives (a desk or outlet address) as an unnamed author.
    const loose = everyone.filter((a) => a.email && (!a.name || isOutletName(a.name, ctx)));
    return dedupe(loose.map((a) => ({ name: '', email: a.email }))).slice(0, 3);
  }
  return chosen;
}
