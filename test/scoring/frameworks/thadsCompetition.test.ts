/** The THADS competition example (seed 001): its shape, its brackets, and eight offices ranked by the same ranking. */
import { describe, expect, it } from 'vitest';
import { findCriterion, rankUnits, scoreCriterion, THADS_COMPETITION } from '../../../src/scoring';
import { a1 } from '../../../src/sheet/a1';
import { MemoryWorkbook } from '../../../src/sheet/memoryHost';
import { fillTemplate } from '../../../src/sheet/operations';
import { COL, inputValueCol, planFramework } from '../../../src/sheet/plans/framework';
import { planRanking, rankSections, RANK_COL, RANK_ROW, unitEntryOf, type UnitEntry } from '../../../src/sheet/rank';
import { getTemplate } from '../../../src/sheet/templates';

const score = (id: string, ...raws: (number | string)[]) => {
  const r = scoreCriterion(findCriterion(THADS_COMPETITION, id)!.node, raws);
  return r.ok ? r.value : r.error.code;
};

describe('thads-thi-dua (an example in the shape of seed 001)', () => {
  it('has Phần A (enforcement results, 70) and Phần B (other work, 30), says it is an example, and is in the gallery', () => {
    expect(THADS_COMPETITION.criteria.map((c) => [c.id, c.maxPoints])).toEqual([['A', 70], ['B', 30]]);
    expect(THADS_COMPETITION.title.vi).toContain('ví dụ');
    expect(getTemplate('thads-thi-dua')?.title.vi).toContain('ví dụ');
  });

  it('gives the bonus of "giảm việc", "giảm tiền" by the bracket of % above target (from 1% = 1, 5% = 2, 10% = 3, 20% = 5)', () => {
    expect([score('A.5', 0), score('A.5', 0.009), score('A.5', 0.01), score('A.5', 0.049), score('A.5', 0.05), score('A.5', 0.12), score('A.5', 0.2), score('A.5', 0.75)]).toEqual([0, 0, 1, 1, 2, 3, 5, 5]);
    expect(score('A.6', -0.1)).toBe(0);
    expect(score('A.1', 790, 1000)).toBe(0); // under 80% of the target
    expect(score('A.1', 800, 1000)).toBe(16);
    expect(score('A.1', 1100, 1000)).toBe(20); // capped at the maximum
  });
});

/** [unit, A.1 cases done/target, A.2 %, A.3 money done/target, A.4 %, A.5 %, A.6 %, A.7, B.1–B.5, total by hand] */
type Office = readonly [string, readonly [number, number], number, readonly [number, number], number, number, number, number, readonly number[], number];
const OFFICES: readonly Office[] = [
  ['Cục THADS tỉnh Lạng Sơn', [900, 1000], 0, [95, 100], 0, 0.12, 0.25, 10, [6, 6, 6, 6, 6], 85], // 18 + 0 + 19 + 0 + 3 + 5 + 10 + 30
  ['Chi cục THADS huyện Tràng Định', [1100, 1000], 0.1, [100, 100], 0.05, 0.01, 0.009, 5, [6, 3, 6, 6, 3], 75], // 20 + 3 + 20 + 2 + 1 + 0 + 5 + 24
  ['Chi cục THADS huyện Văn Lãng', [790, 1000], 0, [80, 100], 0, 0.2, 0.2, 10, [6, 6, 6, 6, 6], 66], // 0 + 0 + 16 + 0 + 5 + 5 + 10 + 30
  ['Chi cục THADS huyện Bình Gia', [850, 1000], 0, [90, 100], 0, 0.05, 0.1, 10, [6, 6, 3, 3, 6], 74], // 17 + 18 + 2 + 3 + 10 + 24
  ['Chi cục THADS huyện Bắc Sơn', [1000, 1000], 0.049, [85, 100], 0, 0.05, 0, 5, [3, 3, 3, 3, 3], 60], // 20 + 1 + 17 + 2 + 5 + 15
  ['Chi cục THADS huyện Cao Lộc', [800, 1000], 0, [100, 100], 0.2, 0.1, 0.05, 5, [6, 3, 3, 3, 3], 69], // 16 + 20 + 5 + 3 + 2 + 5 + 18
  ['Chi cục THADS huyện Lộc Bình', [1000, 1000], 0.2, [90, 100], 0, 0.05, 0.05, 10, [6, 3, 3, 3, 3], 75], // 20 + 5 + 18 + 2 + 2 + 10 + 18
  ['Chi cục THADS huyện Hữu Lũng', [950, 1000], 0, [95, 100], 0, 0.12, 0.01, 5, [6, 6, 6, 3, 6], 74], // 19 + 19 + 3 + 1 + 5 + 27
  ['Chi cục THADS huyện Chi Lăng', [700, 1000], 0, [70, 100], 0, 0, 0, 0, [3, 3, 3, 3, 3], 15],
];

