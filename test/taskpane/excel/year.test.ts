/**
 * "Tổng hợp năm / quý" through the real Office.js adapter on the strict Excel simulator: monthly THADS and Hà Nội
 * sheets filled through the adapter and typed into as a user does, then one read and one write; a Decree 90 form the
 * person already started is prefilled around what they typed.
 */
import { describe, expect, it } from 'vitest';
import { a1 } from '../../../src/sheet/a1';
import { fillTemplate } from '../../../src/sheet/operations';
import { bandCells, inputValueCol } from '../../../src/sheet/plans/framework';
import { HN_CELL, kpiValueCol } from '../../../src/sheet/plans/hnMonthly';
import { ND90_CELL } from '../../../src/sheet/plans/nd90Form';
import { Q_BANDS, Q_COL, Q_ROW } from '../../../src/sheet/quarter';
import { getTemplate } from '../../../src/sheet/templates';
import { nd90LevelCell } from '../../../src/sheet/year';
import { buildYear } from '../../../src/sheet/yearBuild';
import { createOfficeHost } from '../../../src/taskpane/excel/officeHost';
import { ExcelSimulator, SimSheet, SimWorkbook, customFunctionNames, profile } from '../../support/excelSim';

describe.each([profile('desktop'), profile('web')].map((p) => [p.label, p] as const))('%s: buildYear', (_label, p) => {
  it('writes Phụ lục 03, the year and the prefilled Decree 90 form in one read and one write', async () => {
    const sim = new ExcelSimulator({ profile: p, workbook: new SimWorkbook([new SimSheet('Sheet1')]), customFunctions: customFunctionNames() });
    const host = createOfficeHost(sim.run, { supports: sim.isSetSupported });
    const thadsRow = getTemplate('thads-ls')!.plan({}).layout.rowOf['1.1']!;
    // THADS months 1–3: 1.1 deducted 0, 1 and 4 times × 5 → 200, 195, 180; quarter I = 200 − 25 = 175.
    for (const [month, times] of [[1, 0], [2, 1], [3, 4]] as const) {
      const r = await fillTemplate(host, 'thads-ls', { name: 'Hoàng Văn Nam', month, year: 2026 });
      if (!r.ok) throw new Error('fill');
      const s = sim.workbook.sheet(r.value.sheet);
      s.put(thadsRow, inputValueCol(0), times);
      s.put(thadsRow, inputValueCol(1), 5);
      bandCells().forEach(([row, col], i) => s.put(row, col, [195, 185, 170][i]!));
    }
    // Hà Nội months 1–2: KPI parts 100% and 50% → 100 and 65; the year 82.5 → B.
    const kpiRow = getTemplate('hn-m03')!.plan({}).layout.rowOf['II']!;
    for (const [month, part] of [[1, 1], [2, 0.5]] as const) {
      const r = await fillTemplate(host, 'hn-m03', { name: 'Trần Thị Lan', month, year: 2026 });
      if (!r.ok) throw new Error('fill');
      const s = sim.workbook.sheet(r.value.sheet);
      for (let i = 0; i < 3; i++) s.put(kpiRow, kpiValueCol(i), part);
      s.put(HN_CELL.selfGrade[0], HN_CELL.selfGrade[1], 'Hoàn thành tốt nhiệm vụ');
    }
    const form = await fillTemplate(host, 'nd90-m02', { name: 'Trần Thị Lan', year: 2026 });
    if (!form.ok) throw new Error('fill');
    sim.workbook.sheet(form.value.sheet).put(ND90_CELL.post[0], ND90_CELL.post[1], 'Chuyên viên chính');

    const from = sim.syncs.length;
    const built = await buildYear(host);
    expect(sim.syncs.length - from).toBeLessThanOrEqual(2);
    if (!built.ok) throw new Error(built.error.message.en);
    expect(built.value.result.thads[0]!.quarters[0]!.rollup.score).toBe(175);
    expect(built.value.result.hn[0]!.rollup.score).toBe(82.5);

    const report = sim.workbook.sheet(built.value.sheets[0]!.sheet);
    expect(report.cell(Q_ROW.first, Q_COL.self)?.value).toBe(175);
    expect(report.cell(Q_ROW.first, Q_COL.deadline)?.value).toBe('trước ngày 05/04/2026');
    expect(report.cell(Q_ROW.first, Q_COL.level)?.formula).toMatch(/^=IF\(AND\(I10="",H10=""\),"",/);
    const into = built.value.sheets.find((s) => s.sheet === form.value.sheet)!;
    expect(into.created).toBe(false);
    const nd90 = sim.workbook.sheet(form.value.sheet);
    const level = nd90LevelCell(into.plan)!;
    const at = (ref: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      return nd90.cell(Number(m[2]) - 1, m[1]!.charCodeAt(0) - 65);
    };
    expect(at(level)?.value).toBe('Hoàn thành tốt nhiệm vụ');
    expect(nd90.cell(ND90_CELL.post[0], ND90_CELL.post[1])?.value).toBe('Chuyên viên chính');
    expect(at(a1(ND90_CELL.name[0], ND90_CELL.name[1]))?.value).toBe('Trần Thị Lan');
  });

  it('built again: Phụ lục 03 rewritten in place, the typed meeting score kept, no new sheet, at most 2 syncs', async () => {
    const sim = new ExcelSimulator({ profile: p, workbook: new SimWorkbook([new SimSheet('Sheet1')]), customFunctions: customFunctionNames() });
    const host = createOfficeHost(sim.run, { supports: sim.isSetSupported });
    const thadsRow = getTemplate('thads-ls')!.plan({}).layout.rowOf['1.1']!;
    const month = async (m: number, times: number, bands = [195, 185, 170]) => {
      const r = await fillTemplate(host, 'thads-ls', { name: 'Hoàng Văn Nam', month: m, year: 2026 });
      if (!r.ok) throw new Error('fill');
      const s = sim.workbook.sheet(r.value.sheet);
      s.put(thadsRow, inputValueCol(0), times);
      s.put(thadsRow, inputValueCol(1), 5);
      bandCells().forEach(([row, col], i) => s.put(row, col, bands[i]!));
    };
    await month(1, 0);
    await month(2, 1);
    const first = await buildYear(host);
    if (!first.ok) throw new Error(first.error.message.en);
    const sheet = first.value.sheets[0]!.sheet;
    const report = sim.workbook.sheet(sheet);
    report.put(Q_ROW.first, Q_COL.adjusted, 190);
    // Month 3 arrives (4 × 5 deducted → 180): quarter I = 200 − 5 − 20 = 175. Its A band differs: one more note line,
    // the months' table moves down a row over the old merged lines.
    await month(3, 4, [196, 185, 170]);
    const count = sim.workbook.sheets.length;
    const from = sim.syncs.length;
    const again = await buildYear(host);
    expect(sim.syncs.length - from).toBeLessThanOrEqual(2);
    if (!again.ok) throw new Error(again.error.message.en);
    expect(sim.workbook.sheets.length).toBe(count);
    // The A band cell holds 195 (written by the first build; the pane cannot tell it from a typed one): kept and listed.
    expect(again.value.sheets[0]).toMatchObject({ sheet, created: false, kept: [a1(Q_BANDS[0]![0], Q_BANDS[0]![1]), a1(Q_ROW.first, Q_COL.adjusted)] });
    expect(report.cell(Q_BANDS[0]![0], Q_BANDS[0]![1])?.value).toBe(195);
    const monthRow = (m: string) => Array.from({ length: 60 }, (_, r) => r).filter((r) => report.cell(r, 0)?.value === m);
    expect(monthRow('Tháng 12')).toHaveLength(1);
    expect(report.cell(Q_ROW.first, Q_COL.adjusted)?.value).toBe(190);
    expect(report.cell(Q_ROW.first, Q_COL.self)?.value).toBe(175);
    expect(report.cell(Q_ROW.first, Q_COL.month1 + 2)?.value).toBe(180);
  });
});
