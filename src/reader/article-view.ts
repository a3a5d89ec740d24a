/**
 * The reader's article: header (outlet · section, kicker, headline, deck, reporters, times, reading time),
 * key quotes, and the sanitized story with the deck's repeat, broken images and orphaned captions removed.
 */
import type { Quote } from '../core/types';
import { deckRepeats, kickerOf, shownAuthors } from '../shared/article-view';
import { formatArticleTime, formatReadingTime } from '../shared/format-date';
import { t, uiLanguage } from '../shared/i18n';
import type { ArticleData } from '../shared/messages';
import { safeMailto } from '../shared/safe-url';
import { sanitizeToFragment } from '../shared/sanitize';
import { el } from './dom';
import { markKeyQuotes } from './mark-quotes';

function time(doc: Document, label: string, iso: string, lang: string): HTMLElement {
  return el(
    doc,
    'span',
    { class: 'mg-nowrap' },
    `${label} `,
    el(doc, 'time', { datetime: iso }, formatArticleTime(iso, new Date(), lang)),
  );
}

export function header(doc: Document, a: ArticleData): HTMLElement {
  const lang = uiLanguage();
  const source = [a.publisher, a.section].filter(Boolean).join(' · ');
  const kicker = kickerOf(a);
  const meta = el(doc, 'p', { class: 'mg-meta' });
  const authors = shownAuthors(a.authors);
  if (authors.length) {
    const who = el(doc, 'span', { class: 'mg-authors' });
    authors.forEach((au, i) => {
      if (i) who.append(', ');
      const mail = safeMailto(au.email);
      const name = au.name || au.email || '';
      who.append(el(doc, 'span', { class: 'mg-nowrap' }, mail ? el(doc, 'a', { href: mail }, name) : name));
    });
    meta.append(who);
  }
  if (a.publishedAt) meta.append(time(doc, t('labelPublished'), a.publishedAt, lang));
  if (a.modifiedAt && a.modifiedAt !== a.publishedAt)
    meta.append(time(doc, t('labelModified'), a.modifiedAt, lang));
  if (a.readingMinutes)
    meta.append(el(doc, 'span', { class: 'mg-nowrap' }, formatReadingTime(a.readingMinutes, lang)));
  return el(
    doc,
    'header',
    {},
    source && el(doc, 'p', { class: 'mg-source' }, source),
    kicker && el(doc, 'p', { class: 'mg-kicker' }, kicker),
    el(doc, 'h1', { class: 'mg-title' }, a.title || t('labelNoTitle')),
    a.subtitle && el(doc, 'p', { class: 'mg-subtitle' }, a.subtitle),
    meta,
  );
}

export function keyQuotes(doc: Document, quotes: Quote[]): HTMLElement | null {
  if (!quotes.length) return null;
  const list = el(doc, 'ul');
  for (const q of quotes) {
    list.append(
      el(
        doc,
        'li',
        {},
        el(doc, 'q', {}, q.text),
        el(doc, 'span', { class: 'mg-speaker' }, `— ${q.speaker ?? t('labelUnknownSpeaker')}`),
      ),
    );
  }
  return el(doc, 'aside', { class: 'mg-keyquotes' }, el(doc, 'h2', {}, t('labelKeyQuotes')), list);
}

const TEXT_BLOCKS = 'p, h2, h3, h4, blockquote, li';

/** Leading blocks that only repeat the deck shown in the header. */
function dropDeckRepeat(body: HTMLElement, subtitle: string | null): void {
  const blocks = [...body.querySelectorAll(TEXT_BLOCKS)].slice(0, 12);
  const n = deckRepeats(
    subtitle,
    blocks.map((b) => b.textContent ?? ''),
  );
  for (const b of blocks.slice(0, n)) b.remove();
}

/** A figure (or a caption's wrapper) left without a picture goes whole: no caption above nothing. */
function dropOrphanFigure(img: Element): void {
  const figure = img.closest('figure');
  if (figure && !figure.querySelector('img:not([hidden]), picture, video, svg'))
    figure.setAttribute('hidden', '');
}

/** Cells longer than this wrap (at a readable width); shorter ones stay on one line, so rows stay one line high. */
const WRAP_CELL = 24;

/** Each table in its own sideways-scrolling box (focusable for the keyboard): a wide table never widens the page. */
function boxTables(doc: Document, body: HTMLElement): void {
  for (const cell of body.querySelectorAll('td, th'))
    if ((cell.textContent ?? '').length > WRAP_CELL) cell.classList.add('mg-wrap');
  for (const table of body.querySelectorAll('table')) {
    const box = el(doc, 'div', { class: 'mg-table', tabindex: 0 });
    table.replaceWith(box);
    box.append(table);
  }
}

/** The story as reader blocks: the sanitized HTML, or the plain text split in paragraphs. */
export function storyBody(doc: Document, a: ArticleData): HTMLElement {
  const body = el(doc, 'div', { class: 'mg-body', lang: a.lang ?? 'ko' });
  if (a.html.trim()) body.append(sanitizeToFragment(a.html, doc));
  else for (const p of a.text.split(/\n\s*\n/)) if (p.trim()) body.append(el(doc, 'p', {}, p.trim()));
  // Images whose src the sanitizer dropped (lazy placeholders) or that fail to load would show as broken
  // boxes with their alt text repeated above the caption.
  for (const img of body.querySelectorAll('img:not([src])')) {
    img.setAttribute('hidden', '');
    dropOrphanFigure(img);
  }
  for (const img of body.querySelectorAll('img')) {
    img.addEventListener(
      'error',
      () => {
        img.setAttribute('hidden', '');
        dropOrphanFigure(img);
      },
      { once: true },
    );
  }
  for (const img of body.querySelectorAll('img[hidden]')) img.remove();
  boxTables(doc, body);
  dropDeckRepeat(body, a.subtitle);
  if (!body.textContent?.trim()) body.append(el(doc, 'p', { class: 'mg-note' }, t('readerEmpty')));
  markKeyQuotes(body, a.keyQuotes);
  return body;
}
