import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { msg } from '../../../src/scoring/messages';
import { ratio, ratioPoints } from '../../../src/scoring/rules/ratio';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 2): Criterion => ({ id: 'x', title: 'x', maxPoints, rule });
const at80: AnyRule = ratio({ threshold: 0.8 });

describe('ratio — arguments', () => {
  it('declares achieved and target as non-negative numbers', () => {
    expect(at80.kind).toBe('ratio');
    expect(at80.params).toEqual({ threshold: 0.8 });
    expect(at80.inputs.map((i) => [i.key, i.type, i.signed ?? false])).toEqual([
      ['achieved', 'number', false],
      ['target', 'number', false],
    ]);
    expect(at80.unbounded).toBe(false);
    expect(at80.specialCases).toEqual([]);
    expect(at80.discreteScores(2)).toBeNull();
  });
  it('names the threshold in its description, both languages', () => {
    expect(at80.describe.vi).toContain('80%');
    expect(at80.describe.en).toContain('80%');
    expect(ratio({ threshold: 0.9 }).describe.vi).toContain('90%');
  });
  it('keeps the special cases it is given', () => {
    const special = { key: 'khong-kien-nghi', label: msg('Không có kiến nghị', 'No recommendations'), points: 0.5 };
    expect((ratio({ threshold: 0.8 }, [special]) as AnyRule).specialCases).toEqual([special]);
  });
});

describe('ratio — normal cases', () => {
  it('gives max × r when r reaches the threshold', () => {
    // 9/10 = 90% ≥ 80% → 2 × 0.9 = 1.8
    expect(scoreCriterion(leaf(at80), [9, 10])).toEqual({ ok: true, value: 1.8 });
    // 17/20 = 85% → 2 × 0.85 = 1.7
    expect(scoreCriterion(leaf(at80), [17, 20])).toEqual({ ok: true, value: 1.7 });
  });
  it('gives 0 below the threshold ("dưới 80% = 0 điểm")', () => {
    expect(scoreCriterion(leaf(at80), [7, 10])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(leaf(at80), [0, 10])).toEqual({ ok: true, value: 0 });
  });
  it('gives full points at 100%', () => {
    expect(scoreCriterion(leaf(at80), [10, 10])).toEqual({ ok: true, value: 2 });
  });
  it('rounds to 2 decimals: 5/6 of 2 points = 1.6666… → 1.67', () => {
    expect(scoreCriterion(leaf(at80), [5, 6])).toEqual({ ok: true, value: 1.67 });
  });
  it('reads Vietnamese decimal commas in text: "8,5" of 10 on max 2 → 1.7', () => {
    expect(scoreCriterion(leaf(at80), ['8,5', '10'])).toEqual({ ok: true, value: 1.7 });
    expect(scoreCriterion(leaf(at80), ['8,5', 10])).toEqual({ ok: true, value: 1.7 });
  });
  it('evaluate() gives the unrounded value; ratioPoints is the same formula', () => {
    expect(at80.evaluate({ achieved: 9, target: 10 }, 1)).toEqual({ ok: true, value: 0.9 });
    expect(ratioPoints(9, 10, 1, 0.8)).toEqual({ ok: true, value: 0.9 });
    const r = ratioPoints(2, 3, 2, 0.5);
    expect(r.ok && r.value).toBeCloseTo(4 / 3, 12);
  });
  it('isAllowed: 0 is allowed; values from threshold × max up to max are allowed', () => {
    expect(at80.isAllowed(0, 2)).toBe(true);
    expect(at80.isAllowed(1.6, 2)).toBe(true); // 0.8 × 2
    expect(at80.isAllowed(1.75, 2)).toBe(true);
    expect(at80.isAllowed(2, 2)).toBe(true);
  });
});

