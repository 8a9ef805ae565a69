import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { survey, SURVEY_MODES, surveyPoints } from '../../../src/scoring/rules/survey';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 4): Criterion => ({ id: '1.1', title: 'x', maxPoints, rule });
const literal: AnyRule = survey();
const scale: AnyRule = survey({ mode: 'scale' });

describe('survey — arguments', () => {
  it('takes the five counts c, d, e, g, h as whole numbers defaulting to 0', () => {
    expect(literal.kind).toBe('survey');
    expect(literal.inputs.map((i) => i.key)).toEqual(['c', 'd', 'e', 'g', 'h']);
    expect(literal.inputs.every((i) => i.type === 'count' && i.default === 0)).toBe(true);
    expect(literal.unbounded).toBe(false);
    expect(literal.discreteScores(4)).toBeNull();
  });
  it('is literal by default; scale is offered and named in the help', () => {
    expect(literal.params).toEqual({ mode: 'literal' });
    expect(scale.params).toEqual({ mode: 'scale' });
    expect(SURVEY_MODES).toEqual(['literal', 'scale']);
    expect(literal.describe.vi).not.toBe(scale.describe.vi);
    expect(scale.describe.en).toContain('/ 5');
  });
});

describe('survey — normal cases', () => {
  it('literal: a mixed example by hand', () => {
    // c=2, d=3, e=5, g=6, h=4: (2 + 6 + 15 + 24 + 20) / 20 = 67/20 = 3.35
    expect(scoreCriterion(leaf(literal), [2, 3, 5, 6, 4])).toEqual({ ok: true, value: 3.35 });
    expect(surveyPoints([2, 3, 5, 6, 4], 4, 'literal')).toEqual({ ok: true, value: 3.35 });
  });
  it('literal: rounds to 2 decimals — (1 + 2 + 5)/3 = 2.666… → 2.67', () => {
    expect(scoreCriterion(leaf(literal), [1, 1, 0, 0, 1])).toEqual({ ok: true, value: 2.67 });
  });
  it('scale: average × max / 5', () => {
    // average 3.35 × 4 / 5 = 2.68
    expect(scoreCriterion(leaf(scale), [2, 3, 5, 6, 4])).toEqual({ ok: true, value: 2.68 });
    // average 8/3 × 4 / 5 = 32/15 = 2.1333… → 2.13
    expect(scoreCriterion(leaf(scale), [1, 1, 0, 0, 1])).toEqual({ ok: true, value: 2.13 });
    // everyone answers 5 → full points
    expect(scoreCriterion(leaf(scale), [0, 0, 0, 0, 7])).toEqual({ ok: true, value: 4 });
  });
  it('blank counts are 0: only h given', () => {
    expect(scoreCriterion(leaf(literal), [null, '', undefined, null, 3])).toEqual({ ok: true, value: 4 });
    expect(scoreCriterion(leaf(literal), [3])).toEqual({ ok: true, value: 1 });
  });
  it('reads counts typed as text', () => {
    expect(scoreCriterion(leaf(literal), ['2', '3', '5', '6', '4'])).toEqual({ ok: true, value: 3.35 });
  });
});

describe('survey — boundaries', () => {
  it('literal formula is capped at the maximum: all answer 5 on max 4 → 4', () => {
    expect(scoreCriterion(leaf(literal), [0, 0, 0, 0, 10])).toEqual({ ok: true, value: 4 });
    expect(surveyPoints([0, 0, 0, 0, 10], 4, 'literal')).toEqual({ ok: true, value: 4 });
  });
  it('literal: average exactly 4 on max 4 → 4; all answer 1 → 1', () => {
    expect(scoreCriterion(leaf(literal), [0, 0, 0, 5, 0])).toEqual({ ok: true, value: 4 });
    expect(scoreCriterion(leaf(literal), [9, 0, 0, 0, 0])).toEqual({ ok: true, value: 1 });
  });
  it('scale: all answer 1 → max / 5', () => {
    expect(scoreCriterion(leaf(scale), [9, 0, 0, 0, 0])).toEqual({ ok: true, value: 0.8 });
  });
  it('isAllowed: 0 to max, nothing outside', () => {
    expect(literal.isAllowed(0, 4)).toBe(true);
    expect(literal.isAllowed(3.35, 4)).toBe(true);
    expect(literal.isAllowed(4, 4)).toBe(true);
    expect(literal.isAllowed(4.01, 4)).toBe(false);
    expect(literal.isAllowed(-0.01, 4)).toBe(false);
  });
});

describe('survey — bad input', () => {
  it('B = 0 is an error (div0), not 0 points', () => {
    expect(scoreCriterion(leaf(literal), [0, 0, 0, 0, 0])).toMatchObject({ ok: false, error: { code: 'div0' } });
    expect(scoreCriterion(leaf(scale), [])).toMatchObject({ ok: false, error: { code: 'div0' } });
    expect(surveyPoints([0, 0, 0, 0, 0], 4, 'literal')).toMatchObject({ ok: false, error: { code: 'div0' } });
  });
  it('a count that is not a whole number is an error (num)', () => {
    expect(scoreCriterion(leaf(literal), [1, 2.5, 0, 0, 0])).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(scoreCriterion(leaf(literal), ['2,5'])).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('a negative count is an error (num); text is an error (value)', () => {
    expect(scoreCriterion(leaf(literal), [1, -1, 0, 0, 0])).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(scoreCriterion(leaf(literal), ['mười'])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('a sixth non-blank count is an error (value)', () => {
    expect(scoreCriterion(leaf(literal), [1, 1, 1, 1, 1, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
});
