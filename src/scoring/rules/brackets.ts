import { messages, msg } from '../messages';
import { num } from '../params';
import { fail, ok, type Result } from '../result';
import { atLeast } from '../round';
import type { RuleKind } from '../types';

export interface BracketsParams {
  /** Ascending lower bounds (fractions for percentages: 0.05 for 5%). */
  readonly lowerBounds: readonly number[];
  readonly points: readonly number[];
}

/**
 * Rule kind 10, seed 001 (v): bonus points by the bracket of % above target. The highest bracket whose lower
 * bound ≤ value gives its points; below the first bracket, 0.
 */
export const brackets = (params: BracketsParams) =>
  ({
    kind: 'brackets',
    params,
    inputs: [{ key: 'value', label: msg('Giá trị', 'Value'), type: 'number', signed: true }],
    specialCases: [],
    unbounded: false,
    describe: msg(
      `Theo khung: ${params.lowerBounds.map((b, i) => `từ ${b} = ${params.points[i]}`).join('; ')}; dưới khung đầu = 0.`,
      `By bracket: ${params.lowerBounds.map((b, i) => `from ${b} = ${params.points[i]}`).join('; ')}; below the first = 0.`,
    ),
    discreteScores: () => [...new Set([0, ...params.points])].sort((a, b) => a - b),
    isAllowed: (p: number) => [0, ...params.points].some((v) => Math.abs(v - p) < 1e-9),
    evaluate: (inputs) => bracketPoints(num(inputs, 'value'), params.lowerBounds, params.points),
  }) as const satisfies RuleKind<'brackets', BracketsParams>;

export function bracketPoints(value: number, lowerBounds: readonly number[], points: readonly number[]): Result<number> {
  const label = msg('Ngưỡng dưới', 'Lower bounds');
  if (lowerBounds.length !== points.length) return fail('value', messages.lengthMismatch(label, msg('Điểm', 'Points')));
  if (lowerBounds.length === 0) return fail('value', messages.emptyRange(label));
  for (let i = 1; i < lowerBounds.length; i++) {
    if (!(lowerBounds[i]! > lowerBounds[i - 1]!)) return fail('value', messages.boundsNotAscending());
  }
  let result = 0;
  for (const [i, bound] of lowerBounds.entries()) if (atLeast(value, bound)) result = points[i]!;
  return ok(result);
}
