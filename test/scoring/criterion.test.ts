import { describe, expect, it } from 'vitest';
import {
  checkSelfScore,
  findCriterion,
  flatten,
  isScorable,
  normalizeId,
  scoreCriterion,
  scoreFramework,
} from '../../src/scoring/criterion';
import { msg } from '../../src/scoring/messages';
import { levels } from '../../src/scoring/rules/levels';
import { narrative } from '../../src/scoring/rules/narrative';
import { occurrence } from '../../src/scoring/rules/occurrence';
import { points } from '../../src/scoring/rules/points';
import { ratio } from '../../src/scoring/rules/ratio';
import { survey } from '../../src/scoring/rules/survey';
import type { Criterion, Framework, GradeBand } from '../../src/scoring/types';

/** Bands scaled to a 10-point framework. */
const tenBands: GradeBand[] = [
  { code: 'HTXSNV', letter: 'A', min: 9 },
  { code: 'HTTNV', letter: 'B', min: 7 },
  { code: 'HTNV', letter: 'C', min: 5 },
  { code: 'KHTNV', letter: 'D', min: Number.NEGATIVE_INFINITY },
];
const thadsBands: GradeBand[] = [
  { code: 'HTXSNV', letter: 'A', min: 200 },
  { code: 'HTTNV', letter: 'B', min: 180 },
  { code: 'HTNV', letter: 'C', min: 150 },
  { code: 'KHTNV', letter: 'D', min: Number.NEGATIVE_INFINITY },
];

const yesHalfNo = levels([
  { label: 'Đầy đủ', points: 1 },
  { label: 'Một phần', points: 0.5 },
  { label: 'Không', points: 0 },
]);
const noAudit = { key: 'khong-kien-nghi', label: msg('Không có kiến nghị kiểm toán', 'No audit recommendations'), points: 0.5 };
const firstYear = { key: 'nam-dau', label: msg('Năm đầu đánh giá', 'First year'), points: 'max' as const };

// 5 (6) ─ 5.5 (4) ─ 5.5.1 ratio (2), 5.5.2 ratio (2)
//       ─ 5.6 levels (1), 5.7 points (1)
// 6 (4) ─ 6.1 survey (4)
// N narrative
const tiny: Framework = {
  id: 'tiny',
  title: msg('Khung thử', 'Test framework'),
  source: 'hand-made',
  audience: msg('Thử', 'Test'),
  scoring: 'sum',
  totalMax: 10,
  bands: tenBands,
  bandsAreDefault: true,
  criteria: [
    {
      id: '5',
      title: 'Năm',
      maxPoints: 6,
      children: [
        {
          id: '5.5',
          title: 'Năm năm',
          maxPoints: 4,
          children: [
            { id: '5.5.1', title: 'Tỷ lệ 1', maxPoints: 2, rule: ratio({ threshold: 0.5 }) },
            { id: '5.5.2', title: 'Tỷ lệ 2', maxPoints: 2, rule: ratio({ threshold: 0.5 }) },
          ],
        },
        { id: '5.6', title: 'Mức', maxPoints: 1, rule: yesHalfNo },
        { id: '5.7', title: 'Điểm', maxPoints: 1, rule: points() },
      ],
    },
    { id: '6', title: 'Sáu', maxPoints: 4, children: [{ id: '6.1', title: 'XHH', maxPoints: 4, rule: survey() }] },
    { id: 'N', title: 'Nhận xét', maxPoints: null, rule: narrative() },
  ],
};

const thads: Framework = {
  id: 'thads-tiny',
  title: msg('THADS thử', 'THADS test'),
  source: 'hand-made',
  audience: msg('Thử', 'Test'),
  scoring: 'base',
  base: 200,
  totalMax: null,
  bands: thadsBands,
  bandsAreDefault: true,
  criteria: [
    {
      id: 'I',
      title: 'Điểm trừ',
      maxPoints: null,
      children: [
        { id: 'I.1', title: 'Trừ 5', maxPoints: null, rule: occurrence({ sign: 'deduction', pointsPerTime: 5 }) },
        { id: 'I.2', title: 'Trừ theo bảng', maxPoints: null, rule: occurrence({ sign: 'deduction', pointsPerTime: null }) },
      ],
    },
    {
      id: 'II',
      title: 'Điểm thưởng',
      maxPoints: null,
      children: [{ id: 'II.1', title: 'Thưởng 2', maxPoints: null, rule: occurrence({ sign: 'bonus', pointsPerTime: 2 }) }],
    },
  ],
};

