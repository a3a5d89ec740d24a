/**
 * The story out of a page: works on a clone, never the given document. Steps:
 *   1. clone; read the script payloads (JSON-LD articleBody, `content`/`contentHtml` strings) before scripts go;
 *   2. remove the clutter blocks (the same classification the page clean-up hides) and the site's strip list;
 *   3. pick the story container: the site rule's body selector when it holds prose, else Readability on the
 *      cleaned clone (Korean-tuned thresholds), else the densest prose block;
 *   4. walk the container into units: paragraphs (<p>, and text runs split at <br>), sub-headings, images with
 *      captions; recover from the script payload when the static container is empty (client-rendered pages);
 *   5. trim what Readability keeps on Korean pages: UI text at the head, a repeated headline, the wire dateline,
 *      TV script markers, signatures, copyright, promo (▶ ☞ ※ 제보) and credit lines at the tail;
 * The units become the article's typed blocks in blocks.ts.
 */
import { Readability } from '@mozilla/readability';
import { findClutterWith } from '../clutter/clean';
import { measureProse } from '../detect/detect';
import {
  broadcastSignOff,
  COLUMN_DISCLAIMER_RE,
  isCreditLine,
  isMailboxLine,
  looksLikeOutlet,
  readSignOff,
  splitGluedSignOff,
  stripDateline,
} from '../korean/byline';
import {
  allElements,
  COPYRIGHT_RE,
  EMAIL_ONLY_RE,
  hangulCount,
  linkDensity,
  normalizeSpace,
  PROMO_RE,
  squash,
  textSimilarity,
  UI_LINE_RE,
} from '../korean/text';
import { escapeText, imageSource, parseFragment, serializeChildren } from '../output/serialize';
import { attr, classOf, tagOf } from '../page/nodes';
import type { ArticlePage, PayloadString } from '../page/page';
import { select } from '../page/select';
import { walkTree } from '../page/walk';
import type { SiteRule } from '../sites/types';
import type { Author, ClutterBlock } from '../types';
import { readDataTable, tableText } from './table';

export interface Unit {
  kind: 'p' | 'h' | 'img' | 'caption' | 'li' | 'quote' | 'table';
  text: string;
  /** Allowlisted inline HTML of the unit (for p/h/li/quote/caption). */
  html: string;
  src?: string;
  caption?: string | null;
  /** A data table's cells (table.ts); its `text` is derived from them and the caption. */
  rows?: string[][];
  header?: boolean;
}

/** Units the line trims never cut or rewrite: pictures, and data tables (whose text is derived from cells). */
const isFixed = (u: Unit) => u.kind === 'img' || u.kind === 'table';

export interface StoryResult {
  units: Unit[];
  /** Story paragraphs before the dateline/signature/copyright trim (metadata reads authors from them). */
  rawParagraphs: string[];
  /** The final paragraphs plus the TV speaker labels (`<홍길동 / 회사원>`) that name who speaks next (for quotes). */
  quoteParagraphs: string[];
  /** Reporters named by the dateline or signatures that were trimmed. */
  authors: Author[];
  clutter: ClutterBlock[];
  /** How the container was found (for the CLI reason and debugging). */
  via: string;
}

const BLOCK_SEL =
  'p, div, section, article, blockquote, ul, ol, li, h1, h2, h3, h4, h5, h6, figure, table, dl, header, footer, aside, main, center, pre, hr, figcaption';

const BLOCK_TAGS = new Set(
  BLOCK_SEL.toUpperCase()
    .split(',')
    .map((s) => s.trim()),
);

/** Elements never part of a story's text (removed from the copy). */
const REMOVE_TAGS = new Set(
  'script style noscript template iframe object embed form button select input textarea svg canvas video audio link meta'
    .toUpperCase()
    .split(' '),
);

/** `[style*="display:none"], [style*="display: none"], [hidden]`, read from the attributes. */
function isHiddenCopy(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = attr(el, 'style');
  return style.includes('display:none') || style.includes('display: none');
}

