import { describe, expect, it } from 'vitest';
import { largestDifferences, rankedByOf, rankUnits } from '../../src/scoring';

const u = (unit: string, self: number, appraised: number | null = null) => ({ key: unit, unit, self, appraised });

describe('rankUnits', () => {
  it('ranks in competition style: ties share a rank, the next rank skips (1, 2, 2, 4)', () => {
    const r = rankUnits([u('D', 70), u('B', 80), u('A', 90), u('C', 80)]);
    expect(r.rankedBy).toBe('self');
    expect(r.rows.map((x) => [x.entry.unit, x.rank])).toEqual([['A', 1], ['B', 2], ['C', 2], ['D', 4]]);
    expect(r.ties.map((g) => g.map((e) => e.unit))).toEqual([['B', 'C']]);
  });

  it('ranks by the appraised total only when every unit has one', () => {
    const all = rankUnits([u('A', 90, 60), u('B', 80, 85)]);
    expect(all.rankedBy).toBe('appraised');
    expect(all.rows.map((x) => [x.entry.unit, x.rank, x.score])).toEqual([['B', 1, 85], ['A', 2, 60]]);
    const some = rankUnits([u('A', 90, 60), u('B', 80, null)]);
    expect(some.rankedBy).toBe('self');
    expect(some.rows.map((x) => x.entry.unit)).toEqual(['A', 'B']);
    expect(rankedByOf([])).toBe('self');
  });

  it('compares totals as printed (2 decimals): 89.995 ties 90; equal totals in Vietnamese name order', () => {
    const r = rankUnits([u('Xã Đông', 89.995), u('Xã Dũng', 90), u('Xã An', 50), u('Xã Ba', 50), u('Xã Ca', 50)]);
    expect(r.rows.map((x) => [x.entry.unit, x.rank])).toEqual([['Xã Dũng', 1], ['Xã Đông', 1], ['Xã An', 3], ['Xã Ba', 3], ['Xã Ca', 3]]);
    expect(r.ties).toHaveLength(2);
    expect(r.ties[1]!.map((e) => e.unit)).toEqual(['Xã An', 'Xã Ba', 'Xã Ca']);
  });

  it('keeps two units of one name as two rows; an empty batch is an empty ranking', () => {
    const r = rankUnits([{ key: 'a.xlsx', unit: 'Xã A', self: 5, appraised: null }, { key: 'b.xlsx', unit: 'Xã A', self: 5, appraised: null }]);
    expect(r.rows.map((x) => [x.entry.key, x.rank])).toEqual([['a.xlsx', 1], ['b.xlsx', 1]]);
    expect(rankUnits([]).rows).toEqual([]);
  });
});

describe('largestDifferences', () => {
  it('lists changed criteria, largest change first, equal changes in table order; blanks are no difference', () => {
    const d = largestDifferences([
      { id: '1', self: 1, appraised: 1 },
      { id: '2', self: 2, appraised: 0 },
      { id: '3', self: 0.5, appraised: 1 },
      { id: '4', self: 1, appraised: null },
      { id: '5', self: 2, appraised: 1.5 },
      { id: '6', self: 0.1 + 0.2, appraised: 0.3 },
    ]);
    expect(d).toEqual([
      { id: '2', self: 2, appraised: 0, change: -2 },
      { id: '3', self: 0.5, appraised: 1, change: 0.5 },
      { id: '5', self: 2, appraised: 1.5, change: -0.5 },
    ]);
    expect(largestDifferences([{ id: '2', self: 2, appraised: 0 }, { id: '3', self: 1, appraised: 0 }], 1).map((x) => x.id)).toEqual(['2']);
  });
});
