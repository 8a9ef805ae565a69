/**
 * `chamdiem year`: THADS quarters and year, the Hà Nội year and its Decree 90 form, from monthly files in folders (some
 * files holding several months). It never writes an input (sha256 unchanged), skips what it cannot read with one
 * stderr line each (exit 1), and ends with one line when nothing is usable (exit 2). Expectations computed by hand.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExcelJsHost } from '../../src/cli/excelHost';
import { workbookBytes } from '../../src/cli/xlsxFile';
import { a1 } from '../../src/sheet/a1';
import { fillTemplate } from '../../src/sheet/operations';
import { bandCells, inputValueCol } from '../../src/sheet/plans/framework';
import { HN_CELL, kpiValueCol, OVERRIDE_DISCIPLINE } from '../../src/sheet/plans/hnMonthly';
import { getTemplate } from '../../src/sheet/templates';
import { runCli, tempDir } from './support';

const dir = tempDir('chamdiem-year-');
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

/** A workbook with one monthly sheet per entry, written by the add-in's own fill, then typed into. */
async function workbook(id: string, months: readonly number[], type: (ws: ExcelJS.Worksheet, month: number) => void, name: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const host = new ExcelJsHost(wb);
  for (const month of months) {
    const r = await fillTemplate(host, id, { name, unit: 'Đơn vị thử', post: 'Chuyên viên', month, year: 2026 });
    if (!r.ok) throw new Error('fill');
    type(wb.getWorksheet(r.value.sheet)!, month);
  }
  return workbookBytes(wb);
}

// Hà Nội: KPI parts a = b = c = p typed on row II, no deduction → 30 + 70 p.
const KPI: Readonly<Record<number, number>> = { 1: 1, 2: 0.9, 3: 0.9, 4: 0.2, 5: 0.9, 6: 0.9, 7: 0.9, 8: 0.9, 9: 0.9, 10: 0.9, 11: 1, 12: 0.9 };
// → 100, 93, 93, 44 (D), 93 × 6, 100, 93: Σ 1081, mean 90.0833 → 90.08 → HTXSNV (A), with month 4's D and month 7's override flagged.
const kpiRow = getTemplate('hn-m03')!.plan({}).layout.rowOf['II']!;
const hnType = (ws: ExcelJS.Worksheet, month: number) => {
  for (let i = 0; i < 3; i++) ws.getCell(a1(kpiRow, kpiValueCol(i))).value = KPI[month]!;
  if (month === 7) {
    ws.getCell(a1(...HN_CELL.override)).value = OVERRIDE_DISCIPLINE;
    ws.getCell(a1(...HN_CELL.overrideBasis)).value = 'Quyết định 7/QĐ-UBND ngày 28/07/2026';
  }
};

// THADS: months 1, 2, 4, 5, 6 (quarter I misses 3): deductions on 1.1 of 5 points × times.
const TIMES: Readonly<Record<number, number>> = { 1: 2, 2: 0, 4: 1, 5: 0, 6: 3 };
// → 190, 200, 195, 200, 185: quarter I 200 − 10 = 190 (missing 3), quarter II 200 − 5 − 15 = 180, year 200 − 30 = 170.
const thadsRow = getTemplate('thads-ls')!.plan({}).layout.rowOf['1.1']!;
const thadsType = (ws: ExcelJS.Worksheet, month: number) => {
  ws.getCell(a1(thadsRow, inputValueCol(0))).value = TIMES[month]!;
  ws.getCell(a1(thadsRow, inputValueCol(1))).value = 5;
  bandCells().forEach(([r, c], i) => (ws.getCell(a1(r, c)).value = [195, 185, 170][i]!));
};

