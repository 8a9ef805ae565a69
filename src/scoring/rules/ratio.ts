import { messages, msg } from '../messages';
import { num } from '../params';
import { fail, ok } from '../result';
import { atLeast, round } from '../round';
import type { RuleKind, SpecialCase } from '../types';

export interface RatioParams {
  /** "từ X% trở lên" as a fraction: 0.8 for 80%. */
  readonly threshold: number;
}

const ACHIEVED = msg('Số đạt được', 'Achieved');
const TARGET = msg('Chỉ tiêu / tổng số', 'Target / total');

/**
 * Rule kind 2 (DOMAIN.md): "Hoàn thành dưới X% = 0 điểm; từ X% trở lên = (Tỷ lệ % × max)/100".
 * r = achieved / target capped at 1; points = max × r when r ≥ threshold, else 0.
 * Decision: r ≥ t is decided as achieved ≥ t × target within 1e-9, so 80% exactly reaches an 80% threshold.
 */
export const ratio = (params: RatioParams, specialCases: readonly SpecialCase[] = []) =>
  ({
    kind: 'ratio',
    params,
    inputs: [
      { key: 'achieved', label: ACHIEVED, type: 'number' },
      { key: 'target', label: TARGET, type: 'number' },
    ],
    specialCases,
    unbounded: false,
    describe: msg(
      `Dưới ${params.threshold * 100}% = 0 điểm; từ ${params.threshold * 100}% trở lên = tỷ lệ × điểm tối đa.`,
      `Below ${params.threshold * 100}% = 0; from ${params.threshold * 100}% = ratio × maximum.`,
    ),
    discreteScores: () => null,
    isAllowed: (points: number, max: number) =>
      Math.abs(points) < 1e-9 || (points >= round(params.threshold * max) - 0.005 && points <= max + 1e-9),
    evaluate: (inputs, max) => ratioPoints(num(inputs, 'achieved'), num(inputs, 'target'), max, params.threshold),
  }) as const satisfies RuleKind<'ratio', RatioParams>;

export function ratioPoints(achieved: number, target: number, max: number, threshold: number) {
  if (target === 0) return fail('div0', messages.zeroTarget(TARGET));
  if (!atLeast(achieved, threshold * target)) return ok(0);
  return ok(max * Math.min(1, achieved / target));
}
