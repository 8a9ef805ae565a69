import { messages, msg } from '../messages';
import { num } from '../params';
import { fail, ok, type Result } from '../result';
import type { RuleKind } from '../types';

/**
 * Rule kind 11, seed 004 phần III §2–§5: the KPI result of a month.
 * One work item is one row of the monthly work plan: a product or task, its coefficient k to standard units
 * (đơn vị sản phẩm chuẩn), units assigned and completed, failed quality reviews q, delays l, and whether an
 * objective cause was confirmed (which cancels the q and l deductions).
 */
export interface WorkItem {
  readonly coefficient: number;
  readonly assigned: number;
  readonly completed: number;
  readonly failedReviews: number;
  readonly delays: number;
  readonly excused: boolean;
}

/** a, b, c as fractions (1 = 100%), the way Excel shows percentages. */
export interface KpiComponents {
  readonly quantity: number;
  readonly quality: number;
  readonly timeliness: number;
}

/** Each failed review or delay takes 25% of that item's completed units (DOMAIN.md rule 11). */
const PENALTY_PER_TIME = 0.25;

export function kpiComponents(items: readonly WorkItem[]): Result<KpiComponents> {
  const assigned = items.reduce((s, it) => s + it.coefficient * it.assigned, 0);
  if (assigned === 0) return fail('div0', messages.zeroTarget(msg('Tổng số được giao (quy đổi)', 'Total assigned (standard units)')));
  const weighted = (factor: (it: WorkItem) => number) =>
    Math.min(1, items.reduce((s, it) => s + it.coefficient * it.completed * factor(it), 0) / assigned);
  const keep = (times: number, excused: boolean) => (excused ? 1 : Math.max(0, 1 - PENALTY_PER_TIME * times));
  return ok({
    quantity: weighted(() => 1),
    quality: weighted((it) => keep(it.failedReviews, it.excused)),
    timeliness: weighted((it) => keep(it.delays, it.excused)),
  });
}

/** Seed 004 phần III §3.3: d, đ, e of a leader: 100% when the condition holds, else 50%. */
export const leaderComponent = (conditionHolds: boolean): number => (conditionHolds ? 1 : 0.5);

export const LEADER_PART_LABELS = [
  msg('Kết quả hoạt động của đơn vị (d)', 'Results of the unit (d)'),
  msg('Khả năng tổ chức triển khai (đ)', 'Organising ability (đ)'),
  msg('Năng lực tập hợp, đoàn kết (e)', 'Ability to unite (e)'),
] as const;

/** d, đ, e are 100% or 50% (seed 004 phần III §3.3); anything else is an input error, not a score. */
export function checkLeaderParts(parts: readonly number[]): Result<never> | null {
  for (const [i, v] of parts.entries()) {
    if (Math.abs(v - 1) > 1e-9 && Math.abs(v - 0.5) > 1e-9) return fail('value', messages.leaderPart(LEADER_PART_LABELS[i]!, v));
  }
  return null;
}

/** Seed 004 phần III §4: (a+b+c)/3 for staff, (a+b+c+d+đ+e)/6 for leaders; fractions in, fraction out. */
export function kpiPercent(parts: readonly number[]): number {
  return parts.reduce((s, p) => s + p, 0) / parts.length;
}

/** Seed 004 phần III §5: monthly score = general points + KPI × 70. */
export const KPI_WEIGHT = 70;
export const monthlyScore = (generalPoints: number, kpi: number): number => generalPoints + kpi * KPI_WEIGHT;

const part = (key: string, vi: string, en: string, optional = false) =>
  ({ key, label: msg(vi, en), type: 'fraction', ...(optional ? { optional: true } : {}) }) as const;

export interface KpiResultParams {
  readonly leader: boolean;
}

/** The "II. kết quả thực hiện nhiệm vụ" node (max 70): points = KPI% × max. */
export const kpiResult = (params: KpiResultParams) =>
  ({
    kind: 'kpiResult',
    params,
    inputs: [
      part('a', 'Số lượng (a)', 'Quantity (a)'),
      part('b', 'Chất lượng (b)', 'Quality (b)'),
      part('c', 'Tiến độ (c)', 'Timeliness (c)'),
      ...(params.leader
        ? [
            { key: 'd', label: LEADER_PART_LABELS[0], type: 'fraction' as const },
            { key: 'dd', label: LEADER_PART_LABELS[1], type: 'fraction' as const },
            { key: 'e', label: LEADER_PART_LABELS[2], type: 'fraction' as const },
          ]
        : []),
    ],
    specialCases: [],
    unbounded: false,
    describe: params.leader
      ? msg('Điểm = (a+b+c+d+đ+e)/6 × 70.', 'Points = (a+b+c+d+đ+e)/6 × 70.')
      : msg('Điểm = (a+b+c)/3 × 70.', 'Points = (a+b+c)/3 × 70.'),
    discreteScores: () => null,
    isAllowed: (p: number, max: number) => p >= -1e-9 && p <= max + 1e-9,
    evaluate: (inputs, max) => {
      const keys = params.leader ? ['a', 'b', 'c', 'd', 'dd', 'e'] : ['a', 'b', 'c'];
      const bad = params.leader ? checkLeaderParts(['d', 'dd', 'e'].map((k) => num(inputs, k))) : null;
      return bad ?? ok(kpiPercent(keys.map((k) => num(inputs, k))) * max);
    },
  }) as const satisfies RuleKind<'kpiResult', KpiResultParams>;

