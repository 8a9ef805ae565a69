import { describe, expect, it } from 'vitest';
import {
  fromExcelSerial,
  MONTHLY_STEPS,
  monthlyDeadline,
  STEP_LABELS,
  thadsDeadline,
  toExcelSerial,
} from '../../src/scoring/deadlines';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const before = (year: number, month: number, step: (typeof MONTHLY_STEPS)[number]) => {
  const r = monthlyDeadline(year, month, step);
  return r.ok ? r.value.before.toISOString().slice(0, 10) : r.error.code;
};
const thads = (year: number, period: 'month' | 'quarter' | 'year', index: number) => {
  const r = thadsDeadline(year, period, index);
  return r.ok ? r.value.toISOString().slice(0, 10) : r.error.code;
};

describe('deadlines — arguments', () => {
  it('four monthly steps, each labelled', () => {
    expect(MONTHLY_STEPS).toEqual(['self', 'review', 'decision', 'publish']);
    expect(STEP_LABELS.self.vi).toBe('Tự đánh giá');
    expect(Object.keys(STEP_LABELS).sort()).toEqual([...MONTHLY_STEPS].sort());
  });
  it('the label says the step and the date', () => {
    const r = monthlyDeadline(2024, 11, 'self');
    expect(r.ok && r.value.label).toEqual({ vi: 'Tự đánh giá: trước ngày 25/11/2024', en: 'Self-assessment: before 25/11/2024' });
  });
});

describe('deadlines — normal cases', () => {
  it('monthly: self before the 25th, review before the 26th, decision before the 28th', () => {
    expect(before(2024, 11, 'self')).toBe('2024-11-25');
    expect(before(2024, 11, 'review')).toBe('2024-11-26');
    expect(before(2024, 11, 'decision')).toBe('2024-11-28');
  });
  it('monthly: publish before the 5th of the next month', () => {
    expect(before(2024, 11, 'publish')).toBe('2024-12-05');
    expect(before(2025, 1, 'publish')).toBe('2025-02-05');
    expect(before(2025, 6, 'publish')).toBe('2025-07-05');
  });
  it('February: the 25th, 26th and 28th exist in every year', () => {
    expect(before(2025, 2, 'decision')).toBe('2025-02-28');
    expect(before(2024, 2, 'self')).toBe('2024-02-25');
  });
  it('dates are UTC calendar dates with no time of day', () => {
    const r = monthlyDeadline(2024, 11, 'self');
    expect(r.ok && r.value.before.getTime()).toBe(utc(2024, 11, 25).getTime());
  });
  it('THADS monthly: the last day of the month', () => {
    expect(thads(2024, 'month', 11)).toBe('2024-11-30');
    expect(thads(2024, 'month', 1)).toBe('2024-01-31');
    expect(thads(2024, 'month', 12)).toBe('2024-12-31');
  });
  it('THADS quarterly: before the 5th of the next quarter\'s first month (last day allowed the 4th)', () => {
    expect(thads(2024, 'quarter', 1)).toBe('2024-04-04');
    expect(thads(2024, 'quarter', 2)).toBe('2024-07-04');
    expect(thads(2024, 'quarter', 3)).toBe('2024-10-04');
  });
  it('THADS yearly: before 5 January of the next year', () => {
    expect(thads(2024, 'year', 0)).toBe('2025-01-04');
  });
  it('Excel serial of 20/11/2024 (data cut-off of seed 002) is 45616', () => {
    expect(toExcelSerial(utc(2024, 11, 20))).toBe(45616);
    expect(toExcelSerial(utc(2024, 1, 1))).toBe(45292);
    expect(toExcelSerial(utc(1970, 1, 1))).toBe(25569);
  });
  it('fromExcelSerial is the inverse', () => {
    expect(fromExcelSerial(45616).toISOString()).toBe('2024-11-20T00:00:00.000Z');
    for (const d of [utc(2024, 11, 20), utc(2024, 2, 29), utc(2025, 12, 31), utc(2000, 1, 1)]) {
      expect(fromExcelSerial(toExcelSerial(d)).getTime()).toBe(d.getTime());
    }
    for (const s of [45616, 45622, 36526, 47848]) expect(toExcelSerial(fromExcelSerial(s))).toBe(s);
  });
  it('a fractional serial carries the time of day (17:00 = 0.7083…)', () => {
    expect(fromExcelSerial(45621 + 17 / 24).toISOString()).toBe('2024-11-25T17:00:00.000Z');
  });
});

describe('deadlines — boundaries', () => {
  it('December: every step before 15 December', () => {
    for (const step of MONTHLY_STEPS) expect(before(2024, 12, step)).toBe('2024-12-15');
    const r = monthlyDeadline(2024, 12, 'publish');
    expect(r.ok && r.value.label.vi).toBe('Công khai kết quả: trước ngày 15/12/2024');
  });
  it('November publishes on the 5th of December (before December\'s own 15th)', () => {
    expect(before(2024, 11, 'publish')).toBe('2024-12-05');
  });
  it('THADS February in a leap year and not', () => {
    expect(thads(2024, 'month', 2)).toBe('2024-02-29');
    expect(thads(2025, 'month', 2)).toBe('2025-02-28');
  });
  it('THADS fourth quarter: 4 January of the next year', () => {
    expect(thads(2024, 'quarter', 4)).toBe('2025-01-04');
  });
  it('years 1900 and 9999 are accepted', () => {
    expect(before(1900, 1, 'self')).toBe('1900-01-25');
    expect(thads(9999, 'month', 1)).toBe('9999-01-31');
  });
});

describe('deadlines — bad input', () => {
  it('a month outside 1–12 or not whole is an error (value)', () => {
    expect(before(2024, 0, 'self')).toBe('value');
    expect(before(2024, 13, 'self')).toBe('value');
    expect(before(2024, 1.5, 'self')).toBe('value');
    expect(before(2024, Number.NaN, 'self')).toBe('value');
    expect(thads(2024, 'month', 0)).toBe('value');
    expect(thads(2024, 'month', 13)).toBe('value');
  });
  it('a quarter outside 1–4 is an error (value)', () => {
    expect(thads(2024, 'quarter', 0)).toBe('value');
    expect(thads(2024, 'quarter', 5)).toBe('value');
    expect(thads(2024, 'quarter', 2.5)).toBe('value');
  });
  it('an invalid year is an error (value)', () => {
    expect(before(1899, 1, 'self')).toBe('value');
    expect(before(10000, 1, 'self')).toBe('value');
    expect(before(2024.5, 1, 'self')).toBe('value');
    expect(thads(1899, 'year', 0)).toBe('value');
    expect(thads(Number.NaN, 'month', 1)).toBe('value');
  });
  it('the error messages say what is wrong', () => {
    const month = monthlyDeadline(2024, 13, 'self');
    expect(month.ok === false && month.error.message.en).toBe('Month must be 1 to 12.');
    const year = monthlyDeadline(1800, 1, 'self');
    expect(year.ok === false && year.error.message.en).toBe('Year is not valid.');
  });
});
