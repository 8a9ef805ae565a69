import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import {
  checkLeaderParts,
  KPI_WEIGHT,
  kpiComponents,
  kpiPercent,
  kpiResult,
  leaderComponent,
  monthlyScore,
  type WorkItem,
} from '../../../src/scoring/rules/kpi';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 70): Criterion => ({ id: 'II', title: 'x', maxPoints, rule });
const item = (over: Partial<WorkItem>): WorkItem => ({
  coefficient: 1,
  assigned: 10,
  completed: 10,
  failedReviews: 0,
  delays: 0,
  excused: false,
  ...over,
});
const staff: AnyRule = kpiResult({ leader: false });
const leader: AnyRule = kpiResult({ leader: true });

describe('kpi — arguments', () => {
  it('staff enter a, b, c; leaders also d, đ, e — all as fractions', () => {
    expect(staff.kind).toBe('kpiResult');
    expect(staff.inputs.map((i) => i.key)).toEqual(['a', 'b', 'c']);
    expect(leader.inputs.map((i) => i.key)).toEqual(['a', 'b', 'c', 'd', 'dd', 'e']);
    expect(leader.inputs.every((i) => i.type === 'fraction')).toBe(true);
    expect(staff.unbounded).toBe(false);
    expect(staff.discreteScores(70)).toBeNull();
  });
  it('describes /3 for staff and /6 for leaders', () => {
    expect(staff.describe.en).toContain('/3');
    expect(leader.describe.en).toContain('/6');
  });
  it('the KPI weight is 70', () => {
    expect(KPI_WEIGHT).toBe(70);
  });
});

describe('kpi — normal cases', () => {
  it('kpiComponents: quantity, quality, timeliness weighted by the coefficients', () => {
    // assigned Σk·n = 1×10 + 2×5 = 20
    // a = (1×10 + 2×4) / 20 = 18/20 = 0.9
    // b = (10 + 2×4×(1 − 0.25×1)) / 20 = (10 + 6) / 20 = 0.8
    // c = (10 + 2×4×(1 − 0.25×2)) / 20 = (10 + 4) / 20 = 0.7
    const r = kpiComponents([item({}), item({ coefficient: 2, assigned: 5, completed: 4, failedReviews: 1, delays: 2 })]);
    expect(r).toEqual({ ok: true, value: { quantity: 0.9, quality: 0.8, timeliness: 0.7 } });
  });
  it('each failed review or delay takes 25% of that item', () => {
    const r = kpiComponents([item({ failedReviews: 1, delays: 3 })]);
    expect(r).toEqual({ ok: true, value: { quantity: 1, quality: 0.75, timeliness: 0.25 } });
  });
  it('an excused item keeps its units despite reviews and delays', () => {
    const r = kpiComponents([item({ failedReviews: 2, delays: 3, excused: true })]);
    expect(r).toEqual({ ok: true, value: { quantity: 1, quality: 1, timeliness: 1 } });
    // excused only cancels the deductions of its own item: (10 + 10×0.5) / 20 = 0.75
    const mixed = kpiComponents([item({ failedReviews: 2, excused: true }), item({ failedReviews: 2 })]);
    expect(mixed.ok && mixed.value.quality).toBe(0.75);
  });
  it('kpiPercent: staff (a+b+c)/3', () => {
    expect(kpiPercent([0.9, 0.8, 0.7])).toBeCloseTo(0.8, 12);
    expect(kpiPercent([1, 1, 1])).toBe(1);
  });
  it('kpiPercent: leaders (a+b+c+d+đ+e)/6', () => {
    // (0.9 + 0.8 + 0.7 + 1 + 0.5 + 1) / 6 = 4.9/6 = 0.81666…
    expect(kpiPercent([0.9, 0.8, 0.7, 1, 0.5, 1])).toBeCloseTo(4.9 / 6, 12);
  });
  it('monthlyScore = general points + KPI × 70', () => {
    expect(monthlyScore(28, 0.8)).toBeCloseTo(84, 12);
    expect(monthlyScore(30, 1)).toBe(100);
    expect(monthlyScore(0, 0)).toBe(0);
  });
  it('leaderComponent: 100% when the condition holds, else 50%', () => {
    expect(leaderComponent(true)).toBe(1);
    expect(leaderComponent(false)).toBe(0.5);
  });
  it('kpiResult, staff: (a+b+c)/3 × 70', () => {
    // (0.9 + 0.8 + 0.7)/3 = 0.8 → 56
    expect(scoreCriterion(leaf(staff), ['90%', '80%', '70%'])).toEqual({ ok: true, value: 56 });
    expect(scoreCriterion(leaf(staff), [0.9, 0.8, 0.7])).toEqual({ ok: true, value: 56 });
    // (1 + 0.95 + 0.9)/3 × 70 = 2.85/3 × 70 = 66.5
    expect(scoreCriterion(leaf(staff), ['100%', '95%', '90%'])).toEqual({ ok: true, value: 66.5 });
  });
  it('kpiResult, leader: (a+b+c+d+đ+e)/6 × 70', () => {
    // 4.9/6 × 70 = 57.1666… → 57.17
    expect(scoreCriterion(leaf(leader), [0.9, 0.8, 0.7, 1, 0.5, 1])).toEqual({ ok: true, value: 57.17 });
    expect(scoreCriterion(leaf(leader), ['100%', '100%', '100%', '100%', '100%', '100%'])).toEqual({ ok: true, value: 70 });
    // all three leader parts at 50%: (3 + 1.5)/6 × 70 = 52.5
    expect(scoreCriterion(leaf(leader), [1, 1, 1, 0.5, 0.5, 0.5])).toEqual({ ok: true, value: 52.5 });
  });
  it('checkLeaderParts: 100% and 50% pass', () => {
    expect(checkLeaderParts([1, 0.5, 1])).toBeNull();
    expect(checkLeaderParts([0.5, 0.5, 0.5])).toBeNull();
  });
});

