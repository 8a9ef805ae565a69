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
