/**
 * The block picker (가리기 고르기): the reader points at a block the site's rules missed and hides it for good.
 *   - hover: the block under the pointer is outlined, with its size and a short label (tag, id, classes);
 *   - the wheel or ↑/↓: widen the choice to the parent, or narrow it back (or to the first child);
 *   - click or Enter: hide it, unless it holds the story (then a toast says why); picking goes on;
 *   - Esc: end. Every listener goes and the overlay is removed: the page is as it was, minus what was hidden.
 * The overlay lives in a closed shadow root under one host element whose inline style is !important, so the
 * page's CSS cannot break it and ours cannot leak. The page itself is never changed here: saving the selector
 * (hooks.save) is what hides the block, through the clean-up's own path (content runtime, user selectors).
 */
import { hangulCount, idOf, linkDensity, tagOf } from '../core/light';
import { t } from '../shared/i18n';
import { HOST_STYLE, PICKER_CSS, PICKER_HOST_ID } from './picker-css';
import { buildSelector } from './picker-selector';
import { type StoryGuard, storyGuard } from './story-guard';

export interface PickerHooks {
  /** Save the selector for this site; resolves to whether the site's clean-up applies it on later visits. */
  save(selector: string): Promise<boolean>;
}

/** Every element the extension adds to a page has an id with this prefix. */
const OWN_PREFIX = 'malgeun';

/** About one sentence of Korean prose: a block inside the story with this much text is part of the story. */
const STORY_SENTENCE = 30;

/**
 * Why the picker will not hide `el` ('story'), or null. First the clean-up's own guard (story-guard.ts: the
 * story's container and what holds much of its prose, plus whatever that guard protects later); then one rule
 * of the picker's own: the clean-up may hide a small box inside the story (an ad, a list of links), but a
 * block there with a sentence of plain text is a paragraph of the story.
 */
export function refusal(el: Element, guard: StoryGuard = storyGuard(el.ownerDocument)): 'story' | null {
  const parts = guard.parts(el);
  if (parts.length !== 1 || parts[0] !== el) return 'story';
  const inStory = guard.story?.contains(el) ?? false;
  if (inStory && hangulCount(el.textContent ?? '') >= STORY_SENTENCE && linkDensity(el) < 0.5) return 'story';
  return null;
}

/** What the label shows: `tag#id.class.class`, short. */
function describe(el: Element): string {
  const ownId = idOf(el);
  const id = ownId ? `#${ownId}` : '';
  const classes = [...el.classList]
    .slice(0, 2)
    .map((c) => `.${c}`)
    .join('');
  const label = `${tagOf(el).toLowerCase()}${id}${classes}`;
  return label.length > 60 ? `${label.slice(0, 59)}…` : label;
}

/** Events the picker takes over while it runs (capture phase on the window, so it sees them first). */
const SWALLOWED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'auxclick'] as const;
const EVENTS = [...SWALLOWED, 'mousemove', 'click', 'keydown', 'wheel', 'scroll', 'resize'] as const;
/** A wheel notch on a touchpad comes as a burst of events: one step per burst. */
const WHEEL_GAP_MS = 150;

function part(shadow: ShadowRoot, cls: string): HTMLElement {
  const el = document.createElement('div');
  el.className = cls;
  shadow.append(el);
  return el;
}

export class BlockPicker {
  private readonly host = document.createElement('div');
  private readonly box: HTMLElement;
  private readonly tag: HTMLElement;
  private readonly toast: HTMLElement;
  /** The element under the pointer, and the choice (it, or an ancestor or child of it). */
  private hovered: Element | null = null;
  private current: Element | null = null;
  /** Where ↓ goes back to after ↑ widened the choice. */
  private narrower: Element[] = [];
  private guard: StoryGuard;
  private lastWheel = 0;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listener = (e: Event) => this.handle(e);
  private readonly options = { capture: true, passive: false } as const;

  constructor(
    private readonly doc: Document,
    private readonly hooks: PickerHooks,
  ) {
    this.host.id = PICKER_HOST_ID;
    this.host.setAttribute('style', HOST_STYLE);
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = PICKER_CSS;
    shadow.append(style);
    this.box = part(shadow, 'box');
    this.tag = part(shadow, 'tag');
    const bar = part(shadow, 'bar');
    this.toast = document.createElement('div');
    this.toast.className = 'toast';
    this.toast.setAttribute('role', 'status');
    const hint = document.createElement('div');
    hint.className = 'hint';
    hint.textContent = t('pickerHint');
    bar.append(this.toast, hint);
    this.guard = storyGuard(doc);
  }

  start(): void {
    this.doc.documentElement.append(this.host);
    const win = this.doc.defaultView;
    for (const type of EVENTS) win?.addEventListener(type, this.listener, this.options);
  }

  /** End: every listener removed, the overlay gone. */
  stop(): void {
    const win = this.doc.defaultView;
    for (const type of EVENTS) win?.removeEventListener(type, this.listener, this.options);
    clearTimeout(this.toastTimer);
    this.host.remove();
  }