describe('ratio — boundaries', () => {
  it('80% exactly reaches an 80% threshold: 8/10 on max 1 → 0.8', () => {
    expect(scoreCriterion(leaf(at80, 1), [8, 10])).toEqual({ ok: true, value: 0.8 });
    expect(scoreCriterion(leaf(at80, 1), [80, 100])).toEqual({ ok: true, value: 0.8 });
  });
  it('reaches the threshold despite binary noise (0.8 × 3 = 2.4000000000000004 > 2.4)', () => {
    // 2.4/3 = 80% exactly; max 1 → 0.8
    expect(scoreCriterion(leaf(at80, 1), [2.4, 3])).toEqual({ ok: true, value: 0.8 });
    // 0.8 × 7 = 5.6000000000000005 > 5.6
    expect(scoreCriterion(leaf(at80, 1), [5.6, 7])).toEqual({ ok: true, value: 0.8 });
    // 0.8 × 6 = 4.800000000000001 > 4.8; max 2 → 1.6
    expect(scoreCriterion(leaf(at80, 2), ['4,8', 6])).toEqual({ ok: true, value: 1.6 });
    // 0.1 × 3 = 0.30000000000000004 > 0.3
    expect(scoreCriterion(leaf(ratio({ threshold: 0.1 }), 1), [0.3, 3])).toEqual({ ok: true, value: 0.1 });
  });
  it('70% threshold with 2.1 of 3 (0.7 × 3 = 2.0999999999999996): 70% of max 2 → 1.4', () => {
    const at70: AnyRule = ratio({ threshold: 0.7 });
    expect(scoreCriterion(leaf(at70), [2.1, 3])).toEqual({ ok: true, value: 1.4 });
    expect(scoreCriterion(leaf(at70), [2.09, 3])).toEqual({ ok: true, value: 0 });
  });
  it('90% threshold (5.5.4.6): 9/10 → 0.9 × max; 8.99/10 → 0', () => {
    const at90: AnyRule = ratio({ threshold: 0.9 });
    expect(scoreCriterion(leaf(at90, 1), [9, 10])).toEqual({ ok: true, value: 0.9 });
    expect(scoreCriterion(leaf(at90, 1), ['8,99', 10])).toEqual({ ok: true, value: 0 });
  });
  it('79.99% gives 0', () => {
    expect(scoreCriterion(leaf(at80, 1), [79.99, 100])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(leaf(at80, 1), ['7,999', 10])).toEqual({ ok: true, value: 0 });
  });
  it('caps r at 1: above 100% gives the maximum', () => {
    expect(scoreCriterion(leaf(at80), [12, 10])).toEqual({ ok: true, value: 2 });
    expect(at80.evaluate({ achieved: 15, target: 10 }, 2)).toEqual({ ok: true, value: 2 });
  });
  it('isAllowed rejects values strictly between 0 and threshold × max, and above max', () => {
    expect(at80.isAllowed(1.59, 2)).toBe(false);
    expect(at80.isAllowed(0.5, 2)).toBe(false);
    expect(at80.isAllowed(0.01, 2)).toBe(false);
    expect(at80.isAllowed(2.01, 2)).toBe(false);
    expect(at80.isAllowed(-0.5, 2)).toBe(false);
  });
});

describe('ratio — bad input', () => {
  it('target 0 is an error (div0), not 0 points', () => {
    expect(scoreCriterion(leaf(at80), [5, 0])).toMatchObject({ ok: false, error: { kind: 'error', code: 'div0' } });
    expect(scoreCriterion(leaf(at80), [0, 0])).toMatchObject({ ok: false, error: { code: 'div0' } });
    expect(ratioPoints(1, 0, 2, 0.8)).toMatchObject({ ok: false, error: { code: 'div0' } });
  });
  it('negative achieved or target is an error (num)', () => {
    expect(scoreCriterion(leaf(at80), [-8, 10])).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(scoreCriterion(leaf(at80), [8, -10])).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(scoreCriterion(leaf(at80), ['-8,5', 10])).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('missing inputs and text that is not a number are errors (value)', () => {
    expect(scoreCriterion(leaf(at80), [8])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(at80), [null, 10])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(at80), ['tám', 10])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(at80), [true, 10])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('a third non-blank input is an error (value)', () => {
    expect(scoreCriterion(leaf(at80), [8, 10, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('a ratio criterion without a maximum is not scorable (na)', () => {
    expect(scoreCriterion(leaf(at80, null), [8, 10])).toMatchObject({ ok: false, error: { code: 'na' } });
  });
});
