/**
 * The Office.js adapter on the strict Excel simulator: what a read returns and costs, what a write leaves in the
 * workbook. Assertions are on the simulated workbook (what Excel would hold), not on the calls made.
 */
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../../src/scoring/frameworks';
import { MARK_FILL } from '../../../src/sheet/host';
import { planFramework } from '../../../src/sheet/plans/framework';
import type { SheetPlan } from '../../../src/sheet/types';
import { MAX_SHEETS, createOfficeHost, printScale } from '../../../src/taskpane/excel/officeHost';
import { ExcelSimulator, SimSheet, SimWorkbook, customFunctionNames, profile, type HostProfile } from '../../support/excelSim';
import { handPlan } from './plans';

const FUNCTIONS = customFunctionNames();
function sim(sheets: SimSheet[], p: HostProfile = profile('desktop'), active?: string) {
  const s = new ExcelSimulator({ profile: p, workbook: new SimWorkbook(sheets, active), customFunctions: FUNCTIONS });
  return { sim: s, host: createOfficeHost(s.run, { supports: s.isSetSupported }) };
}
const fill = (plan: SheetPlan, keep?: boolean[][]) =>
  [{ kind: 'addSheet', sheet: plan.sheetName } as const, { kind: 'applyPlan', sheet: plan.sheetName, plan, ...(keep ? { keep } : {}) } as const];

describe('read', () => {
  const three = () =>
    sim(
      [new SimSheet('Xã 2024').fill([['chamdiem:xa2024:1', 'Tổng'], [1, 2]]), new SimSheet('Ghi chú').fill([['x']], { row: 2, col: 3 }), new SimSheet('Trống')],
      profile('desktop'),
      'Ghi chú',
    );

  it('reads the head block of every sheet in order, and the active name, in one sync', async () => {
    const { sim: s, host } = three();
    const wb = await host.read({ head: { rows: 2, columns: 2 } });
    expect(s.syncCount).toBe(1);
    expect(wb.active).toBe('Ghi chú');
    expect(wb.sheets.map((x) => x.name)).toEqual(['Xã 2024', 'Ghi chú', 'Trống']);
    expect(wb.sheets[0]!.values).toEqual([['chamdiem:xa2024:1', 'Tổng'], [1, 2]]);
    expect(wb.sheets[2]!.values).toEqual([['', ''], ['', '']]);
  });

  it('names only (no head): one sync, no walk', async () => {
    const { sim: s, host } = three();
    const wb = await host.read({ head: { rows: 0, columns: 0 } });
    expect(s.syncCount).toBe(1);
    expect(wb.sheets.map((x) => x.name)).toEqual(['Xã 2024', 'Ghi chú', 'Trống']);
    expect(s.syncs[0]!.actions).toBeLessThan(20);
  });

  it(`reads the heads of sheets past the ${MAX_SHEETS}-sheet walk in one more sync`, async () => {
    const sheets = Array.from({ length: MAX_SHEETS + 2 }, (_, i) => new SimSheet(`S${i + 1}`).fill([[`h${i + 1}`]]));
    const { sim: s, host } = sim(sheets);
    const wb = await host.read({ head: { rows: 1, columns: 1 } });
    expect(s.syncCount).toBe(2);
    expect(wb.sheets).toHaveLength(MAX_SHEETS + 2);
    expect(wb.sheets.at(-1)).toEqual({ name: `S${MAX_SHEETS + 2}`, values: [[`h${MAX_SHEETS + 2}`]] });
  });

  it('reads the full active sheet from A1 when its used range starts at C3, formulas included', async () => {
    const ws = new SimSheet('S').fill([[1, '=A3+1', 'text']], { row: 2, col: 2 });
    const { sim: s, host } = sim([ws]);
    const wb = await host.read({ head: { rows: 0, columns: 0 }, full: 'active', width: 10 });
    expect(s.syncCount).toBe(1);
    expect(wb.full!.formulas[2]).toEqual(['', '', 1, '=A3+1', 'text']);
    // Formulas are not computed by the simulator: their value is Excel's placeholder for a pending result.
    expect(wb.full!.values[2]).toEqual(['', '', 1, '#BUSY!', 'text']);
    expect(wb.full!.values[0]).toEqual(['', '', '', '', '']);
  });

  it('a named sheet in full; an empty one as empty; a missing one not at all', async () => {
    const { host } = three();
    expect((await host.read({ head: { rows: 0, columns: 0 }, full: 'Ghi chú' })).full!.values[2]![3]).toBe('x');
    expect((await host.read({ head: { rows: 0, columns: 0 }, full: 'Trống' })).full).toEqual({ name: 'Trống', values: [], formulas: [] });
    expect((await host.read({ head: { rows: 0, columns: 0 }, full: 'Không có' })).full).toBeUndefined();
  });

  it('never loads past `width` columns: a stray entry at XFD1048576 costs nothing', async () => {
    const ws = new SimSheet('S').fill([[1, 2, 3]]);
    ws.put(1_048_575, 16_383, 'x');
    const { sim: s, host } = sim([ws], profile('web'));
    const wb = await host.read({ head: { rows: 0, columns: 0 }, full: 'S', width: 2 });
    expect(wb.full!.values).toEqual([[1, 2]]);
    expect(s.largest().response).toBeLessThan(2_000);
  });

  it('reads 60,000 rows on the web in bands under the budget, every value in place', async () => {
    const ws = new SimSheet('S');
    for (let r = 0; r < 60_000; r++) ws.put(r, 0, `Dòng số ${r} — nội dung khá dài để chiếm chỗ trong phản hồi`);
    const { sim: s, host } = sim([ws], profile('web'));
    const wb = await host.read({ head: { rows: 0, columns: 0 }, full: 'S', width: 4 });
    expect(wb.full!.values).toHaveLength(60_000);
    expect(wb.full!.values[59_999]![0]).toMatch(/^Dòng số 59999/);
    expect(s.syncCount).toBeGreaterThan(1);
    expect(s.largest().response).toBeLessThan(5_000_000);
  });

  it('a dense first chunk too large for one response is read again without it, then in bands', async () => {
    const ws = new SimSheet('S');
    const long = 'Tài liệu kiểm chứng '.repeat(20);
    for (let r = 0; r < 3_000; r++) for (let c = 0; c < 8; c++) ws.put(r, c, long);
    const { sim: s, host } = sim([ws], profile('web'));
    const wb = await host.read({ head: { rows: 0, columns: 0 }, full: 'S', width: 8 });
    expect(wb.full!.values[2_999]![7]).toBe(long);
    expect(s.largest().response).toBeLessThan(5_000_000);
  });

  it('refuses, in both languages, a sheet whose data runs past 200,000 rows in the plan columns', async () => {
    const ws = new SimSheet('S').fill([[1]]);
    ws.put(1_048_575, 0, 'x');
    const { host } = sim([ws]);
    await expect(host.read({ head: { rows: 0, columns: 0 }, full: 'S', width: 4 })).rejects.toThrow(/dòng.*rows/s);
  });
});

