import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSelfScore, findCriterion, flatten, isScorable, scoreCriterion, scoreFramework } from '../../../src/scoring/criterion';
import { THADS_BASE, THADS_LS } from '../../../src/scoring/frameworks/thadsLs';
import { DEFAULT_BANDS } from '../../../src/scoring/grades';
import { occurrenceTotal } from '../../../src/scoring/rules';
import type { Criterion } from '../../../src/scoring/types';

const node = (id: string): Criterion => {
  const found = findCriterion(THADS_LS, id);
  if (!found) throw new Error(`no criterion ${id}`);
  return found.node;
};

const leaves = () => flatten(THADS_LS).filter((p) => !p.node.children || p.node.children.length === 0);

describe('THADS_LS: structure (seed 000)', () => {
  it('is the base-200 framework with default bands and editable rows', () => {
    expect(THADS_LS.id).toBe('thads-ls');
    expect(THADS_LS.scoring).toBe('base');
    expect(THADS_LS.base).toBe(200);
    expect(THADS_BASE).toBe(200);
    expect(THADS_LS.totalMax).toBeNull();
    expect(THADS_LS.bands).toBe(DEFAULT_BANDS);
    expect(THADS_LS.bandsAreDefault).toBe(true);
    expect(THADS_LS.editableRows).toBe(true);
    expect(THADS_LS.source).toBe('seed 000, mục 1–4');
  });

  it('says the criteria table (Phụ lục 2) is missing and carries the procedure of mục 4', () => {
    const remarks = THADS_LS.remarks.join('\n');
    expect(remarks).toMatch(/Phụ lục 2/);
    expect(remarks).toMatch(/không có trong văn bản/);
    expect(remarks).toMatch(/ngày cuối tháng/);
    expect(remarks).toMatch(/trước ngày 05/);
    expect(remarks).toMatch(/Phụ lục 03/);
    expect(remarks).toMatch(/Cục trưởng/);
    expect(remarks).toMatch(/Chi cục trưởng/);
  });

  it('has the five aspects of mục 3 as parents 1–5, each with a deduction row and a bonus row', () => {
    expect(THADS_LS.criteria.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(THADS_LS.criteria[0].title).toBe('Kết quả thực hiện nhiệm vụ được giao');
    expect(THADS_LS.criteria[3].title).toBe(
      'Kết quả kiểm tra, giám sát của Cục THADS tỉnh; kết luận thanh tra, kiểm tra của cơ quan khác có liên quan',
    );
    for (const parent of THADS_LS.criteria) {
      expect(parent.maxPoints).toBeNull();
      expect(parent.rule).toBeUndefined();
      expect(parent.children.map((c) => [c.id, c.title])).toEqual([
        [`${parent.id}.1`, 'Điểm trừ'],
        [`${parent.id}.2`, 'Điểm thưởng'],
      ]);
    }
    expect(flatten(THADS_LS)).toHaveLength(15);
  });

  it('every leaf is an unbounded occurrence rule with no preset points and no maximum', () => {
    const all = leaves();
    expect(all).toHaveLength(10);
    for (const { node: leaf } of all) {
      expect(leaf.maxPoints).toBeNull();
      expect(leaf.rule?.kind).toBe('occurrence');
      expect(leaf.rule?.unbounded).toBe(true);
      expect(leaf.rule?.params).toEqual({
        sign: leaf.id.endsWith('.1') ? 'deduction' : 'bonus',
        pointsPerTime: null,
      });
      expect(isScorable(leaf)).toBe(true);
    }
  });

  it('ids are unique', () => {
    const ids = flatten(THADS_LS).map((p) => p.node.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('THADS_LS: one row', () => {
  it('a deduction row with [times, pointsPerTime] gives −(times × points)', () => {
    expect(scoreCriterion(node('1.1'), [3, 5])).toEqual({ ok: true, value: -15 });
    expect(scoreCriterion(node('2.1'), [2, 0.5])).toEqual({ ok: true, value: -1 });
    expect(scoreCriterion(node('2.1'), ['2', '0,5'])).toEqual({ ok: true, value: -1 });
  });

  it('a bonus row gives times × points', () => {
    expect(scoreCriterion(node('1.2'), [4, 10])).toEqual({ ok: true, value: 40 });
  });

  it('no occurrence gives 0, whatever the points', () => {
    expect(scoreCriterion(node('1.1'), [0, 5])).toEqual({ ok: true, value: 0 });
    expect(scoreCriterion(node('1.1'), [null, 5])).toEqual({ ok: true, value: 0 });
  });

  it('has no cap on the number of times', () => {
    expect(scoreCriterion(node('3.1'), [1000, 5])).toEqual({ ok: true, value: -5000 });
  });

  it('needs the points per occurrence, since the seed does not print them', () => {
    const r = scoreCriterion(node('1.1'), [3]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('value');
  });

  it('rejects a fractional or negative count and negative points', () => {
    for (const raws of [[1.5, 5], [-1, 5], [2, -5]]) {
      const r = scoreCriterion(node('1.1'), raws);
      expect(r.ok).toBe(false);
    }
  });

  it('accepts a typed self-score only with the row’s sign', () => {
    expect(checkSelfScore(node('1.1'), -10)).toEqual({ ok: true, value: -10 });
    expect(checkSelfScore(node('1.1'), 10).ok).toBe(false);
    expect(checkSelfScore(node('1.2'), 10)).toEqual({ ok: true, value: 10 });
    expect(checkSelfScore(node('1.2'), -10).ok).toBe(false);
  });
});

describe('THADS_LS: the total (seed 000, mục 2)', () => {
  it('is 200 with nothing entered', () => {
    const s = scoreFramework(THADS_LS, {});
    expect(s.total).toBe(200);
    expect(s.errors).toEqual([]);
    expect(s.unanswered).toHaveLength(10);
  });

  it('is 200 − Σ deductions × times + Σ bonuses × times', () => {
    const s = scoreFramework(THADS_LS, {
      '1.1': [2, 5],
      '2.1': [1, 10],
      '4.1': [3, 0.5],
      '1.2': [1, 20],
      '5.2': [2, 2.5],
    });
    expect(s.errors).toEqual([]);
    expect(s.total).toBe(200 - (10 + 10 + 1.5) + (20 + 5));
    expect(s.nodes.get('1')?.points).toBe(-10 + 20);
    expect(s.nodes.get('2')?.points).toBe(-10);
    expect(s.nodes.get('3')?.points).toBe(0);
    // Issue 11 item 15: seed 000 has no bands and the default ones do not fit 200 base points — no grade until set.
    expect(THADS_LS.bandsUntilSet).toBe(true);
    expect(s.grade).toBeNull();
  });

  it('may be negative: 50 deductions of 5 give −50', () => {
    const s = scoreFramework(THADS_LS, { '1.1': [50, 5] });
    expect(s.total).toBe(-50);
    expect(s.grade).toBeNull();
  });

  it('may go above 200 with bonuses', () => {
    expect(scoreFramework(THADS_LS, { '3.2': [3, 10] }).total).toBe(230);
  });

  it('counts a row with bad inputs as 0 and reports it', () => {
    const s = scoreFramework(THADS_LS, { '1.1': [2, 5], '2.1': ['hai', 5] });
    expect(s.total).toBe(190);
    expect(s.errors.map((e) => e.id)).toEqual(['2.1']);
  });

  it('accepts typed self-scores per row', () => {
    const s = scoreFramework(THADS_LS, { '1.1': { selfScore: -12.5 }, '1.2': { selfScore: 5 } });
    expect(s.total).toBe(192.5);
  });

  it('agrees with occurrenceTotal for any counts and points (property)', () => {
    const row = fc.record({
      times: fc.integer({ min: 0, max: 500 }),
      points: fc.integer({ min: 0, max: 40 }).map((h) => h / 2),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 5, maxLength: 5 }), fc.array(row, { minLength: 5, maxLength: 5 }), (ded, bon) => {
        const answers: Record<string, number[]> = {};
        ded.forEach((r, i) => (answers[`${i + 1}.1`] = [r.times, r.points]));
        bon.forEach((r, i) => (answers[`${i + 1}.2`] = [r.times, r.points]));
        const s = scoreFramework(THADS_LS, answers);
        expect(s.errors).toEqual([]);
        expect(s.total).toBe(occurrenceTotal(ded, bon, 200));
      }),
    );
  });
});
