/**
 * Issue 13 item 4 — seed 000's quarters and year: one person's monthly THADS sheets, filled and typed as a user does,
 * rolled up through the same operation the task pane runs. Expectations computed by hand below.
 */
import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/sheet/a1';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { fillTemplate } from '../../src/sheet/operations';
import { bandCells, inputValueCol } from '../../src/sheet/plans/framework';
import { getTemplate } from '../../src/sheet/templates';
import { beforeText, levelFormula, planThadsYear, Q_BANDS, Q_COL, Q_ROW, solveThadsYear, type ThadsMonth } from '../../src/sheet/quarter';
import { buildYear } from '../../src/sheet/yearBuild';
import { periodInName } from '../../src/sheet/yearSources';

/** Month → occurrences typed: [criterion row id, times, points per time]. */
const YEAR: Readonly<Record<number, readonly [string, number, number][]>> = {
  1: [['1.1', 2, 5]], // −10 → 190
  2: [], // 200
  3: [['2.2', 1, 3]], // +3 → 203
  4: [['1.1', 1, 5]], // −5 → 195
  // 5: no sheet
  6: [['3.1', 3, 2], ['5.2', 2, 1]], // −6 +2 → 196
  7: [], // 200
  8: [['4.1', 2, 20]], // −40 → 160 (D with the bands below)
  9: [], // 200
  10: [], // 200
  11: [['2.1', 2, 2.5]], // −5 → 195
  // 12: no sheet
};
const BANDS = [195, 185, 170];

async function workbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const plan = getTemplate('thads-ls')!.plan({});
  for (const [m, rows] of Object.entries(YEAR)) {
    const r = await fillTemplate(wb, 'thads-ls', { name: 'Hoàng Văn Nam', unit: 'Chi cục THADS huyện Cao Lộc', month: Number(m), year: 2026 });
    if (!r.ok) throw new Error('fill');
    for (const [id, times, points] of rows) {
      const row = plan.layout.rowOf[id]!;
      wb.setValue(r.value.sheet, a1(row, inputValueCol(0)), times);
      wb.setValue(r.value.sheet, a1(row, inputValueCol(1)), points);
    }
    bandCells().forEach(([row, col], i) => wb.setValue(r.value.sheet, a1(row, col), BANDS[i]!));
  }
  return wb;
}