const node = (fw: Framework, id: string): Criterion => {
  const found = findCriterion(fw, id);
  if (!found) throw new Error(`no ${id}`);
  return found.node;
};

describe('criterion — arguments', () => {
  it('normalizeId: trailing dot, spaces and case do not matter', () => {
    expect(normalizeId('5.5.4.6.')).toBe('5.5.4.6');
    expect(normalizeId(' 5.5.4.6 ')).toBe('5.5.4.6');
    expect(normalizeId('ii.1')).toBe('II.1');
  });
  it('isScorable: leaves with a rule and a maximum, or an unbounded rule; not parents nor narrative', () => {
    expect(isScorable(node(tiny, '5.5.1'))).toBe(true);
    expect(isScorable(node(tiny, '5.5'))).toBe(false);
    expect(isScorable(node(tiny, 'N'))).toBe(false);
    expect(isScorable(node(thads, 'I.1'))).toBe(true);
    expect(isScorable({ id: 'x', title: 'x', maxPoints: null, rule: points() })).toBe(false);
  });
});

describe('criterion — normal cases', () => {
  it('flatten: depth first, in the order of the table, with parent and depth', () => {
    expect(flatten(tiny).map((p) => [p.node.id, p.parentId, p.depth])).toEqual([
      ['5', null, 0],
      ['5.5', '5', 1],
      ['5.5.1', '5.5', 2],
      ['5.5.2', '5.5', 2],
      ['5.6', '5', 1],
      ['5.7', '5', 1],
      ['6', null, 0],
      ['6.1', '6', 1],
      ['N', null, 0],
    ]);
  });
  it('findCriterion: by id as printed, "5.5." included', () => {
    expect(findCriterion(tiny, '5.5.')).toMatchObject({ node: { id: '5.5' }, parentId: '5', depth: 1 });
    expect(findCriterion(tiny, '5.5')?.node.id).toBe('5.5');
    expect(findCriterion(tiny, ' 5.5.1 ')?.node.id).toBe('5.5.1');
    expect(findCriterion(tiny, 'n')?.node.id).toBe('N');
    expect(findCriterion(thads, 'ii.1.')?.parentId).toBe('II');
  });
  it('scoreFramework: a parent is the sum of its children\'s rounded points', () => {
    const r = scoreFramework(tiny, {
      '5.5.1': [2, 3], // 2 × 2/3 = 1.333… → 1.33
      '5.5.2.': [2, 3], // same, answered with a trailing dot → 1.33
      '5.6': ['0,5'],
      '5.7': { selfScore: 0.75 },
      '6.1': [0, 0, 1, 1, 0], // (3 + 4) / 2 = 3.5
    });
    // 5.5 = 1.33 + 1.33 = 2.66 (not round(2.666…) = 2.67)
    expect(r.nodes.get('5.5.1')).toEqual({ id: '5.5.1', maxPoints: 2, points: 1.33 });
    expect(r.nodes.get('5.5.2')?.points).toBe(1.33);
    expect(r.nodes.get('5.5')?.points).toBe(2.66);
    // 5 = 2.66 + 0.5 + 0.75 = 3.91
    expect(r.nodes.get('5')).toEqual({ id: '5', maxPoints: 6, points: 3.91 });
    expect(r.nodes.get('6')?.points).toBe(3.5);
    expect(r.nodes.get('N')).toEqual({ id: 'N', maxPoints: null, points: null });
    // 3.91 + 3.5 = 7.41 → B on the 10-point bands
    expect(r.total).toBe(7.41);
    expect(r.grade).toBe('HTTNV');
    expect(r.frameworkId).toBe('tiny');
    expect(r.unanswered).toEqual([]);
    expect(r.errors).toEqual([]);
  });
  it('scoreFramework: full answers give the maximum and grade A', () => {
    const r = scoreFramework(tiny, {
      '5.5.1': [5, 5],
      '5.5.2': [5, 5],
      '5.6': ['Đầy đủ'],
      '5.7': [1],
      '6.1': [0, 0, 0, 0, 9],
    });
    expect(r.total).toBe(10);
    expect(r.grade).toBe('HTXSNV');
  });
  it('scoreFramework, base framework: total = base + Σ (negative deductions, positive bonuses)', () => {
    const r = scoreFramework(thads, { 'I.1': [2], 'I.2': [1, 3], 'II.1': [3] });
    // I = −10 − 3 = −13; II = +6; 200 − 13 + 6 = 193
    expect(r.nodes.get('I')?.points).toBe(-13);
    expect(r.nodes.get('II')?.points).toBe(6);
    expect(r.total).toBe(193);
    expect(r.grade).toBe('HTTNV');
  });
  it('checkSelfScore: an allowed value is accepted and rounded', () => {
    expect(checkSelfScore(node(tiny, '5.6'), 0.5)).toEqual({ ok: true, value: 0.5 });
    expect(checkSelfScore(node(tiny, '5.5.1'), 1.33)).toEqual({ ok: true, value: 1.33 });
    expect(checkSelfScore(node(tiny, '5.5.1'), 0)).toEqual({ ok: true, value: 0 });
    expect(checkSelfScore(node(tiny, '5.7'), 0.754)).toEqual({ ok: true, value: 0.75 });
    expect(checkSelfScore(node(thads, 'I.1'), -250)).toEqual({ ok: true, value: -250 });
  });
  it('scoreCriterion: a special case fixes the points when the other inputs are blank', () => {
    const leaf: Criterion = { id: '7.3', title: 'x', maxPoints: 2, rule: ratio({ threshold: 0.8 }, [noAudit, firstYear]) };
    expect(scoreCriterion(leaf, ['khong-kien-nghi'])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf, ['No audit recommendations', null])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(leaf, ['Năm đầu đánh giá'])).toEqual({ ok: true, value: 2 });
    expect(scoreCriterion(leaf, [9, 10])).toEqual({ ok: true, value: 1.8 });
  });
});

