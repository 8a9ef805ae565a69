import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { points } from '../../../src/scoring/rules/points';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 3): Criterion => ({ id: '3.1', title: 'x', maxPoints, rule });
const rule: AnyRule = points();

describe('points — arguments', () => {
  it('takes one non-negative number, the self-score', () => {
    expect(rule.kind).toBe('points');
    expect(rule.inputs).toHaveLength(1);
    expect(rule.inputs[0]).toMatchObject({ key: 'points', type: 'number' });
    expect(rule.inputs[0]?.default).toBeUndefined();
    expect(rule.unbounded).toBe(false);
    expect(rule.discreteScores(3)).toBeNull();
    expect(rule.describe.en).toContain('0 to the maximum');
  });
});

describe('points — normal cases', () => {
  it('gives the points typed', () => {
    expect(scoreCriterion(leaf(rule), [2])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(rule), ['2,5'])).toEqual({ ok: true, value: 2.5 });
    expect(rule.evaluate({ points: 1.25 }, 3)).toEqual({ ok: true, value: 1.25 });
  });
  it('isAllowed: anything from 0 to max', () => {
    expect(rule.isAllowed(0, 3)).toBe(true);
    expect(rule.isAllowed(1.37, 3)).toBe(true);
    expect(rule.isAllowed(3, 3)).toBe(true);
    expect(rule.isAllowed(3.01, 3)).toBe(false);
    expect(rule.isAllowed(-0.01, 3)).toBe(false);
  });
});

describe('points — boundaries', () => {
  it('0 and the maximum', () => {
    expect(scoreCriterion(leaf(rule), [0])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(leaf(rule), [3])).toEqual({ ok: true, value: 3 });
  });
  it('above the maximum is clamped to it', () => {
    expect(scoreCriterion(leaf(rule), [4])).toEqual({ ok: true, value: 3 });
  });
  it('rounds half away from zero to 2 decimals (1.005 → 1.01, 1.234 → 1.23)', () => {
    expect(scoreCriterion(leaf(rule), [1.005])).toEqual({ ok: true, value: 1.01 });
    expect(scoreCriterion(leaf(rule), [1.234])).toEqual({ ok: true, value: 1.23 });
  });
});

describe('points — bad input', () => {
  it('negative is an error (num)', () => {
    expect(scoreCriterion(leaf(rule), [-1])).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('blank and text are errors (value)', () => {
    expect(scoreCriterion(leaf(rule), [])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), ['  '])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), ['ba'])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('without a maximum the criterion is not scorable (na)', () => {
    expect(scoreCriterion(leaf(rule, null), [1])).toMatchObject({ ok: false, error: { code: 'na' } });
  });
});
