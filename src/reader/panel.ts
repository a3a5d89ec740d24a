/**
 * The reader's floating control panel, in the spirit of Firefox's Reader View: a small column of four
 * buttons (close, 보기 설정, 듣기, 내보내기) beside the text; each of the last three opens one popover.
 * Nothing here offers what does nothing: without a Korean voice 듣기 explains why it cannot read, and the
 * speed appears only while reading aloud.
 */
import { t } from '../shared/i18n';
import { READER_LIMITS, type ReaderPrefs } from '../shared/options';
import { el, ICONS, icon } from './dom';

export type ListenState = 'checking' | 'ready' | 'no-voice' | 'unavailable';
export type PlayState = 'idle' | 'playing' | 'paused';

export interface PanelHooks {
  close(): void;
  update(change: Partial<ReaderPrefs>): void;
  /** One step smaller or larger (text size, column width). */
  nudge(key: 'size' | 'width', dir: -1 | 1): void;
  togglePlay(): void;
  stop(): void;
  setRate(rate: number): void;
  copyMarkdown(): void;
  saveMarkdown(): void;
  print(): void;
}

export interface Panel {
  panel: HTMLElement;
  popovers: HTMLElement[];
  /** Shows the preferences in the controls (readouts, pressed buttons). */
  show(prefs: ReaderPrefs): void;
  setListen(state: ListenState): void;
  setPlay(state: PlayState): void;
  /** Closes an open popover; false when none was open. */
  closePopover(): boolean;
}

const LINE_HEIGHTS: [number, string][] = [
  [1.5, 'lhTight'],
  [1.8, 'lhNormal'],
  [2.1, 'lhLoose'],
];
const RATES = [0.8, 1, 1.2, 1.5, 1.8];

/** One settings row: its label, then its control. */
function labelledRow(doc: Document, label: string, control: HTMLElement): HTMLElement {
  return el(doc, 'div', { class: 'mg-row' }, el(doc, 'span', { class: 'mg-label' }, label), control);
}

function segmented<V extends string | number>(
  doc: Document,
  label: string,
  values: [V, string][],
  on: (v: V) => void,
): { row: HTMLElement; show: (v: V) => void } {
  const buttons = values.map(([v, text]) => {
    const b = el(doc, 'button', { type: 'button', 'data-value': String(v), 'aria-pressed': 'false' }, text);
    b.addEventListener('click', () => on(v));
    return b;
  });
  const row = labelledRow(
    doc,
    label,
    el(doc, 'span', { class: 'mg-seg', role: 'group', 'aria-label': label }, ...buttons),
  );
  const show = (v: V) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.value === String(v)));
  };
  return { row, show };
}

function stepper(
  doc: Document,
  label: string,
  [less, more]: [string, string],
  on: (dir: -1 | 1) => void,
): { row: HTMLElement; readout: HTMLElement } {
  const readout = el(doc, 'output', { class: 'mg-readout', 'aria-live': 'polite' });
  const step = (dir: -1 | 1, text: string, aria: string) => {
    const b = el(doc, 'button', { type: 'button', 'aria-label': aria, title: aria }, text);
    b.addEventListener('click', () => on(dir));
    return b;
  };
  const row = labelledRow(
    doc,
    label,
    el(doc, 'span', { class: 'mg-step' }, step(-1, '−', less), readout, step(1, '+', more)),
  );
  return { row, readout };
}

