import { messages, msg, type Msg } from './messages';
import { fail, ok, type Result } from './result';

/** The steps of the monthly round (seed 004 phần IV §1 and Phụ lục 3). */
export type MonthlyStep = 'self' | 'review' | 'decision' | 'publish';
export const MONTHLY_STEPS: readonly MonthlyStep[] = ['self', 'review', 'decision', 'publish'];

export const STEP_LABELS: Readonly<Record<MonthlyStep, Msg>> = {
  self: msg('Tự đánh giá', 'Self-assessment'),
  review: msg('Nhận xét của cấp có thẩm quyền', "Reviewer's comments"),
  decision: msg('Quyết định xếp loại', 'Grading decision'),
  publish: msg('Công khai kết quả', 'Public list'),
};

export interface Deadline {
  /** The step must be done before this date (exclusive): "trước ngày 25" → 25th. */
  readonly before: Date;
  readonly label: Msg;
}

/**
 * Seed 004: self-assessment before the 25th, comments before the 26th, decision before the 28th, publication
 * before the 5th of the next month; December's round is completed before 15 December (Lưu ý under phần IV §1).
 * Dates are calendar dates in UTC (no time of day).
 */
export function monthlyDeadline(year: number, month: number, step: MonthlyStep): Result<Deadline> {
  const time = monthlyDeadlineTime(year, month, step);
  if (!time.ok) return time;
  const before = new Date(time.value);
  const label = STEP_LABELS[step];
  const d = `${before.getUTCDate()}/${before.getUTCMonth() + 1}/${before.getUTCFullYear()}`;
  return ok({ before, label: msg(`${label.vi}: trước ngày ${d}`, `${label.en}: before ${d}`) });
}

const DAY: Readonly<Record<MonthlyStep, number>> = { self: 25, review: 26, decision: 28, publish: 5 };

/** The deadline of `monthlyDeadline` as a UTC time value alone (KPI.DEADLINE over a whole column builds no label). */
export function monthlyDeadlineTime(year: number, month: number, step: MonthlyStep): Result<number> {
  if (!Number.isInteger(month) || month < 1 || month > 12) return fail('value', messages.invalidMonth());
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return fail('value', messages.invalidYear());
  if (month === 12) return ok(Date.UTC(year, 11, 15));
  return ok(step === 'publish' ? Date.UTC(year, month, DAY.publish) : Date.UTC(year, month - 1, DAY[step]));
}

/**
 * Seed 000 §4: monthly self-scoring is handed in on the last day of the month; the quarterly/yearly report is due
 * before the 5th of the next period's first month. Returns the last allowed day (inclusive).
 */
export function thadsDeadline(year: number, period: 'month' | 'quarter' | 'year', index: number): Result<Date> {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return fail('value', messages.invalidYear());
  if (period === 'month') {
    if (!Number.isInteger(index) || index < 1 || index > 12) return fail('value', messages.invalidMonth());
    return ok(new Date(Date.UTC(year, index, 0)));
  }
  if (period === 'quarter') {
    if (!Number.isInteger(index) || index < 1 || index > 4) return fail('value', messages.invalidQuarter());
    return ok(new Date(Date.UTC(year, index * 3, 4)));
  }
  return ok(new Date(Date.UTC(year + 1, 0, 4)));
}

/** Excel's date serial (1900 system) of a UTC instant: whole for a calendar date, with a fraction for a time of day. */
export const toExcelSerial = (d: Date): number => excelSerialOfTime(d.getTime());
export const excelSerialOfTime = (time: number): number => time / 86_400_000 + 25_569;
export const fromExcelSerial = (serial: number): Date => new Date((serial - 25_569) * 86_400_000);
