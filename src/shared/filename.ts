/**
 * File names for exported articles: `YYYY-MM-DD-<headline>.md`.
 * Hangul is kept as NFC text (never percent-encoded: the downloads API takes Unicode names as they are);
 * characters that some file system or the downloads API refuses are replaced by `_`; the name is kept
 * under 255 UTF-8 bytes, the usual limit of a file name.
 */

// Illegal on Windows or reserved by the downloads API, plus control and format characters (incl. bidi
// overrides and zero-width spaces, which would make a name lie about itself).
// \p{Cc} covers the C0/C1 controls; \p{Cf} the format characters (bidi overrides, zero-width, BOM).
const ILLEGAL = /[<>:"/\\|?*~\p{Cc}\p{Cf}]/gu;
const MAX_BYTES = 240;

const encoder = new TextEncoder();

function cutToBytes(s: string, max: number): string {
  if (encoder.encode(s).length <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = encoder.encode(ch).length;
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** One safe file-name component (no extension handling). */
export function safeName(raw: string, fallback = 'article'): string {
  // Double quotes are everywhere in Korean headlines: a single quote keeps their sense and is legal.
  let s = raw.normalize('NFC').replace(/"/g, "'").replace(ILLEGAL, '_');
  s = s.replace(/\s+/g, ' ').trim();
  // Runs of replacements read badly: `a_ _ _b` -> `a_b`.
  s = s.replace(/_(?:[ _]*_)?/g, '_');
  // Windows drops trailing dots and spaces; leading dots make hidden files on Unix.
  s = s.replace(/^[. _]+|[. _]+$/g, '');
  return s || fallback;
}

/** The KST calendar date of an ISO time, or of `now` when there is none. */
export function kstDate(iso: string | null | undefined, now: Date = new Date()): string {
  const m = iso ? /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\+09:00$/.exec(iso) : null;
  if (m) return m[1];
  const d = iso ? new Date(iso) : now;
  const t = Number.isNaN(d.getTime()) ? now : d;
  return new Date(t.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD-<headline>.md` for an article. */
export function markdownFilename(
  title: string | null | undefined,
  publishedAt: string | null | undefined,
  now?: Date,
): string {
  const date = kstDate(publishedAt, now);
  const name = cutToBytes(safeName(title ?? '', 'article'), MAX_BYTES - date.length - 4).trim();
  return `${date}-${name}.md`;
}

/** Re-check a file name that came from a page (the background never trusts one as is). */
export function ensureSafeMarkdownName(name: string): string {
  const base = safeName(name.replace(/\.md$/i, ''), 'article');
  return `${cutToBytes(base, MAX_BYTES - 3)}.md`;
}
