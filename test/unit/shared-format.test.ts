import { describe, expect, it } from 'vitest';
import { ensureSafeMarkdownName, kstDate, markdownFilename, safeName } from '../../src/shared/filename';
import { formatAbsolute, formatArticleTime } from '../../src/shared/format-date';

describe('markdown file names', () => {
  it('is YYYY-MM-DD-<headline>.md with Hangul kept as NFC text', () => {
    // Decomposed jamo (as some Mac pages carry) must come out composed, never percent-encoded.
    const nfd = '윤 대통령 “민생 최우선”'.normalize('NFD');
    const name = markdownFilename(nfd, '2024-05-20T17:12:00+09:00');
    expect(name).toBe('2024-05-20-윤 대통령 “민생 최우선”.md');
    expect(name.normalize('NFC')).toBe(name);
    expect(name).not.toMatch(/%[0-9A-F]{2}/);
  });

  it('replaces characters illegal in file names', () => {
    const name = markdownFilename('삼성전자: 반도체/AI "투자" <확대>? 50%*|\\', '2024-01-02T09:00+09:00');
    expect(name).toBe("2024-01-02-삼성전자_ 반도체_AI '투자' _확대_ 50%.md");
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name.endsWith('.md')).toBe(true);
  });

  it('uses the KST date, and today when there is no date', () => {
    // 23:30 UTC is already the next day in Seoul.
    expect(kstDate('2024-05-20T23:30:00Z')).toBe('2024-05-21');
    expect(markdownFilename('제목', null, new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01-제목.md');
    expect(markdownFilename('', null, new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01-article.md');
  });

  it('stays under 255 bytes for a very long headline without cutting a syllable', () => {
    const name = markdownFilename('가'.repeat(400), '2024-05-20T17:12:00+09:00');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^2024-05-20-가+\.md$/);
  });

  it('strips control, bidi and zero-width characters and trailing dots', () => {
    expect(safeName('  제목\u202e\u200b입니다... ')).toBe('제목_입니다');
    expect(ensureSafeMarkdownName('../../etc/passwd')).toBe('etc_passwd.md');
  });
});

describe('Korean article times', () => {
  it('formats an absolute time in KST with 오전/오후', () => {
    expect(formatAbsolute('2024-05-20T17:12:00+09:00')).toBe('2024년 5월 20일 오후 5:12');
    expect(formatAbsolute('2024-05-20T00:05:00+09:00')).toBe('2024년 5월 20일 오전 12:05');
    expect(formatAbsolute('2024-05-20T12:00:00+09:00')).toBe('2024년 5월 20일 오후 12:00');
    expect(formatAbsolute('2024-05-20T08:12:00Z', 'en')).toBe('May 20, 2024, 5:12 PM');
  });

  it('is relative for today and absolute before', () => {
    const now = new Date('2024-05-20T20:15:00+09:00');
    expect(formatArticleTime('2024-05-20T17:12:00+09:00', now)).toBe('3시간 전');
    expect(formatArticleTime('2024-05-20T20:03:00+09:00', now)).toBe('12분 전');
    expect(formatArticleTime('2024-05-20T20:14:40+09:00', now)).toBe('방금 전');
    expect(formatArticleTime('2024-05-19T23:59:00+09:00', now)).toBe('2024년 5월 19일 오후 11:59');
    expect(formatArticleTime(null, now)).toBe('');
  });
});

describe('one language at a time', () => {
  it('writes times and reading time in the language asked for (the UI language), never mixed', async () => {
    const { formatReadingTime } = await import('../../src/shared/format-date');
    const now = new Date('2024-05-21T09:00:00+09:00');
    const en = formatArticleTime('2024-05-20T17:12:00+09:00', now, 'en');
    expect(en).toBe('May 20, 2024, 5:12 PM');
    expect(en).not.toMatch(/[가-힣]/);
    expect(formatArticleTime('2024-05-21T08:00:00+09:00', now, 'en')).toBe('1 hour ago');
    expect(formatReadingTime(3.4, 'en')).toBe('3 min read');
    expect(formatReadingTime(3.4, 'ko')).toBe('3분 분량');
  });
});
