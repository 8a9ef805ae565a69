import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../../src/scoring/frameworks';
import { MARK_FILL } from '../../../src/sheet/host';
import { planFramework } from '../../../src/sheet/plans/framework';
import type { WorkbookRead } from '../../../src/sheet/host';
import type { CellValue, SheetPlan } from '../../../src/sheet/types';
import { type ExcelRunner, MAX_SHEETS, createOfficeHost } from '../../../src/taskpane/excel/officeHost';
import { parseRange } from '../../../src/taskpane/excel/planRanges';
import { MockExcel, SheetModel } from './mockExcel';
import { handPlan } from './plans';

const NOT_LOADED = 'Error, property was not loaded';
const NOT_SYNCED = 'Error, context.sync() was not called';

const workbook = (...sheets: SheetModel[]): MockExcel => new MockExcel({ sheets });
const hostOf = (mock: MockExcel, notes = false) => createOfficeHost(mock.run, { notes: () => notes });

/** Every string anywhere in a result: none may be one of office-addin-mock's "not loaded / not synced" markers. */
function strings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === 'object') return Object.values(x).flatMap(strings);
  return [];
}
const expectClean = (read: WorkbookRead): void => {
  const s = strings(read);
  expect(s).not.toContain(NOT_LOADED);
  expect(s).not.toContain(NOT_SYNCED);
};

/** Range writes that change cells or their look (not sheet-level calls). */
const CELL_WRITES = /^(formulas|values|numberFormat|format\.)/;

function keepFrom(values: readonly (readonly CellValue[])[]): boolean[][] {
  return values.map((row) => row.map((v) => v !== '' && v !== null));
}

/** `before`'s values are still there, and no cell write logged from `since` on covers a kept cell. */
function expectUntouched(mock: MockExcel, sheet: string, before: Map<string, CellValue>, keep: readonly (readonly boolean[])[], since = 0): void {
  const model = mock.sheet(sheet);
  for (const [k, v] of before) expect([k, model.values.get(k)]).toEqual([k, v]);
  for (const w of mock.log.slice(since)) {
    if (w.sheet !== sheet || !CELL_WRITES.test(w.what)) continue;
    const b = parseRange(w.target);
    if (!b) continue;
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.col; c < b.col + b.cols; c++) if (keep[r]?.[c]) throw new Error(`${w.what} on ${w.target} covers kept ${r},${c}`);
  }
}

