/**
 * Hints from client-rendered pages whose static HTML keeps the article only in a script payload (Arc/Fusion
 * `globalContent`, Next.js props): the displayed publish/update times, the credits, and the lead description,
 * read by key name from the first occurrence (the page's own article comes before related stories).
 */
/** One `<script>` as text (page.ts reads every script once). */
export interface ScriptText {
  /** Its `type` attribute, lower-cased ('' when absent). */
  type: string;
  /** True when it loads a file (`src`): its text is empty or a fallback. */
  external: boolean;
  text: string;
}

export interface PayloadHints {
  displayed: string | null;
  updated: string | null;
  credits: string[];
  description: string | null;
}

const PUBLISHED_KEYS = ['display_date', 'displayDate', 'deployDt', 'first_publish_date', 'firstPublishDate'];
const UPDATED_KEYS = ['last_updated_date', 'lastUpdatedDate', 'reDeployDt'];

function firstValue(text: string, keys: readonly string[]): string | null {
  for (const k of keys) {
    const re = new RegExp(`^${k}\\\\?"\\s*:\\s*\\\\?"([^"\\\\]{8,40})\\\\?"`);
    // indexOf first: a regex scan over a megabyte of script per key is the slow part otherwise.
    let at = text.indexOf(k);
    for (let tries = 0; at >= 0 && tries < 8; tries++) {
      const m = re.exec(text.slice(at, at + 120));
      if (m) return m[1] as string;
      at = text.indexOf(k, at + k.length);
    }
  }
  return null;
}

/** The `[...]` array that starts at `start` (bracket-matched, strings respected), or null. */
function arrayAt(text: string, start: number): string | null {
  let depth = 0;
  let inStr = false;
  for (let i = start; i < text.length && i < start + 20000; i++) {
    const c = text[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** Byline strings of one credit entry: the Korean byline (`박선민 기자`) before a romanised `name`. */
function creditNames(c: unknown): string[] {
  if (!c || typeof c !== 'object') return [];
  const o = c as Record<string, unknown>;
  const props = o.additional_properties as Record<string, unknown> | undefined;
  const original = props?.original as Record<string, unknown> | undefined;
  for (const v of [original?.byline, o.byline, o.name])
    if (typeof v === 'string' && v.trim()) return [v.trim()];
  return [];
}

/** Read from the page's scripts as page.ts holds them (JSON-LD and external scripts skipped). */
export function payloadHints(scripts: readonly ScriptText[]): PayloadHints {
  const hints: PayloadHints = { displayed: null, updated: null, credits: [], description: null };
  let budget = 3_000_000;
  for (const s of scripts) {
    if (s.external || s.type.includes('ld+json')) continue;
    const text = s.text;
    if (text.length < 200) continue;
    budget -= text.length;
    if (budget < 0) break;
    hints.displayed ??= firstValue(text, PUBLISHED_KEYS);
    hints.updated ??= firstValue(text, UPDATED_KEYS);
    if (!hints.credits.length) {
      // The first non-empty `credits.by` list (images carry empty ones before the story's own).
      const re = /"credits"\s*:\s*\{\s*"by"\s*:\s*\[/g;
      let m: RegExpExecArray | null = re.exec(text);
      let guard = 0;
      while (m && !hints.credits.length && guard++ < 20) {
        const arr = arrayAt(text, m.index + m[0].length - 1);
        try {
          const list = arr ? (JSON.parse(arr) as unknown[]) : [];
          for (const c of list) hints.credits.push(...creditNames(c));
        } catch {
          /* not JSON after all */
        }
        m = re.exec(text);
      }
    }
    if (!hints.description) {
      const m = /"description"\s*:\s*\{\s*"basic"\s*:\s*"((?:[^"\\]|\\.){10,2000})"/.exec(text);
      if (m) {
        try {
          hints.description = JSON.parse(`"${m[1]}"`) as string;
        } catch {
          hints.description = m[1] as string;
        }
      }
    }
  }
  return hints;
}