describe('criterion — boundaries', () => {
  it('scoreFramework: unanswered leaves count 0 and are listed, in table order', () => {
    const r = scoreFramework(tiny, { '5.5.1': [2, 2], '5.6': ['', null], '5.7': [] });
    expect(r.unanswered).toEqual(['5.5.2', '5.6', '5.7', '6.1']);
    expect(r.nodes.get('5.5.2')).toEqual({ id: '5.5.2', maxPoints: 2, points: null });
    expect(r.nodes.get('5.5')?.points).toBe(2);
    expect(r.nodes.get('6')?.points).toBe(0);
    expect(r.total).toBe(2);
    expect(r.grade).toBe('KHTNV');
    expect(r.errors).toEqual([]);
  });
  it('scoreFramework: the narrative leaf is never "unanswered"', () => {
    expect(scoreFramework(tiny, {}).unanswered).not.toContain('N');
  });
  it('scoreFramework: an empty answer set scores 0', () => {
    const r = scoreFramework(tiny, {});
    expect(r.total).toBe(0);
    expect(r.unanswered).toHaveLength(5);
  });
  it('scoreFramework, base framework: a negative total stays negative', () => {
    const r = scoreFramework(thads, { 'I.1': [50] });
    // 200 − 250 = −50
    expect(r.total).toBe(-50);
    expect(r.grade).toBe('KHTNV');
    expect(r.unanswered).toEqual(['I.2', 'II.1']);
  });
  it('scoreFramework, base framework with nothing answered gives the base', () => {
    expect(scoreFramework(thads, {}).total).toBe(200);
  });
  it('scoreFramework, narrative framework: no grade', () => {
    const fw: Framework = { ...tiny, id: 'nd', scoring: 'narrative', totalMax: null, criteria: [tiny.criteria[2]!] };
    const r = scoreFramework(fw, {});
    expect(r.grade).toBeNull();
    expect(r.total).toBe(0);
  });
  it('checkSelfScore: the maximum within 1e-9 and special-case points are accepted', () => {
    expect(checkSelfScore(node(tiny, '5.7'), 1 + 1e-10)).toEqual({ ok: true, value: 1 });
    const leaf: Criterion = { id: '7.3', title: 'x', maxPoints: 2, rule: ratio({ threshold: 0.8 }, [noAudit]) };
    // 0.5 is below 0.8 × 2 = 1.6 but is the special case's points
    expect(checkSelfScore(leaf, 0.5)).toEqual({ ok: true, value: 0.5 });
    expect(checkSelfScore(leaf, 1.6)).toEqual({ ok: true, value: 1.6 });
  });
});

