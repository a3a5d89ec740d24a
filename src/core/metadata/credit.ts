/**
 * The original outlet of a re-hosted story (an aggregator or portal page carrying another outlet's article),
 * read from the credit forms Korean re-hosts print around the story, with no help from markup or class names:
 *   `기사제공 가나일보`, `뉴스 제공: 가나일보`, `원문 보기 가나일보`, `기사출처=가나일보`   (any page)
 *   `[출처: 가나일보]`, `<가나뉴스 제공>`, `ⓒ 가나일보 무단전재…` in the story's tail   (pages no rule claims)
 *   `출처: 가나일보`                                                              (aggregators, portals)
 * Picture credits are not outlet credits: `(사진=가나일보)`, `사진 출처: …`, `[그래픽=…]`, `자료 제공: …`.
 */
import { looksLikeOutlet } from '../korean/byline';
import { clean } from './dom';
import { normalizePublisher, squash } from './title';

/** Labels that only ever credit a story: they hold on any page. */
const STORY_LABEL =
  /^[[(<【〈]?\s*(?:기사\s*제공|뉴스\s*제공|콘텐츠\s*제공|기사\s*출처|원문\s*보기|기사\s*원문|원문\s*출처|제공\s*언론사)\s*[:：=]?\s*([^\])>】〉]{2,24}?)\s*[\])>】〉]?$/;
/** `[출처: 가나일보]`, `출처=가나일보`: a bare source label (pictures are credited this way too). */
const SOURCE_LABEL = /^[[(<【〈]?\s*출처\s*[:：=]\s*([^\])>】〉]{2,24}?)\s*[\])>】〉]?$/;
/** `<가나뉴스 제공>`, `[가나일보 제공]`, `(가나일보 제공)` standing alone. */
const PROVIDED = /^[[(<【〈]\s*([^=\])>】〉]{2,20}?)\s*제공\s*[\])>】〉]$/;
/** `ⓒ 가나일보`, `저작권자 ⓒ 가나일보 무단전재 및 재배포 금지`, `Copyright ⓒ 가나일보 All rights reserved`. */
const COPYRIGHT =
  /(?:ⓒ|©|Ⓒ|\(c\)|copyright)\s*(?:ⓒ|©|Ⓒ)?\s*(?:\d{4}\s*)?([가-힣][가-힣A-Za-z0-9]{1,14}|[A-Z][A-Za-z0-9]{1,9})(?![가-힣A-Za-z0-9])/i;
/** Words that open a picture or data credit (`사진 출처`, `그래픽 제공`) rather than a story credit. */
const PICTURE_WORD = /^(?:사진|그래픽|영상|자료|이미지|일러스트|도표|표|출처|제공|편집|디자인)$/;
/** Outlet-shaped names: a news word at the end, or a short Latin brand (`CBS`, `KBS`). */
const NEWS_NAME =
  /(?:뉴스|뉴시스|일보|신문|방송|통신|닷컴|TV|경제|타임스|타임즈|저널|미디어|데일리|투데이|스포츠|포스트|위크|[가-힣]24)$|^[A-Z][A-Za-z0-9]{1,9}$/;

function outletName(raw: string | undefined): string | null {
  const v = normalizePublisher(raw?.replace(/\s*(?:무단|All\s+rights|재배포).*$/i, ''));
  if (!v || v.length > 15 || PICTURE_WORD.test(v.split(/\s+/)[0] ?? '') || /https?:|@|=/.test(v)) return null;
  return NEWS_NAME.test(v.replace(/\s+/g, '')) || looksLikeOutlet(v) ? v : null;
}

/**
 * How far a page is known to re-host stories: `own` — an outlet's page by its site rule (only the story-only
 * labels count); `unknown` — no rule says (bracketed `[출처: …]`, `<… 제공>` and a story-tail `ⓒ …` count too);
 * `rehost` — an aggregator or portal (a bare `출처: …` counts as well).
 */
export type CreditTrust = 'own' | 'unknown' | 'rehost';

/** The outlet a line credits, or null. */
export function creditOfLine(line: string, trust: CreditTrust): string | null {
  const l = clean(line);
  if (!l || l.length > 60) return null;
  const strong = STORY_LABEL.exec(l);
  if (strong) return outletName(strong[1]);
  if (trust === 'own') return null;
  const source = SOURCE_LABEL.exec(l);
  // Bare `출처: …` also credits pictures on an outlet's own page; the bracketed line is the story's credit.
  if (source) return trust === 'rehost' || /^[[(<【〈]/.test(l) ? outletName(source[1]) : null;
  const provided = PROVIDED.exec(l);
  if (provided) return outletName(provided[1]);
  const c = l.length <= 50 ? COPYRIGHT.exec(l) : null;
  return c ? outletName(c[1]) : null;
}

/**
 * The outlet credited around the story: the first two story paragraphs, the last four, and the few page lines
 * right after the story (where re-hosts put `기사제공`/`원문 보기` boxes). A name that is the page's own
 * (`ownNames`: the site rule, og:site_name, the site's footer brand) is not a credit.
 */
export function storyCredit(
  paragraphs: readonly string[],
  lines: readonly string[],
  ownNames: readonly string[],
  trust: CreditTrust,
): string | null {
  const own = new Set(ownNames.map((n) => squash(n).toLowerCase()).filter(Boolean));
  const paras = paragraphs.map((p) => clean(p)).filter(Boolean);
  const tail = paras.slice(-4);
  const cands = [...paras.slice(0, 2), ...tail.flatMap((p) => p.split(/\n+/)), ...linesAfter(lines, tail)];
  for (const c of cands) {
    const v = creditOfLine(c, trust);
    if (v && !own.has(squash(v).toLowerCase())) return v;
  }
  return null;
}

/** Up to eight page lines after the story's last paragraph. */
function linesAfter(lines: readonly string[], tail: readonly string[]): string[] {
  const last = tail.at(-1);
  if (!last) return [];
  const key = squash(last).slice(0, 30);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (key && squash(lines[i] as string).startsWith(key)) return lines.slice(i + 1, i + 9) as string[];
  }
  return [];
}
