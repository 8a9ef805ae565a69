import { describe, expect, it } from 'vitest';
import type { GradeBand } from '../../src/scoring/types';
import { quarterMonths, rollup, rollupFlags, rollupPeriod, YEAR_MONTHS } from '../../src/scoring/rollup';

describe('rollup — arguments', () => {
  it('returns score, grade, number of months and the months graded D', () => {
    expect(rollup([80, 90, 100])).toEqual({ ok: true, value: { score: 90, grade: 'HTXSNV', months: 3, monthsGradedD: [] } });
  });
});

describe('rollup — normal cases', () => {
  it('the mean of the months present', () => {
    // (80 + 85 + 78) / 3 = 243/3 = 81
    expect(rollup([80, 85, 78])).toEqual({ ok: true, value: { score: 81, grade: 'HTTNV', months: 3, monthsGradedD: [] } });
  });
  it('blank (null) months are skipped, not counted as 0', () => {
    // (80 + 91) / 2 = 85.5
    expect(rollup([80, null, 91])).toEqual({ ok: true, value: { score: 85.5, grade: 'HTTNV', months: 2, monthsGradedD: [] } });
  });
  it('the score is rounded to 2 decimals', () => {
    // (85 + 86 + 86) / 3 = 257/3 = 85.666… → 85.67
    const r = rollup([85, 86, 86]);
    expect(r.ok && r.value.score).toBe(85.67);
  });
  it('the grade comes from the rounded mean: (90 + 90 + 89.99)/3 = 89.9966… → 90 → A', () => {
    const r = rollup([90, 90, 89.99]);
    expect(r).toEqual({ ok: true, value: { score: 90, grade: 'HTXSNV', months: 3, monthsGradedD: [] } });
  });
  it('a year of twelve months', () => {
    const year = [92, 88, 90, 91, 85, 87, 93, 90, 89, 90, 92, 95];
    // Σ = 1082; 1082 / 12 = 90.1666… → 90.17
    expect(rollup(year)).toEqual({ ok: true, value: { score: 90.17, grade: 'HTXSNV', months: 12, monthsGradedD: [] } });
  });
});

describe('rollup — boundaries', () => {
  it('a month graded D is flagged by its position, not applied to the grade', () => {
    // present: 95, 45, 92 → 232/3 = 77.333… → 77.33 → B; position 1 flagged
    expect(rollup([95, 45, null, 92])).toEqual({ ok: true, value: { score: 77.33, grade: 'HTTNV', months: 3, monthsGradedD: [1] } });
  });
  it('positions count the blank months (0-based in the input)', () => {
    const r = rollup([null, 90, 30, null, 40]);
    expect(r.ok && r.value.monthsGradedD).toEqual([2, 4]);
  });
  it('a month at 49.995 rounds to 50.00 and is C, not flagged; 49.99 is flagged', () => {
    const c = rollup([49.995, 90]);
    expect(c.ok && c.value.monthsGradedD).toEqual([]);
    const r = rollup([49.99, 90]);
    expect(r.ok && r.value.monthsGradedD).toEqual([0]);
  });
  it('a single month', () => {
    expect(rollup([null, 70])).toEqual({ ok: true, value: { score: 70, grade: 'HTTNV', months: 1, monthsGradedD: [] } });
  });
  it('custom bands apply to the mean and to the flags', () => {
    const bands: GradeBand[] = [
      { code: 'HTXSNV', letter: 'A', min: 180 },
      { code: 'HTTNV', letter: 'B', min: 150 },
      { code: 'HTNV', letter: 'C', min: 100 },
      { code: 'KHTNV', letter: 'D', min: Number.NEGATIVE_INFINITY },
    ];
    // (190 + 90) / 2 = 140 → C; 90 < 100 → D flagged
    expect(rollup([190, 90], bands)).toEqual({ ok: true, value: { score: 140, grade: 'HTNV', months: 2, monthsGradedD: [1] } });
  });
});

describe('rollup — bad input', () => {
  it('no months is an error (na)', () => {
    expect(rollup([])).toMatchObject({ ok: false, error: { code: 'na' } });
    expect(rollup([null, null, null])).toMatchObject({ ok: false, error: { code: 'na' } });
  });
});

describe('rollupFlags — issue 11 item 16: the flags of the roll-up are visible', () => {
  it('nothing to flag: null', () => {
    expect(rollupFlags([90, 85, 70])).toBeNull();
  });
  it('names the months graded D by their score and the months with an override, not applied', () => {
    const f = rollupFlags([90, 45, null, 88], [null, null, null, 'Bị kỷ luật từ khiển trách trở lên trong kỳ']);
    expect(f?.vi).toBe('Lưu ý (chưa áp dụng vào kết quả): xếp loại D theo điểm: tháng thứ 2; tháng thứ 4: không hoàn thành nhiệm vụ do Bị kỷ luật từ khiển trách trở lên trong kỳ.');
    expect(f?.en).toBe('Flagged (not applied to the result): graded D by the score: month 2; month 4: did not complete duties (Bị kỷ luật từ khiển trách trở lên trong kỳ).');
    // The result itself is not changed by the flags.
    expect(rollup([90, 45, null, 88])).toEqual({ ok: true, value: { score: 74.33, grade: 'HTTNV', months: 3, monthsGradedD: [1] } });
  });
  it('uses the bands given', () => {
    expect(rollupFlags([60], [], [{ code: 'HTXSNV', letter: 'A', min: 90 }, { code: 'KHTNV', letter: 'D', min: 0 }])?.vi).toContain('tháng thứ 1');
  });
});

describe('rollupPeriod — issue 13: quarters and years by calendar month', () => {
  const scores = new Map([
    [1, 190],
    [2, 200],
    [4, 195],
  ]);
  it('lists the months missing and never counts them as 0 (mean of the months present)', () => {
    const q1 = rollupPeriod(scores, quarterMonths(1));
    expect([q1.present, q1.missing, q1.score, q1.grade]).toEqual([[1, 2], [3], 195, 'HTXSNV']); // (190 + 200) / 2
  });
  it('occurrences (seed 000): base plus each month’s difference from it', () => {
    const q1 = rollupPeriod(scores, quarterMonths(1), { method: 'occurrences', base: 200, bands: null });
    expect([q1.score, q1.grade, q1.monthsGradedD]).toEqual([190, null, []]); // 200 + (−10) + 0
    const y = rollupPeriod(scores, YEAR_MONTHS, { method: 'occurrences', base: 200, bands: [
      { code: 'HTXSNV', letter: 'A', min: 195 },
      { code: 'HTTNV', letter: 'B', min: 192 },
      { code: 'HTNV', letter: 'C', min: 191 },
      { code: 'KHTNV', letter: 'D', min: Number.NEGATIVE_INFINITY },
    ] });
    expect([y.score, y.grade, y.monthsGradedD, y.missing.length]).toEqual([185, 'KHTNV', [1], 9]); // 200 − 10 − 5
  });
  it('a period without any month has no score and no grade', () => {
    const q4 = rollupPeriod(scores, quarterMonths(4));
    expect([q4.score, q4.grade, q4.missing]).toEqual([null, null, [10, 11, 12]]);
  });
});
