/**
 * Read aloud with the browser's speech synthesis, Korean first:
 *   1. the story blocks are split into sentences (one utterance each: short utterances avoid Chrome's
 *      cut-off of long ones and let us highlight the sentence being read);
 *   2. each sentence is made speakable: Hanja glosses `인생(人生)` are not read twice, e-mail addresses and
 *      URLs are skipped, copyright tails and bylines are dropped whole;
 *   3. a ko-KR voice is chosen when the system has one.
 */

// A sentence ends at terminal punctuation (plus closing quotes) followed by white space or the end, so
// `3.2%`, `hong@example.com` and `www.site.kr` stay whole.
const SENTENCE_END_RE = /[.?!…。]+["”’')\]」』]*(?=\s|$)/gu;
const HANJA_GLOSS_RE = /\(\s*[\p{Script=Han}][\p{Script=Han}\s·,、]*\)/gu;
const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
const COPYRIGHT_RE = /ⓒ|©|\(c\)|copyright|무단\s*전재|재배포\s*금지|저작권자|AI\s*학습\s*이용\s*금지/i;

export interface Segment {
  /** The block (paragraph) holding the sentence. */
  block: Element;
  /** Offsets of the sentence inside the block's textContent. */
  start: number;
  end: number;
  /** What is spoken. */
  speech: string;
}

/** Sentences of a text with their offsets. */
export function splitSentences(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const t = raw.trim();
    if (!t) return;
    const start = from + (raw.length - raw.trimStart().length);
    out.push({ start, end: start + t.length, text: t });
  };
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END_RE)) {
    const to = (m.index ?? 0) + m[0].length;
    push(from, to);
    from = to;
  }
  push(from, text.length);
  return out;
}

/** The words to speak for a sentence, or null when nothing in it should be read. */
export function speakable(sentence: string): string | null {
  if (COPYRIGHT_RE.test(sentence)) return null;
  const s = sentence
    .replace(HANJA_GLOSS_RE, '')
    .replace(EMAIL_RE, '')
    .replace(URL_RE, '')
    .replace(/[▶☞■□◆◇▲△●○※]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // What is left of a byline (`홍길동 기자`) or an e-mail line has no sentence in it.
  if (!/[\p{L}\p{N}]/u.test(s)) return null;
  if (/^[\p{Script=Hangul}]{2,4}\s*(기자|특파원|논설위원|앵커)\s*[=]?$/u.test(s)) return null;
  return s;
}

/** Every speakable sentence of the story blocks, in order. */
export function segmentsOf(blocks: Iterable<Element>): Segment[] {
  const out: Segment[] = [];
  for (const block of blocks) {
    for (const s of splitSentences(block.textContent ?? '')) {
      const speech = speakable(s.text);
      if (speech) out.push({ block, start: s.start, end: s.end, speech });
    }
  }
  return out;
}

/** A Range over [start, end) of an element's text. */
export function rangeInText(block: Element, start: number, end: number): Range | null {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* SHOW_TEXT */);
  const range = doc.createRange();
  let pos = 0;
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.nodeValue?.length ?? 0;
    if (!started && start < pos + len) {
      range.setStart(n, start - pos);
      started = true;
    }
    if (started && end <= pos + len) {
      range.setEnd(n, end - pos);
      return range;
    }
    pos += len;
  }
  return null;
}

export function pickKoreanVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const ko = voices.filter((v) => v.lang.replace('_', '-').toLowerCase().startsWith('ko'));
  return ko.find((v) => v.localService) ?? ko[0] ?? null;
}

type PlayerState = 'idle' | 'playing' | 'paused';

export interface PlayerHooks {
  onSegment(seg: Segment | null): void;
  onState(state: PlayerState): void;
}

/** Sequential sentence player over speechSynthesis. */
export class SpeechPlayer {
  state: PlayerState = 'idle';
  rate = 1;
  private index = 0;
  private token = 0;

  constructor(
    private readonly segments: Segment[],
    private readonly hooks: PlayerHooks,
    private readonly synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
  ) {}

  static available(): boolean {
    return (
      typeof globalThis.speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined'
    );
  }

  /** Whether a Korean voice is installed (false can also mean the voices are not loaded yet). */
  hasKoreanVoice(): boolean {
    return !!pickKoreanVoice(this.synth?.getVoices() ?? []);
  }

  toggle(): void {
    if (this.state === 'playing') this.pause();
    else if (this.state === 'paused') this.resume();
    else this.play();
  }

  play(from = 0): void {
    if (!this.synth || this.segments.length === 0) return;
    this.synth.cancel();
    this.index = from;
    this.setState('playing');
    this.speakNext();
  }

  pause(): void {
    this.synth?.pause();
    this.setState('paused');
  }

  resume(): void {
    this.synth?.resume();
    this.setState('playing');
  }

  stop(): void {
    this.token++;
    this.synth?.cancel();
    this.hooks.onSegment(null);
    this.setState('idle');
  }

  /** A new rate applies from the sentence being read (restarted at that rate). */
  setRate(rate: number): void {
    this.rate = rate;
    if (this.state === 'playing') this.play(Math.max(0, this.index - 1));
  }

  private setState(s: PlayerState): void {
    this.state = s;
    this.hooks.onState(s);
  }

  private speakNext(): void {
    const synth = this.synth;
    if (!synth) return;
    const seg = this.segments[this.index];
    if (!seg) {
      this.stop();
      return;
    }
    this.index++;
    const token = ++this.token;
    const u = new SpeechSynthesisUtterance(seg.speech);
    u.lang = 'ko-KR';
    u.rate = this.rate;
    const voice = pickKoreanVoice(synth.getVoices());
    if (voice) u.voice = voice;
    u.onstart = () => {
      if (token === this.token) this.hooks.onSegment(seg);
    };
    const next = () => {
      if (token === this.token && this.state !== 'idle') this.speakNext();
    };
    u.onend = next;
    // An error on one sentence (no voice, interrupted) must not stop the rest, except a cancel by us.
    u.onerror = (e) => {
      if (e.error !== 'canceled' && e.error !== 'interrupted') next();
    };
    synth.speak(u);
  }
}
