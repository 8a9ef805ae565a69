import { msg } from '../messages';
import { num } from '../params';
import { ok } from '../result';
import type { RuleKind } from '../types';

/**
 * Rule kind 9, seed 004 "III. ĐIỂM TRỪ": the head of unit sets deductions per criterion by the severity of the
 * breach; a criterion cannot lose more than its maximum: points = max − min(deduction, max).
 */
export const cappedDeduction = () =>
  ({
    kind: 'cappedDeduction',
    params: {},
    inputs: [{ key: 'deduction', label: msg('Điểm trừ', 'Deduction'), type: 'number', default: 0 }],
    specialCases: [],
    unbounded: false,
    describe: msg(
      'Điểm = điểm tối đa − điểm trừ (trừ không quá điểm tối đa của tiêu chí).',
      'Points = maximum − deduction (never below 0).',
    ),
    discreteScores: () => null,
    isAllowed: (p: number, max: number) => p >= -1e-9 && p <= max + 1e-9,
    evaluate: (inputs, max) => ok(deductedPoints(max, num(inputs, 'deduction'))),
  }) as const satisfies RuleKind<'cappedDeduction', Record<string, never>>;

export const deductedPoints = (max: number, deduction: number): number => max - Math.min(deduction, max);