describe('read', () => {
  const threeSheets = (): MockExcel =>
    new MockExcel({
      sheets: [
        new SheetModel('Xã 2024').fill([['chamdiem:xa2024:1', 'Tổng'], [1, 2]]),
        new SheetModel('Ghi chú').fill([['x']], { row: 2, col: 3 }),
        new SheetModel('Trống'),
      ],
      active: 'Ghi chú',
    });

  it('reads the head block of every sheet in order, and the active name, in one sync', async () => {
    const mock = threeSheets();
    const read = await hostOf(mock).read({ head: { rows: 3, columns: 4 } });
    expect(mock.syncs).toBe(1);
    expectClean(read);
    expect(read.active).toBe('Ghi chú');
    expect(read.full).toBeUndefined();
    expect(read.sheets).toEqual([
      { name: 'Xã 2024', values: [['chamdiem:xa2024:1', 'Tổng', '', ''], [1, 2, '', ''], ['', '', '', '']] },
      { name: 'Ghi chú', values: [['', '', '', ''], ['', '', '', ''], ['', '', '', 'x']] },
      { name: 'Trống', values: [['', '', '', ''], ['', '', '', ''], ['', '', '', '']] },
    ]);
  });

  it(`drops the null sheets past the end of the ${MAX_SHEETS}-sheet walk`, async () => {
    const mock = threeSheets();
    const read = await hostOf(mock).read({ head: { rows: 1, columns: 1 } });
    expect(read.sheets.map((s) => s.name)).toEqual(['Xã 2024', 'Ghi chú', 'Trống']);
  });

  it('reads every sheet of a large workbook up to the cap', async () => {
    const mock = new MockExcel({ sheets: Array.from({ length: MAX_SHEETS + 5 }, (_, i) => new SheetModel(`S${i}`)) });
    const read = await hostOf(mock).read({ head: { rows: 1, columns: 1 } });
    expect(mock.syncs).toBe(1);
    expect(read.sheets).toHaveLength(MAX_SHEETS);
  });

  it('reads the full active sheet from A1 when its used range starts at C3, formulas included', async () => {
    const data = new SheetModel('Tự chấm').fill(
      [
        ['1.1', 2, '=D3*2'],
        [null, 'ý kiến', 5],
      ],
      { row: 2, col: 2 },
    );
    const mock = new MockExcel({ sheets: [new SheetModel('Bìa'), data], active: 'Tự chấm' });
    const read = await hostOf(mock).read({ head: { rows: 2, columns: 2 }, full: 'active' });
    expect(mock.syncs).toBe(1);
    expectClean(read);
    expect(mock.writes('getUsedRangeOrNullObject()')).toEqual([{ sheet: 'Tự chấm', target: 'sheet', what: 'getUsedRangeOrNullObject()', value: false }]);
    const blank = ['', '', '', '', ''];
    expect(read.full).toEqual({
      name: 'Tự chấm',
      values: [blank, blank, ['', '', '1.1', 2, '=D3*2'], ['', '', '', 'ý kiến', 5]],
      formulas: [blank, blank, ['', '', '1.1', 2, '=D3*2'], ['', '', '', 'ý kiến', 5]],
    });
  });

  it('reads a named sheet in full; an empty one as empty; a missing one not at all', async () => {
    const mock = new MockExcel({ sheets: [new SheetModel('A').fill([[1]]), new SheetModel('B')] });
    const host = hostOf(mock);
    expect((await host.read({ head: { rows: 1, columns: 1 }, full: 'A' })).full).toEqual({ name: 'A', values: [[1]], formulas: [[1]] });
    expect((await host.read({ head: { rows: 1, columns: 1 }, full: 'B' })).full).toEqual({ name: 'B', values: [], formulas: [] });
    expect((await host.read({ head: { rows: 1, columns: 1 }, full: 'C' })).full).toBeUndefined();
    expect(mock.syncs).toBe(3);
  });

  it('reads nothing before the sync: without one, the mock hands back its "not synced" marker', async () => {
    const mock = threeSheets();
    const noSync: ExcelRunner = (batch) =>
      mock.run((context) => {
        Object.assign(context, { sync: async () => undefined });
        return batch(context);
      });
    const read = await createOfficeHost(noSync, { notes: () => false }).read({ head: { rows: 1, columns: 1 } });
    expect(read.active).toBe(NOT_SYNCED);
    expect(read.sheets).toEqual([]);
  });
});

