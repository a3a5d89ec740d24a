/**
 * The in-page reader: a full-page overlay in a CLOSED shadow root, so the page's CSS cannot restyle it
 * and the page's scripts cannot reach into it. Opening adds one host element and one small stylesheet
 * (it pins the host, locks the page's own scrolling and handles printing); closing removes both, restores
 * the scroll position and the focus: the page's DOM is as it was.
 * Steps of open(): build the article (header, key quotes, sanitized story) -> apply the saved preferences
 * -> build the floating control panel -> check for a Korean voice -> wire the keys (Esc, Tab).
 */
import { t, uiLanguage } from '../shared/i18n';
import type { ArticleData, ReaderState } from '../shared/messages';
import { READER_LIMITS, type ReaderPrefs } from '../shared/options';
import { safeHref } from '../shared/safe-url';
import { header, keyQuotes, storyBody } from './article-view';
import { el } from './dom';
import { buildPanel, type ListenState, type Panel } from './panel';
import { HOST_CSS, HOST_ID, HOST_STYLE_ID, READER_CSS } from './reader-css';
import { pickKoreanVoice, rangeInText, type Segment, SpeechPlayer, segmentsOf } from './tts';

export interface ReaderActions {
  copyMarkdown(): Promise<void>;
  saveMarkdown(): Promise<void>;
  savePrefs(prefs: ReaderPrefs): void;
}

const TTS_HIGHLIGHT = 'malgeun-tts';

interface Open {
  host: HTMLElement;
  hostStyle: HTMLStyleElement;
  root: HTMLElement;
  body: HTMLElement;
  panel: Panel;
  player: SpeechPlayer | null;
  listen: ListenState;
  scroll: [number, number];
  focus: Element | null;
  onKey: (e: KeyboardEvent) => void;
  prefs: ReaderPrefs;
}

let current: Open | null = null;

export function isReaderOpen(): boolean {
  return current !== null;
}

/** Texts of `box` (a label, a readout, a button's words) that break over two lines; explanations may. */
function wrappedTexts(box: HTMLElement): string[] {
  const out: string[] = [];
  const doc = box.ownerDocument;
  const walker = doc.createTreeWalker(box, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue?.trim() || n.parentElement?.closest('.mg-explain')) continue;
    const range = doc.createRange();
    range.selectNodeContents(n);
    if (typeof range.getClientRects !== 'function') return out; // DOMs without layout (jsdom)
    const tops = new Set(
      [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
    );
    if (tops.size > 1) out.push(n.nodeValue.trim());
  }
  return out;
}

/** Layout of the panel and every popover (each measured open): wrapped labels, controls outside the window. */
function controlsLayout(c: Open): NonNullable<ReaderState['layout']> {
  const view = c.root.ownerDocument.defaultView;
  const shown = c.panel.popovers.map((p) => p.hidden);
  for (const p of c.panel.popovers) p.hidden = false;
  const boxes = [c.panel.panel, ...c.panel.popovers];
  const items = boxes.flatMap((box) => [
    ...box.querySelectorAll<HTMLElement>('button, .mg-label, .mg-readout'),
  ]);
  const offscreen = items
    .filter((item) => {
      const r = item.getBoundingClientRect();
      return r.width > 0 && !!view && (r.right > view.innerWidth + 0.5 || r.left < -0.5);
    })
    .map((item) => item.textContent?.trim() || item.getAttribute('aria-label') || item.className);
  const wrapped = boxes.flatMap(wrappedTexts);
  c.panel.popovers.forEach((p, i) => {
    p.hidden = shown[i];
  });
  return { controls: items.length, wrapped, offscreen };
}

export function readerState(): ReaderState {
  if (!current) return { open: false, text: '', paragraphs: 0, theme: '', fontSize: 0, speaking: false };
  const c = current;
  const view = c.root.ownerDocument.defaultView;
  return {
    open: true,
    // biome-ignore lint/performance/useDomNodeTextContent: tests need the text as shown (hidden parts left out).
    text: (c.body as HTMLElement).innerText || c.body.textContent || '',
    paragraphs: c.body.querySelectorAll('p').length,
    theme: c.prefs.theme,
    fontSize: c.prefs.size,
    speaking: c.player?.state === 'playing',
    colorScheme: view?.getComputedStyle(c.root).colorScheme ?? '',
    listen: c.listen,
    layout: controlsLayout(c),
  };
}

function applyPrefs(root: HTMLElement, prefs: ReaderPrefs): void {
  root.dataset.theme = prefs.theme;
  root.dataset.font = prefs.font;
  root.style.setProperty('--size', `${prefs.size}px`);
  root.style.setProperty('--width', `${prefs.width}em`);
  root.style.setProperty('--lh', String(prefs.lineHeight));
}

function clampPrefs(p: ReaderPrefs): ReaderPrefs {
  const c = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
  return {
    ...p,
    size: c(p.size, READER_LIMITS.size),
    width: c(p.width, READER_LIMITS.width),
    lineHeight: c(p.lineHeight ?? 1.8, READER_LIMITS.lineHeight),
  };
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

/** Whether a Korean voice exists; voices load late in Chrome, so wait a little for them. */
function koreanVoice(): Promise<ListenState> {
  if (!SpeechPlayer.available()) return Promise.resolve('unavailable');
  const synth = globalThis.speechSynthesis;
  const answer = () => (pickKoreanVoice(synth.getVoices()) ? 'ready' : 'no-voice');
  if (synth.getVoices().length) return Promise.resolve(answer());
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener?.('voiceschanged', done);
      resolve(answer());
    };
    synth.addEventListener?.('voiceschanged', done);
    setTimeout(done, 1500);
  });
}

