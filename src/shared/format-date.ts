/**
 * Article times for people: Korean style `2024년 5월 20일 오후 5:12` (in KST, the time the article states),
 * or relative (`방금 전`, `12분 전`, `3시간 전`) when it is from today. English UI gets the same in English:
 * one language at a time, the UI's (see uiLanguage), whatever the article's language.
 * Written by hand because Intl's ko-KR output differs between engines (`오후 5:12` vs `오후 05:12`).
 */

const KST_OFFSET = 9 * 3600_000;

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
}

function kstParts(t: number): Parts {
  const d = new Date(t + KST_OFFSET);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
  };
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Absolute time: `2024년 5월 20일 오후 5:12` / `May 20, 2024, 5:12 PM`. */
export function formatAbsolute(iso: string, lang = 'ko'): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const p = kstParts(t);
  const pm = p.h >= 12;
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  const mm = String(p.mi).padStart(2, '0');
  if (lang === 'ko') return `${p.y}년 ${p.mo}월 ${p.d}일 ${pm ? '오후' : '오전'} ${h12}:${mm}`;
  return `${EN_MONTHS[p.mo - 1]} ${p.d}, ${p.y}, ${h12}:${mm} ${pm ? 'PM' : 'AM'}`;
}

/**
 * Relative when the time is today (KST) and not in the future, else absolute.
 * `now` is a parameter so tests and callers agree on one clock.
 */
export function formatArticleTime(
  iso: string | null | undefined,
  now: Date = new Date(),
  lang = 'ko',
): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const diff = now.getTime() - t;
  const a = kstParts(t);
  const b = kstParts(now.getTime());
  const today = a.y === b.y && a.mo === b.mo && a.d === b.d;
  if (!today || diff < -60_000) return formatAbsolute(iso, lang);
  const min = Math.floor(Math.max(0, diff) / 60_000);
  if (lang === 'ko') {
    if (min < 1) return '방금 전';
    if (min < 60) return `${min}분 전`;
    return `${Math.floor(min / 60)}시간 전`;
  }
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  const h = Math.floor(min / 60);
  return `${h} hour${h === 1 ? '' : 's'} ago`;
}

/** `3분 분량` / `3 min read`. */
export function formatReadingTime(minutes: number, lang = 'ko'): string {
  const m = Math.max(1, Math.round(minutes));
  return lang === 'ko' ? `${m}분 분량` : `${m} min read`;
}
