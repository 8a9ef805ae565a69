import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { rating } from '../../../src/scoring/rules/rating';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 2): Criterion => ({ id: '5.2.4.1', title: 'x', maxPoints, rule });
// 5.2.4.1: KHTNV 0, HTNV 0.5, HTTNV 1, HTXSNV 2.
const rule: AnyRule = rating({ HTXSNV: 2, HTTNV: 1, HTNV: 0.5, KHTNV: 0 });

describe('rating — arguments', () => {
  it('takes one text input, the quality rating, checked by parseGrade (so every spelling it knows passes)', () => {
    expect(rule.kind).toBe('rating');
    expect(rule.inputs).toHaveLength(1);
    expect(rule.inputs[0]).toMatchObject({ key: 'grade', type: 'text' });
    expect(rule.params).toEqual({ HTXSNV: 2, HTTNV: 1, HTNV: 0.5, KHTNV: 0 });
    expect(rule.unbounded).toBe(false);
  });
  it('describes each level by its full name', () => {
    expect(rule.describe.vi).toContain('Hoàn thành xuất sắc nhiệm vụ = 2');
    expect(rule.describe.vi).toContain('Hoàn thành nhiệm vụ = 0,5');
    expect(rule.describe.en).toContain('= 0.5');
  });
  it('discreteScores: the four points, sorted', () => {
    expect(rule.discreteScores(2)).toEqual([0, 0.5, 1, 2]);
  });
});

describe('rating — normal cases', () => {
  it('letters A–D', () => {
    expect(scoreCriterion(leaf(rule), ['A'])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(rule), ['B'])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(rule), ['C'])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf(rule), ['D'])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(leaf(rule), ['a'])).toEqual({ ok: true, value: 2 });
  });
  it('codes HTXSNV, HTTNV, HTNV, KHTNV', () => {
    expect(scoreCriterion(leaf(rule), ['HTXSNV'])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(rule), ['HTTNV'])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(rule), ['HTNV'])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf(rule), ['khtnv'])).toEqual({ ok: true, value: 0 });
  });
  it('full Vietnamese names', () => {
    expect(scoreCriterion(leaf(rule), ['Hoàn thành xuất sắc nhiệm vụ'])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(rule), ['Hoàn thành tốt nhiệm vụ'])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(rule), ['Hoàn thành nhiệm vụ'])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf(rule), ['Không hoàn thành nhiệm vụ'])).toEqual({ ok: true, value: 0 });
    // decomposed (NFD) text, as some keyboards type it
    expect(scoreCriterion(leaf(rule), ['Hoàn thành tốt nhiệm vụ'.normalize('NFD')])).toEqual({ ok: true, value: 1 });
  });
  it('evaluate() reads every spelling parseGrade accepts', () => {
    expect(rule.evaluate({ grade: 'Loại A' }, 2)).toEqual({ ok: true, value: 2 });
    expect(rule.evaluate({ grade: 'hoan thanh tot nhiem vu' }, 2)).toEqual({ ok: true, value: 1 });
  });
  it('isAllowed: only the four points', () => {
    expect(rule.isAllowed(0.5, 2)).toBe(true);
    expect(rule.isAllowed(2, 2)).toBe(true);
    expect(rule.isAllowed(1.5, 2)).toBe(false);
  });
});

describe('rating — boundaries (other spellings users type)', () => {
  it('full names without diacritics', () => {
    expect(scoreCriterion(leaf(rule), ['Hoan thanh xuat sac nhiem vu'])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(rule), ['khong hoan thanh nhiem vu'])).toEqual({ ok: true, value: 0 });
  });
  it('"Loại A" … "Loại D"', () => {
    expect(scoreCriterion(leaf(rule), ['Loại A'])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(rule), ['loại  c'])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf(rule), ['Loai D'])).toEqual({ ok: true, value: 0 });
  });
  it('surrounding spaces are ignored', () => {
    expect(scoreCriterion(leaf(rule), ['  B  '])).toEqual({ ok: true, value: 1 });
  });
});

describe('rating — bad input', () => {
  it('an unknown rating is an error (value)', () => {
    expect(scoreCriterion(leaf(rule), ['E'])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), ['Xuất sắc'])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), [2])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(rule.evaluate({ grade: 'E' }, 2)).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('a blank rating is an error (value)', () => {
    expect(scoreCriterion(leaf(rule), [''])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), [])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
});