/** A short toast, so nothing moves under the pointer. */
function toast(doc: Document): { node: HTMLElement; say: (msg: string) => void } {
  const node = el(doc, 'span', { class: 'mg-status', role: 'status', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (msg: string) => {
    node.textContent = msg;
    clearTimeout(timer);
    timer = setTimeout(() => {
      node.textContent = '';
    }, 3500);
  };
  return { node, say };
}

/** The panel's hooks: preferences, read aloud, export. */
function panelFor(
  doc: Document,
  c: Omit<Open, 'panel'>,
  actions: ReaderActions,
  say: (m: string) => void,
): Panel {
  const update = (change: Partial<ReaderPrefs>) => {
    Object.assign(c.prefs, clampPrefs({ ...c.prefs, ...change }));
    applyPrefs(c.root, c.prefs);
    panel.show(c.prefs);
    actions.savePrefs({ ...c.prefs });
  };
  const run = (fn: () => Promise<void>, ok: string) => () => {
    fn().then(
      () => say(ok),
      (e: unknown) => say(t('statusFailed', e instanceof Error ? e.message : String(e))),
    );
  };
  const player = () => {
    if (!c.player) {
      c.player = new SpeechPlayer(segmentsOf(c.body.querySelectorAll('p, h2, h3, h4, li, blockquote')), {
        onSegment: (seg) => highlight(doc, c.body, seg),
        onState: (s) => panel.setPlay(s),
      });
      c.player.rate = c.prefs.ttsRate;
    }
    return c.player;
  };
  const panel = buildPanel(doc, {
    close: () => closeReader(),
    update,
    nudge: (key, dir) => update({ [key]: c.prefs[key] + dir * (key === 'size' ? 1 : 2) }),
    togglePlay: () => {
      if (c.listen === 'ready') player().toggle();
    },
    stop: () => c.player?.stop(),
    setRate: (rate) => {
      update({ ttsRate: rate });
      c.player?.setRate(rate);
    },
    copyMarkdown: run(actions.copyMarkdown, t('statusCopied')),
    saveMarkdown: run(actions.saveMarkdown, t('statusSaved')),
    print: () => doc.defaultView?.print(),
  });
  return panel;
}

function trapFocus(root: HTMLElement, shadow: ShadowRoot): void {
  // Keys typed in the reader stay in the reader: the page's own shortcuts must not fire underneath.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    root.addEventListener(type, (e) => e.stopPropagation());
  }
  // A modal dialog keeps the focus: Tab cycles through the reader's visible controls and links.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = [...root.querySelectorAll<HTMLElement>('button, a[href]')].filter(
      (x) => x.getClientRects().length > 0,
    );
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
}

/** The page's host element with its closed shadow root, and the stylesheet that positions it over the page. */
function readerHost(doc: Document) {
  const host = el(doc, 'div', { id: HOST_ID, 'data-malgeun-reader': 'open' });
  // Fallback positioning if the page's CSP refuses our stylesheet; HOST_CSS (!important) wins otherwise.
  host.style.cssText = 'position:fixed;inset:0;z-index:2147483647;';
  const hostStyle = el(doc, 'style', { id: HOST_STYLE_ID });
  hostStyle.textContent = HOST_CSS;
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style');
  style.textContent = READER_CSS;
  return { host, hostStyle, shadow, style };
}

/** The article as the reader shows it: a not-article note, header, key quotes, the story, the original link. */
function articleView(doc: Document, article: ArticleData, body: HTMLElement): HTMLElement {
  const original = safeHref(article.originalUrl) ?? safeHref(article.url);
  const link = el(
    doc,
    'a',
    { href: original, target: '_blank', rel: 'noopener noreferrer' },
    `${t('labelOriginal')} ↗`,
  );
  return el(
    doc,
    'article',
    { class: 'mg-article', lang: article.lang ?? 'ko' },
    !article.isArticle && el(doc, 'p', { class: 'mg-note' }, t('readerNotArticle')),
    header(doc, article),
    keyQuotes(doc, article.keyQuotes),
    body,
    el(doc, 'footer', { class: 'mg-footer' }, link),
  );
}

/** Escape closes an open popover first, then the reader. */
function onEscape(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  e.preventDefault();
  e.stopPropagation();
  if (!current?.panel.closePopover()) closeReader();
}

export function openReader(article: ArticleData, prefsIn: ReaderPrefs, actions: ReaderActions): void {
  if (current) return;
  const doc = document;
  const view = doc.defaultView;
  const { host, hostStyle, shadow, style } = readerHost(doc);
  const { node: status, say } = toast(doc);
  const root = el(doc, 'div', {
    class: 'mg-root',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': article.title ?? t('extShortName'),
    tabindex: '-1',
    lang: uiLanguage(),
  });
  const base = {
    host,
    hostStyle,
    root,
    body: storyBody(doc, article),
    player: null,
    listen: 'checking' as ListenState,
    scroll: [view?.scrollX ?? 0, view?.scrollY ?? 0] as [number, number],
    focus: doc.activeElement,
    onKey: onEscape,
    prefs: clampPrefs(prefsIn),
  };
  const c: Open = Object.assign(base, { panel: panelFor(doc, base, actions, say) });
  applyPrefs(root, c.prefs);
  c.panel.show(c.prefs);
  c.panel.setListen('checking');
  c.panel.setPlay('idle');
  root.append(c.panel.panel, ...c.panel.popovers, articleView(doc, article, c.body), status);
  shadow.append(style, root);
  trapFocus(root, shadow);
  current = c;
  (doc.head ?? doc.documentElement).append(hostStyle);
  doc.documentElement.append(host);
  view?.addEventListener('keydown', c.onKey, true);
  root.focus({ preventScroll: true });
  void koreanVoice().then((state) => {
    c.listen = state;
    c.panel.setListen(state);
  });
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