mkdirSync(path.join(dir, 'lan', 'nua-sau'), { recursive: true });
mkdirSync(path.join(dir, 'nam'), { recursive: true });
writeFileSync(path.join(dir, 'lan', 'quy-1.xlsx'), await workbook('hn-m03', [1, 2, 3], hnType, 'Trần Thị Lan'));
for (const m of [4, 5, 6]) writeFileSync(path.join(dir, 'lan', `thang-${m}.xlsx`), await workbook('hn-m03', [m], hnType, 'Trần Thị Lan'));
writeFileSync(path.join(dir, 'lan', 'nua-sau', 'thang-7-12.xlsx'), await workbook('hn-m03', [7, 8, 9, 10, 11, 12], hnType, 'Trần Thị Lan'));
writeFileSync(path.join(dir, 'nam', 'nam-2026.xlsx'), await workbook('thads-ls', [1, 2, 4, 5, 6], thadsType, 'Hoàng Văn Nam'));
writeFileSync(path.join(dir, 'nam', 'hong.xlsx'), 'not a workbook');

const inputs = () =>
  ['lan/quy-1.xlsx', 'lan/thang-4.xlsx', 'lan/thang-5.xlsx', 'lan/thang-6.xlsx', 'lan/nua-sau/thang-7-12.xlsx', 'nam/nam-2026.xlsx', 'nam/hong.xlsx'].map((f) =>
    createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex'),
  );
const before = inputs();