/** Pieces of TV scripts and page furniture that are never story paragraphs. */
const SCRIPT_MARKER_RE =
  /^(?:[[【〔]\s*(?:앵커|기자|리포트|앵커\s*멘트|기자\s*멘트|인터뷰|녹취|현장음|자막|스탠드업|브릿지|클로징|멘트|앵커\s*리드)\s*[\]】〕]|[<〈]\s*(?:앵커|기자|리포트|앵커\s*멘트|기자\s*멘트)\s*[>〉]|◀\s*(?:앵커|기자|리포트|앵커\s*멘트)\s*▶|\(\s*끝\s*\)|\[?\s*(?:질문|답변)\s*\d*\s*\]?|#\S+(?:\s+#\S+)*)$/;
/** `<홍길동 / 회사원>`, `▶ 인터뷰 : 홍길동 / 회사원` speaker labels before a sound bite. */
const SPEAKER_LABEL_RE =
  /^(?:[가-힣A-Za-z·]{2,12}(?:\s[가-힣A-Za-z·]{1,12}){0,2}\s?\/\s?[^/.!?"“”]{1,30}[^/.!?"“”다]|[<〈《[]\s*(?:인터뷰\s*[:：]?\s*)?[^<>〈〉《》[\]]{1,30}\/[^<>〈〉《》[\]]{1,40}[>〉》\]]|[▶▷►]\s*(?:인터뷰|싱크|녹취|현장음|전화\s*인터뷰)\s*[:：]?[^"“”]{0,60})$/;
/** A `<이름 / 직함>` speaker label written at the start of the quote's own line. */
const INLINE_LABEL_RE = /^[<〈《]\s*[^<>〈〉《》/]{1,40}\/[^<>〈〉《》]{1,60}[>〉》]\s*(?=["“'‘]|\S)/;

/** Video fallbacks and player notices. */
const PLAYER_RE =
  /(?:video\s*태그를\s*지원|브라우저를\s*사용하여\s*주십시오|다른\s*브라우저를\s*사용|동영상\s*(?:재생|로딩)|플레이어|재생\s*시간|전체\s*재생|자동\s*재생)/i;

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tagOf(el));
}

/** True when an element holds a block element, an image or a line break (a manual walk: selector engines are slow). */
function hasStructureInside(el: Element): boolean {
  const stack: Element[] = [...el.children];
  let n = 0;
  while (stack.length && n++ < 2000) {
    const e = stack.pop() as Element;
    const tag = tagOf(e);
    if (BLOCK_TAGS.has(tag) || tag === 'IMG' || tag === 'BR') return true;
    for (const c of e.children) stack.push(c);
  }
  return false;
}

const CAPTION_CLASS =
  /caption|img_desc|imgcaption|img_caption|photo_caption|txt_caption|(?:^|\s)cap(?:\s|$)|desc_img|photo_txt|img_txt/i;

function isCaptionEl(el: Element): boolean {
  return tagOf(el) === 'FIGCAPTION' || CAPTION_CLASS.test(classOf(el));
}

/** Walk a container into units, splitting text runs at <br> and block boundaries. */
export function toUnits(container: Element, base: string): Unit[] {
  const units: Unit[] = [];
  let run: Node[] = [];
  const flush = (kind: Unit['kind'] = 'p') => {
    if (!run.length) return;
    const nodes = run;
    run = [];
    const text = normalizeSpace(nodes.map((n) => n.textContent ?? '').join(''));
    if (!text) return;
    const html = nodes
      .map((n) => serializeChildrenOf(n, base))
      .join('')
      .trim();
    units.push({ kind, text, html });
  };
  const pushImage = (img: Element) => {
    const src = imageSource(img, base);
    if (!src) return;
    const w = Number.parseInt(img.getAttribute('width') ?? '', 10);
    const h = Number.parseInt(img.getAttribute('height') ?? '', 10);
    if ((w && w < 60) || (h && h < 40)) return; // icons, share buttons, tracking pixels
    if (/(?:icon|logo|btn|button|blank|spacer|pixel|1x1)\b/i.test(src)) return;
    units.push({ kind: 'img', text: '', html: '', src, caption: null });
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      run.push(node);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'BR') {
      flush();
      return;
    }
    if (tag === 'IMG') {
      flush();
      pushImage(el);
      return;
    }
    if (tag === 'HR') {
      flush();
      return;
    }
    const table = tag === 'TABLE' ? readDataTable(el) : null;
    if (table) {
      flush();
      units.push({ kind: 'table', text: tableText(table), html: '', ...table });
      return;
    }
    if (!isBlock(el) && !hasStructureInside(el)) {
      // An inline caption (`<span class="end_photo_org"><img><em class="img_desc">…</em></span>`) is the
      // photo's caption, not the first paragraph (which must stay first for the dateline trim).
      if (isCaptionEl(el) && run.every((n) => !normalizeSpace(n.textContent ?? ''))) {
        run = [];
        const text = normalizeSpace(el.textContent ?? '');
        if (text) units.push({ kind: 'caption', text, html: serializeChildren(el, base).trim() });
        return;
      }
      run.push(el);
      return;
    }
    flush();
    if (isCaptionEl(el) && !el.querySelector('p ~ p, img')) {
      const text = normalizeSpace(el.textContent ?? '');
      if (text) units.push({ kind: 'caption', text, html: serializeChildren(el, base).trim() });
      return;
    }
    if (/^H[1-6]$/.test(tag) && !el.querySelector('br, p, div') && (el.textContent ?? '').length < 200) {
      const text = normalizeSpace(el.textContent ?? '');
      if (text) units.push({ kind: 'h', text, html: serializeChildren(el, base).trim() });
      return;
    }
    for (const child of el.childNodes) visit(child);
    flush(tag === 'LI' ? 'li' : tag === 'BLOCKQUOTE' ? 'quote' : 'p');
  };
  for (const child of container.childNodes) visit(child);
  flush();
  return attachCaptions(units);
}

function serializeChildrenOf(n: Node, base: string): string {
  // A text node or an inline element: serialize it as a one-node fragment.
  if (n.nodeType === 3) return escapeText(n.nodeValue ?? '');
  const holder = { childNodes: [n] } as unknown as Node;
  return serializeChildren(holder, base);
}

/** A caption right after an image belongs to it; credits like `[사진=연합뉴스]` too. */
function attachCaptions(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const prev = out[out.length - 1];
    if (u.kind === 'caption' && prev?.kind === 'img' && !prev.caption) {
      prev.caption = u.text;
      continue;
    }
    out.push(u);
  }
  return out;
}

/**
 * Units recovered from a script payload: the key whose strings carry the most Hangul is the story (one field
 * per paragraph, as Arc's `content_elements`, or one big articleBody/contentHtml); HTML strings are parsed,
 * plain text split into paragraphs, and `caption` strings that sit among the story's strings become captions.
 */
function payloadUnits(page: ArticlePage): Unit[] {
  const { doc, url: base, payload: all } = page;
  const byKey = new Map<string, PayloadString[]>();
  for (const p of all) {
    if (p.key === 'description' || p.key === 'text' || p.key === 'caption') continue;
    byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  }
  let main: readonly PayloadString[] = [];
  let bestScore = 0;
  for (const list of byKey.values()) {
    const score = list.reduce((n, p) => n + hangulCount(p.value), 0);
    if (score > bestScore) {
      main = list;
      bestScore = score;
    }
  }
  if (!main.length) return [];
  const first = main[0].at;
  const last = main[main.length - 1].at;
  const captions =
    main.length > 1 ? all.filter((p) => p.key === 'caption' && p.at > first - 3000 && p.at < last) : [];
  const units: Unit[] = [];
  const seen = new Set<string>();
  for (const p of [...main, ...captions].sort((x, y) => x.at - y.at)) {
    const v = p.value;
    if (seen.has(v)) continue;
    seen.add(v);
    if (p.key === 'caption') {
      const text = normalizeSpace(v.replace(/<[^>]*>/g, ' '));
      units.push({ kind: 'caption', text, html: escapeText(text) });
    } else if (/<(?:p|br|div|img|h\d)\b/i.test(v)) {
      const box = parseFragment(doc, v.replace(/\$\$[A-Z_]+\$\$/g, ''));
      units.push(...toUnits(box, base));
    } else {
      for (const line of v.split(/\n+/)) {
        const text = normalizeSpace(line);
        if (text) units.push({ kind: 'p', text, html: escapeText(text) });
      }
    }
  }
  return units;
}

/** The JSON-LD `articleBody`, when the page declares one. */
function jsonLdBody(page: ArticlePage): string | null {
  for (const o of page.jsonLd) if (typeof o.articleBody === 'string') return o.articleBody;
  return null;
}

function pickBySite(page: ArticlePage): Element | null {
  for (const els of page.siteBodies) {
    // Several matches (a hidden print copy, a mobile twin): take the visible one with most prose.
    let best: Element | null = null;
    let bestN = 0;
    for (const el of els) {
      if (els.length > 1 && isHidden(el)) continue;
      const n = hangulCount(el.textContent ?? '');
      if (n > bestN) {
        best = el;
        bestN = n;
      }
    }
    if (best && bestN >= 10) return best;
  }
  return null;
}

/** The element a page declares as its story body (schema.org markup, the ND-soft body, <article>), most prose first. */
function declaredBody(doc: Document): Element | null {
  let best: Element | null = null;
  let bestN = 0;
  // <article> only when the page has one: front pages wrap every teaser box in its own <article>.
  const articles = doc.getElementsByTagName('article');
  const sel = `[itemprop=articleBody], #article-view-content-div${articles.length === 1 ? ', article' : ''}`;
  for (const el of doc.querySelectorAll(sel)) {
    // A box of links is a teaser list whatever its markup says.
    if (linkDensity(el) > 0.5) continue;
    const n = hangulCount(el.textContent ?? '');
    if (n > bestN) {
      best = el;
      bestN = n;
    }
  }
  return best;
}

/** Pages with more elements than this skip Readability (its cost grows fast); the prose block stands in. */
const READABILITY_MAX_ELEMS = 20000;

/** Readability on a cleaned clone it may consume (it mutates what it is given; the caller keeps no use of it). */
function pickByReadability(copy: Document): Element | null {
  if (allElements(copy).length > READABILITY_MAX_ELEMS) return null;
  try {
    const reader = new Readability(copy, {
      // Korean stories are short in characters (속보 items); the English 500 drops them.
      charThreshold: 150,
      // Readability's cost grows fast with page size; past this the densest prose block is used instead.
      maxElemsToParse: READABILITY_MAX_ELEMS,
      keepClasses: true,
      serializer: (el: Node) => el,
    } as unknown as ConstructorParameters<typeof Readability>[1]);
    const parsed = reader.parse() as unknown as { content: Element | null } | null;
    return parsed?.content ?? null;
  } catch {
    return null;
  }
}

/** Lines that are UI, credits or boilerplate wherever they sit. */
function isJunkLine(t: string): boolean {
  // UI strings are short labels; a story sentence that merely names one (`관련기사 스크랩과 관찰 일지를
  // 올려 왔다`, `글자 크기를 키운 교과서`) ends like a sentence and stays.
  if (UI_LINE_RE.test(t) && !(t.length > 40 && /[다요죠][.!?]?["”’')]*$/.test(t))) return true;
  if (SCRIPT_MARKER_RE.test(t)) return true;
  if (SPEAKER_LABEL_RE.test(t)) return true;
  if (PLAYER_RE.test(t) && t.length < 80) return true;
  if (/^\*?\s*아래\s*텍스트는\s*실제\s*방송/.test(t)) return true;
  return false;
}

/** Head lines: a byline (`홍길동 기자 |`) or a bare date stamp before the story starts. */
function isHeadJunk(t: string): boolean {
  if (t.length < 100 && isCreditLine(t)) return true;
  // `보도자료 | 가람전자 홍보팀`: a press release's tag over the text.
  if (/^[[(]?보도\s*자료[\])]?(?:\s*[|│:：]?\s*[^.!?]{2,30})?$/.test(t)) return true;
  // `… 나윤서 기자 (031-555-0142, yoonseo@…)`: a byline with the desk's phone and the reporter's email.
  if (t.length <= 100 && /@|\b0\d{1,2}[-.]\d{3,4}[-.]\d{4}\b/.test(t) && readSignOff(t)) return true;
  if (t.length > 60) return false;
  if (/^\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?(?:\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?)?$/.test(t)) return true;
  // A meta row: outlet, 조회수, date and time (`아주경제 조회수 2024.05.20 17:12`).
  if (/\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}/.test(t) && hangulCount(t) <= 15 && !/다\.?$/.test(t))
    return true;
  const bare = t.replace(/[|│·]+/g, ' ').trim();
  // `글·사진=홍길동 기자`: the middle dot belongs to the label, so the line is read as written too.
  return bare.length < 40 && (!!readSignOff(bare) || !!readSignOff(t));
}

const REPORTER_CARD_RE =
  /^[가-힣]{2,4}\s?(?:기자|특파원|앵커|논설위원|선임기자|객원기자)(?:의)?\s*(?:다른\s*기사(?:\s*(?:더\s*)?보기)?|기사\s*(?:더\s*)?보기|기사\s*모음|구독(?:하기)?|응원하기|프로필)$/;

const SOCIAL_LINE_RE =
  /^(?:(?:인스타그램|페이스북|트위터|유튜브|블로그|홈페이지|instagram|facebook|twitter|youtube|X)\s*[:：]?\s*)?(?:@[A-Za-z0-9_.]{2,30}|https?:\/\/\S+)$|^(?:블로그|홈페이지)\s*[:：]?\s*[\w-]+(?:\.[\w-]+)+\S*$/i;

const TIP_PHONE_RE =
  /^(?:[☎📞▶▷►]\s*)?(?:(?:기사\s*)?(?:제보|문의)\s*)?(?:전화|TEL|Tel)?\s*[:：]?\s*0\d{1,2}[-.)\s]\s?\d{3,4}[-.\s]\d{4}$/u;
const PORTAL_TAIL_RE =
  /^(?:기사\s*제공\s*[:：]?\s*\S{2,16}|\[?\S{2,16}\s?바로\s?가기\]?|\S{2,16}\s?관련\s?뉴스|[▶▷►]\s*관련\s*기사\s*[:：]?.{0,80})$/;
/** `이 기사는 가람통신의 영문 기사를 번역한 것입니다. 번역 = 홍길동 기자`: a translation note; the translator is no author. */
const TRANSLATION_NOTE_RE = /^(?:이\s*기사는\s.{2,40}번역한\s*것입니다\.?)(?:\s*번역\s*[=:：].{0,30})?$/;
/** `…할 계획이다. /끝/`, `(끝)`: a wire's end mark after the story's last sentence. */
const END_MARK_RE = /\s*(?:\/끝\/|\(끝\)|<끝>|〈끝〉|\[끝\])\s*$/;

/** Tail lines: signatures, copyright, promo, credits, emails. */
function isTailLine(t: string): boolean {
  if (COPYRIGHT_RE.test(t) && t.length < 200) return true;
  if (PROMO_RE.test(t)) return true;
  if (EMAIL_ONLY_RE.test(t)) return true;
  if (isCreditLine(t) || isMailboxLine(t) || COLUMN_DISCLAIMER_RE.test(t)) return true;
  // `뉴스와이어 제공`, `가람전자 제공`: who supplied the text, under it.
  if (/^[가-힣A-Za-z0-9]{2,14}\s?제공$/.test(t)) return true;
  if (t.length < 120 && readSignOff(t)) return true;
  // `YTN 홍길동`: a broadcaster's sign-off without email.
  if (/^[A-Z][A-Za-z]{1,7}\s?[가-힣]{2,4}$/.test(t)) return true;
  // `홍길동 기자의 다른 기사 보기`, `홍길동 기자 구독`: the reporter card's links, not story.
  if (REPORTER_CARD_RE.test(t)) return true;
  // `/한빛통신`, `/연합뉴스`: the wire or photo credit of the story.
  if (/^\/\s*\S{2,14}$/.test(t) && looksLikeOutlet(t.slice(1).trim())) return true;
  // The writer's pages (`@hong_news`, `인스타그램 @…`, `블로그 blog.…`), a lone dash or a bracketed label
  // (`[만든 사람들]`) over the credits, and a tip line with the desk's address (`제보 tamsa@…`).
  if (SOCIAL_LINE_RE.test(t) || /^[―—–-]{1,3}$/.test(t) || /^[[【〔][^\]】〕]{1,12}[\]】〕]$/.test(t))
    return true;
  if (/^(?:[▶▷►]\s*)?(?:기사\s*)?(?:제보|문의)\s*[:：]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(t)) return true;
  // The tip line's phone (`☎ 전화 02-000-0000`, `제보 전화: 02-…`) and the card's follow button (`기자 구독`).
  if (TIP_PHONE_RE.test(t) || /^\+?\s*(?:기자\s*)?(?:구독(?:하기)?|팔로우)\s*\+?$/.test(t)) return true;
  // A portal's lines under an outlet's story: who supplied it, links to the outlet and its related stories.
  if (PORTAL_TAIL_RE.test(t) || TRANSLATION_NOTE_RE.test(t)) return true;
  // Headline teasers (`▲ 다른 기사 제목`) listed after the story.
  if (/^[▲△]/.test(t) && t.length < 100) return true;
  // Outlet slogans signed under the story (`◎공감언론 뉴시스 hong@newsis.com`, its email already cut).
  if (/^[◎◆■]\s*\S/.test(t) && t.length < 60 && !/[다요]\.?$/.test(t)) return true;
  return false;
}

/**
 * Dateline on the first prose paragraph; a photo caption written as plain text may come first, so the next
 * two paragraphs are tried too (only the first dateline found is cut). Its reporters go to `authors`.
 */
function cutDateline(out: Unit[], authors: Author[]): void {
  let tried = 0;
  for (let i = 0; i < out.length && tried < 3; i++) {
    const u = out[i];
    if (u.kind !== 'p' && u.kind !== 'quote') continue;
    tried++;
    const { text, authors: a } = stripDateline(u.text);
    if (text === u.text) continue;
    authors.push(...a);
    if (text) out[i] = { ...u, text, html: escapeText(text) };
    else out.splice(i, 1);
    break;
  }
}

/** Tail: signatures, copyright, promo and credit lines (anything after the first copyright line goes too). */
function trimTail(units: Unit[], authors: Author[]): Unit[] {
  let out = units;
  const copyAt = out.findIndex(
    (u, i) => i > 0 && !isFixed(u) && COPYRIGHT_RE.test(u.text) && u.text.length < 200,
  );
  if (copyAt > 0 && copyAt >= out.length - 6) out = out.slice(0, copyAt);
  while (out.length) {
    const u = out[out.length - 1];
    if (u.kind === 'table') break;
    if (u.kind === 'img') {
      // A trailing image without caption after the story is usually a banner; keep captioned photos.
      if (!u.caption) {
        out.pop();
        continue;
      }
      break;
    }
    // `※` notes after a story (helpline notices, corrections policy) are boilerplate.
    if (isTailLine(u.text) || (/^※/.test(u.text) && u.text.length < 300)) {
      const sig = u.text.length < 120 && !TRANSLATION_NOTE_RE.test(u.text) ? readSignOff(u.text) : null;
      if (sig) authors.push(...sig);
      out.pop();
      continue;
    }
    break;
  }
  const last = out[out.length - 1];
  if (last && last.kind === 'p' && END_MARK_RE.test(last.text)) {
    const text = last.text.replace(END_MARK_RE, '');
    out = text ? [...out.slice(0, -1), { ...last, text, html: escapeText(text) }] : out.slice(0, -1);
  }
  // A broadcaster's sign-off (`KBS 뉴스 홍길동입니다.`) ends the script: the few short lines after it are
  // credits and the anchor lead repeated by the page, not story.
  const signOff = out.findIndex(
    (u, i) => i >= 2 && u.kind === 'p' && u.text.length < 40 && !!broadcastSignOff(u.text),
  );
  if (signOff > 0) {
    const after = out.slice(signOff + 1);
    if (after.length <= 4 && after.every((u) => u.kind === 'img' || u.text.length < 100)) {
      authors.push(...(broadcastSignOff(out[signOff]?.text ?? '') ?? []));
      out = out.slice(0, signOff);
    }
  }
  return out;
}

export function trimUnits(units: Unit[], title: string | null): { units: Unit[]; authors: Author[] } {
  const authors: Author[] = [];
  let out = units
    .filter((u) => isFixed(u) || (u.text && !isJunkLine(u.text)))
    .map((u) => {
      if (isFixed(u)) return u;
      // `- "…"` sound-bite dashes, and a signature glued to the end of a paragraph (`… 2023.04.07 / x@y.com`).
      const text = u.text
        .replace(/^[-–]\s*(?=["“])/, '')
        // `<질문 1>` interview markers before a question, `<이름 / 직함>` labels before a sound bite.
        .replace(/^[<[〈]\s*(?:질문|답변|답)\s*\d*\s*[>\]〉]\s*/, '')
        .replace(INLINE_LABEL_RE, '')
        .trim();
      const glued = splitGluedSignOff(text);
      if (glued.text !== text) {
        authors.push(...glued.authors.filter((a) => a.name));
        return { ...u, text: glued.text, html: escapeText(glued.text) };
      }
      return text === u.text ? u : { ...u, text, html: escapeText(text) };
    })
    .filter((u) => isFixed(u) || u.text);
  // Head: a repeated headline (Readability's similarity is blind to Hangul), a lone byline name, UI text —
  // anything before the first prose paragraph; images and captions up there stay.
  for (let i = 0; i < out.length && i < 12; ) {
    const u = out[i];
    if (isFixed(u) || u.kind === 'caption') {
      i++;
      continue;
    }
    const isTitle = !!title && u.text.length < title.length * 1.6 && textSimilarity(u.text, title) >= 0.75;
    const isScrap = hangulCount(u.text) < 4 && !/[.!?다]$/.test(u.text) && u.kind !== 'h';
    const isName = /^[가-힣]{2,4}(?:\s*(?:기자|특파원|앵커|PD))?$/.test(u.text) && i + 1 < out.length;
    if (isTitle || isScrap || isName || isHeadJunk(u.text)) {
      out.splice(i, 1);
      continue;
    }
    // A deck line may come before the meta row (`가람일보 입력 2026.11.27 09:30 조회 1,024`): look a little further.
    for (let j = i + 1; j < out.length && j <= i + 3; ) {
      if (out[j].kind === 'p' && isHeadJunk(out[j].text)) out.splice(j, 1);
      else j++;
    }
    break;
  }
  cutDateline(out, authors);
  out = trimTail(out, authors);
  // Promo lines anywhere inside (▶ 관련기사, ☞, 제보) and stray email lines.
  // Only short lines: a story sentence may mention 제보 or 구독 in passing.
  out = out.filter(
    (u) => isFixed(u) || u.text.length >= 80 || !(PROMO_RE.test(u.text) || EMAIL_ONLY_RE.test(u.text)),
  );
  return { units: out, authors };
}

/** Index path of `el` below `root` (element children), to find the same element in a copy of `root`. */
type Root = Element | Document;

function pathFrom(root: Root, el: Element): number[] | null {
  const path: number[] = [];
  for (let e: Element | null = el; e && e !== root; ) {
    const parent = e.parentNode as (Node & ParentNode) | null;
    if (!parent) return null;
    path.push(Array.prototype.indexOf.call(parent.children, e));
    if (parent === root) break;
    e = parent.nodeType === 1 ? (parent as Element) : null;
    if (!e) return null;
  }
  return path.reverse();
}

function follow(root: Root, path: number[]): Element | null {
  let e: Root | undefined = root;
  for (const i of path) {
    e = e?.children[i];
    if (!e) return null;
  }
  return (e as Element) ?? null;
}

/**
 * A copy of `root` without the clutter blocks found on the page, the site's strip list, scripts/forms/media and
 * hidden copies. The page itself is never touched: blocks are located in the copy by their index paths.
 */
function cleanCopy<T extends Root>(root: T, clutter: ClutterBlock[], site: SiteRule | null, into?: T): T {
  const copy = into ?? (root.cloneNode(true) as T);
  const targets: Element[] = [];
  for (const c of clutter) {
    if ((c.element as Node) === root || !root.contains(c.element)) continue;
    const path = pathFrom(root, c.element);
    const twin = path && follow(copy, path);
    if (twin) targets.push(twin);
  }
  // One walk of the copy answers the strip list, the removed tags and the hidden copies (removing an element
  // a second time, inside a subtree already gone, changes nothing).
  const walk = walkTree(copy);
  for (const t of targets) t.remove();
  for (const sel of site?.strip ?? []) for (const el of select(walk, sel)) el.remove();
  const hidden: Element[] = [];
  for (let i = 0; i < walk.all.length; i++) {
    const el = walk.all[i] as Element;
    if (REMOVE_TAGS.has(walk.tags[i] as string)) el.remove();
    else if (isHiddenCopy(el)) hidden.push(el);
  }
  // Hidden copies (print versions, mobile twins) would duplicate the story.
  for (const el of hidden) {
    if (!el.querySelector('img') || hangulCount(el.textContent ?? '') > 200) el.remove();
  }
  return copy;
}

function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || /display\s*:\s*none/i.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** The story's source: a cleaned copy of its container, and how it was found. */
interface Source {
  container: Element | null;
  via: string;
}

/** Without a site body: Readability on a cleaned copy of the page, else the densest prose block of one. */
function genericContainer(page: ArticlePage, clutter: ClutterBlock[]): Source {
  const { doc, site } = page;
  // From the document itself: a saved page may put elements outside <html> (a <script> before it).
  const cleaned = () => cleanCopy(doc, clutter, site, doc.cloneNode(true) as Document);
  const clone = cleaned();
  // The prose measure is taken before Readability consumes the clone (cloning a page is the costliest step
  // in a Node DOM, so Readability gets this clone rather than a copy of it).
  const storyProse2 = measureProse(clone).storyProse;
  const fromReadability = pickByReadability(clone);
  const rN = hangulCount(fromReadability?.textContent ?? '');
  if (fromReadability && rN >= Math.min(200, storyProse2 * 0.6))
    return { container: fromReadability, via: 'readability' };
  // Readability missed the story: the densest prose block of a fresh cleaned copy.
  const story = measureProse(cleaned()).story;
  return story ? { container: story, via: 'prose block' } : { container: null, via: '' };
}

/** A client-rendered story: the script payload or the JSON-LD articleBody, when it holds clearly more prose. */
function scriptStory(page: ArticlePage, staticProse: number): { units: Unit[]; via: string } | null {
  const payload = payloadUnits(page);
  const payloadProse = payload.reduce((n, u) => n + hangulCount(u.text), 0);
  if (payloadProse > Math.max(40, staticProse * 1.5)) return { units: payload, via: 'script payload' };
  const ldBody = jsonLdBody(page);
  if (!ldBody || hangulCount(ldBody) <= Math.max(150, staticProse * 1.5)) return null;
  const units = ldBody
    .split(/\n+/)
    .map((l) => normalizeSpace(l))
    .filter(Boolean)
    .map((text) => ({ kind: 'p' as const, text, html: escapeText(text) }));
  return { units, via: 'JSON-LD articleBody' };
}

const proseOf = (list: Unit[]) => list.reduce((n, u) => n + hangulCount(u.text), 0);

/**
 * Extract the story units from a page without changing it. Steps:
 *   1. the container: the site's body element when the rule has one (clutter searched inside it only), else
 *      Readability on a copy of the whole page (clutter searched everywhere); clutter removed from the copy;
 *   2. a script payload or JSON-LD body instead, when it holds clearly more prose (client-rendered stories);
 *   3. trimmed (head junk, datelines, sign-offs, tails); a one-line item falls back to the declared body.
 */
export function extractStory(page: ArticlePage, title: string | null): StoryResult {
  const { doc, url: base, site } = page;
  const siteBody = pickBySite(page);
  const clutterIn = (scope: Element | null) =>
    findClutterWith(page.doc, page.url, page.prose, page.walk, scope);
  let clutter = clutterIn(siteBody);
  const source: Source = siteBody
    ? { container: cleanCopy(siteBody, clutter, site), via: `${site?.id} body` }
    : genericContainer(page, clutter);
  const { container } = source;
  let { via } = source;
  let units = container ? toUnits(container, base) : [];
  const fromScript = scriptStory(page, proseOf(units));
  if (fromScript) ({ units, via } = fromScript);
  let trimmed = trimUnits(dedupeUnits(units), title);
  if (proseOf(trimmed.units) < 20) {
    // A one-line item (a video story's caption line) is below every prose threshold: the page's declared
    // article-body element, cleaned, holds it.
    const declared = declaredBody(doc);
    if (declared) {
      if (siteBody && !siteBody.contains(declared)) clutter = clutterIn(null);
      const alt = toUnits(cleanCopy(declared, clutter, site), base);
      const altTrimmed = trimUnits(alt, title);
      if (proseOf(altTrimmed.units) > proseOf(trimmed.units)) {
        units = alt;
        trimmed = altTrimmed;
        via = 'article-body markup';
      }
    }
  }
  const rawParagraphs = units.filter((u) => !isFixed(u)).map((u) => u.text);
  const finalUnits = dedupeUnits(trimmed.units);
  return {
    units: finalUnits,
    rawParagraphs,
    quoteParagraphs: withSpeakerLabels(rawParagraphs, finalUnits),
    authors: trimmed.authors,
    clutter,
    via,
  };
}

/** Final paragraphs, each preceded by the speaker label that stood before it in the page (labels are not body). */
function withSpeakerLabels(raw: string[], units: Unit[]): string[] {
  const finals = units.filter((u) => !isFixed(u) && u.kind !== 'caption').map((u) => u.text);
  const out: string[] = [];
  let next = 0;
  let pendingLabel: string | null = null;
  for (const r of raw) {
    if (SPEAKER_LABEL_RE.test(r)) {
      pendingLabel = r;
      continue;
    }
    if (next < finals.length && squash(r).includes(squash(finals[next]).slice(0, 40))) {
      const inline = r.match(INLINE_LABEL_RE);
      if (inline) pendingLabel = inline[0].trim();
      if (pendingLabel) out.push(pendingLabel);
      out.push(finals[next]);
      next++;
    }
    pendingLabel = null;
  }
  // Anything not matched in order (payload or JSON-LD bodies): append as is.
  for (; next < finals.length; next++) out.push(finals[next]);
  return out;
}

/**
 * Drop exact repeats (a caption also written as a paragraph, a duplicated lead, a second copy of the story).
 * Short lines repeat legitimately (`네.`), so a short repeat only goes when it sits in a run of repeats.
 */
function dedupeUnits(units: Unit[]): Unit[] {
  const seen = new Set<string>();
  const dup: boolean[] = [];
  const keys: string[] = [];
  for (const u of units) {
    const key = u.kind === 'img' ? `img:${u.src}` : squash(u.text);
    keys.push(key);
    dup.push(u.kind !== 'img' && !!key && seen.has(key));
    seen.add(key);
    if (u.kind === 'img' && u.caption) seen.add(squash(u.caption));
  }
  const longDup = (i: number) => i >= 0 && i < units.length && dup[i] && keys[i].length > 15;
  return units.filter((_, i) => {
    if (!dup[i]) return true;
    if (keys[i].length > 15) return false;
    return !(longDup(i - 1) || longDup(i + 1) || (dup[i - 1] && dup[i + 1]));
  });
}
