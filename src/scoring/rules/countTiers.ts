import { messages, msg, type Msg } from '../messages';
import { num, type CleanInputs, type InputSpec } from '../params';
import { fail, ok } from '../result';
import { atLeast } from '../round';
import type { RuleKind, SpecialCase } from '../types';

/**
 * A test on the inputs, as data, so that a tier can be written in the framework notation and read back (issue 12):
 * the sum of the `left` inputs against a number, or against a share of another input ("resolved ≥ 85% of total").
 */
export interface TierTest {
  readonly left: readonly string[];
  readonly op: '<' | '<=' | '=' | '>=' | '>' | '<>';
  readonly right: number | { readonly share: number; readonly of: string };
}

/** One tier: the first whose `when` holds gives its points. The last tier should hold always. */
export interface Tier {
  readonly label: Msg;
  readonly points: number | 'max';
  readonly when: (inputs: CleanInputs) => boolean;
  /** The same condition as data (all must hold; [] = always): what the notation prints. */
  readonly tests?: readonly TierTest[];
}

/** Whether a test holds; ≥ and < on shares within 1e-9 (DOMAIN.md rule 2 Decision), as the ratio rule. */
export function testHolds(t: TierTest, v: CleanInputs): boolean {
  const l = t.left.reduce((s, k) => s + num(v, k), 0);
  const r = typeof t.right === 'number' ? t.right : t.right.share * num(v, t.right.of);
  switch (t.op) {
    case '>=': return atLeast(l, r);
    case '<': return !atLeast(l, r);
    case '>': return l > r + 1e-9;
    case '<=': return l <= r + 1e-9;
    case '=': return Math.abs(l - r) < 1e-9;
    case '<>': return Math.abs(l - r) >= 1e-9;
  }
}

/** A tier's condition from tests (all must hold): `{ ...where(['late', '<=', 5]) }`; no test: always. */
export const where = (...tests: readonly (readonly [string | readonly string[], TierTest['op'], TierTest['right']])[]) => {
  const data: TierTest[] = tests.map(([left, op, right]) => ({ left: typeof left === 'string' ? [left] : left, op, right }));
  return { tests: data, when: (v: CleanInputs) => data.every((t) => testHolds(t, v)) };
};

export type PartOf = readonly [string | readonly string[], string];

export interface CountTiersParams {
  readonly tiers: readonly Tier[];
  /**
   * [part, whole] input keys: a part larger than its whole (30 resolved of 20) is an input error, not a score. A
   * part may be several keys whose sum must fit in the whole (on time + overdue ≤ total).
   */
  readonly partOf: readonly PartOf[];
}

/**
 * Rule kind 4 (DOMAIN.md): tiers on counts, e.g. 7.1 "all on time = 5; at most 5 late = 2; any unfinished or
 * 6+ late = 0". Inputs and tiers are data; the tiers are tried in order.
 */
export const countTiers = (
  inputs: readonly InputSpec[],
  tiers: readonly Tier[],
  specialCases: readonly SpecialCase[] = [],
  partOf: readonly PartOf[] = [],
) =>
  ({
    kind: 'countTiers',
    params: { tiers, partOf },
    inputs,
    specialCases,
    unbounded: false,
    describe: msg(
      tiers.map((t) => `${t.label.vi} = ${t.points === 'max' ? 'tối đa' : String(t.points).replace('.', ',')}`).join('; '),
      tiers.map((t) => `${t.label.en} = ${t.points === 'max' ? 'maximum' : t.points}`).join('; '),
    ),
    discreteScores: (max: number) =>
      [...new Set([...tiers.map((t) => (t.points === 'max' ? max : t.points)), ...specialCases.map((c) => (c.points === 'max' ? max : c.points))])].sort(
        (a, b) => a - b,
      ),
    isAllowed: (points: number, max: number) =>
      [...tiers, ...specialCases].some((t) => Math.abs((t.points === 'max' ? max : t.points) - points) < 1e-9),
    evaluate: (values, max) => {
      const label = (k: string) => inputs.find((i) => i.key === k)?.label ?? msg(k, k);
      for (const [part, whole] of partOf) {
        const keys = typeof part === 'string' ? [part] : part;
        if (keys.reduce((s, k) => s + num(values, k), 0) > num(values, whole)) {
          const parts = keys.map(label);
          const joined = msg(parts.map((p) => p.vi).join(' + '), parts.map((p) => p.en).join(' + '));
          return fail('value', messages.partAboveWhole(joined, label(whole)));
        }
      }
      const tier = tiers.find((t) => t.when(values));
      const points = tier === undefined ? 0 : tier.points;
      return ok(points === 'max' ? max : points);
    },
  }) as const satisfies RuleKind<'countTiers', CountTiersParams>;
