/**
 * Ranking units scored on one framework (seed 002: the district's council "thẩm định, xếp loại" every commune; seed 001:
 * the THADS offices' competition "chấm điểm thi đua, xếp hạng"). Pure and framework-blind: it sees totals, never a
 * framework's ids.
 *
 * DOMAIN.md: rankings rank in competition style — ties share a rank (1, 2, 2, 4). Totals are compared as the sheets
 * print them (rounded to 2 decimals, DOMAIN.md Rounding), so 89.995 and 90 are one tie, not two ranks.
 * Which total ranks: the appraised one (điểm thẩm định) when every unit has one, else the self-assessed one for all —
 * never a mix, which would rank an appraised unit against an unappraised one.
 */
import { round } from './round';

export type RankedBy = 'appraised' | 'self';

/** What the ranking needs of a unit; anything else the caller carries through in its own type. */
export interface Rankable {
  /** Unique in the batch (file and sheet): two units of one name stay two rows. */
  readonly key: string;
  readonly unit: string;
  readonly self: number;
  readonly appraised: number | null;
}

export interface RankedRow<T extends Rankable> {
  readonly entry: T;
  /** 1 = best; equal totals share the rank, and the next rank skips (1, 2, 2, 4). */
  readonly rank: number;
  /** The total it was ranked by (rounded to 2 decimals). */
  readonly score: number;
}

export interface Ranking<T extends Rankable> {
  readonly rankedBy: RankedBy;
  /** Best first; equal totals in the order of the units' names (Vietnamese collation), then their keys. */
  readonly rows: readonly RankedRow<T>[];
  /** Every group of two or more units sharing a rank, best first, each in row order. */
  readonly ties: readonly (readonly T[])[];
}

export const rankedByOf = (entries: readonly Rankable[]): RankedBy =>
  entries.length > 0 && entries.every((e) => e.appraised !== null) ? 'appraised' : 'self';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function rankUnits<T extends Rankable>(entries: readonly T[]): Ranking<T> {
  const rankedBy = rankedByOf(entries);
  const scored = entries.map((entry) => ({ entry, score: round(rankedBy === 'appraised' ? entry.appraised! : entry.self) }));
  scored.sort((a, b) => b.score - a.score || collator.compare(a.entry.unit, b.entry.unit) || (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0));
  const rows: RankedRow<T>[] = [];
  scored.forEach((s, i) => {
    const previous = rows[i - 1];
    rows.push({ entry: s.entry, rank: previous && previous.score === s.score ? previous.rank : i + 1, score: s.score });
  });
  const ties: T[][] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && rows[j]!.rank === rows[i]!.rank) j++;
    if (j - i > 1) ties.push(rows.slice(i, j).map((r) => r.entry));
    i = j;
  }
  return { rankedBy, rows, ties };
}

/** One criterion where the council's points differ from the unit's own. */
export interface Difference {
  readonly id: string;
  readonly self: number;
  readonly appraised: number;
  /** appraised − self (negative: the council took points off). */
  readonly change: number;
}

/**
 * The criteria whose appraised points differ most from the self-assessed ones, largest change first (equal changes in
 * table order): what a council's minutes and the ranking's note column name. Blank on either side is no difference.
 */
export function largestDifferences(
  criteria: readonly { readonly id: string; readonly self: number | null; readonly appraised: number | null }[],
  limit = Number.POSITIVE_INFINITY,
): Difference[] {
  const out: (Difference & { order: number })[] = [];
  criteria.forEach((c, order) => {
    if (c.self === null || c.appraised === null) return;
    const change = round(c.appraised - c.self);
    if (change !== 0) out.push({ id: c.id, self: c.self, appraised: c.appraised, change, order });
  });
  out.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.order - b.order);
  return out.slice(0, limit).map(({ order: _order, ...d }) => d);
}