describe('write', () => {
  it('writes a 10-row plan in one sync: grid, formats, styles, merges, widths, frozen panes, validation, print', async () => {
    const { sim: s, host } = sim([new SimSheet('Sheet1')]);
    const plan = handPlan(10);
    await host.write(fill(plan));
    expect(s.syncCount).toBe(1);
    const ws = s.workbook.sheet('Tự chấm');
    expect(ws.valueAt(2, 0)).toBe('1.1');
    expect(ws.formulaAt(9, 4)).toBe('=IF(D10="","",D10/C10)');
    expect(ws.cell(5, 4)?.numberFormat).toBe('0%');
    expect(ws.cell(1, 0)?.format?.fill).toBe('#D9E2F3');
    expect(ws.cell(3, 3)?.format?.fill).toBe('#FFF2CC');
    expect(ws.cell(1, 2)?.format?.borders?.['EdgeTop']).toEqual({ style: 'Continuous', weight: 'Thin' });
    // The title's merge came first, so its look (set after) survives (office-js#6405).
    expect(ws.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 4 }]);
    expect(ws.cell(0, 0)?.format?.bold).toBe(true);
    expect([...ws.columnWidths]).toEqual([[0, 35.25], [1, 266.25], [2, 56.25], [3, 56.25], [4, 56.25]]);
    expect([...ws.hiddenColumns]).toEqual([4]);
    expect(ws.freeze).toEqual({ rows: 2, columns: 2 });
    expect(ws.validations.map((v) => v.rule)).toEqual([{ list: { inCellDropDown: true, source: '0,0.5,1,2' } }]);
    expect(ws.page).toEqual({ orientation: 'Landscape', paperSize: 'A4', zoom: { scale: printScale(plan) }, printArea: 'A1:D10', titleRows: '$2:$2' });
    expect([...ws.notes]).toEqual([['B5', 'Ghi chú 3'], ['B8', 'Ghi chú 6']]);
    expect(s.workbook.active).toBe('Sheet1');
  });

  it('gives wrapped rows of a real plan the heights the plan computed, as runs of rows', async () => {
    const plan = planFramework(FRAMEWORKS.find((f) => f.id === 'xa-2024')!, {});
    const { sim: s, host } = sim([new SimSheet('Sheet1')]);
    await host.write(fill(plan));
    const ws = s.workbook.sheet(plan.sheetName);
    const planned = (plan.rowHeights ?? []).flatMap((h, r) => (h === undefined ? [] : [[r, h] as const]));
    expect(planned.length).toBeGreaterThan(10);
    for (const [r, h] of planned) expect([r, ws.rowHeights.get(r)]).toEqual([r, h]);
  });

  it('the print scale fits the print area on one A4 page wide', () => {
    const plan = handPlan(10);
    const scale = printScale(plan);
    expect(scale).toBeGreaterThanOrEqual(10);
    expect(scale).toBeLessThanOrEqual(100);
    const wide: SheetPlan = { ...plan, columns: plan.columns.map((c) => ({ ...c, width: 60 })) };
    expect(printScale(wide)).toBeLessThan(scale);
  });

  it('no notes before ExcelApi 1.18 and no print setup before 1.9: the rest is written', async () => {
    const { sim: s, host } = sim([new SimSheet('Sheet1')], profile('excel2019'));
    await host.write(fill(handPlan(10)));
    const ws = s.workbook.sheet('Tự chấm');
    expect(ws.notes.size).toBe(0);
    expect(ws.page).toEqual({});
    expect(ws.valueAt(2, 0)).toBe('1.1');
  });

  it('writes a 10,000-row plan in one sync', async () => {
    const { sim: s, host } = sim([new SimSheet('Sheet1')]);
    await host.write(fill(handPlan(10_000)));
    expect(s.syncCount).toBe(1);
    expect(s.workbook.sheet('Tự chấm').valueAt(9_999, 0)).toBe('9998.1');
  });

  it('cuts a 60,000-row plan into requests under the web budget', async () => {
    const { sim: s, host } = sim([new SimSheet('Sheet1')], profile('web'));
    await host.write(fill(handPlan(60_000)));
    expect(s.syncCount).toBeGreaterThan(1);
    expect(s.largest().request).toBeLessThan(5_000_000);
    expect(s.workbook.sheet('Tự chấm').formulaAt(59_999, 4)).toBe('=IF(D60000="","",D60000/C60000)');
  });

  it('re-fills a filled sheet whose merged title now holds text: never writes into the merged area', async () => {
    const { sim: s, host } = sim([new SimSheet('Sheet1')], profile('web'));
    const plan = handPlan(10);
    await host.write(fill(plan));
    const ws = s.workbook.sheet('Tự chấm');
    ws.put(3, 3, 2);
    const read = await host.read({ head: { rows: 0, columns: 0 }, full: plan.sheetName });
    const keep = read.full!.formulas.map((row) => row.map((v) => v !== '' && v !== null));
    await host.write([{ kind: 'applyPlan', sheet: plan.sheetName, plan, keep }]);
    expect(ws.valueAt(3, 3)).toBe(2);
    expect(ws.merges).toHaveLength(1);
  });

  it('marks cells (fill by severity, note) without touching values; clears them; selects after activating', async () => {
    const { sim: s, host } = sim([new SimSheet('S').fill([[5, 'a', '']]), new SimSheet('B')]);
    const before = s.workbook.sheet('S').snapshotValues();
    await host.write([{ kind: 'mark', sheet: 'S', marks: [{ cell: 'A1', severity: 'error', note: 'Vượt điểm tối đa' }, { cell: 'C1', severity: 'warning', note: 'Thiếu giải trình' }] }]);
    const ws = s.workbook.sheet('S');
    expect(ws.cell(0, 0)?.format?.fill).toBe(MARK_FILL.error);
    expect([...ws.notes]).toEqual([['A1', 'Vượt điểm tối đa'], ['C1', 'Thiếu giải trình']]);
    expect(ws.snapshotValues()).toEqual(before);
    await host.write([{ kind: 'clearMarks', sheet: 'S', cells: [{ cell: 'A1', restore: { fill: '#FFF2CC' }, note: 'Nhập điểm' }, { cell: 'C1', restore: null }] }]);
    expect(ws.cell(0, 0)?.format?.fill).toBe('#FFF2CC');
    expect(ws.cell(0, 2)?.format?.fill).toBeUndefined();
    expect([...ws.notes]).toEqual([['A1', 'Nhập điểm']]);
    await host.write([{ kind: 'select', sheet: 'B', cell: 'F12' }]);
    expect(s.workbook.active).toBe('B');
  });

  it('makes no round trip for nothing', async () => {
    const { sim: s, host } = sim([new SimSheet('S')]);
    await host.write([]);
    expect(s.syncCount).toBe(0);
  });
});

