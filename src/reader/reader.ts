/**
 * The in-page reader: a full-page overlay in a CLOSED shadow root, so the page's CSS cannot restyle it
 * and the page's scripts cannot reach into it. Opening adds one host element (and one small stylesheet
 * that pins it and handles printing); closing removes both, restores the scroll position and the focus:
 * the page's DOM is as it was.
 * Steps of open(): build the header from the metadata -> sanitize the story into the body -> mark the key
 * quotes -> apply the saved preferences -> wire the toolbar (theme, font, size, width, read aloud, export).
 */
import type { Quote } from '../core/types';
import { dateLanguage, formatArticleTime, formatReadingTime } from '../shared/format-date';
import { t, uiLanguage } from '../shared/i18n';
import type { ArticleData, ReaderState } from '../shared/messages';
import { READER_LIMITS, type ReaderPrefs } from '../shared/options';
import { safeHref, safeMailto } from '../shared/safe-url';
import { sanitizeToFragment } from '../shared/sanitize';
import { markKeyQuotes } from './mark-quotes';
import { HOST_CSS, HOST_ID, HOST_STYLE_ID, READER_CSS } from './reader-css';
import { rangeInText, type Segment, SpeechPlayer, segmentsOf } from './tts';

export interface ReaderActions {
  copyMarkdown(): Promise<void>;
  saveMarkdown(): Promise<void>;
  savePrefs(prefs: ReaderPrefs): void;
}