function viewPopover(doc: Document, hooks: PanelHooks) {
  const font = segmented(
    doc,
    t('readerFont'),
    [
      ['sans', t('fontSans')],
      ['serif', t('fontSerif')],
    ],
    (v) => hooks.update({ font: v as ReaderPrefs['font'] }),
  );
  const size = stepper(doc, t('readerSize'), [t('fontSmaller'), t('fontLarger')], (d) =>
    hooks.nudge('size', d),
  );
  const width = stepper(doc, t('readerWidth'), [t('widthNarrower'), t('widthWider')], (d) =>
    hooks.nudge('width', d),
  );
  const lh = segmented(
    doc,
    t('readerLineHeight'),
    LINE_HEIGHTS.map(([v, k]) => [v, t(k)]),
    (v) => hooks.update({ lineHeight: v }),
  );
  const theme = segmented(
    doc,
    t('readerTheme'),
    [
      ['system', t('themeSystem')],
      ['light', t('themeLight')],
      ['sepia', t('themeSepia')],
      ['dark', t('themeDark')],
    ],
    (v) => hooks.update({ theme: v as ReaderPrefs['theme'] }),
  );
  theme.row.classList.add('mg-themes');
  const box = el(
    doc,
    'div',
    { class: 'mg-pop', 'data-for': 'view', role: 'dialog', 'aria-label': t('readerView'), hidden: true },
    font.row,
    size.row,
    width.row,
    lh.row,
    theme.row,
  );
  return { box, font, size, width, lh, theme };
}

function listenPopover(doc: Document, hooks: PanelHooks) {
  const note = el(doc, 'p', { class: 'mg-explain', 'data-testid': 'listen-note' });
  const play = el(doc, 'button', { type: 'button', class: 'mg-primary' }, `▶ ${t('ttsPlay')}`);
  play.addEventListener('click', () => hooks.togglePlay());
  const stop = el(doc, 'button', { type: 'button', hidden: true }, `■ ${t('ttsStop')}`);
  stop.addEventListener('click', () => hooks.stop());
  const rate = segmented(
    doc,
    t('ttsSpeed'),
    RATES.map((r) => [r, `${r}×`]),
    (v) => hooks.setRate(v),
  );
  rate.row.hidden = true;
  const controls = el(doc, 'div', { class: 'mg-row mg-play' }, play, stop);
  const box = el(
    doc,
    'div',
    { class: 'mg-pop', 'data-for': 'listen', role: 'dialog', 'aria-label': t('readerListen'), hidden: true },
    note,
    controls,
    rate.row,
  );
  return { box, note, play, stop, rate, controls };
}

function exportPopover(doc: Document, hooks: PanelHooks) {
  const item = (text: string, on: () => void) => {
    const b = el(doc, 'button', { type: 'button', class: 'mg-item' }, text);
    b.addEventListener('click', on);
    return b;
  };
  return el(
    doc,
    'div',
    {
      class: 'mg-pop mg-menu',
      'data-for': 'export',
      role: 'dialog',
      'aria-label': t('readerExport'),
      hidden: true,
    },
    item(t('btnCopyMd'), hooks.copyMarkdown),
    item(t('btnSaveMd'), hooks.saveMarkdown),
    item(t('readerPrint'), hooks.print),
  );
}

function panelButton(doc: Document, label: string, glyph: Node | string, cls: string): HTMLButtonElement {
  return el(
    doc,
    'button',
    { type: 'button', class: `mg-tool ${cls}`, title: label, 'aria-label': label },
    typeof glyph === 'string' ? el(doc, 'span', { class: 'mg-glyph', 'aria-hidden': 'true' }, glyph) : glyph,
    el(doc, 'span', { class: 'mg-tool-label', 'aria-hidden': 'true' }, label.replace(/\s*\(.*\)$/, '')),
  );
}

type ViewPopover = ReturnType<typeof viewPopover>;
type ListenPopover = ReturnType<typeof listenPopover>;

/** Each tool button opens its popover and closes the others; returns closePopover (true if one was open). */
function wireToggles(tools: [HTMLButtonElement, HTMLElement][]): () => boolean {
  const closePopover = () => {
    let was = false;
    for (const [b, box] of tools) {
      if (!box.hidden) was = true;
      box.hidden = true;
      b.setAttribute('aria-expanded', 'false');
    }
    return was;
  };
  for (const [b, box] of tools) {
    b.setAttribute('aria-expanded', 'false');
    b.addEventListener('click', () => {
      const opening = box.hidden;
      closePopover();
      box.hidden = !opening;
      b.setAttribute('aria-expanded', String(opening));
    });
  }
  return closePopover;
}

