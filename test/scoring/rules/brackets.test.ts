import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { bracketPoints, brackets } from '../../../src/scoring/rules/brackets';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 3): Criterion => ({ id: 'v', title: 'x', maxPoints, rule });
// from 5% above target = 1; from 10% = 2; from 20% = 3.
const rule: AnyRule = brackets({ lowerBounds: [0.05, 0.1, 0.2], points: [1, 2, 3] });

describe('brackets — arguments', () => {
  it('takes one signed value', () => {
    expect(rule.kind).toBe('brackets');
    expect(rule.inputs).toHaveLength(1);
    expect(rule.inputs[0]).toMatchObject({ key: 'value', type: 'number', signed: true });
    expect(rule.params).toEqual({ lowerBounds: [0.05, 0.1, 0.2], points: [1, 2, 3] });
    expect(rule.unbounded).toBe(false);
  });
  it('describes each bracket', () => {
    expect(rule.describe.en).toContain('from 0.1 = 2');
    expect(rule.describe.en).toContain('below the first = 0');
  });
  it('discreteScores: 0 and the bracket points, sorted, unique', () => {
    expect(rule.discreteScores(3)).toEqual([0, 1, 2, 3]);
    expect((brackets({ lowerBounds: [0, 0.1], points: [2, 0.5] }) as AnyRule).discreteScores(3)).toEqual([0, 0.5, 2]);
  });
});

describe('brackets — normal cases', () => {
  it('the highest bracket whose lower bound ≤ value gives the points', () => {
    expect(scoreCriterion(leaf(rule), [0.07])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(rule), [0.15])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(rule), ['12%'])).toEqual({ ok: true, value: 2 });
    expect(bracketPoints(0.15, [0.05, 0.1, 0.2], [1, 2, 3])).toEqual({ ok: true, value: 2 });
  });
  it('isAllowed: 0 and the bracket points only', () => {
    expect(rule.isAllowed(0, 3)).toBe(true);
    expect(rule.isAllowed(2, 3)).toBe(true);
    expect(rule.isAllowed(1.5, 3)).toBe(false);
  });
});

describe('brackets — boundaries', () => {
  it('below the first bracket gives 0', () => {
    expect(scoreCriterion(leaf(rule), [0.04])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(leaf(rule), [0])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(leaf(rule), [-0.1])).toEqual({ ok: true, value: 0 });
  });
  it('exactly on a bound reaches that bracket', () => {
    expect(scoreCriterion(leaf(rule), [0.05])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(rule), [0.1])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(rule), ['20%'])).toEqual({ ok: true, value: 3 });
  });
  it('on a bound despite binary noise (0.15 − 0.05 = 0.09999999999999999)', () => {
    expect(bracketPoints(0.15 - 0.05, [0.05, 0.1, 0.2], [1, 2, 3])).toEqual({ ok: true, value: 2 });
  });
  it('just under a bound stays in the bracket below', () => {
    expect(scoreCriterion(leaf(rule), [0.0999])).toEqual({ ok: true, value: 1 });
  });
  it('above the last bound gives the last points', () => {
    expect(scoreCriterion(leaf(rule), [0.5])).toEqual({ ok: true, value: 3 });
    expect(scoreCriterion(leaf(rule), [7])).toEqual({ ok: true, value: 3 });
  });
  it('a single bracket', () => {
    expect(bracketPoints(1, [1], [4])).toEqual({ ok: true, value: 4 });
    expect(bracketPoints(0.99, [1], [4])).toEqual({ ok: true, value: 0 });
  });
});

describe('brackets — bad input', () => {
  it('unsorted or repeated bounds are an error (value)', () => {
    expect(bracketPoints(0.1, [0.1, 0.05], [1, 2])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(bracketPoints(0.1, [0.05, 0.05], [1, 2])).toMatchObject({ ok: false, error: { code: 'value' } });
    const unsorted = brackets({ lowerBounds: [0.2, 0.1], points: [3, 2] });
    expect(scoreCriterion(leaf(unsorted), [0.3])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('bounds and points of different lengths are an error (value)', () => {
    expect(bracketPoints(0.1, [0.05, 0.1], [1])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(bracketPoints(0.1, [0.05], [1, 2])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('no brackets at all is an error (value)', () => {
    expect(bracketPoints(0.1, [], [])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('a missing or non-numeric value is an error (value)', () => {
    expect(scoreCriterion(leaf(rule), [])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), ['vượt'])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
});
