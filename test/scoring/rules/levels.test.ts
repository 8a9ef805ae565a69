import { describe, expect, it } from 'vitest';
import { scoreCriterion } from '../../../src/scoring/criterion';
import { msg } from '../../../src/scoring/messages';
import { levels } from '../../../src/scoring/rules/levels';
import type { AnyRule, Criterion } from '../../../src/scoring/types';

const leaf = (rule: AnyRule, maxPoints: number | null = 1): Criterion => ({ id: '2.1', title: 'x', maxPoints, rule });
const rule: AnyRule = levels([
  { label: 'Ban hành đầy đủ', points: 1 },
  { label: 'Ban hành không đầy đủ', points: 0.5 },
  { label: 'Không ban hành', points: 0 },
]);

describe('levels — arguments', () => {
  it('takes one choice: the labels and the points, as typed and with a decimal comma', () => {
    expect(rule.kind).toBe('levels');
    expect(rule.inputs).toHaveLength(1);
    expect(rule.inputs[0]).toMatchObject({ key: 'outcome', type: 'choice' });
    const choices = rule.inputs[0]?.choices ?? [];
    expect(choices).toEqual(expect.arrayContaining(['Ban hành đầy đủ', 'Ban hành không đầy đủ', 'Không ban hành', '1', '0.5', '0,5', '0']));
    expect((rule.params as { options: unknown[] }).options).toHaveLength(3);
    expect(rule.unbounded).toBe(false);
    expect(rule.specialCases).toEqual([]);
  });
  it('describes each outcome with its points, decimal comma in Vietnamese', () => {
    expect(rule.describe.vi).toContain('Ban hành không đầy đủ = 0,5 điểm');
    expect(rule.describe.en).toContain('= 0.5 pt');
  });
  it('discreteScores: the options\' points sorted and unique', () => {
    expect(rule.discreteScores(1)).toEqual([0, 0.5, 1]);
    const repeated: AnyRule = levels([
      { label: 'x', points: 1 },
      { label: 'y', points: 0 },
      { label: 'z', points: 1 },
      { label: 'w', points: 0.25 },
    ]);
    expect(repeated.discreteScores(1)).toEqual([0, 0.25, 1]);
  });
});

describe('levels — normal cases', () => {
  it('by label', () => {
    expect(scoreCriterion(leaf(rule), ['Ban hành đầy đủ'])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(rule), ['Ban hành không đầy đủ'])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf(rule), ['Không ban hành'])).toEqual({ ok: true, value: 0 });
  });
  it('by label, ignoring case, extra spaces and Unicode form', () => {
    expect(scoreCriterion(leaf(rule), ['  BAN HÀNH   ĐẦY ĐỦ '])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(rule), ['Không ban hành'.normalize('NFD')])).toEqual({ ok: true, value: 0 });
  });
  it('by points: "1" and "0,5"', () => {
    expect(scoreCriterion(leaf(rule), ['1'])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(rule), ['0,5'])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf(rule), ['0.5'])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf(rule), ['0'])).toEqual({ ok: true, value: 0 });
  });
  it('by points typed as numbers', () => {
    expect(scoreCriterion(leaf(rule), [1])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(rule), [0.5])).toEqual({ ok: true, value: 0.5 });
  });
  it('evaluate() picks the option by label or by points', () => {
    expect(rule.evaluate({ outcome: 'Ban hành đầy đủ' }, 1)).toEqual({ ok: true, value: 1 });
    expect(rule.evaluate({ outcome: '0,5' }, 1)).toEqual({ ok: true, value: 0.5 });
  });
  it('isAllowed: only the options\' points', () => {
    expect(rule.isAllowed(1, 1)).toBe(true);
    expect(rule.isAllowed(0.5, 1)).toBe(true);
    expect(rule.isAllowed(0, 1)).toBe(true);
    expect(rule.isAllowed(0.7, 1)).toBe(false);
  });
});

describe('levels — boundaries', () => {
  it('a special case fixes the points (dialogue with no recommendations → 0.5)', () => {
    const withSpecial: AnyRule = levels(
      [
        { label: 'Có', points: 1 },
        { label: 'Không', points: 0 },
      ],
      [{ key: 'khong-kien-nghi', label: msg('Đối thoại không có kiến nghị', 'No recommendations'), points: 0.5 }],
    );
    expect(scoreCriterion(leaf(withSpecial), ['khong-kien-nghi'])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf(withSpecial), ['Có'])).toEqual({ ok: true, value: 1 });
  });
  it('points above the criterion maximum are clamped', () => {
    const big: AnyRule = levels([{ label: 'Đạt', points: 3 }]);
    expect(scoreCriterion(leaf(big, 2), ['Đạt'])).toEqual({ ok: true, value: 2 });
  });
  it('two options with the same points: either spelling gives those points', () => {
    const same: AnyRule = levels([
      { label: 'Đúng hạn', points: 1 },
      { label: 'Không phát sinh', points: 1 },
      { label: 'Trễ hạn', points: 0 },
    ]);
    expect(scoreCriterion(leaf(same), ['Không phát sinh'])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(leaf(same), ['1'])).toEqual({ ok: true, value: 1 });
  });
});

describe('levels — bad input', () => {
  it('an unknown outcome is an error (value)', () => {
    expect(scoreCriterion(leaf(rule), ['Ban hành một phần'])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), ['2'])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), [0.25])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(rule.evaluate({ outcome: 'khác' }, 1)).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('a blank outcome is an error (value)', () => {
    expect(scoreCriterion(leaf(rule), [''])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(scoreCriterion(leaf(rule), [])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('the error lists the allowed outcomes', () => {
    const r = scoreCriterion(leaf(rule), ['Ban hành một phần']);
    expect(r.ok === false && r.error.message.vi).toContain('Ban hành đầy đủ');
  });
});