async function officeEntry(o: Office): Promise<UnitEntry> {
  const wb = new MemoryWorkbook();
  wb.addSheet('Sheet1');
  const r = await fillTemplate(wb, 'thads-thi-dua', { unit: o[0], year: 2024 });
  if (!r.ok) throw new Error('fill');
  const rows = planFramework(THADS_COMPETITION).layout.rowOf;
  const put = (id: string, col: number, v: number) => wb.setValue(r.value.sheet, a1(rows[id]!, col), v);
  const [, cases, a2, money, a4, a5, a6, a7, b] = o;
  put('A.1', inputValueCol(0), cases[0]);
  put('A.1', inputValueCol(1), cases[1]);
  put('A.3', inputValueCol(0), money[0]);
  put('A.3', inputValueCol(1), money[1]);
  (
    [
      ['A.2', a2],
      ['A.4', a4],
      ['A.5', a5],
      ['A.6', a6],
    ] as const
  ).forEach(([id, v]) => put(id, inputValueCol(0), v));
  put('A.7', COL.self, a7);
  b.forEach((v, i) => put(`B.${i + 1}`, COL.self, v));
  const e = unitEntryOf(THADS_COMPETITION, wb.snapshot(r.value.sheet), `${o[0]}.xlsx`);
  if (!e.ok) throw new Error(e.error.message.en);
  return e.value;
}

describe('a competition of nine THADS offices', () => {
  it('scores each office from its inputs and ranks them in competition style', async () => {
    const entries = await Promise.all(OFFICES.map(officeEntry));
    entries.forEach((e, i) => expect(e.self, e.unit).toBe(OFFICES[i]![9]));
    const r = rankUnits(entries);
    expect(r.rankedBy).toBe('self');
    expect(r.rows.map((x) => [x.entry.unit.replace(/^Chi cục THADS huyện |^Cục THADS tỉnh /, ''), x.rank, x.score])).toEqual([
      ['Lạng Sơn', 1, 85],
      ['Lộc Bình', 2, 75],
      ['Tràng Định', 2, 75],
      ['Bình Gia', 4, 74],
      ['Hữu Lũng', 4, 74],
      ['Cao Lộc', 6, 69],
      ['Văn Lãng', 7, 66],
      ['Bắc Sơn', 8, 60],
      ['Chi Lăng', 9, 15],
    ]);
    const cuc = r.rows[0]!.entry;
    expect(Object.fromEntries(cuc.sections.map((s) => [s.id, s.self]))).toEqual({ A: 55, 'A.1': 18, 'A.2': 0, 'A.3': 19, 'A.4': 0, 'A.5': 3, 'A.6': 5, 'A.7': 10, B: 30, 'B.1': 6, 'B.2': 6, 'B.3': 6, 'B.4': 6, 'B.5': 6 });
    const plan = planRanking(THADS_COMPETITION, r, { unit: 'Cục THADS tỉnh Lạng Sơn', year: 2024 });
    expect(rankSections(THADS_COMPETITION)).toHaveLength(14);
    expect(plan.grid[RANK_ROW.header]![RANK_COL.firstSection]?.value).toBe('A\n(70 điểm)');
    expect(plan.grid[RANK_ROW.first + 8]![RANK_COL.unit]?.value).toBe('Chi cục THADS huyện Chi Lăng');
  });
});
