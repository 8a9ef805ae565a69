import { gradeOf, MONTHLY_BANDS } from './grades';
import { messages } from './messages';
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
