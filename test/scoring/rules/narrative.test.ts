import { describe, expect, it } from 'vitest';
import { checkSelfScore, scoreCriterion } from '../../../src/scoring/criterion';
import { narrative } from '../../../src/scoring/rules/narrative';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = null): Criterion => ({ id: 'N1', title: 'x', maxPoints, rule });
const free: AnyRule = narrative();
const fixed: AnyRule = narrative(['Xuất sắc', 'Tốt', 'Trung bình', 'Kém']);

describe('narrative — arguments', () => {
  it('has no inputs and keeps its choices', () => {
    expect(free.kind).toBe('narrative');
    expect(free.inputs).toEqual([]);
    expect(free.params).toEqual({ choices: [] });
    expect(fixed.params).toEqual({ choices: ['Xuất sắc', 'Tốt', 'Trung bình', 'Kém'] });
    expect(free.unbounded).toBe(false);
  });
  it('describes itself: written words, or the fixed answers', () => {
    expect(free.describe.en).toContain('no points');
    expect(fixed.describe.vi).toContain('Xuất sắc; Tốt; Trung bình; Kém');
  });
});

describe('narrative — normal cases', () => {
  it('is not scorable: scoreCriterion gives na', () => {
    expect(scoreCriterion(leaf(free), ['Tôi hoàn thành tốt'])).toMatchObject({ ok: false, error: { code: 'na' } });
    expect(scoreCriterion(leaf(fixed), ['Tốt'])).toMatchObject({ ok: false, error: { code: 'na' } });
  });
  it('evaluate() gives na', () => {
    expect(free.evaluate({}, 0)).toMatchObject({ ok: false, error: { code: 'na' } });
  });
});

describe('narrative — boundaries', () => {
  it('not scorable even with a maximum', () => {
    expect(scoreCriterion(leaf(free, 5), [])).toMatchObject({ ok: false, error: { code: 'na' } });
  });
  it('no score is allowed and there are no discrete scores', () => {
    expect(free.isAllowed(0, 0)).toBe(false);
    expect(free.discreteScores(0)).toBeNull();
  });
});

describe('narrative — bad input', () => {
  it('a typed self-score is refused (na)', () => {
    expect(checkSelfScore(leaf(free, 5), 3)).toMatchObject({ ok: false, error: { code: 'na' } });
  });
});