describe('chamdiem year', () => {
  it('builds both frameworks’ results, one stderr line for the broken file, exit 1, inputs untouched', async () => {
    const r = await runCli(['year', 'lan', 'nam', '-o', 'tong-hop.xlsx', '--json'], dir);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^Bỏ qua nam\/hong\.xlsx: /);
    const json = JSON.parse(r.stdout);
    const [h] = json.hn;
    expect(h.months.map((m: { score: number }) => m.score)).toEqual([100, 93, 93, 44, 93, 93, 93, 93, 93, 93, 100, 93]);
    expect([h.score, h.grade, h.proposed, h.form, h.monthsGradedD, h.missing]).toEqual([90.08, 'HTXSNV', 'HTXSNV', 'nd90-m02', [4], []]);
    expect(h.overrides).toEqual([{ month: 7, reason: OVERRIDE_DISCIPLINE, basis: 'Quyết định 7/QĐ-UBND ngày 28/07/2026' }]);
    expect(h.basis).toContain('tháng 4 xếp loại D theo điểm; tháng 7 không hoàn thành nhiệm vụ do');
    const [t] = json.thads;
    expect(t.months.map((m: { score: number }) => m.score)).toEqual([190, 200, 195, 200, 185]);
    expect(t.quarters.map((q: { score: number | null }) => q.score)).toEqual([190, 180, null, null]);
    expect(t.quarters.map((q: { grade: string | null }) => q.grade)).toEqual(['HTTNV', 'HTNV', null, null]);
    expect(t.quarters[0].missing).toEqual([3]);
    expect(t.quarters[1].lastDay).toBe('2026-07-04');
    expect([t.whole.score, t.whole.deductions, t.whole.missing]).toEqual([170, 30, [3, 7, 8, 9, 10, 11, 12]]);
    expect(json.sheets).toHaveLength(3);
    expect(inputs()).toEqual(before);

    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'tong-hop.xlsx'));
    expect(out.worksheets.map((w) => w.name)).toEqual(json.sheets);
    const form = out.worksheets[2]!;
    const found: string[] = [];
    form.eachRow((row) => row.eachCell((c) => found.push(String(c.value))));
    expect(found).toContain('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('refuses an output that is one of the inputs, in one line, before reading', async () => {
    const r = await runCli(['year', 'lan', '-o', 'lan/thang-4.xlsx'], dir);
    expect([r.code, r.stdout, lines(r.stderr).length]).toEqual([2, '', 1]);
    expect(inputs()).toEqual(before);
  });

  it('nothing usable: exit 2, exactly one line', async () => {
    const r = await runCli(['year', 'nam/hong.xlsx', '--lang', 'en'], dir);
    expect([r.code, r.stdout, lines(r.stderr).length]).toEqual([2, '', 1]);
    expect(r.stderr).toMatch(/^Skipped nam\/hong\.xlsx: /);
  });

  it('exit 0 on clean inputs; --method mean gives the DOMAIN.md mean for THADS', async () => {
    const r = await runCli(['year', 'nam/nam-2026.xlsx', '--method', 'mean', '--json'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const [t] = JSON.parse(r.stdout).thads;
    expect(t.quarters.map((q: { score: number | null }) => q.score)).toEqual([195, 193.33, null, null]); // 390/2; 580/3
    expect(readdirSync(path.join(dir, 'nam')).sort()).toEqual(['hong.xlsx', 'nam-2026.xlsx']);
  });

  it('a THADS sheet whose month cannot be found is skipped with one line naming it, the rest is used (exit 1)', async () => {
    const wb = new ExcelJS.Workbook();
    const r = await fillTemplate(new ExcelJsHost(wb), 'thads-ls', { year: 2026 });
    if (!r.ok) throw new Error('fill');
    wb.getWorksheet(r.value.sheet)!.name = 'Bảng chấm điểm';
    mkdirSync(path.join(dir, 'khong-thang'), { recursive: true });
    writeFileSync(path.join(dir, 'khong-thang', 'bang.xlsx'), await workbookBytes(wb));
    const run = await runCli(['year', 'khong-thang', 'nam/nam-2026.xlsx', '--json'], dir);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      'Bỏ qua khong-thang/bang.xlsx › Bảng chấm điểm: không xác định được tháng của phiếu: đặt tên trang tính hoặc tên tệp có tháng, ví dụ "03-2026".',
    ]);
    expect(JSON.parse(run.stdout).thads[0].months).toHaveLength(5);
  });

  it('a bad --method is one line, exit 2', async () => {
    const r = await runCli(['year', 'nam', '--method', 'median'], dir);
    expect([r.code, lines(r.stderr)]).toEqual([2, ['--method: "median" không hợp lệ (occurrences hoặc mean).']]);
  });

  it('a stored monthly total that disagrees with the inputs: one line for the sheet, exit 1, in --json, the recomputed score used', async () => {
    // Month 3 typed as 1.1 twice × 5 → 190; its stored totals (a result Excel would cache) say 150, a stale file.
    const wb = new ExcelJS.Workbook();
    const host = new ExcelJsHost(wb);
    const r = await fillTemplate(host, 'thads-ls', { name: 'Hoàng Văn Nam', unit: 'Đơn vị thử', month: 3, year: 2026 });
    if (!r.ok) throw new Error('fill');
    const ws = wb.getWorksheet(r.value.sheet)!;
    ws.getCell(a1(thadsRow, inputValueCol(0))).value = 2;
    ws.getCell(a1(thadsRow, inputValueCol(1))).value = 5;
    const plan = getTemplate('thads-ls')!.plan({});
    const totals: string[] = [];
    plan.grid.forEach((row, rr) => row.forEach((cell, c) => {
      if (cell?.formula && cell.style === 'total') totals.push(a1(rr, c));
    }));
    expect(totals.length).toBeGreaterThan(0);
    for (const ref of totals) ws.getCell(ref).value = { formula: ws.getCell(ref).formula, result: 150 } as ExcelJS.CellFormulaValue;
    mkdirSync(path.join(dir, 'cu'), { recursive: true });
    writeFileSync(path.join(dir, 'cu', 'thang-3.xlsx'), await workbookBytes(wb));
    const hash = () => createHash('sha256').update(readFileSync(path.join(dir, 'cu', 'thang-3.xlsx'))).digest('hex');
    const was = hash();
    const run = await runCli(['year', 'cu', 'nam/nam-2026.xlsx', '--json'], dir);
    expect(run.code).toBe(1);
    const sheet = `cu/thang-3.xlsx › ${r.value.sheet}`;
    expect(lines(run.stderr)).toEqual([`${sheet}: tổng điểm ghi trong tệp (ô ${totals[0]}) 150 khác điểm tính lại 190; dùng điểm tính lại.`]);
    const json = JSON.parse(run.stdout);
    expect(json.disagreements[0]).toEqual({ source: sheet, cell: totals[0], stored: 150, recomputed: 190 });
    expect(json.disagreements.every((d: { source: string }) => d.source === sheet)).toBe(true);
    // Quarter I: months 1, 2 (190, 200) and 3 recomputed (190): 200 − 10 − 0 − 10 = 180.
    expect(json.thads[0].quarters[0].score).toBe(180);
    expect(json.notComputed).toEqual([]);
    expect(hash()).toBe(was);
  });
});
