import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { occurrence, occurrenceTotal } from '../../../src/scoring/rules/occurrence';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = null): Criterion => ({ id: 'T1', title: 'x', maxPoints, rule });
const minus5: AnyRule = occurrence({ sign: 'deduction', pointsPerTime: 5 });
const plus2: AnyRule = occurrence({ sign: 'bonus', pointsPerTime: 2 });
const ownTable: AnyRule = occurrence({ sign: 'deduction', pointsPerTime: null });

describe('occurrence — arguments', () => {
  it('takes the number of times (whole, default 0) and the points per time', () => {
    expect(minus5.kind).toBe('occurrence');
    expect(minus5.inputs.map((i) => [i.key, i.type])).toEqual([
      ['times', 'count'],
      ['pointsPerTime', 'number'],
    ]);
    expect(minus5.inputs[0]?.default).toBe(0);
    expect(minus5.inputs[1]?.default).toBe(5);
    expect(ownTable.inputs[1]?.default).toBeUndefined();
  });
  it('is unbounded (THADS totals) and has no discrete scores', () => {
    expect(minus5.unbounded).toBe(true);
    expect(plus2.unbounded).toBe(true);
    expect(minus5.discreteScores(0)).toBeNull();
  });
  it('says "no cap" in its description', () => {
    expect(minus5.describe.en).toContain('no cap');
    expect(plus2.describe.en).toContain('Bonus');
    expect(minus5.describe.en).toContain('Deduction');
  });
});

describe('occurrence — normal cases', () => {
  it('a deduction is negative: 3 times × 5 → −15', () => {
    expect(scoreCriterion(leaf(minus5), [3])).toEqual({ ok: true, value: -15 });
    expect(minus5.evaluate({ times: 3, pointsPerTime: 5 }, 0)).toEqual({ ok: true, value: -15 });
  });
  it('a bonus is positive: 4 times × 2 → 8', () => {
    expect(scoreCriterion(leaf(plus2), [4])).toEqual({ ok: true, value: 8 });
  });
  it('the points per time may be typed, as Vietnamese text too', () => {
    expect(scoreCriterion(leaf(ownTable), [2, '1,5'])).toEqual({ ok: true, value: -3 });
    expect(scoreCriterion(leaf(minus5), [2, 10])).toEqual({ ok: true, value: -20 });
  });
  it('no times (blank) gives 0', () => {
    expect(scoreCriterion(leaf(minus5), [])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(leaf(plus2), [null])).toEqual({ ok: true, value: 0 });
  });
  it('occurrenceTotal: 200 − Σ deductions + Σ bonuses', () => {
    // 200 − (2×3 + 1×5) + (5×1) = 200 − 11 + 5 = 194
    expect(
      occurrenceTotal(
        [
          { points: 2, times: 3 },
          { points: 1, times: 5 },
        ],
        [{ points: 5, times: 1 }],
      ),
    ).toBe(194);
    expect(occurrenceTotal([], [])).toBe(200);
    expect(occurrenceTotal([{ points: 10, times: 1 }], [], 100)).toBe(90);
  });
  it('isAllowed: a deduction is ≤ 0, a bonus ≥ 0', () => {
    expect(minus5.isAllowed(-250, 0)).toBe(true);
    expect(minus5.isAllowed(0, 0)).toBe(true);
    expect(minus5.isAllowed(5, 0)).toBe(false);
    expect(plus2.isAllowed(40, 0)).toBe(true);
    expect(plus2.isAllowed(-2, 0)).toBe(false);
  });
});

describe('occurrence — boundaries', () => {
  it('is not clamped: 50 × 5 deduction on a node without a maximum → −250', () => {
    expect(scoreCriterion(leaf(minus5, null), [50])).toEqual({ ok: true, value: -250 });
  });
  it('is not clamped even where the node has a maximum', () => {
    expect(scoreCriterion(leaf(plus2, 5), [10])).toEqual({ ok: true, value: 20 });
    expect(scoreCriterion(leaf(minus5, 5), [1])).toEqual({ ok: true, value: -5 });
  });
  it('occurrenceTotal may go negative (shown with a warning elsewhere)', () => {
    // 200 − 50×5 = −50
    expect(occurrenceTotal([{ points: 50, times: 5 }], [])).toBe(-50);
    // 200 − 300 + 40 = −60
    expect(occurrenceTotal([{ points: 100, times: 3 }], [{ points: 20, times: 2 }])).toBe(-60);
  });
  it('occurrenceTotal has no upper cap', () => {
    expect(occurrenceTotal([], [{ points: 10, times: 10 }])).toBe(300);
  });
  it('rounds to 2 decimals', () => {
    // 3 × 0.333 = 0.999 → −1
    expect(scoreCriterion(leaf(ownTable), [3, 0.333])).toEqual({ ok: true, value: -1 });
  });
});

describe('occurrence — bad input', () => {
  it('times must be a whole number ≥ 0 (num)', () => {
    expect(scoreCriterion(leaf(minus5), [1.5])).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(scoreCriterion(leaf(minus5), [-1])).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('points per time must not be negative (num)', () => {
    expect(scoreCriterion(leaf(ownTable), [1, -5])).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('points per time are required where the unit sets them (value)', () => {
    expect(scoreCriterion(leaf(ownTable), [2])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('text and a third input are errors (value)', () => {
    expect(scoreCriterion(leaf(minus5), ['hai'])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(minus5), [1, 5, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
});
