import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { cappedDeduction, deductedPoints } from '../../../src/scoring/rules/cappedDeduction';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 5): Criterion => ({ id: 'I.1', title: 'x', maxPoints, rule });
const rule: AnyRule = cappedDeduction();

describe('cappedDeduction — arguments', () => {
  it('takes one deduction, a non-negative number defaulting to 0', () => {
    expect(rule.kind).toBe('cappedDeduction');
    expect(rule.inputs).toHaveLength(1);
    expect(rule.inputs[0]).toMatchObject({ key: 'deduction', type: 'number', default: 0 });
    expect(rule.inputs[0]?.signed).toBeFalsy();
    expect(rule.unbounded).toBe(false);
    expect(rule.discreteScores(5)).toBeNull();
  });
});

describe('cappedDeduction — normal cases', () => {
  it('points = max − deduction', () => {
    expect(scoreCriterion(leaf(rule), [2])).toEqual({ ok: true, value: 3 });
    expect(scoreCriterion(leaf(rule), ['1,5'])).toEqual({ ok: true, value: 3.5 });
    expect(deductedPoints(5, 2)).toBe(3);
  });
  it('a blank deduction gives the maximum', () => {
    expect(scoreCriterion(leaf(rule), [])).toEqual({ ok: true, value: 5 });
    expect(scoreCriterion(leaf(rule), [null])).toEqual({ ok: true, value: 5 });
    expect(scoreCriterion(leaf(rule), [''])).toEqual({ ok: true, value: 5 });
    expect(scoreCriterion(leaf(rule), [0])).toEqual({ ok: true, value: 5 });
  });
  it('isAllowed: any value from 0 to max', () => {
    expect(rule.isAllowed(0, 5)).toBe(true);
    expect(rule.isAllowed(3.25, 5)).toBe(true);
    expect(rule.isAllowed(5, 5)).toBe(true);
    expect(rule.isAllowed(5.01, 5)).toBe(false);
    expect(rule.isAllowed(-0.5, 5)).toBe(false);
  });
});

describe('cappedDeduction — boundaries', () => {
  it('a deduction equal to the maximum gives 0', () => {
    expect(scoreCriterion(leaf(rule), [5])).toEqual({ ok: true, value: 0 });
  });
  it('a deduction above the maximum gives 0, never negative', () => {
    expect(scoreCriterion(leaf(rule), [7])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(leaf(rule), [1000])).toEqual({ ok: true, value: 0 });
    expect(deductedPoints(5, 7)).toBe(0);
    expect(deductedPoints(3, 100)).toBe(0);
    expect(rule.evaluate({ deduction: 9 }, 4)).toEqual({ ok: true, value: 0 });
  });
  it('rounds to 2 decimals', () => {
    // 5 − 1.3333 = 3.6667 → 3.67
    expect(scoreCriterion(leaf(rule), [1.3333])).toEqual({ ok: true, value: 3.67 });
  });
});

describe('cappedDeduction — bad input', () => {
  it('a negative deduction is an error (num), not a bonus', () => {
    expect(scoreCriterion(leaf(rule), [-2])).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('text that is not a number is an error (value)', () => {
    expect(scoreCriterion(leaf(rule), ['hai'])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('a second non-blank input is an error (value)', () => {
    expect(scoreCriterion(leaf(rule), [1, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
});
