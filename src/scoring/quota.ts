import { messages } from './messages';
import { fail, ok, type Result } from './result';
import { round } from './round';
import type { GradeCode } from './types';

/** Seed 004 §3.2: A ≤ 20% of the number graded B; 25% where the competent authority allows it for an outstanding unit. */
export const QUOTA_CAP = 0.2;
export const QUOTA_CAP_OUTSTANDING = 0.25;

/**
 * Seed 004 §3.2b: the authority may allow more than 20% "nhưng không vượt quá 25%": a cap above 25% (or not above 0)
 * is refused, never applied.
 */
export function checkQuotaCap(cap: number): Result<number> {
  if (!Number.isFinite(cap) || cap <= 0 || cap > QUOTA_CAP_OUTSTANDING + 1e-9) return fail('value', messages.capAboveLimit(cap));
  return ok(cap);
}

export interface QuotaPerson {
  readonly id: string;
  /** Monthly score; null when unknown (sorted as the lowest). */
  readonly score: number | null;
  /** The grade before the quota is applied (computed or proposed). */
  readonly grade: GradeCode | null;
  /** Heads of unit (cấp trưởng): graded by their superior, blank in Mẫu 1A, not counted. */
  readonly isHead?: boolean;
}

export interface QuotaResult {
  readonly countA: number;
  readonly countB: number;
  /** How many A the group may keep: the fixed point of k ≤ cap × (nB + nA − k). */
  readonly maxA: number;
  /** A's kept for sure (strictly above the cut line). */
  readonly kept: readonly string[];
  /** Lowest-scored A's proposed for demotion to B. */
  readonly demoted: readonly string[];
  /** A's whose score equals the cut line when only some of them can stay: the authority decides, never us. */
  readonly tied: readonly string[];
  /** How many of `tied` may stay A. */
  readonly seatsForTied: number;
  readonly cutScore: number | null;
}

/**
 * The largest k ≤ nA with k ≤ cap × (nB + nA − k): demoting an A to B raises the number of B (DOMAIN.md Decision),
 * so k ≤ cap × (nA + nB) / (1 + cap). The 1e-9 absorbs binary noise (0.2 × 6 / 1.2 is 1.0000000000000002).
 */
export function maxAllowedA(countA: number, countB: number, cap = QUOTA_CAP): number {
  if (countA <= 0) return 0;
  return Math.max(0, Math.min(countA, Math.floor((cap * (countA + countB)) / (1 + cap) + 1e-9)));
}

/** Applies the quota within one group (one unit, or one group of staff with similar duties). */
export function solveQuota(people: readonly QuotaPerson[], cap = QUOTA_CAP): QuotaResult {
  const counted = people.filter((p) => !p.isHead);
  const as = counted.filter((p) => p.grade === 'HTXSNV');
  const countB = counted.filter((p) => p.grade === 'HTTNV').length;
  const maxA = maxAllowedA(as.length, countB, cap);
  const sorted = [...as].sort((x, y) => (y.score ?? Number.NEGATIVE_INFINITY) - (x.score ?? Number.NEGATIVE_INFINITY));
  if (maxA >= sorted.length) {
    return { countA: as.length, countB, maxA, kept: sorted.map((p) => p.id), demoted: [], tied: [], seatsForTied: 0, cutScore: null };
  }
  const key = (p: QuotaPerson) => (p.score === null ? Number.NEGATIVE_INFINITY : round(p.score));
  const cut = maxA > 0 ? key(sorted[maxA - 1]!) : Number.POSITIVE_INFINITY;
  const firstOut = key(sorted[maxA]!);
  if (cut !== firstOut) {
    return {
      countA: as.length,
      countB,
      maxA,
      kept: sorted.slice(0, maxA).map((p) => p.id),
      demoted: sorted.slice(maxA).map((p) => p.id),
      tied: [],
      seatsForTied: 0,
      cutScore: maxA > 0 ? cut : null,
    };
  }
  const kept = sorted.filter((p) => key(p) > firstOut);
  const tied = sorted.filter((p) => key(p) === firstOut);
  const demoted = sorted.filter((p) => key(p) < firstOut);
  return {
    countA: as.length,
    countB,
    maxA,
    kept: kept.map((p) => p.id),
    demoted: demoted.map((p) => p.id),
    tied: tied.map((p) => p.id),
    seatsForTied: maxA - kept.length,
    cutScore: Number.isFinite(firstOut) ? firstOut : null,
  };
}