describe('real plans (src/sheet/plans)', () => {
  for (const fw of FRAMEWORKS) {
    it(`fills ${fw.id} in one sync on the web, then re-fills it keeping the inputs`, async () => {
      const plan = planFramework(fw, { unit: 'Xã A', year: 2024 });
      const { sim: s, host } = sim([new SimSheet('Sheet1')], profile('web'));
      await host.write(fill(plan));
      expect(s.syncCount).toBe(1);
      const ws = s.workbook.sheet(plan.sheetName);
      const merged = (r: number, c: number) => ws.merges.some((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1 && (r !== m.r0 || c !== m.c0));
      plan.grid.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (merged(r, c)) return;
          if (cell?.formula) expect(ws.formulaAt(r, c)).toBe(cell.formula);
          else if (typeof cell?.value === 'string' && cell.value !== '') expect(ws.valueAt(r, c)).toBe(cell.value);
        }),
      );
      plan.grid.forEach((row, r) => row.forEach((cell, c) => cell?.input === true && ws.put(r, c, 'của người dùng')));
      const before = ws.snapshotValues();
      const read = await host.read({ head: { rows: 0, columns: 0 }, full: plan.sheetName });
      const keep = read.full!.formulas.map((row) => row.map((v) => v !== '' && v !== null));
      await host.write([{ kind: 'applyPlan', sheet: plan.sheetName, plan, keep }]);
      expect(s.syncCount).toBe(3);
      const after = ws.snapshotValues();
      for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
    });
  }
});
