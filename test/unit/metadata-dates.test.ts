import { describe, expect, it } from 'vitest';
import { findLabeledDates, parseKoreanDateTime, parseMachineDate } from '../../src/core/metadata/dates';

describe('parseKoreanDateTime', () => {
  it('reads Naver text with 오후 and a 12-hour hour', () => {
    expect(parseKoreanDateTime('2024.05.21. 오후 2:23')).toBe('2024-05-21T14:23:00+09:00');
    expect(parseKoreanDateTime('2024.05.21. 오전 12:05')).toBe('2024-05-21T00:05:00+09:00');
    expect(parseKoreanDateTime('2024.05.21. 오후 12:05')).toBe('2024-05-21T12:05:00+09:00');
  });
  it('does not add 12 to a 24-hour hour after 오후', () => {
    expect(parseKoreanDateTime('등록: 2026.01.06 오후 17:25')).toBe('2026-01-06T17:25:00+09:00');
  });
  it('reads unpadded Daum dates', () => {
    expect(parseKoreanDateTime('2026. 1. 6. 16:19')).toBe('2026-01-06T16:19:00+09:00');
  });
  it('reads a time in parentheses and dashed dates with seconds', () => {
    expect(parseKoreanDateTime('입력 2026.01.06 (17:45)')).toBe('2026-01-06T17:45:00+09:00');
    expect(parseKoreanDateTime('송고2026-01-06 16:46:07')).toBe('2026-01-06T16:46:07+09:00');
  });
  it('reads 년/월/일 and 시/분 forms', () => {
    expect(parseKoreanDateTime('2026년 1월 6일 16시 19분')).toBe('2026-01-06T16:19:00+09:00');
  });
  it('returns null without a time', () => {
    expect(parseKoreanDateTime('2026.01.06')).toBeNull();
    expect(parseKoreanDateTime('오늘의 운세')).toBeNull();
  });
});

describe('parseMachineDate', () => {
  it('converts real offsets to KST', () => {
    expect(parseMachineDate('2023-04-19T22:35:45Z')?.kst).toBe('2023-04-20T07:35:45+09:00');
    expect(parseMachineDate('2025-05-15T20:00:52.000+0900')?.kst).toBe('2025-05-15T20:00:52+09:00');
    expect(parseMachineDate('2025-05-15T12:00:00-04:00')?.kst).toBe('2025-05-16T01:00:00+09:00');
  });
  it('keeps the wall-clock reading for the wrong-Z case', () => {
    const d = parseMachineDate('2024-05-20T17:12:00Z');
    expect(d?.asLocal).toBe('2024-05-20T17:12:00+09:00');
    expect(d?.explicitOffset).toBe(false);
  });
  it('reads og:regDate compact stamps and offset-less values as KST', () => {
    expect(parseMachineDate('20260927095437')?.kst).toBe('2026-09-27T09:54:37+09:00');
    expect(parseMachineDate('2024-05-21 14:23:45')?.kst).toBe('2024-05-21T14:23:45+09:00');
  });
  it('refuses garbage', () => {
    expect(parseMachineDate('not a date')).toBeNull();
    expect(parseMachineDate('2024-13-40T99:00:00Z')).toBeNull();
  });
});

describe('findLabeledDates', () => {
  it('reads 입력 and 수정 on one line', () => {
    expect(findLabeledDates(['입력 2023.04.07 (08:26) 수정 2023.04.07 (09:10) 국제'])).toEqual({
      published: '2023-04-07T08:26:00+09:00',
      modified: '2023-04-07T09:10:00+09:00',
    });
  });
  it('reads 기사입력/최종수정, 송고, 등록/수정 and 업데이트 labels', () => {
    expect(findLabeledDates(['기사입력 2023-04-04 19:02 l 최종수정 2023-04-04 19:44']).modified).toBe(
      '2023-04-04T19:44:00+09:00',
    );
    expect(findLabeledDates(['송고시간2026-01-06 16:46']).published).toBe('2026-01-06T16:46:00+09:00');
    expect(findLabeledDates(['등록 2023.04.05 07:38 / 수정 2023.04.05 07:44']).modified).toBe(
      '2023-04-05T07:44:00+09:00',
    );
    expect(findLabeledDates(['작성 2023.04.20 13:50', '업데이트 2023.04.20 14:10']).modified).toBe(
      '2023-04-20T14:10:00+09:00',
    );
  });
  it('ignores a 수정 far below the story time (a related-story list)', () => {
    const lines = [
      '입력 2023.04.07 08:26',
      ...Array.from({ length: 20 }, (_, i) => `다른 줄 ${i}`),
      '수정 2023.04.01 10:00',
    ];
    expect(findLabeledDates(lines)).toEqual({ published: '2023-04-07T08:26:00+09:00', modified: null });
  });
});

describe('findLabeledDates, rarer forms', () => {
  it('reads 게시 and labels written after the time', () => {
    expect(findLabeledDates(['게시 2023.04.07 18:36']).published).toBe('2023-04-07T18:36:00+09:00');
    expect(findLabeledDates(['2026.01.06 16:46 입력 / 2026.01.06 17:00 수정'])).toEqual({
      published: '2026-01-06T16:46:00+09:00',
      modified: '2026-01-06T17:00:00+09:00',
    });
  });
  it('finds nothing in a line without labels', () => {
    expect(findLabeledDates(['2026.01.06 16:46 서울 날씨 맑음'])).toEqual({
      published: null,
      modified: null,
    });
  });
});

describe('a date with no time', () => {
  // Midnight would be invented information: a date-only value gives no time, and a real time elsewhere wins.
  it('is not read as midnight', () => {
    expect(parseMachineDate('2026-01-06')).toBeNull();
    expect(parseKoreanDateTime('입력 2026.01.06')).toBeNull();
    expect(findLabeledDates(['입력 2026.01.06', '홍길동 기자']).published).toBeNull();
  });
  it('keeps an explicit midnight (조간 stories go out at 00:00)', () => {
    expect(parseMachineDate('2026-01-06T00:00:00+09:00')?.kst).toBe('2026-01-06T00:00:00+09:00');
    expect(parseKoreanDateTime('입력 2026.01.06 00:00')).toBe('2026-01-06T00:00:00+09:00');
  });
});

describe('more labels', () => {
  it('reads 기사승인 as published and 최종편집 as modified', () => {
    expect(findLabeledDates(['기사승인 2026.01.06 14:20', '최종편집 2026.01.06 15:05'])).toEqual({
      published: '2026-01-06T14:20:00+09:00',
      modified: '2026-01-06T15:05:00+09:00',
    });
  });
});