type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Tiny element builder (text only: nothing here parses HTML). */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | false | undefined)[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

const TTS_HIGHLIGHT = 'malgeun-tts';

interface Open {
  host: HTMLElement;
  hostStyle: HTMLStyleElement;
  root: HTMLElement;
  body: HTMLElement;
  player: SpeechPlayer | null;
  scroll: [number, number];
  focus: Element | null;
  onKey: (e: KeyboardEvent) => void;
  openMs: number;
  prefs: ReaderPrefs;
}

let current: Open | null = null;

export function isReaderOpen(): boolean {
  return current !== null;
}

export function readerState(): ReaderState {
  if (!current)
    return { open: false, text: '', paragraphs: 0, theme: '', fontSize: 0, openMs: null, speaking: false };
  const body = current.body;
  return {
    open: true,
    // biome-ignore lint/performance/useDomNodeTextContent: tests need the text as shown (hidden parts left out).
    text: (body as HTMLElement).innerText || body.textContent || '',
    paragraphs: body.querySelectorAll('p').length,
    theme: current.prefs.theme,
    fontSize: current.prefs.size,
    openMs: current.openMs,
    speaking: current.player?.state === 'playing',
  };
}

function applyPrefs(root: HTMLElement, prefs: ReaderPrefs): void {
  root.dataset.theme = prefs.theme;
  root.dataset.font = prefs.font;
  root.style.setProperty('--size', `${prefs.size}px`);
  root.style.setProperty('--width', `${prefs.width}em`);
}

function header(doc: Document, a: ArticleData): HTMLElement {
  const lang = uiLanguage();
  const now = new Date();
  const kicker = [a.publisher, a.section].filter(Boolean).join(' · ');
  const meta = el(doc, 'p', { class: 'mg-meta' });
  if (a.authors.length) {
    const who = el(doc, 'span', { class: 'mg-authors' });
    a.authors.forEach((au, i) => {
      if (i) who.append(', ');
      const mail = safeMailto(au.email);
      who.append(mail ? el(doc, 'a', { href: mail }, au.name || au.email || '') : au.name);
    });
    meta.append(who);
  }
  if (a.publishedAt) {
    meta.append(
      el(
        doc,
        'span',
        {},
        `${t('labelPublished')} `,
        el(
          doc,
          'time',
          { datetime: a.publishedAt },
          formatArticleTime(a.publishedAt, now, dateLanguage(a.lang, lang)),
        ),
      ),
    );
  }
  if (a.modifiedAt && a.modifiedAt !== a.publishedAt) {
    meta.append(
      el(
        doc,
        'span',
        {},
        `${t('labelModified')} `,
        el(
          doc,
          'time',
          { datetime: a.modifiedAt },
          formatArticleTime(a.modifiedAt, now, dateLanguage(a.lang, lang)),
        ),
      ),
    );
  }
  if (a.readingMinutes) meta.append(el(doc, 'span', {}, formatReadingTime(a.readingMinutes, lang)));
  return el(
    doc,
    'header',
    {},
    kicker && el(doc, 'p', { class: 'mg-kicker' }, kicker),
    el(doc, 'h1', { class: 'mg-title' }, a.title || t('labelNoTitle')),
    a.subtitle && el(doc, 'p', { class: 'mg-subtitle' }, a.subtitle),
    meta,
  );
}

function keyQuotes(doc: Document, quotes: Quote[]): HTMLElement | null {
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

/** The story as reader blocks: the sanitized HTML, or the plain text split in paragraphs. */
function storyBody(doc: Document, a: ArticleData): HTMLElement {
  const body = el(doc, 'div', { class: 'mg-body', lang: a.lang ?? 'ko' });
  if (a.html.trim()) body.append(sanitizeToFragment(a.html, doc));
  else for (const p of a.text.split(/\n\s*\n/)) if (p.trim()) body.append(el(doc, 'p', {}, p.trim()));
  // Images whose src the sanitizer dropped (lazy placeholders) or that fail to load would show as broken
  // boxes with their alt text repeated above the caption.
  for (const img of body.querySelectorAll('img:not([src])')) img.remove();
  for (const img of body.querySelectorAll('img')) {
    img.addEventListener('error', () => img.setAttribute('hidden', ''), { once: true });
  }
  if (!body.textContent?.trim()) body.append(el(doc, 'p', { class: 'mg-note' }, t('readerEmpty')));
  markKeyQuotes(body, a.keyQuotes);
  return body;
}

function clampPrefs(p: ReaderPrefs): ReaderPrefs {
  const c = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
  return { ...p, size: c(p.size, READER_LIMITS.size), width: c(p.width, READER_LIMITS.width) };
}

function highlight(doc: Document, body: HTMLElement, seg: Segment | null): void {
  for (const b of body.querySelectorAll('.mg-reading')) b.classList.remove('mg-reading');
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  registry?.delete(TTS_HIGHLIGHT);
  if (!seg) return;
  seg.block.classList.add('mg-reading');
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  const range = rangeInText(seg.block, seg.start, seg.end);
  if (registry && HighlightCtor && range) {
    try {
      registry.set(TTS_HIGHLIGHT, new HighlightCtor(range));
    } catch {
      // The paragraph class is the fallback where highlights cannot cross into this world.
    }
  }
  const rect = seg.block.getBoundingClientRect();
  const view = doc.defaultView;
  if (view && (rect.top < 80 || rect.bottom > view.innerHeight - 40)) {
    seg.block.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}

export function openReader(
  article: ArticleData,
  prefsIn: ReaderPrefs,
  actions: ReaderActions,
  t0: number,
): void {
  if (current) return;
  const doc = document;
  const prefs = clampPrefs(prefsIn);
  const host = el(doc, 'div', { id: HOST_ID, 'data-malgeun-reader': 'open' });
  // Fallback positioning if the page's CSP refuses our stylesheet; HOST_CSS (!important) wins otherwise.
  host.style.cssText = 'position:fixed;inset:0;z-index:2147483647;';
  const hostStyle = el(doc, 'style', { id: HOST_STYLE_ID });
  hostStyle.textContent = HOST_CSS;
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style');
  style.textContent = READER_CSS;

  const status = el(doc, 'span', { class: 'mg-status', role: 'status', 'aria-live': 'polite' });
  // Messages show as a short toast, so the toolbar never moves under the pointer.
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (msg: string) => {
    status.textContent = msg;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      status.textContent = '';
    }, 3500);
  };
  const root = el(doc, 'div', {
    class: 'mg-root',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': article.title ?? t('extShortName'),
    tabindex: '-1',
    lang: uiLanguage(),
  });
  applyPrefs(root, prefs);
  const update = (change: Partial<ReaderPrefs>) => {
    Object.assign(prefs, clampPrefs({ ...prefs, ...change }));
    applyPrefs(root, prefs);
    actions.savePrefs({ ...prefs });
  };

  const select = (label: string, value: string, options: [string, string][], on: (v: string) => void) => {
    const s = el(doc, 'select', { 'aria-label': label, title: label });
    for (const [v, text] of options) s.append(el(doc, 'option', { value: v, selected: v === value }, text));
    s.addEventListener('change', () => on(s.value));
    return s;
  };
  const button = (label: string, text: string, on: () => void, cls?: string) => {
    const b = el(doc, 'button', { type: 'button', title: label, 'aria-label': label, class: cls }, text);
    b.addEventListener('click', on);
    return b;
  };

  const body = storyBody(doc, article);

  // Read aloud.
  let player: SpeechPlayer | null = null;
  const ttsButton = button(t('ttsPlay'), `▶ ${t('ttsPlay')}`, () => {
    if (!SpeechPlayer.available()) {
      say(t('ttsUnavailable'));
      return;
    }
    if (!player) {
      player = new SpeechPlayer(segmentsOf(body.querySelectorAll('p, h2, h3, h4, li, blockquote')), {
        onSegment: (seg) => highlight(doc, body, seg),
        onState: (s) => {
          ttsButton.textContent =
            s === 'playing'
              ? `❚❚ ${t('ttsPause')}`
              : s === 'paused'
                ? `▶ ${t('ttsResume')}`
                : `▶ ${t('ttsPlay')}`;
          ttsStop.hidden = s === 'idle';
        },
      });
      player.rate = prefs.ttsRate;
      if (current) current.player = player;
      if (!player.hasKoreanVoice()) say(t('ttsNoKoreanVoice'));
    }
    player.toggle();
  });
  const ttsStop = button(t('ttsStop'), '■', () => player?.stop());
  ttsStop.hidden = true;
  const rates: [string, string][] = ['0.8', '1', '1.2', '1.5', '1.8'].map((r) => [r, `${r}×`]);
  const ttsRate = select(t('ttsSpeed'), String(prefs.ttsRate), rates, (v) => {
    update({ ttsRate: Number(v) });
    player?.setRate(Number(v));
  });

  const run = (fn: () => Promise<void>, ok: string) => () => {
    fn().then(
      () => say(ok),
      (e: unknown) => say(t('statusFailed', e instanceof Error ? e.message : String(e))),
    );
  };

  const bar = el(
    doc,
    'div',
    { class: 'mg-bar', role: 'toolbar', 'aria-label': t('readerToolbar') },
    el(
      doc,
      'span',
      { class: 'mg-group' },
      select(
        t('readerTheme'),
        prefs.theme,
        [
          ['system', t('themeSystem')],
          ['light', t('themeLight')],
          ['sepia', t('themeSepia')],
          ['dark', t('themeDark')],
        ],
        (v) => update({ theme: v as ReaderPrefs['theme'] }),
      ),
      select(
        t('readerFont'),
        prefs.font,
        [
          ['sans', t('fontSans')],
          ['serif', t('fontSerif')],
        ],
        (v) => update({ font: v as ReaderPrefs['font'] }),
      ),
    ),
    el(
      doc,
      'span',
      { class: 'mg-group' },
      button(t('fontSmaller'), '가−', () => update({ size: prefs.size - 1 })),
      button(t('fontLarger'), '가+', () => update({ size: prefs.size + 1 })),
      button(t('widthNarrower'), '⇥⇤', () => update({ width: prefs.width - 2 })),
      button(t('widthWider'), '⇤⇥', () => update({ width: prefs.width + 2 })),
    ),
    el(doc, 'span', { class: 'mg-group' }, ttsButton, ttsStop, ttsRate),
    el(
      doc,
      'span',
      { class: 'mg-group' },
      button(t('btnCopyMd'), t('btnCopyMd'), run(actions.copyMarkdown, t('statusCopied'))),
      button(t('btnSaveMd'), t('btnSaveMd'), run(actions.saveMarkdown, t('statusSaved'))),
      button(t('readerPrint'), t('readerPrint'), () => doc.defaultView?.print()),
    ),
    button(t('readerClose'), '✕', () => closeReader(), 'mg-close'),
  );

  const original = safeHref(article.originalUrl) ?? safeHref(article.url);
  const articleEl = el(
    doc,
    'article',
    { class: 'mg-article', lang: article.lang ?? 'ko' },
    !article.isArticle && el(doc, 'p', { class: 'mg-note' }, t('readerNotArticle')),
    header(doc, article),
    keyQuotes(doc, article.keyQuotes),
    body,
    el(
      doc,
      'footer',
      { class: 'mg-footer' },
      el(
        doc,
        'a',
        { href: original, target: '_blank', rel: 'noopener noreferrer' },
        `${t('labelOriginal')} ↗`,
      ),
    ),
  );
  root.append(bar, articleEl, status);
  shadow.append(style, root);

  // Keys typed in the reader stay in the reader: the page's own shortcuts must not fire underneath.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    root.addEventListener(type, (e) => e.stopPropagation());
  }
  // A modal dialog keeps the focus: Tab cycles through the reader's controls and links, never the page.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = [...root.querySelectorAll<HTMLElement>('button:not([hidden]), select, a[href]')];
    if (!items.length) return;
    const active = shadow.activeElement;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && (active === first || active === root || !active)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !active)) {
      e.preventDefault();
      first.focus();
    }
  });
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      e.stopPropagation();
      closeReader();
    }
  };

  const view = doc.defaultView;
  current = {
    host,
    hostStyle,
    root,
    body,
    player: null,
    scroll: [view?.scrollX ?? 0, view?.scrollY ?? 0],
    focus: doc.activeElement,
    onKey,
    openMs: 0,
    prefs,
  };
  (doc.head ?? doc.documentElement).append(hostStyle);
  doc.documentElement.append(host);
  view?.addEventListener('keydown', onKey, true);
  root.focus({ preventScroll: true });
  current.openMs = performance.now() - t0;
}

export function closeReader(): void {
  const c = current;
  if (!c) return;
  current = null;
  c.player?.stop();
  const view = c.host.ownerDocument.defaultView;
  view?.removeEventListener('keydown', c.onKey, true);
  c.host.remove();
  c.hostStyle.remove();
  view?.scrollTo(c.scroll[0], c.scroll[1]);
  if (c.focus instanceof HTMLElement && c.focus.isConnected) c.focus.focus({ preventScroll: true });
}
