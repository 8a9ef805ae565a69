import { msg } from '../messages';
import { num } from '../params';
import { ok } from '../result';
import type { RuleKind } from '../types';

export interface OccurrenceParams {
  readonly sign: 'deduction' | 'bonus';
  /** Points for each occurrence; null where the unit's own table sets it (seed 000 does not print the table). */
  readonly pointsPerTime: number | null;
}

/**
 * Rule kind 8, seed 000 §2: "mỗi tiêu chí đã quy định điểm thưởng (trừ) tương ứng với từng lần vi phạm, nếu vi phạm
 * nhiều lần thì điểm thưởng (trừ) sẽ được nhân theo số lần". No cap on times; a deduction returns a negative value.
 */
export const occurrence = (params: OccurrenceParams) =>
  ({
    kind: 'occurrence',
    params,
    inputs: [
      { key: 'times', label: msg('Số lần', 'Times'), type: 'count', default: 0 },
      {
        key: 'pointsPerTime',
        label: msg('Điểm mỗi lần', 'Points per occurrence'),
        type: 'number',
        ...(params.pointsPerTime === null ? {} : { default: params.pointsPerTime }),
      },
    ],
    specialCases: [],
    unbounded: true,
    describe:
      params.sign === 'deduction'
        ? msg('Điểm trừ = điểm mỗi lần × số lần (không khống chế).', 'Deduction = points per occurrence × times (no cap).')
        : msg('Điểm thưởng = điểm mỗi lần × số lần (không khống chế).', 'Bonus = points per occurrence × times (no cap).'),
    discreteScores: () => null,
    isAllowed: (p: number) => (params.sign === 'deduction' ? p <= 0 : p >= 0),
    evaluate: (inputs) => {
      const value = num(inputs, 'times') * num(inputs, 'pointsPerTime');
      return ok(params.sign === 'deduction' ? -value : value);
    },
  }) as const satisfies RuleKind<'occurrence', OccurrenceParams>;

/** Seed 000 §2: Tổng điểm = điểm chuẩn – (tổng điểm trừ) + (tổng điểm thưởng). */
export function occurrenceTotal(
  deductions: readonly { points: number; times: number }[],
  bonuses: readonly { points: number; times: number }[],
  base = 200,
): number {
  const sum = (rows: readonly { points: number; times: number }[]) => rows.reduce((s, r) => s + r.points * r.times, 0);
  return base - sum(deductions) + sum(bonuses);
}