  private handle(e: Event): void {
    if (e.type === 'scroll' || e.type === 'resize') this.draw();
    else if (e.type === 'mousemove') {
      const m = e as MouseEvent;
      this.hover(this.doc.elementFromPoint(m.clientX, m.clientY));
    } else if (e.type === 'keydown') this.key(e as KeyboardEvent);
    else {
      // The pointer acting on the page (press, click, wheel): the page must not see it while picking.
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.type === 'click' && (e as MouseEvent).button === 0) void this.pick();
      else if (e.type === 'wheel') this.wheel(e as WheelEvent);
    }
  }

  private key(e: KeyboardEvent): void {
    const actions: Record<string, () => void> = {
      Escape: () => this.stop(),
      ArrowUp: () => this.widen(),
      ArrowDown: () => this.narrow(),
      Enter: () => void this.pick(),
    };
    const act = actions[e.key];
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    // Keyboard only, nothing chosen yet: start from the middle of the window.
    if (!this.current && e.key !== 'Escape') {
      const win = this.doc.defaultView;
      this.hover(this.doc.elementFromPoint((win?.innerWidth ?? 0) / 2, (win?.innerHeight ?? 0) / 2));
      if (e.key !== 'Enter') return;
    }
    act();
  }

  private wheel(e: WheelEvent): void {
    if (e.timeStamp - this.lastWheel < WHEEL_GAP_MS || e.deltaY === 0) return;
    this.lastWheel = e.timeStamp;
    if (e.deltaY < 0) this.widen();
    else this.narrow();
  }

  private hover(el: Element | null): void {
    if (el === this.hovered) return;
    const doc = this.doc;
    // Our own overlays (this one, the reader) are not the page's blocks.
    const usable =
      el && el !== doc.documentElement && el !== doc.body && !el.closest(`[id^="${OWN_PREFIX}"]`);
    this.hovered = usable ? el : null;
    this.current = this.hovered;
    this.narrower = [];
    this.draw();
  }

  private widen(): void {
    const parent = this.current?.parentElement;
    if (!this.current || !parent || parent === this.doc.body || parent === this.doc.documentElement) return;
    this.narrower.push(this.current);
    this.current = parent;
    this.draw();
  }

  private narrow(): void {
    const back = this.narrower.pop();
    const child = [...(this.current?.children ?? [])].find((c) => {
      const r = c.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    this.current = back ?? child ?? this.current;
    this.draw();
  }

  /** Outline the choice and label it; red when the picker would refuse it. */
  private draw(): void {
    const el = this.current;
    const rect = el?.getBoundingClientRect();
    const shown = !!el && !!rect && rect.width > 0 && rect.height > 0;
    this.box.style.display = shown ? 'block' : 'none';
    this.tag.style.display = shown ? 'block' : 'none';
    if (!el || !rect || !shown) return;
    const refused = refusal(el, this.guard) !== null;
    this.box.classList.toggle('refused', refused);
    this.tag.classList.toggle('refused', refused);
    Object.assign(this.box.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    const size = document.createElement('span');
    size.className = 'size';
    size.textContent = `${Math.round(rect.width)} × ${Math.round(rect.height)}`;
    this.tag.replaceChildren(describe(el), size);
    const viewW = this.doc.documentElement.clientWidth;
    this.tag.style.left = `${Math.max(0, Math.min(rect.left, viewW - this.tag.offsetWidth))}px`;
    this.tag.style.top = `${rect.top >= 24 ? rect.top - 24 : Math.max(0, rect.top) + 2}px`;
  }

  /** Show a message above the hint; `code`, when given, is shown as code after it. */
  private say(kind: 'hidden' | 'refused', text: string, code?: string): void {
    this.toast.replaceChildren(text);
    if (code) {
      const c = document.createElement('code');
      c.textContent = code;
      this.toast.append(' ', c);
    }
    this.toast.className = `toast show ${kind}`;
    // The kind only (no page text) for the browser tests, which cannot look into the closed shadow root.
    this.host.dataset.toast = kind;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => this.toast.classList.remove('show'), 6000);
  }

  private async pick(): Promise<void> {
    const el = this.current;
    if (!el) return;
    // Judged on the page as it is now (late widgets may have moved the story since the pointer came).
    this.guard = storyGuard(this.doc);
    if (refusal(el, this.guard)) return this.say('refused', t('pickerRefused'));
    const built = buildSelector(el);
    if (!built) return this.say('refused', t('pickerNoSelector'));
    let applies: boolean;
    try {
      applies = await this.hooks.save(built.selector);
    } catch (e) {
      return this.say('refused', t('pickerSaveFailed', e instanceof Error ? e.message : String(e)));
    }
    const text = [
      t(built.positional ? 'pickerHiddenPositional' : 'pickerHidden'),
      applies ? '' : t('pickerNotAuto'),
    ].join(' ');
    this.say('hidden', text.trim(), built.selector);
    this.hovered = null;
    this.current = null;
    this.narrower = [];
    this.draw();
  }
}

/** Start the picker on `doc`, unless one runs already there. Returns the running picker. */
export function startPicker(doc: Document, hooks: PickerHooks): BlockPicker | null {
  if (doc.getElementById(PICKER_HOST_ID)) return null;
  const picker = new BlockPicker(doc, hooks);
  picker.start();
  return picker;
}