describe('criterion — bad input', () => {
  it('scoreFramework: errors are listed and count 0', () => {
    const r = scoreFramework(tiny, {
      '5.5.1': [2, 0], // target 0 → div0
      '5.5.2': [2, 2],
      '5.6': ['Có lẽ'], // not an outcome → value
      '5.7': { selfScore: 1.5 }, // above max → value
      '6.1': [0, 0, 0, 0, 0], // B = 0 → div0
    });
    expect(r.errors.map((e) => [e.id, e.error.code])).toEqual([
      ['5.5.1', 'div0'],
      ['5.6', 'value'],
      ['5.7', 'value'],
      ['6.1', 'div0'],
    ]);
    expect(r.nodes.get('5.5.1')).toMatchObject({ points: null, error: { code: 'div0' } });
    expect(r.nodes.get('5.5')?.points).toBe(2);
    expect(r.total).toBe(2);
    expect(r.unanswered).toEqual([]);
  });
  it('findCriterion: an unknown id is undefined', () => {
    expect(findCriterion(tiny, '9')).toBeUndefined();
    expect(findCriterion(tiny, '5.5.3')).toBeUndefined();
  });
  it('checkSelfScore E6: above the maximum or below 0 (value)', () => {
    const above = checkSelfScore(node(tiny, '5.6'), 1.5);
    expect(above).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(above.ok === false && above.error.message.vi).toContain('ngoài khoảng 0–1');
    expect(checkSelfScore(node(tiny, '5.7'), -0.5)).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(checkSelfScore(node(tiny, '5.7'), 1.01)).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('checkSelfScore E6: a value the rule cannot give (value), listing the allowed ones', () => {
    const r = checkSelfScore(node(tiny, '5.6'), 0.7);
    expect(r).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(r.ok === false && r.error.message.vi).toContain('0; 0,5; 1');
    expect(r.ok === false && r.error.message.en).toContain('0; 0.5; 1');
    // ratio with threshold 50% of 2: nothing strictly between 0 and 1
    expect(checkSelfScore(node(tiny, '5.5.1'), 0.5)).toMatchObject({ ok: false, error: { code: 'value' } });
    // a deduction cannot be positive
    expect(checkSelfScore(node(thads, 'I.1'), 5)).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('checkSelfScore: NaN and infinity (value)', () => {
    expect(checkSelfScore(node(tiny, '5.7'), Number.NaN)).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(checkSelfScore(node(thads, 'I.1'), Number.NEGATIVE_INFINITY)).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('checkSelfScore and scoreCriterion: parents and narrative fields are not scorable (na)', () => {
    expect(checkSelfScore(node(tiny, '5.5'), 1)).toMatchObject({ ok: false, error: { code: 'na' } });
    expect(checkSelfScore(node(tiny, 'N'), 0)).toMatchObject({ ok: false, error: { code: 'na' } });
    expect(scoreCriterion(node(tiny, '5'), [1])).toMatchObject({ ok: false, error: { code: 'na' } });
  });
  it('scoreCriterion: a special-case key with other inputs given is read as a number (value)', () => {
    const leaf: Criterion = { id: '7.3', title: 'x', maxPoints: 2, rule: ratio({ threshold: 0.8 }, [noAudit]) };
    expect(scoreCriterion(leaf, ['khong-kien-nghi', 10])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
});