describe('kpi — boundaries', () => {
  it('4 failed reviews or delays take the whole item; more never go below 0', () => {
    const four = kpiComponents([item({ failedReviews: 4, delays: 4 })]);
    expect(four).toEqual({ ok: true, value: { quantity: 1, quality: 0, timeliness: 0 } });
    const six = kpiComponents([item({ failedReviews: 6, delays: 5 }), item({})]);
    // (0 + 10) / 20 = 0.5, not (10×(−0.5) + 10)/20
    expect(six).toEqual({ ok: true, value: { quantity: 1, quality: 0.5, timeliness: 0.5 } });
  });
  it('completed above assigned is capped at 100%', () => {
    const r = kpiComponents([item({ assigned: 10, completed: 12 })]);
    expect(r).toEqual({ ok: true, value: { quantity: 1, quality: 1, timeliness: 1 } });
  });
  it('nothing completed gives 0%', () => {
    expect(kpiComponents([item({ completed: 0 })])).toEqual({ ok: true, value: { quantity: 0, quality: 0, timeliness: 0 } });
  });
  it('an item with coefficient 0 does not count', () => {
    const r = kpiComponents([item({}), item({ coefficient: 0, completed: 0 })]);
    expect(r).toEqual({ ok: true, value: { quantity: 1, quality: 1, timeliness: 1 } });
  });
  it('kpiResult: 0% everywhere gives 0', () => {
    expect(scoreCriterion(leaf(staff), [0, 0, 0])).toEqual({ ok: true, value: 0 });
  });
  it('monthly score at the A line: 27 + 0.9 × 70 = 90', () => {
    expect(monthlyScore(27, 0.9)).toBeCloseTo(90, 12);
  });
});

describe('kpi — bad input', () => {
  it('nothing assigned is an error (div0)', () => {
    expect(kpiComponents([item({ assigned: 0, completed: 0 })])).toMatchObject({ ok: false, error: { code: 'div0' } });
    expect(kpiComponents([])).toMatchObject({ ok: false, error: { code: 'div0' } });
  });
  it('leader d, đ, e other than 100% or 50% are an error (value)', () => {
    expect(checkLeaderParts([1, 0.75, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(checkLeaderParts([0, 1, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
    const r = checkLeaderParts([1, 0.75, 1]);
    expect(r?.ok === false && r.error.message.vi).toContain('75%');
    expect(r?.ok === false && r.error.message.vi).toContain('(đ)');
    expect(scoreCriterion(leaf(leader), [1, 1, 1, 0.7, 1, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(leader), [1, 1, 1, 1, 1, 0])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('a leader part left blank is an error (value)', () => {
    expect(scoreCriterion(leaf(leader), [1, 1, 1, 1, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('a percentage typed as a whole number (95 for 95%) is an error (num)', () => {
    expect(scoreCriterion(leaf(staff), [95, 0.9, 0.9])).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('staff given leader parts is an error (value)', () => {
    expect(scoreCriterion(leaf(staff), [1, 1, 1, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
});
