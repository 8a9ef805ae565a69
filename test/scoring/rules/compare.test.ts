import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { compare, comparePoints } from '../../../src/scoring/rules/compare';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 1): Criterion => ({ id: '8.3.1', title: 'x', maxPoints, rule });
// 8.3.1: higher 1 / equal 0.5 / lower 0; ranks: a smaller number is a better place.
const byRank: AnyRule = compare({ higher: 1, equal: 0.5, lower: 0, smallerIsBetter: true });
// 8.3.2-like on values: higher 2 / equal 1 / lower 0.
const byValue: AnyRule = compare({ higher: 2, equal: 1, lower: 0, smallerIsBetter: false });

describe('compare — arguments', () => {
  it('takes this year and last year as signed numbers', () => {
    expect(byValue.kind).toBe('compare');
    expect(byValue.inputs.map((i) => [i.key, i.type, i.signed])).toEqual([
      ['current', 'number', true],
      ['previous', 'number', true],
    ]);
    expect(byValue.unbounded).toBe(false);
  });
  it('describes the three outcomes, with a decimal comma in Vietnamese', () => {
    expect(byRank.describe.vi).toContain('0,5');
    expect(byRank.describe.en).toContain('0.5');
    expect(byRank.describe.en).toContain('smaller is better');
    expect(byValue.describe.en).not.toContain('smaller is better');
  });
  it('discreteScores: the three points, sorted, unique', () => {
    expect(byRank.discreteScores(1)).toEqual([0, 0.5, 1]);
    expect((compare({ higher: 1, equal: 1, lower: 0, smallerIsBetter: false }) as AnyRule).discreteScores(1)).toEqual([0, 1]);
  });
});

describe('compare — normal cases', () => {
  it('values: higher / equal / lower', () => {
    expect(scoreCriterion(leaf(byValue, 2), [120, 100])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(byValue, 2), [100, 100])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(byValue, 2), [90, 100])).toEqual({ ok: true, value: 0 });
  });
  it('ranks: a smaller rank is better', () => {
    expect(scoreCriterion(leaf(byRank), [3, 5])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(byRank), [5, 5])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf(byRank), [7, 5])).toEqual({ ok: true, value: 0 });
  });
  it('reads text and negative values (signed)', () => {
    expect(scoreCriterion(leaf(byValue, 2), ['8,5', '8,4'])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(byValue, 2), [-1, -2])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(byValue, 2), [-3, -2])).toEqual({ ok: true, value: 0 });
  });
  it('comparePoints is the same decision', () => {
    const p = { higher: 2, equal: 1, lower: 0, smallerIsBetter: false };
    expect(comparePoints(2, 1, p)).toBe(2);
    expect(comparePoints(1, 1, p)).toBe(1);
    expect(comparePoints(1, 2, p)).toBe(0);
    expect(comparePoints(1, 2, { ...p, smallerIsBetter: true })).toBe(2);
  });
  it('isAllowed: only the three points', () => {
    expect(byRank.isAllowed(0.5, 1)).toBe(true);
    expect(byRank.isAllowed(1, 1)).toBe(true);
    expect(byRank.isAllowed(0, 1)).toBe(true);
    expect(byRank.isAllowed(0.75, 1)).toBe(false);
  });
});

describe('compare — boundaries', () => {
  it('equality is decided within 1e-9 (0.1 + 0.2 equals 0.3)', () => {
    expect(scoreCriterion(leaf(byValue, 2), [0.1 + 0.2, 0.3])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(byRank), [0.3, 0.1 + 0.2])).toEqual({ ok: true, value: 0.5 });
  });
  it('a difference of 1e-6 is not equal', () => {
    expect(scoreCriterion(leaf(byValue, 2), [100.000001, 100])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(byValue, 2), [99.999999, 100])).toEqual({ ok: true, value: 0 });
  });
  it('0 is a blank cell as Excel desktop passes it (a score or a rank is never 0): 0 against 0 is missing, not equal', () => {
    const r = scoreCriterion(leaf(byValue, 2), [0, 0]);
    expect(r.ok).toBe(false);
    expect(scoreCriterion(leaf(byValue, 2), [null, 0])).toEqual(r);
  });
});

describe('compare — bad input', () => {
  it('either year missing is an error (value)', () => {
    expect(scoreCriterion(leaf(byValue, 2), [100])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(byValue, 2), [null, 100])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('text that is not a number is an error (value)', () => {
    expect(scoreCriterion(leaf(byValue, 2), ['cao hơn', 100])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
});
