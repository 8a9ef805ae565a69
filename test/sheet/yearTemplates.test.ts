/**
 * The blank quarter/year forms of the gallery, filled by hand: their native formulas (HyperFormula, as Excel computes
 * them) give the same results as the core's roll-up for the same months. Hand-computed expectations.
 */
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { rollupPeriod, YEAR_MONTHS } from '../../src/scoring';
import { Q_BANDS, Q_COL, Q_ROW } from '../../src/sheet/quarter';
import { getTemplate } from '../../src/sheet/templates';
import type { CellValue, SheetPlan } from '../../src/sheet/types';
import { Y_COL, Y_ROW } from '../../src/sheet/year';

function compute(plan: SheetPlan, typed: readonly [number, number, CellValue][]): (r: number, c: number) => unknown {
  const grid: (string | number | boolean | null)[][] = plan.grid.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? null));
  for (const [r, c, v] of typed) grid[r]![c] = v;
  const hf = HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3' });
  return (r, c) => hf.getCellValue({ sheet: 0, row: r, col: c });
}

describe('thads-nam, the blank Phụ lục 03', () => {
  const plan = getTemplate('thads-nam')!.plan({ name: 'Hoàng Văn Nam', year: 2026 });
  it('scores each quarter and the year from the typed months: 200 − deductions + bonuses, blanks not counted', () => {
    const q1 = Q_ROW.first;
    const typed: [number, number, CellValue][] = [
      [q1, Q_COL.month1, 190],
      [q1, Q_COL.month1 + 2, 203], // month 2 left blank
      [q1 + 1, Q_COL.month1, 195],
      ...Q_BANDS.map(([r, c], i): [number, number, CellValue] => [r, c, [195, 185, 170][i]!]),
    ];
    const at = compute(plan, typed);
    expect(at(q1, Q_COL.self)).toBe(193); // 200 − 10 + 3
    expect(at(q1 + 1, Q_COL.self)).toBe(195);
    expect(at(q1 + 2, Q_COL.self)).toBe('');
    expect(at(q1 + 4, Q_COL.self)).toBe(188); // 200 − 10 + 3 − 5
    expect(at(q1, Q_COL.level)).toBe('Hoàn thành tốt nhiệm vụ');
    expect(at(q1 + 4, Q_COL.level)).toBe('Hoàn thành tốt nhiệm vụ');
    const core = rollupPeriod(new Map([[1, 190], [3, 203], [4, 195]]), YEAR_MONTHS, { method: 'occurrences', base: 200 });
    expect(core.score).toBe(188);
    expect(plan.grid[q1]![Q_COL.deadline]?.value).toBe('trước ngày 05/04/2026');
  });
  it('the score after the meeting (Bước 2–3), once typed, is what the level follows', () => {
    const q1 = Q_ROW.first;
    const at = compute(plan, [[q1, Q_COL.month1, 190], [q1, Q_COL.adjusted, 160], ...Q_BANDS.map(([r, c], i): [number, number, CellValue] => [r, c, [195, 185, 170][i]!])]);
    expect(at(q1, Q_COL.self)).toBe(190);
    expect(at(q1, Q_COL.level)).toBe('Không hoàn thành nhiệm vụ');
  });
  it('without bands: "Chưa có thang xếp loại"', () => {
    const at = compute(plan, [[Q_ROW.first, Q_COL.month1, 190]]);
    expect(at(Q_ROW.first, Q_COL.level)).toBe('Chưa có thang xếp loại');
  });
});

describe('hn-nam, the blank year', () => {
  it('grades each month and the year as the mean of the months typed', () => {
    const plan = getTemplate('hn-nam')!.plan({ name: 'Trần Thị Lan', year: 2026 });
    const at = compute(plan, [
      [Y_ROW.first, Y_COL.score, 95],
      [Y_ROW.first + 1, Y_COL.score, 45],
      [Y_ROW.first + 2, Y_COL.score, 86],
    ]);
    expect([at(Y_ROW.first, Y_COL.grade), at(Y_ROW.first + 1, Y_COL.grade), at(Y_ROW.first + 3, Y_COL.grade)]).toEqual(['A', 'D', '']);
    expect(at(Y_ROW.first + 12, Y_COL.score)).toBe(75.33); // 226 / 3
    expect(at(Y_ROW.first + 12, Y_COL.grade)).toBe('B');
  });
});
