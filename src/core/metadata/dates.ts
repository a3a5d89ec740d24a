/**
 * Korean news dates → ISO 8601 in KST (`YYYY-MM-DDTHH:MM:SS+09:00`).
 * Visible forms: `2024.05.21. 오후 2:23`, `2026. 1. 6. 16:19`, `입력 2026.01.06 (17:45)`, `송고2026-01-06 16:46`,
 * `등록: 2026.01.06 오후 17:25` (오후 with a 24-hour hour: already afternoon), `2026년 1월 6일 16시 19분`.
 * Machine forms: ISO with any offset (converted to KST), `Z`/no offset, `20260927095437` (og:regDate).
 * A date without a time (`2026-01-06`, `입력 2026.01.06`) yields null, never a made-up 00:00.
 */

export interface DateParts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(p: DateParts): boolean {
  return (
    p.y >= 1990 &&
    p.y <= 2100 &&
    p.mo >= 1 &&
    p.mo <= 12 &&
    p.d >= 1 &&
    p.d <= 31 &&
    p.h >= 0 &&
    p.h <= 23 &&
    p.mi >= 0 &&
    p.mi <= 59 &&
    p.s >= 0 &&
    p.s <= 59
  );
}

export function formatKst(p: DateParts): string {
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}+09:00`;
}

/** Hour from a 12-hour clock with 오전/오후; an hour already ≥ 13 with 오후 is a 24-hour hour, kept as is. */
function hour24(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = /오후|PM|pm|p\.m\./.test(ampm);
  if (pm) return h < 12 ? h + 12 : h;
  return h === 12 ? 0 : h;
}

/**
 * A Korean visible date-time. `(?:\([월화수목금토일]\))?` allows a weekday; the time may be wrapped in
 * parentheses (KBS `(08:26)`). Seconds optional. Date-only strings are not accepted here.
 */
export const KOREAN_DATETIME_SRC =
  '(\\d{4})\\s*(?:[.\\-/]|년)\\s*(\\d{1,2})\\s*(?:[.\\-/]|월)\\s*(\\d{1,2})\\s*(?:일|\\.)?\\s*(?:\\(?[월화수목금토일]\\)?\\s*)?[\\s(]*(오전|오후|AM|PM|am|pm)?\\s*(\\d{1,2})\\s*(?::|시)\\s*(\\d{1,2})\\s*(?:분)?(?:\\s*:\\s*(\\d{1,2})|\\s*(\\d{1,2})\\s*초)?\\s*(오전|오후|AM|PM|am|pm)?';
const KOREAN_DATETIME_RE = new RegExp(KOREAN_DATETIME_SRC);
const FOUR_DIGITS = /\d{4}/;

export function partsFromMatch(m: RegExpExecArray | RegExpMatchArray, offset = 0): DateParts | null {
  const g = (i: number) => m[offset + i];
  const p: DateParts = {
    y: Number(g(1)),
    mo: Number(g(2)),
    d: Number(g(3)),
    h: hour24(Number(g(5)), g(4) ?? g(9)),
    mi: Number(g(6)),
    s: Number(g(7) ?? g(8) ?? 0),
  };
  return valid(p) ? p : null;
}

/** Parse a visible Korean date-time anywhere in `text`; null when there is none. */
export function parseKoreanDateTime(text: string): string | null {
  // A year's four digits first: most lines have none, and the full pattern is costly to try everywhere.
  if (!FOUR_DIGITS.test(text)) return null;
  const m = KOREAN_DATETIME_RE.exec(text);
  if (!m) return null;
  const p = partsFromMatch(m);
  return p ? formatKst(p) : null;
}

/** Shift wall-clock parts by `minutes`, via UTC arithmetic (handles day/month/year roll-over). */
function shift(p: DateParts, minutes: number): DateParts {
  const t = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) + minutes * 60000;
  const d = new Date(t);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}

export interface MachineDate {
  /** Converted to KST using the stated offset (a `Z` taken at its word). */
  kst: string;
  /** The same wall-clock digits read as KST, used when a site writes KST with a wrong `Z`/no offset. */
  asLocal: string;
  /** True when the value had an explicit non-zero offset (so it is trustworthy as stated). */
  explicitOffset: boolean;
}

/**
 * A machine date: ISO 8601 (`2023-04-19T22:35:45Z`, `2025-05-15T20:00:52.000+0900`, `2023-04-20 13:22:12`),
 * compact `20260927095437`, or a visible Korean form as a fallback.
 */
export function parseMachineDate(raw: string | null | undefined): MachineDate | null {
  const s = (raw ?? '').trim();
  if (!s) return null;
  const compact = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$/.exec(s);
  if (compact) {
    const p: DateParts = {
      y: Number(compact[1]),
      mo: Number(compact[2]),
      d: Number(compact[3]),
      h: Number(compact[4]),
      mi: Number(compact[5]),
      s: +(compact[6] ?? 0),
    };
    if (!valid(p)) return null;
    const v = formatKst(p);
    return { kst: v, asLocal: v, explicitOffset: false };
  }
  const iso =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?$/i.exec(
      s,
    );
  if (iso) {
    const p: DateParts = {
      y: Number(iso[1]),
      mo: Number(iso[2]),
      d: Number(iso[3]),
      h: +(iso[4] ?? 0),
      mi: +(iso[5] ?? 0),
      s: +(iso[6] ?? 0),
    };
    if (!valid(p)) return null;
    // A date with no time (`2026-01-06`) does not say when the story went out: midnight KST would be made-up
    // information, so it gives no time at all and the caller looks for a real one elsewhere (visible 입력,
    // other metas) or leaves the field null. An explicit `T00:00` is kept: 조간 stories do go out at midnight.
    if (iso[4] === undefined) return null;
    const asLocal = formatKst(p);
    const off = iso[7];
    if (!off) return { kst: asLocal, asLocal, explicitOffset: false };
    let minutes = 0;
    if (!/^(Z|UTC|GMT)$/i.test(off)) {
      const om = /^([+-])(\d{2}):?(\d{2})?$/.exec(off);
      if (om) minutes = (om[1] === '-' ? -1 : 1) * (Number(om[2]) * 60 + Number(om[3] ?? 0));
    }
    const kst = formatKst(shift(p, 9 * 60 - minutes));
    return { kst, asLocal, explicitOffset: minutes !== 0 };
  }
  const visible = parseKoreanDateTime(s);
  return visible ? { kst: visible, asLocal: visible, explicitOffset: false } : null;
}

/** Minutes between two ISO strings produced here (both +09:00). */
export function minutesApart(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(a) - Date.parse(b)) / 60000);
}

/** Labels of the first publication time, and of a later revision. Longest first. */
const PUBLISHED_LABEL =
  '(?:기사\\s*입력|최초\\s*입력|최초\\s*등록|입력\\s*일시|입력일|입력|등록일|등록|송고\\s*시간|송고|기사\\s*전송|작성일|작성|기사\\s*게재|게재|최초\\s*게시|게시일|게시|발행일|발행|승인|Published|Posted)';
const MODIFIED_LABEL =
  '(?:최종\\s*수정|최종\\s*업데이트|최종\\s*편집|기사\\s*수정|수정\\s*일시|수정일|수정|업데이트|갱신|Updated|Modified)';

const LABELED_RE = new RegExp(
  `(${PUBLISHED_LABEL}|${MODIFIED_LABEL})\\s*(?:시간|일시)?\\s*[:：]?\\s*${KOREAN_DATETIME_SRC}`,
  'g',
);
/** A word every label above contains: lines without one cannot match LABELED_RE (a cheap test first). */
const ANY_LABEL =
  /입력|등록|송고|전송|작성|게재|게시|발행|승인|Published|Posted|수정|업데이트|편집|갱신|Updated|Modified/;
const PUBLISHED_ONLY = new RegExp(`^${PUBLISHED_LABEL}$`);
/** The rarer order, label after the time: `2026.01.06 16:46 입력 / 2026.01.06 17:00 수정`. */
const REVERSED_RE = new RegExp(
  `${KOREAN_DATETIME_SRC}\\s*[(\\[]?\\s*(입력|송고|등록|수정|업데이트)(?![가-힣])`,
  'g',
);

export interface LabeledDates {
  published: string | null;
  modified: string | null;
}

/**
 * Find `입력 …` / `수정 …` in text lines. The first published time wins; a modified time counts only near it
 * (same line or the next few), so a `수정` in a related-story list further down is not taken.
 */
export function findLabeledDates(lines: readonly string[]): LabeledDates {
  let published: string | null = null;
  let publishedAt = -1;
  let modified: string | null = null;
  let modifiedAt = -1;
  const NEAR = 6;
  /** The first time of each kind wins; remember the line it was found on. */
  const take = (isModified: boolean, v: string, at: number) => {
    if (isModified) {
      if (!modified) {
        modified = v;
        modifiedAt = at;
      }
    } else if (!published) {
      published = v;
      publishedAt = at;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (publishedAt >= 0 && i > publishedAt + NEAR) break;
    if (line.length > 3000 || !FOUR_DIGITS.test(line) || !ANY_LABEL.test(line)) continue;
    LABELED_RE.lastIndex = 0;
    let m: RegExpExecArray | null = LABELED_RE.exec(line);
    while (m) {
      const label = (m[1] as string).replace(/\s+/g, '');
      const p = partsFromMatch(m, 1);
      if (p) take(!PUBLISHED_ONLY.test(label), formatKst(p), i);
      m = LABELED_RE.exec(line);
    }
    if (!published && !modified && /입력|송고|등록|수정|업데이트/.test(line)) {
      REVERSED_RE.lastIndex = 0;
      let r: RegExpExecArray | null = REVERSED_RE.exec(line);
      while (r) {
        const p = partsFromMatch(r, 0);
        const label = r[10] as string;
        if (p) take(/수정|업데이트/.test(label), formatKst(p), i);
        r = REVERSED_RE.exec(line);
      }
    }
  }
  if (modified && published && Math.abs(modifiedAt - publishedAt) > NEAR) modified = null;
  return { published, modified };
}