describe('THADS quarters and year (seed 000 §4.2) — a year with two quarters missing a month', () => {
  it('rolls the months up by seed 000’s own scoring of the period: 200 − all deductions + all bonuses', async () => {
    const wb = await workbook();
    const built = await buildYear(wb);
    if (!built.ok) throw new Error(built.error.message.en);
    const [t] = built.value.result.thads;
    expect(built.value.result.thads).toHaveLength(1);
    expect(t!.person).toBe('Hoàng Văn Nam');
    expect(t!.year).toBe(2026);
    expect(t!.method).toBe('occurrences');
    const q = t!.quarters.map((p) => [p.rollup.score, p.deductions, p.bonuses, p.rollup.missing, p.rollup.grade]);
    expect(q).toEqual([
      [193, 10, 3, [], 'HTTNV'], // 200 − 10 + 3
      [191, 11, 2, [5], 'HTTNV'], // 200 − 5 − 6 + 2, month 5 missing (not 0)
      [160, 40, 0, [], 'KHTNV'], // 200 − 40
      [195, 5, 0, [12], 'HTXSNV'], // 200 − 5, month 12 missing
    ]);
    expect([t!.whole.rollup.score, t!.whole.deductions, t!.whole.bonuses, t!.whole.rollup.missing]).toEqual([139, 66, 5, [5, 12]]); // 200 − 66 + 5
    expect(t!.whole.rollup.monthsGradedD).toEqual([8]);
    expect(t!.notes[0]!.vi).toBe('Chưa có phiếu tháng 5, 12: không tính vào kết quả (không coi là 0 điểm).');
  });

  it('writes Phụ lục 03: months, the period’s score, an adjusted-score input, the level formula, the deadline to the Cục', async () => {
    const wb = await workbook();
    const built = await buildYear(wb);
    if (!built.ok) throw new Error('build');
    const sheet = built.value.sheets[0]!.sheet;
    const cell = (r: number, c: number) => wb.sheet(sheet)!.cells.get(a1(r, c));
    const q2 = Q_ROW.first + 1;
    expect([cell(q2, Q_COL.month1)?.value, cell(q2, Q_COL.month1 + 1)?.value, cell(q2, Q_COL.month1 + 2)?.value]).toEqual([195, 'Thiếu tháng 5', 196]);
    expect(cell(q2, Q_COL.self)?.value).toBe(191);
    expect(String(cell(q2, Q_COL.notes)?.value)).toContain('Thiếu phiếu tháng 5 (không tính, không coi là 0 điểm); điểm tạm tính trên 2 tháng.');
    expect(cell(Q_ROW.first, Q_COL.deadline)?.value).toBe('trước ngày 05/04/2026');
    expect(cell(Q_ROW.first + 3, Q_COL.deadline)?.value).toBe('trước ngày 05/01/2027');
    expect(cell(Q_ROW.first + 4, Q_COL.deadline)?.value).toBe('trước ngày 05/01/2027');
    expect(cell(Q_ROW.first + 4, Q_COL.self)?.value).toBe(139);
    expect(cell(Q_ROW.first, Q_COL.adjusted)?.value).toBeNull();
    expect(cell(Q_ROW.first, Q_COL.level)?.formula).toBe(
      levelFormula(`IF(${a1(Q_ROW.first, Q_COL.adjusted)}<>"",${a1(Q_ROW.first, Q_COL.adjusted)},${a1(Q_ROW.first, Q_COL.self)})`, ['$D$7', '$F$7', '$H$7'], `AND(I10="",H10="")`),
    );
    // The bands of the monthly sheets are carried into the report.
    expect(Q_BANDS.map(([r, c]) => cell(r, c)?.value)).toEqual(BANDS);
  });

  it('built again: the same sheet is rewritten in place, the typed meeting score and a note below it kept', async () => {
    const wb = await workbook();
    const first = await buildYear(wb);
    if (!first.ok) throw new Error('build');
    const sheet = first.value.sheets[0]!.sheet;
    const cells = () => wb.sheet(sheet)!.cells;
    // The unit types the quarter I score after the meeting, and a line under the signatures.
    const adjusted = a1(Q_ROW.first, Q_COL.adjusted);
    wb.setValue(sheet, adjusted, 188);
    const sign = [...cells()].find(([, c]) => String(c.value).startsWith('NGƯỜI TỰ CHẤM ĐIỂM'))![0];
    const below = a1(Number(sign.slice(1)) + 1, 0);
    wb.setValue(sheet, below, 'Đã gửi Cục ngày 03/04/2026');
    // Months 5 (1.1 once × 5: 195) and 12 (200) arrive: quarter II = 200 − 5 − 6 + 2 − 5 = 186.
    const plan = getTemplate('thads-ls')!.plan({});
    for (const [month, times] of [[5, 1], [12, 0]] as const) {
      const r = await fillTemplate(wb, 'thads-ls', { name: 'Hoàng Văn Nam', unit: 'Chi cục THADS huyện Cao Lộc', month, year: 2026 });
      if (!r.ok) throw new Error('fill');
      wb.setValue(r.value.sheet, a1(plan.layout.rowOf['1.1']!, inputValueCol(0)), times);
      wb.setValue(r.value.sheet, a1(plan.layout.rowOf['1.1']!, inputValueCol(1)), 5);
      bandCells().forEach(([row, col], i) => wb.setValue(r.value.sheet, a1(row, col), BANDS[i]!));
    }
    const count = wb.sheets.length;
    const again = await buildYear(wb);
    if (!again.ok) throw new Error('build');
    expect(wb.sheets).toHaveLength(count);
    const out = again.value.sheets[0]!;
    expect([out.sheet, out.created, out.restyle]).toEqual([sheet, false, true]);
    expect(out.kept).toEqual([adjusted]);
    expect(cells().get(adjusted)?.value).toBe(188);
    expect(cells().get(a1(Q_ROW.first + 1, Q_COL.self))?.value).toBe(186);
    expect(cells().get(a1(Q_ROW.first + 4, Q_COL.self))?.value).toBe(134); // 139 − 5
    expect(cells().get(below)?.value).toBe('Đã gửi Cục ngày 03/04/2026');
    // The missing-months note is gone: the table moved up a row; what it printed below its new end is blanked.
    const newSign = [...cells()].find(([, c]) => String(c.value).startsWith('NGƯỜI TỰ CHẤM ĐIỂM'))![0];
    expect(Number(newSign.slice(1))).toBe(Number(sign.slice(1)) - 1);
    expect(cells().get(sign)?.value ?? '').toBe('');
    expect([...cells()].filter(([ref, c]) => c.value === 'Tháng 12').map(([ref]) => ref)).toHaveLength(1);
  });

  it('a blank Phụ lục 03 filled by hand for the same person and year is never taken for an earlier build', async () => {
    const wb = await workbook();
    const hand = await fillTemplate(wb, 'thads-nam', { name: 'Hoàng Văn Nam', unit: 'Chi cục THADS huyện Cao Lộc', year: 2026 });
    if (!hand.ok) throw new Error('fill');
    wb.setValue(hand.value.sheet, a1(Q_ROW.first, Q_COL.month1), 190);
    const built = await buildYear(wb);
    if (!built.ok) throw new Error('build');
    expect(built.value.sheets[0]!.created).toBe(true);
    expect(built.value.sheets[0]!.sheet).not.toBe(hand.value.sheet);
    expect(wb.sheet(hand.value.sheet)!.cells.get(a1(Q_ROW.first, Q_COL.month1))?.value).toBe(190);
    expect(wb.sheet(hand.value.sheet)!.cells.get(a1(Q_ROW.first + 4, Q_COL.month1))?.value).toBe('12 tháng');
  });

  it('the mean (DOMAIN.md Roll-up Decision) is available: months present only', () => {
    const m = (month: number, total: number): ThadsMonth => ({ source: `T${month}`, month, year: 2026, person: 'A', unit: 'U', total, deductions: 0, bonuses: 0, bandMins: BANDS });
    const t = solveThadsYear([m(1, 190), m(2, 200), m(3, 203), m(4, 195), m(6, 196)], { method: 'mean' });
    expect(t.quarters.map((p) => p.rollup.score)).toEqual([197.67, 195.5, null, null]); // 593/3; 391/2
    expect(t.quarters[2]!.rollup.missing).toEqual([7, 8, 9]);
    expect(t.whole.rollup.score).toBe(196.8); // 984/5
  });

  it('without a year the deadline is said in words, never an invented date', () => {
    const t = solveThadsYear([{ source: 'x', month: 1, year: null, person: 'A', unit: 'U', total: 190, deductions: 10, bonuses: 0, bandMins: null }]);
    expect(t.year).toBeNull();
    expect(beforeText(t.quarters[0]!.deadline)).toBe('trước ngày 05 của tháng đầu kỳ sau');
  });

  it('no bands on the sheets: no level, said so; two sheets for one month: the first is used, the other listed', () => {
    const m = (month: number, source: string, total: number): ThadsMonth => ({ source, month, year: 2026, person: 'A', unit: 'U', total, deductions: 0, bonuses: 0, bandMins: null });
    const t = solveThadsYear([m(1, 'a', 190), m(1, 'b', 150)]);
    expect(t.quarters[0]!.rollup.score).toBe(190);
    expect(t.quarters[0]!.rollup.grade).toBeNull();
    expect(t.notes.map((n) => n.vi)).toEqual([
      'Chưa có phiếu tháng 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12: không tính vào kết quả (không coi là 0 điểm).',
      'Tháng 1 có hai phiếu: dùng a, bỏ qua b.',
      'Chưa có thang xếp loại (văn bản không quy định): nhập điểm tối thiểu của A, B, C để xếp loại.',
    ]);
    const plan = planThadsYear(t);
    expect(plan.grid[Q_BANDS[0]![0]]![Q_BANDS[0]![1]]?.value).toBeNull();
  });

  it('reads the month from the sheet name the add-in writes, or a file name', () => {
    expect(periodInName('thads-ls Hoàng Văn Nam 03-2026')).toEqual({ month: 3, year: 2026 });
    expect(periodInName('thads-ls Nam 11-2026 (2)')).toEqual({ month: 11, year: 2026 });
    expect(periodInName('Tháng 7')).toEqual({ month: 7, year: null });
    expect(periodInName('thads-ls Nam 13-2026')).toEqual({ month: null, year: null });
    expect(periodInName('Bảng chấm điểm')).toEqual({ month: null, year: null });
    expect(periodInName('nam-thang-3')).toEqual({ month: 3, year: null });
    expect(periodInName('Lan T11')).toEqual({ month: 11, year: null });
    expect(periodInName('test5')).toEqual({ month: null, year: null }); // a "t" inside a word is not "tháng" 
  });
});
