import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { msg } from '../../../src/scoring/messages';
import { num, type InputSpec } from '../../../src/scoring/params';
import { countTiers, type Tier } from '../../../src/scoring/rules/countTiers';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 5): Criterion => ({ id: '7.1', title: 'x', maxPoints, rule });

// A 7.1-like rule: any task due and not finished, or 6+ late = 0; all on time = max; at most 5 late = 2.
const inputs: readonly InputSpec[] = [
  { key: 'late', label: msg('Số nhiệm vụ trễ hạn', 'Late tasks'), type: 'count', default: 0 },
  { key: 'unfinished', label: msg('Số nhiệm vụ chưa hoàn thành', 'Unfinished tasks'), type: 'count', default: 0 },
];
const tiers: readonly Tier[] = [
  { label: msg('Có nhiệm vụ chưa hoàn thành', 'Unfinished'), points: 0, when: (v) => num(v, 'unfinished') > 0 },
  { label: msg('Tất cả đúng hạn', 'All on time'), points: 'max', when: (v) => num(v, 'late') === 0 },
  { label: msg('Tối đa 5 trễ hạn', 'At most 5 late'), points: 2, when: (v) => num(v, 'late') <= 5 },
  { label: msg('Từ 6 trễ hạn', '6 or more late'), points: 0, when: () => true },
];
const rule: AnyRule = countTiers(inputs, tiers);
const noPetitions = { key: 'khong-don-thu', label: msg('Không có đơn thư', 'No petitions'), points: 1 };

describe('countTiers — arguments', () => {
  it('keeps the inputs and tiers it is given', () => {
    expect(rule.kind).toBe('countTiers');
    expect(rule.inputs).toBe(inputs);
    expect(rule.params).toEqual({ tiers, partOf: [] });
    expect(rule.specialCases).toEqual([]);
    expect(rule.unbounded).toBe(false);
  });
  it('describes each tier, "max" as tối đa / maximum', () => {
    expect(rule.describe.vi).toContain('Tất cả đúng hạn = tối đa');
    expect(rule.describe.en).toContain('All on time = maximum');
    expect(rule.describe.vi).toContain('Tối đa 5 trễ hạn = 2');
  });
  it('discreteScores: the tier points with "max" resolved, sorted, unique', () => {
    expect(rule.discreteScores(5)).toEqual([0, 2, 5]);
    expect((countTiers(inputs, tiers, [noPetitions]) as AnyRule).discreteScores(5)).toEqual([0, 1, 2, 5]);
  });
});

describe('countTiers — normal cases', () => {
  it('all on time gives the maximum', () => {
    expect(scoreCriterion(leaf(rule), [0, 0])).toEqual({ ok: true, value: 5 });
    expect(scoreCriterion(leaf(rule, 3), [0, 0])).toEqual({ ok: true, value: 3 });
  });
  it('a few late gives 2', () => {
    expect(scoreCriterion(leaf(rule), [3, 0])).toEqual({ ok: true, value: 2 });
  });
  it('blank inputs take their defaults', () => {
    expect(scoreCriterion(leaf(rule), [])).toEqual({ ok: true, value: 5 });
    expect(scoreCriterion(leaf(rule), ['1'])).toEqual({ ok: true, value: 2 });
  });
  it('the first matching tier wins: unfinished with none late gives 0, not max', () => {
    expect(scoreCriterion(leaf(rule), [0, 1])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(leaf(rule), [2, 1])).toEqual({ ok: true, value: 0 });
    const overlapping: AnyRule = countTiers(inputs, [
      { label: msg('a', 'a'), points: 1, when: (v) => num(v, 'late') <= 10 },
      { label: msg('b', 'b'), points: 3, when: (v) => num(v, 'late') <= 5 },
    ]);
    expect(scoreCriterion(leaf(overlapping), [2])).toEqual({ ok: true, value: 1 });
  });
  it('a special case fixes the points (2.3.4: none received in the year = 1)', () => {
    const withSpecial: AnyRule = countTiers(inputs, tiers, [noPetitions]);
    expect(scoreCriterion(leaf(withSpecial, 1), ['khong-don-thu'])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(withSpecial, 1), ['Không có đơn thư'])).toEqual({ ok: true, value: 1 });
  });
  it('isAllowed: only tier (and special-case) points', () => {
    expect(rule.isAllowed(5, 5)).toBe(true);
    expect(rule.isAllowed(2, 5)).toBe(true);
    expect(rule.isAllowed(0, 5)).toBe(true);
    expect(rule.isAllowed(3, 5)).toBe(false);
    expect(rule.isAllowed(1, 5)).toBe(false);
    expect((countTiers(inputs, tiers, [noPetitions]) as AnyRule).isAllowed(1, 5)).toBe(true);
  });
});

describe('countTiers — boundaries', () => {
  it('5 late still gives 2; 6 late gives 0', () => {
    expect(scoreCriterion(leaf(rule), [5, 0])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf(rule), [6, 0])).toEqual({ ok: true, value: 0 });
  });
  it('no tier matching gives 0', () => {
    const partial: AnyRule = countTiers(inputs, [{ label: msg('a', 'a'), points: 4, when: (v) => num(v, 'late') === 0 }]);
    expect(scoreCriterion(leaf(partial), [1])).toEqual({ ok: true, value: 0 });
    expect(partial.evaluate({ late: 1, unfinished: 0 }, 5)).toEqual({ ok: true, value: 0 });
  });
  it('points above the criterion maximum are clamped to it', () => {
    const big: AnyRule = countTiers(inputs, [{ label: msg('a', 'a'), points: 9, when: () => true }]);
    expect(scoreCriterion(leaf(big, 5), [])).toEqual({ ok: true, value: 5 });
  });
});

describe('countTiers — bad input', () => {
  it('counts must be whole and non-negative (num)', () => {
    expect(scoreCriterion(leaf(rule), [1.5, 0])).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(scoreCriterion(leaf(rule), [-1, 0])).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('text that is not a number, or too many inputs, is an error (value)', () => {
    expect(scoreCriterion(leaf(rule), ['nhiều'])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), [0, 0, 1])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
});

describe('countTiers — a part larger than its whole', () => {
  const partInputs = [
    { key: 'done', label: { vi: 'Số đã xử lý', en: 'Done' }, type: 'count' as const },
    { key: 'total', label: { vi: 'Tổng số', en: 'Total' }, type: 'count' as const },
  ];
  const partRule = countTiers(partInputs, [{ label: { vi: 'Luôn', en: 'Always' }, points: 1, when: () => true }], [], [['done', 'total']]);
  const node = { id: 'p', title: 'p', maxPoints: 1, rule: partRule };
  it('is an input error naming both inputs', () => {
    const r = scoreCriterion(node, [3, 2]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('value');
      expect(r.error.message.vi).toBe('Số đã xử lý lớn hơn Tổng số.');
    }
  });
  it('scores when the part equals the whole', () => {
    expect(scoreCriterion(node, [2, 2])).toEqual({ ok: true, value: 1 });
  });
});
