import { gradeOf, MONTHLY_BANDS } from './grades';
import { messages, msg, type Msg } from './messages';
import { fail, ok, type Result } from './result';
import { round } from './round';
import type { GradeBand, GradeCode } from './types';

export interface Rollup {
  readonly score: number;
  readonly grade: GradeCode;
  readonly months: number;
  /** Positions (0-based) of months graded D: flagged beside the result, not applied (DOMAIN.md Decision). */
  readonly monthsGradedD: readonly number[];
}

/**
 * Decision (DOMAIN.md Roll-up): a quarter's or a year's score is the mean of the months present (blanks skipped),
 * graded by the same bands; a month graded D is flagged, not applied automatically.
 */
/** The rolled-up score alone: the mean of the months present, rounded (a whole column of months without a grade per month). */
export function rollupScore(monthly: readonly (number | null)[]): Result<number> {
  let sum = 0;
  let n = 0;
  for (const s of monthly) {
    if (s === null) continue;
    sum += s;
    n++;
  }
  return n === 0 ? fail('na', messages.noMonths()) : ok(round(sum / n));
}

export function rollup(monthly: readonly (number | null)[], bands: readonly GradeBand[] = MONTHLY_BANDS): Result<Rollup> {
  const mean = rollupScore(monthly);
  if (!mean.ok) return mean;
  const score = mean.value;
  const present = monthly.map((s, i) => ({ s, i })).filter((x): x is { s: number; i: number } => x.s !== null);
  return ok({
    score,
    grade: gradeOf(score, bands),
    months: present.length,
    monthsGradedD: present.filter((x) => gradeOf(x.s, bands) === 'KHTNV').map((x) => x.i),
  });
}

/**
 * What is flagged beside a quarter's or a year's result (DOMAIN.md Roll-up: "a month graded D or a disciplinary action
 * is flagged beside the result, not applied automatically"): the months graded D by their score and the months with a
 * recorded override (DOMAIN.md Overrides, a reason per month or blank). Months are numbered from 1 in the order given.
 * Null when there is nothing to flag.
 */
export function rollupFlags(
  monthly: readonly (number | null)[],
  overrides: readonly (string | null)[] = [],
  bands: readonly GradeBand[] = MONTHLY_BANDS,
): Msg | null {
  const graded = monthly.flatMap((s, i) => (s !== null && gradeOf(s, bands) === 'KHTNV' ? [i + 1] : []));
  const overridden = overrides.flatMap((o, i) => (o !== null && o.trim() !== '' ? [{ month: i + 1, reason: o.trim() }] : []));
  if (graded.length === 0 && overridden.length === 0) return null;
  const vi: string[] = [];
  const en: string[] = [];
  if (graded.length > 0) {
    vi.push(`xếp loại D theo điểm: tháng thứ ${graded.join(', ')}`);
    en.push(`graded D by the score: month${graded.length > 1 ? 's' : ''} ${graded.join(', ')}`);
  }
  for (const o of overridden) {
    vi.push(`tháng thứ ${o.month}: không hoàn thành nhiệm vụ do ${o.reason}`);
    en.push(`month ${o.month}: did not complete duties (${o.reason})`);
  }
  return msg(`Lưu ý (chưa áp dụng vào kết quả): ${vi.join('; ')}.`, `Flagged (not applied to the result): ${en.join('; ')}.`);
}

/**
 * How months become a quarter or a year.
 * - 'mean' — DOMAIN.md Roll-up Decision: the mean of the months present (Hà Nội, seed 004: no formula given).
 * - 'occurrences' — seed 000 (THADS): the quarter and the year are themselves scored by the same table (mục 4.2, Bước
 *   1: "tự chấm điểm (theo Phụ lục 2)"): 200 base points minus every deduction plus every bonus of the period, each
 *   multiplied by its number of times (mục 2). Over the monthly sheets that is the base plus the sum of each month's
 *   difference from the base. The seed wins over DOMAIN.md's mean here (it says how a period is scored; the mean
 *   would dilute a violation over three months), so this is THADS's default; 'mean' stays available.
 */
export type RollupMethod = 'mean' | 'occurrences';

/** The calendar months (1–12) of quarter 1–4. */
export const quarterMonths = (quarter: number): readonly number[] => [3 * quarter - 2, 3 * quarter - 1, 3 * quarter];
export const YEAR_MONTHS: readonly number[] = Array.from({ length: 12 }, (_, i) => i + 1);

export interface PeriodRollup {
  /** The calendar months the period spans. */
  readonly months: readonly number[];
  /** Months with a score, and months without one: listed, never counted as 0. */
  readonly present: readonly number[];
  readonly missing: readonly number[];
  /** Null when no month of the period has a score. */
  readonly score: number | null;
  /** Null without bands (THADS until the unit sets them) or without a score. */
  readonly grade: GradeCode | null;
  /** Calendar months graded D by their own score: flagged beside the result, not applied (DOMAIN.md Roll-up). */
  readonly monthsGradedD: readonly number[];
  readonly method: RollupMethod;
}

/**
 * A quarter's or a year's result from the scores of its calendar months (`scores`: month 1–12 → score). Months absent
 * from `scores` are listed in `missing`; the score is formed from the months present by `method`.
 */
export function rollupPeriod(
  scores: ReadonlyMap<number, number>,
  months: readonly number[],
  options: { readonly method?: RollupMethod; readonly base?: number; readonly bands?: readonly GradeBand[] | null } = {},
): PeriodRollup {
  const method = options.method ?? 'mean';
  const base = options.base ?? 0;
  const bands = options.bands === undefined ? MONTHLY_BANDS : options.bands;
  const present = months.filter((m) => scores.has(m));
  const missing = months.filter((m) => !scores.has(m));
  const values = present.map((m) => scores.get(m)!);
  let score: number | null = null;
  if (values.length > 0) {
    score = method === 'mean' ? round(values.reduce((a, s) => a + s, 0) / values.length) : round(base + values.reduce((a, s) => a + (s - base), 0));
  }
  return {
    months,
    present,
    missing,
    score,
    grade: score === null || bands === null ? null : gradeOf(score, bands),
    monthsGradedD: bands === null ? [] : present.filter((m) => gradeOf(scores.get(m)!, bands) === 'KHTNV'),
    method,
  };
}