describe('write', () => {
  const fill = (plan: SheetPlan, keep?: boolean[][]) =>
    [{ kind: 'addSheet', sheet: plan.sheetName } as const, { kind: 'applyPlan', sheet: plan.sheetName, plan, ...(keep ? { keep } : {}) } as const];

  it('writes a 10-row plan in one sync: grid, formats, styles, merges, widths, frozen panes, validation, print', async () => {
    const mock = workbook(new SheetModel('Sheet1'));
    const plan = handPlan(10);
    await hostOf(mock).write(fill(plan));
    expect(mock.syncs).toBe(1);
    const s = 'Tự chấm';
    const sheet = mock.sheet(s);

    expect(mock.writes('formulas', s).map((w) => w.target)).toEqual(['A1:E10']);
    const grid = mock.writes('formulas', s)[0]!.value as unknown[][];
    expect(grid).toHaveLength(10);
    expect(grid[2]).toEqual(["'1.1", 'Tiêu chí 1', 2, '', '=IF(D3="","",D3/C3)']);
    expect(grid[0]).toEqual(['BẢNG TỰ CHẤM ĐIỂM', '', '', '', '']);
    expect(sheet.value(2, 0)).toBe('1.1');
    expect(sheet.formulas.get('9,4')).toBe('=IF(D10="","",D10/C10)');

    expect(mock.writes('numberFormat', s).map((w) => [w.target, (w.value as string[][])[0]])).toEqual([['C3:C10', ['0.00']], ['E3:E10', ['0%']]]);
    expect(sheet.numberFormats.get('5,4')).toBe('0%');

    const fills = mock.writes('format.fill.color', s).map((w) => `${w.target}=${String(w.value)}`);
    expect(fills).toEqual(['A2:E2=#D9E2F3', 'C3:C10=#E2EFDA', 'D3:D10=#FFF2CC', 'E3:E10=#E2EFDA']);
    expect(mock.writes('format.font.bold', s).map((w) => w.target)).toEqual(['A1', 'A2:E2']);
    expect(mock.writes('format.horizontalAlignment', s).map((w) => `${w.target}=${String(w.value)}`)).toContain('A2:E2=Center');
    expect(mock.writes('format.borders.InsideVertical.weight', s).map((w) => w.target)).toEqual(['A2:E2', 'A3:B10']);
    expect(mock.writes('format.borders.InsideHorizontal.style', s).map((w) => w.target)).toContain('D3:D10');

    expect(mock.writes('merge()', s).map((w) => w.target)).toEqual(['A1:E1']);
    expect(mock.writes('format.columnWidth', s).map((w) => [w.target, w.value])).toEqual([['A:A', 35.25], ['B:B', 266.25], ['C:E', 56.25]]);
    expect(mock.writes('columnHidden', s).map((w) => [w.target, w.value])).toEqual([['E:E', true]]);
    expect(mock.writes('freezeAt()', s).map((w) => w.value)).toEqual(['A1:B2']);

    expect(mock.writes('dataValidation.clear()', s).map((w) => w.target)).toEqual(['D3:D10']);
    expect(mock.writes('dataValidation.rule', s).map((w) => w.value)).toEqual([{ list: { inCellDropDown: true, source: '0,0.5,1,2' } }]);
    expect(mock.writes('dataValidation.prompt', s)[0]!.value).toEqual({ showPrompt: true, title: '', message: 'Chọn điểm' });
    expect(mock.writes('dataValidation.errorAlert', s)[0]!.value).toEqual({ showAlert: true, style: 'Stop', title: '', message: 'Điểm không hợp lệ' });

    expect(mock.writes('orientation', s).map((w) => w.value)).toEqual(['Landscape']);
    expect(mock.writes('paperSize', s).map((w) => w.value)).toEqual(['A4']);
    expect(mock.writes('zoom', s).map((w) => w.value)).toEqual([{ horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    expect(mock.writes('setPrintArea()', s).map((w) => w.value)).toEqual(['A1:D10']);
    expect(mock.writes('setPrintTitleRows()', s).map((w) => w.value)).toEqual(['$2:$2']);

    // Notes need ExcelApi 1.18: not asked for here.
    expect(mock.writes('notes.add()')).toEqual([]);
  });

  it('adds the plan notes, replacing any note already there, when the host has ExcelApi 1.18', async () => {
    const mock = workbook(new SheetModel('Sheet1'));
    await hostOf(mock, true).write(fill(handPlan(10)));
    expect(mock.syncs).toBe(1);
    expect(mock.writes('note.delete()').map((w) => w.target)).toEqual(['B5', 'B8']);
    expect(mock.writes('notes.add()').map((w) => [w.target, w.value])).toEqual([['B5', 'Ghi chú 3'], ['B8', 'Ghi chú 6']]);
    expect([...mock.sheet('Tự chấm').notes]).toEqual([['B5', 'Ghi chú 3'], ['B8', 'Ghi chú 6']]);
  });

  it('writes a 10,000-row plan in one sync and one grid range', async () => {
    const mock = workbook(new SheetModel('Sheet1'));
    await hostOf(mock).write(fill(handPlan(10_000)));
    expect(mock.syncs).toBe(1);
    expect(mock.writes('formulas').map((w) => w.target)).toEqual(['A1:E10000']);
    const sheet = mock.sheet('Tự chấm');
    expect(sheet.value(9_999, 0)).toBe('9998.1');
    expect(sheet.formulas.get('9999,4')).toBe('=IF(D10000="","",D10000/C10000)');
    expect(mock.writes('numberFormat').map((w) => w.target)).toEqual(['C3:C10000', 'E3:E10000']);
    expect(mock.writes('dataValidation.rule').map((w) => w.target)).toEqual(['D3:D10000']);
  });

  for (const rows of [10, 10_000]) {
    it(`leaves kept cells untouched (${rows} rows): no write covers them, their values are unchanged`, async () => {
      const plan = handPlan(rows);
      const sheet = new SheetModel(plan.sheetName);
      // The user's self scores in D3:D<rows>, typed before a re-fill.
      for (let r = 2; r < rows; r++) sheet.put(r, 3, (r % 4) * 0.5);
      const before = new Map(sheet.values);
      const keep = plan.grid.map((row, r) => row.map((_, c) => r >= 2 && c === 3));
      const mock = workbook(sheet);
      await hostOf(mock).write([{ kind: 'applyPlan', sheet: plan.sheetName, plan, keep }]);
      expect(mock.syncs).toBe(1);
      expect(mock.writes('formulas').map((w) => w.target)).toEqual(['A1:E2', `A3:C${rows}`, `E3:E${rows}`]);
      expectUntouched(mock, plan.sheetName, before, keep);
      expect(mock.sheet(plan.sheetName).value(rows - 1, 3)).toBe(((rows - 1) % 4) * 0.5);
      expect(mock.sheet(plan.sheetName).value(rows - 1, 0)).toBe(`${rows - 2}.1`);
    });
  }

  it('fills a non-empty sheet: keep mask from its data, no user value changed, a merge over user data skipped', async () => {
    const plan = handPlan(12);
    const sheet = new SheetModel(plan.sheetName).fill([['', 'Tiêu đề của tôi']]);
    sheet.put(4, 1, 'ghi chép riêng');
    sheet.put(6, 3, 1.5);
    sheet.put(3, 4, '=SUM(C3:C5)');
    sheet.put(19, 7, 'ngoài bảng');
    const before = new Map(sheet.values);
    const mock = workbook(new SheetModel('Bìa'), sheet);
    const host = hostOf(mock);

    const read = await host.read({ head: { rows: 1, columns: 1 }, full: plan.sheetName });
    const keep = keepFrom(read.full!.values);
    await host.write([{ kind: 'applyPlan', sheet: plan.sheetName, plan, keep }]);

    expect(mock.syncs).toBe(2);
    expectUntouched(mock, plan.sheetName, before, keep);
    expect(mock.sheet(plan.sheetName).formulas.get('3,4')).toBe('=SUM(C3:C5)');
    expect(mock.writes('merge()')).toEqual([]);
    // Everything else of the plan is there.
    expect(mock.sheet(plan.sheetName).value(1, 1)).toBe('Nội dung');
    expect(mock.sheet(plan.sheetName).value(11, 0)).toBe('10.1');
  });

  for (const rows of [10, 10_000]) {
    it(`reads once and writes once for an operation (${rows} rows): 2 syncs`, async () => {
      const plan = handPlan(rows);
      const mock = new MockExcel({ sheets: [new SheetModel('Sheet1')] });
      const host = hostOf(mock);
      const first = await host.read({ head: { rows: 12, columns: 26 } });
      await host.write(fill(plan));
      expect(mock.syncs).toBe(2);
      expect(first.sheets.map((s) => s.name)).toEqual(['Sheet1']);

      // A re-fill after the user typed scores: read the sheet, keep the inputs, write.
      mock.sheet(plan.sheetName).put(rows - 1, 3, 2);
      const again = await host.read({ head: { rows: 12, columns: 26 }, full: plan.sheetName });
      const keep = again.full!.values.map((row, r) => row.map((v, c) => c === 3 && r >= 2 && v !== ''));
      await host.write([{ kind: 'applyPlan', sheet: plan.sheetName, plan, keep }]);
      expect(mock.syncs).toBe(4);
      expect(again.full!.values).toHaveLength(rows);
      expect(mock.sheet(plan.sheetName).value(rows - 1, 3)).toBe(2);
    });
  }

  it('marks cells (fill by severity, note when supported) without touching values, in one sync', async () => {
    const sheet = new SheetModel('S').fill([[1, 2, 3]]);
    const before = new Map(sheet.values);
    const mock = workbook(sheet);
    await hostOf(mock, true).write([
      {
        kind: 'mark',
        sheet: 'S',
        marks: [
          { cell: 'A1', severity: 'error', note: 'Vượt điểm tối đa' },
          { cell: 'C1', severity: 'info', note: 'Thiếu giải trình' },
        ],
      },
    ]);
    expect(mock.syncs).toBe(1);
    expect(mock.writes('format.fill.color').map((w) => [w.target, w.value])).toEqual([['A1', MARK_FILL.error], ['C1', MARK_FILL.info]]);
    expect([...mock.sheet('S').notes]).toEqual([['A1', 'Vượt điểm tối đa'], ['C1', 'Thiếu giải trình']]);
    expect(mock.writes('formulas')).toEqual([]);
    expect(new Map(mock.sheet('S').values)).toEqual(before);
  });

  it('marks without notes on a host before ExcelApi 1.18', async () => {
    const mock = workbook(new SheetModel('S'));
    await hostOf(mock, false).write([{ kind: 'mark', sheet: 'S', marks: [{ cell: 'B2', severity: 'warning', note: 'x' }] }]);
    expect(mock.writes('format.fill.color').map((w) => w.value)).toEqual([MARK_FILL.warning]);
    expect(mock.log.filter((w) => w.what.startsWith('note'))).toEqual([]);
  });

  it('clears marks: fill restored from the style or cleared, note deleted', async () => {
    const mock = workbook(new SheetModel('S'));
    await hostOf(mock, true).write([
      { kind: 'clearMarks', sheet: 'S', cells: [{ cell: 'A1', restore: null }, { cell: 'D5', restore: { fill: '#FFF2CC', border: true } }, { cell: 'E5', restore: { bold: true } }] },
    ]);
    expect(mock.syncs).toBe(1);
    expect(mock.writes('format.fill.clear()').map((w) => w.target)).toEqual(['A1', 'E5']);
    expect(mock.writes('format.fill.color').map((w) => [w.target, w.value])).toEqual([['D5', '#FFF2CC']]);
    expect(mock.writes('note.delete()').map((w) => w.target)).toEqual(['A1', 'D5', 'E5']);
  });

  it('selects a cell: activates its sheet first', async () => {
    const mock = new MockExcel({ sheets: [new SheetModel('A'), new SheetModel('B')], active: 'A' });
    await hostOf(mock).write([{ kind: 'select', sheet: 'B', cell: 'F12' }]);
    expect(mock.syncs).toBe(1);
    expect(mock.log.map((w) => `${w.sheet}:${w.target}:${w.what}`)).toEqual(['B:sheet:activate()', 'B:F12:select()']);
    expect(mock.active).toBe('B');
  });

  it('runs every op of a batch in one sync, and makes no round trip for nothing', async () => {
    const mock = workbook(new SheetModel('Sheet1'));
    const host = hostOf(mock, true);
    await host.write([]);
    expect(mock.syncs).toBe(0);
    const plan = handPlan(20);
    await host.write([
      ...fill(plan),
      { kind: 'mark', sheet: plan.sheetName, marks: [{ cell: 'D5', severity: 'error', note: 'x' }] },
      { kind: 'select', sheet: plan.sheetName, cell: 'D5' },
    ]);
    expect(mock.syncs).toBe(1);
    expect(mock.writes('add()').map((w) => w.value)).toEqual(['Tự chấm']);
    expect(mock.active).toBe('Tự chấm');
  });
});

describe('real plans (src/sheet/plans)', () => {
  for (const fw of FRAMEWORKS) {
    it(`fills ${fw.id} in one sync, then re-fills it keeping the inputs`, async () => {
      const plan = planFramework(fw, { unit: 'Xã A', year: 2024 });
      const mock = workbook(new SheetModel('Sheet1'));
      const host = hostOf(mock, true);
      await host.write([
        { kind: 'addSheet', sheet: plan.sheetName },
        { kind: 'applyPlan', sheet: plan.sheetName, plan },
      ]);
      expect(mock.syncs).toBe(1);
      const sheet = mock.sheet(plan.sheetName);
      plan.grid.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.formula) expect(sheet.formulas.get(SheetModel.key(r, c))).toBe(cell.formula);
          else if (cell?.value !== undefined && cell.value !== null && cell.value !== '') expect(sheet.value(r, c)).toBe(cell.value);
        }),
      );

      const inputs = plan.grid.map((row) => row.map((cell) => cell?.input === true));
      inputs.forEach((row, r) => row.forEach((isInput, c) => isInput && sheet.put(r, c, 'của người dùng')));
      const before = new Map(sheet.values);
      const read = await host.read({ head: { rows: 12, columns: 26 }, full: plan.sheetName });
      const keep = read.full!.values.map((row, r) => row.map((v, c) => inputs[r]?.[c] === true && v !== ''));
      const since = mock.log.length;
      await host.write([{ kind: 'applyPlan', sheet: plan.sheetName, plan, keep }]);
      expect(mock.syncs).toBe(3);
      expect(keep.flat().filter(Boolean).length).toBeGreaterThan(0);
      expectUntouched(mock, plan.sheetName, before, keep, since);
    });
  }
});