/** The settings as the controls show them; the size and width steppers stop at their limits. */
function showPrefs(view: ViewPopover, listen: ListenPopover, prefs: ReaderPrefs): void {
  view.font.show(prefs.font);
  view.theme.show(prefs.theme);
  view.lh.show(
    LINE_HEIGHTS.reduce((a, b) =>
      Math.abs(b[0] - prefs.lineHeight) < Math.abs(a[0] - prefs.lineHeight) ? b : a,
    )[0],
  );
  view.size.readout.textContent = String(prefs.size);
  view.width.readout.textContent = t('readerLineChars', String(prefs.width));
  listen.rate.show(prefs.ttsRate);
  const at = (v: number, [lo, hi]: readonly [number, number]) => [v <= lo, v >= hi];
  const [sLo, sHi] = at(prefs.size, READER_LIMITS.size);
  const [wLo, wHi] = at(prefs.width, READER_LIMITS.width);
  const steps = [...view.size.row.querySelectorAll('button'), ...view.width.row.querySelectorAll('button')];
  [sLo, sHi, wLo, wHi].forEach((off, i) => {
    steps[i].disabled = off;
  });
}

/** Whether reading aloud can be offered: the controls when it can, else a note saying why. */
function showListen(button: HTMLButtonElement, listen: ListenPopover, state: ListenState): void {
  button.dataset.state = state;
  listen.controls.hidden = state !== 'ready';
  listen.note.hidden = state === 'ready';
  listen.note.textContent =
    state === 'no-voice'
      ? t('ttsNoKoreanVoice')
      : state === 'unavailable'
        ? t('ttsUnavailable')
        : t('ttsChecking');
}

function showPlay(button: HTMLButtonElement, listen: ListenPopover, state: PlayState): void {
  listen.play.textContent =
    state === 'playing'
      ? `❚❚ ${t('ttsPause')}`
      : state === 'paused'
        ? `▶ ${t('ttsResume')}`
        : `▶ ${t('ttsPlay')}`;
  listen.stop.hidden = state === 'idle';
  // The speed matters only while something is read.
  listen.rate.row.hidden = state === 'idle';
  button.classList.toggle('mg-active', state !== 'idle');
}

export function buildPanel(doc: Document, hooks: PanelHooks): Panel {
  const view = viewPopover(doc, hooks);
  const listen = listenPopover(doc, hooks);
  const exp = exportPopover(doc, hooks);
  const close = panelButton(doc, t('readerClose'), icon(doc, ICONS.close), 'mg-close');
  close.addEventListener('click', () => hooks.close());
  const listenButton = panelButton(
    doc,
    t('readerListen'),
    icon(doc, ICONS.listen, ICONS.listenFill),
    'mg-listen',
  );
  const tools: [HTMLButtonElement, HTMLElement][] = [
    [panelButton(doc, t('readerView'), '가', 'mg-view'), view.box],
    [listenButton, listen.box],
    [panelButton(doc, t('readerExport'), icon(doc, ICONS.export), 'mg-export'), exp],
  ];
  const closePopover = wireToggles(tools);
  const panel = el(
    doc,
    'div',
    { class: 'mg-panel', role: 'toolbar', 'aria-label': t('readerToolbar'), 'aria-orientation': 'vertical' },
    close,
    ...tools.map(([b]) => b),
  );
  return {
    panel,
    popovers: [view.box, listen.box, exp],
    show: (prefs) => showPrefs(view, listen, prefs),
    setListen: (state) => showListen(listenButton, listen, state),
    setPlay: (state) => showPlay(listenButton, listen, state),
    closePopover,
  };
}
