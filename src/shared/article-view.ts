/**
 * What the popup and the reader show of an Article, decided once for both:
 *   - the reporters a reader may take as fact (a desk or site mailbox is not a reporter);
 *   - the story without the deck repeated as its first paragraphs;
 *   - what kind of page a not-article page is (the core's `kind` when it has one, else read from its reason).
 * Defensive on purpose: the core should already do the first two; the UI must not show the defect if it
 * does not.
 */
import type { Article, Author } from '../core/types';

// Local parts of shared newsroom mailboxes (content@, webmaster@, news@ ...): an address, never a person.
const GENERIC_MAILBOX_RE =
  /^(?:content|contents|webmaster|web|news|newsroom|newsdesk|desk|press|editor|editors|edit|info|help|admin|master|contact|cs|ad|ads|adv|media|jebo|report|tip|tips|mail|webmail|sns|photo|opinion|reader|readers|support|service|office|biz|kbsnews|ytnnews|mbcnews|sbsnews|newsis|yna|yonhap|noreply|no-reply|dl)\d*$/i;

export function isGenericMailbox(email: string | null | undefined): boolean {
  if (!email) return false;
  const local = email.split('@')[0] ?? '';
  return GENERIC_MAILBOX_RE.test(local.trim());
}

/** The reporters to show: named people, plus bare personal addresses; never a newsroom mailbox. */
export function shownAuthors(authors: readonly Author[]): Author[] {
  return authors.filter((a) => {
    const name = a.name.trim();
    if (!name) return !!a.email && !isGenericMailbox(a.email);
    // A "name" that is itself a mailbox address is the same thing.
    if (/@/.test(name)) return !isGenericMailbox(name);
    return true;
  });
}

const squash = (s: string) => s.normalize('NFC').replace(/[\s"'“”‘’\-–—·…]+/g, '');

/**
 * How many leading blocks only repeat the deck (subtitle): they are left out under a deck that is shown.
 * Looks at the first blocks only (a deck of six lines may come back as six blocks); a block counts when its
 * text lies inside the deck (or is the deck).
 */
export function deckRepeats(subtitle: string | null | undefined, texts: readonly string[]): number {
  const deck = squash(subtitle ?? '');
  if (deck.length < 8) return 0;
  let n = 0;
  for (const text of texts.slice(0, 12)) {
    const t = squash(text);
    if (!t) {
      n++;
      continue;
    }
    if (t.length >= 4 && deck.includes(t)) n++;
    else break;
  }
  return n;
}

export type PageKind = 'article' | 'section' | 'search' | 'home' | 'list' | 'not-news' | 'empty';

const KINDS: readonly PageKind[] = ['article', 'section', 'search', 'home', 'list', 'not-news'];

/** The kind of page: the core's `kind` when present (newer cores), else read from the reason and the URL. */
export function pageKindOf(article: Pick<Article, 'isArticle' | 'reason' | 'url' | 'site'>): PageKind {
  const given = (article as { kind?: unknown }).kind;
  // An extraction that judged the page no article outranks a stale 'article' kind (never both in one core).
  const known = typeof given === 'string' && (KINDS as readonly string[]).includes(given);
  if (known && !(given === 'article' && !article.isArticle)) return given as PageKind;
  if (article.isArticle) return 'article';
  const reason = article.reason ?? '';
  if (/search URL/i.test(reason)) return 'search';
  if (/no story text/i.test(reason)) return 'empty';
  let path = '';
  try {
    path = new URL(article.url).pathname;
  } catch {
    path = '';
  }
  if (path === '/' || path === '' || /^\/(?:index|main|home)(?:\.\w+)?$/i.test(path)) return 'home';
  if (/(?:^|\/)(?:section|sections|category|cate)(?:[/._?]|$)/i.test(path)) return 'section';
  if (/headline links/i.test(reason)) return 'list';
  // On a known news site a page without a story is one of its lists; elsewhere, not news at all.
  return article.site ? 'list' : 'not-news';
}

/** The kicker above the headline (`단독`, `속보`, `[인터뷰]`) when the metadata has one (newer cores). */
export function kickerOf(article: object): string | null {
  const k = (article as { kicker?: unknown }).kicker;
  return typeof k === 'string' && k.trim() ? k.trim() : null;
}
