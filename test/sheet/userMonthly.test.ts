/**
 * Issue 12, "Mẫu 1A for monthly frameworks": a "30 điểm chung + 70 điểm KPI" framework the unit made from Mẫu 03
 * (test/support/userMonthly.ts) fills the monthly self-assessment form, not the points table: two people's forms are
 * filled from it in the in-memory workbook, answered, checked, scored against hand-computed points (the formulas in
 * HyperFormula too, with no built-in framework behind them), and Mẫu 1A is built from them with its quota.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot } from '../../src/cli/hyperformulaPlugin';
import { a1 } from '../../src/sheet/a1';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { buildSummary, checkSheet, isMonthlySheet, peopleFrom, scoreSheet } from '../../src/sheet/operations';
import { HEAD } from '../../src/sheet/plans/builder';
import { HN_CELL, HN_COL, HN_ROW, kpiValueCol } from '../../src/sheet/plans/hnMonthly';
import type { CellValue } from '../../src/sheet/types';
import { HN_M04 } from '../../src/scoring';
import { FRAMEWORK_SHEET_NAME, planFrameworkSheet, readUserFramework } from '../../src/sheet/userFramework';
import { fillFromMyFramework } from '../../src/sheet/userFrameworkOps';
import { MONTHLY_USER_COL, readRecord, userTemplate } from '../../src/sheet/userTemplate';
import { exportFramework } from '../../src/sheet/userFrameworkOps';
import { createOfficeHost } from '../../src/taskpane/excel/officeHost';
import { ExcelSimulator, PROFILES, SimSheet, SimWorkbook, customFunctionNames } from '../support/excelSim';
import { sheet as typedSheet, valuesOf } from '../support/userFramework';
import { HEAD_CHANGES, MAX_CHANGES, MAX_COLUMN, PEOPLE, unitFrameworkValues } from '../support/userMonthly';

const NOW = new Date('2027-11-20T00:00:00Z');

function workbookWithFramework(values: readonly (readonly CellValue[])[]): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.addSheet(FRAMEWORK_SHEET_NAME);
  values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && wb.setValue(FRAMEWORK_SHEET_NAME, a1(r, c), v)));
  return wb;
}

/** The row of each criterion on a filled form (column TT). */
const rowsOf = (wb: MemoryWorkbook, sheet: string): Map<string, number> => {
  const out = new Map<string, number>();
  wb.snapshot(sheet).values.forEach((row, r) => {
    if (r >= HN_ROW.first && typeof row[HN_COL.id] === 'string' && !out.has(row[HN_COL.id] as string)) out.set(row[HN_COL.id] as string, r);
  });
  return out;
};

async function fillTwo(): Promise<{ wb: MemoryWorkbook; sheets: string[] }> {
  const wb = workbookWithFramework(unitFrameworkValues());
  const sheets: string[] = [];
  for (const p of PEOPLE) {
    const r = await fillFromMyFramework(wb, { name: p.name, post: 'Chuyên viên', unit: 'UBND phường Hà Đông', month: 11, year: 2027 });
    if (!r.ok || r.value.kind !== 'filled') throw new Error(JSON.stringify(r));
    const sheet = r.value.sheet;
    sheets.push(sheet);
    const rows = rowsOf(wb, sheet);
    for (const [id, d] of Object.entries(p.deductions)) wb.setValue(sheet, a1(rows.get(id)!, HN_COL.deduction), d);
    p.parts.forEach((v, i) => wb.setValue(sheet, a1(rows.get('II')!, kpiValueCol(i)), v));
  }
  return { wb, sheets };
}

describe('a "30 điểm chung + 70 điểm KPI" user framework fills the monthly form', () => {
  it('the framework sheet is valid, and its template is the monthly form with a person line', () => {
    const reading = readUserFramework({ name: FRAMEWORK_SHEET_NAME, values: unitFrameworkValues() });
    expect(reading.findings.map((f) => `${f.cell}: ${f.message.vi}`)).toEqual([]);
    const def = userTemplate(reading.framework!, reading.record!);
    expect(def.id).toBe('khung.phuong-hd-thang');
    expect(def.person).toBeTypeOf('function');
    expect(def.asks).toEqual(['name', 'post', 'unit', 'month', 'year']);
    const plan = def.plan({ name: 'An', month: 11, year: 2027 });
    expect(plan.grid[HN_ROW.title]![0]!.value).toBe('PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI HẰNG THÁNG');
    // No built-in id in any formula, and no CCHC.SCORE lookup: the form computes without the task pane.
    const formulas = plan.grid.flatMap((r) => r.map((c) => c?.formula)).filter((f): f is string => typeof f === 'string');
    expect(formulas.some((f) => /hn-m0|CCHC\.SCORE|KPI\.MONTHLY/.test(f))).toBe(false);
    // Row II and the head's total by the unit's 68 KPI points and 32 general points.
    expect(plan.grid[HN_CELL.total[0]]![HN_CELL.total[1]]!.formula).toMatch(/^=IF\(ISNUMBER\([A-Z]+\d+\),ROUND\([A-Z]+\d+\+[A-Z]+\d+\*68,2\),""\)$/);
    // The record and each row's rule in hidden columns right of the marker, never over the leaders' KPI columns.
    expect(String(plan.grid[0]![MONTHLY_USER_COL.hash]!.value)).toMatch(/^chamdiem-khung\|phuong-hd-thang\|/);
    expect(plan.columns[MONTHLY_USER_COL.rule]!.hidden).toBe(true);
  });

  it('two people: checked without errors, scored against hand-computed points, also by the formulas in HyperFormula', async () => {
    const { wb, sheets } = await fillTwo();
    for (const [i, p] of PEOPLE.entries()) {
      const sheet = sheets[i]!;
      const check = await checkSheet(wb, { sheet, now: NOW });
      if (!check.ok) throw new Error(check.error.message.en);
      expect(check.value.value.filter((x) => x.severity === 'error')).toEqual([]);
      const score = await scoreSheet(wb, { sheet });
      if (!score.ok) throw new Error(score.error.message.en);
      const s = score.value.value;
      expect([s.total, s.level, s.template]).toEqual([p.total, p.grade, 'khung.phuong-hd-thang']);
      expect(s.sections?.map((x) => [x.id, x.self, x.max])).toEqual([['I', p.general, 32], ['II', p.kpi, 68]]);
      const values = evaluateSnapshot(wb.snapshot(sheet));
      const cell = (c: readonly [number, number]) => values[c[0]]![c[1]];
      expect(cell(HN_CELL.total)).toBe(p.total);
      expect(cell(HN_CELL.grade)).toBe(p.grade === 'HTXSNV' ? 'Hoàn thành xuất sắc nhiệm vụ' : 'Hoàn thành tốt nhiệm vụ');
    }
    // 1.8 now has 3 points: a deduction of 4 is capped at 3 and said so (K1), as on the built-in forms.
    const rows = rowsOf(wb, sheets[0]!);
    wb.setValue(sheets[0]!, a1(rows.get('1.8')!, HN_COL.deduction), 4);
    const check = await checkSheet(wb, { sheet: sheets[0]!, now: NOW });
    expect(check.ok && check.value.value.filter((x) => x.code === 'K1').map((x) => [x.cell, x.severity])).toEqual([[a1(rows.get('1.8')!, HN_COL.deduction), 'warning']]);
    const score = await scoreSheet(wb, { sheet: sheets[0]! });
    // 1.8 gives 0 instead of 2: 95,1 − 2 = 93,1.
    expect(score.ok && score.value.value.total).toBe(93.1);
  });

  it('Mẫu 1A from the two forms: grades and the quota, as by hand', async () => {
    const { wb, sheets } = await fillTwo();
    const read = await wb.read({ head: HEAD });
    expect(read.sheets.filter(isMonthlySheet).map((s) => s.name)).toEqual(sheets);
    const r = await buildSummary(wb, { cap: 0.2, details: {} });
    if (!r.ok) throw new Error(r.error.message.en);
    const s = r.value.value;
    expect(s.people.map((p) => [p.name, p.score, p.grade, p.proposedGrade, p.status, p.group])).toEqual([
      ['Nguyễn Thị An', 95.1, 'HTXSNV', 'HTTNV', 'demoted', 'staff'],
      ['Trần Văn Bình', 79, 'HTTNV', 'HTTNV', 'notA', 'staff'],
    ]);
    expect([s.quota.countA, s.quota.countB, s.quota.maxA, s.month, s.year, s.unit]).toEqual([1, 1, 0, 11, 2027, 'UBND phường Hà Đông']);
    const list = wb.snapshot(r.value.sheet).values.flat();
    expect(list).toContain('Nguyễn Thị An');
    expect(list).toContain('Trần Văn Bình');
  });

  it('a form whose framework sheet now has errors is not left out of 1A silently: the summary is refused, naming it', async () => {
    const { wb, sheets } = await fillTwo();
    const row = wb.snapshot(FRAMEWORK_SHEET_NAME).values.findIndex((r) => r[0] === '1.8');
    wb.setValue(FRAMEWORK_SHEET_NAME, a1(row, 4), 'ba điểm');
    const r = await buildSummary(wb, { cap: 0.2, details: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.vi).toMatch(new RegExp(`^Trang "${sheets[0]}": Trang "${FRAMEWORK_SHEET_NAME}" có lỗi, chưa dùng được khung: E${row + 1}: `));
  });

  it('the framework sheet changed after the fill: the check names the criterion (V1)', async () => {
    const { wb, sheets } = await fillTwo();
    const recorded = readRecord(wb.snapshot(sheets[0]!), { firstRow: HN_ROW.first, idCol: HN_COL.id, hashCol: MONTHLY_USER_COL.hash });
    expect(recorded?.id).toBe('phuong-hd-thang');
    const fwValues = wb.snapshot(FRAMEWORK_SHEET_NAME).values;
    const row = fwValues.findIndex((r) => r[0] === '2.1');
    wb.setValue(FRAMEWORK_SHEET_NAME, a1(row, 2), 'Năng lực chuyên môn (sửa)');
    const check = await checkSheet(wb, { sheet: sheets[0]!, now: NOW });
    expect(check.ok && check.value.value.filter((x) => x.code === 'V1').map((x) => x.criterion)).toEqual(['2.1']);
  });

  it('a leaders\' KPI ("KPI lãnh đạo") gives the six-part form and section I of Mẫu 1A', async () => {
    const values = unitFrameworkValues().map((r) => (r[0] === 'II' ? r.map((v, c) => (c === 5 ? 'KPI lãnh đạo' : v)) : r));
    const wb = workbookWithFramework(values);
    const r = await fillFromMyFramework(wb, { name: 'Lê Văn Cường', post: 'Phó Chủ tịch', unit: 'UBND phường Hà Đông', month: 11, year: 2027 });
    if (!r.ok || r.value.kind !== 'filled') throw new Error(JSON.stringify(r));
    const sheet = r.value.sheet;
    const rows = rowsOf(wb, sheet);
    // (1 + 1 + 1 + 1 + 0,5 + 1)/6 = 91,666…%: II = ROUND(0,91666… × 68; 2) = 62,33; I = 32: total 94,33.
    [1, 1, 1, 1, 0.5, 1].forEach((v, i) => wb.setValue(sheet, a1(rows.get('II')!, kpiValueCol(i)), v));
    const score = await scoreSheet(wb, { sheet });
    expect(score.ok && [score.value.value.total, score.value.value.level]).toEqual([94.33, 'HTXSNV']);
    const sum = await buildSummary(wb, { cap: 0.2, details: {} });
    expect(sum.ok && sum.value.value.people.map((p) => [p.name, p.group, p.score])).toEqual([['Lê Văn Cường', 'leader', 94.33]]);
  });

  it('the unit\'s own bands grade the head\'s total in the sheet (HyperFormula) as the score does', async () => {
    // A from 96: An's 95,1 is B; 75 to below 96 is B.
    const values = unitFrameworkValues().map((r) => (r[0] === 'Thang xếp loại' ? ['Thang xếp loại', 'A từ 96; B từ 75 đến dưới 96; C từ 50 đến dưới 75; D dưới 50'] : r));
    const wb = workbookWithFramework(values);
    const p = PEOPLE[0];
    const r = await fillFromMyFramework(wb, { name: p.name, month: 11, year: 2027 });
    if (!r.ok || r.value.kind !== 'filled') throw new Error(JSON.stringify(r));
    const sheet = r.value.sheet;
    const rows = rowsOf(wb, sheet);
    for (const [id, d] of Object.entries(p.deductions)) wb.setValue(sheet, a1(rows.get(id)!, HN_COL.deduction), d);
    p.parts.forEach((v, i) => wb.setValue(sheet, a1(rows.get('II')!, kpiValueCol(i)), v));
    const score = await scoreSheet(wb, { sheet });
    expect(score.ok && [score.value.value.total, score.value.value.level]).toEqual([95.1, 'HTTNV']);
    const values2 = evaluateSnapshot(wb.snapshot(sheet));
    expect([values2[HN_CELL.total[0]]![HN_CELL.total[1]], values2[HN_CELL.grade[0]]![HN_CELL.grade[1]]]).toEqual([95.1, 'Hoàn thành tốt nhiệm vụ']);
  });

  it('the smallest monthly framework: the KPI row first and the general criteria as one row', async () => {
    const values = typedSheet(
      { 'Mã khung': 'nho', 'Tên khung': 'Khung tháng rút gọn', 'Cách tính tổng': '30 điểm chung + 70 điểm KPI' },
      [
        { id: 'I', title: 'Kết quả thực hiện nhiệm vụ', max: 70, rule: 'KPI' },
        { id: 'II', title: 'Tiêu chí chung', max: 30, rule: 'trừ vào điểm tối đa' },
      ],
    );
    const wb = workbookWithFramework(values);
    const r = await fillFromMyFramework(wb, { name: 'Phạm Thu', month: 11, year: 2027 });
    if (!r.ok || r.value.kind !== 'filled') throw new Error(JSON.stringify(r));
    const sheet = r.value.sheet;
    const rows = rowsOf(wb, sheet);
    // II: 30 − 5 = 25; I: (100% + 80% + 90%)/3 = 90% × 70 = 63; total 88 → B.
    wb.setValue(sheet, a1(rows.get('II')!, HN_COL.deduction), 5);
    [1, 0.8, 0.9].forEach((v, i) => wb.setValue(sheet, a1(rows.get('I')!, kpiValueCol(i)), v));
    const score = await scoreSheet(wb, { sheet });
    if (!score.ok) throw new Error(score.error.message.en);
    expect([score.value.value.total, score.value.value.level]).toEqual([88, 'HTTNV']);
    expect(score.value.value.sections?.map((x) => [x.id, x.self])).toEqual([['II', 25], ['I', 63]]);
    const computed = evaluateSnapshot(wb.snapshot(sheet));
    expect(computed[HN_CELL.total[0]]![HN_CELL.total[1]]).toBe(88);
  });

  it('"Đối tượng" puts a contract worker in section III of Mẫu 1A; a framework for contract workers (from Mẫu 04) starts there', async () => {
    const { wb, sheets } = await fillTwo();
    expect(wb.snapshot(sheets[0]!).values[HN_CELL.category[0]]![HN_CELL.category[1]]).toBe('Công chức');
    wb.setValue(sheets[1]!, a1(HN_CELL.category[0], HN_CELL.category[1]), 'Lao động hợp đồng');
    const r = await buildSummary(wb, { cap: 0.2, details: {} });
    expect(r.ok && r.value.value.people.map((p) => [p.name, p.group])).toEqual([['Nguyễn Thị An', 'staff'], ['Trần Văn Bình', 'contract']]);
    wb.setValue(sheets[1]!, a1(HN_CELL.category[0], HN_CELL.category[1]), 'Hợp đồng 68');
    const check = await checkSheet(wb, { sheet: sheets[1]!, now: NOW });
    expect(check.ok && check.value.value.filter((x) => x.code === 'K10').map((x) => x.severity)).toEqual(['error']);

    const m04 = workbookWithFramework(valuesOf(planFrameworkSheet(HN_M04)).map((row) => (row[0] === 'Mã khung' ? ['Mã khung', 'hop-dong-thang'] : row)));
    const filled = await fillFromMyFramework(m04, { name: 'Đỗ Văn Hải', month: 11, year: 2027 });
    if (!filled.ok || filled.value.kind !== 'filled') throw new Error(JSON.stringify(filled));
    expect(m04.snapshot(filled.value.sheet).values[HN_CELL.category[0]]![HN_CELL.category[1]]).toBe('Lao động hợp đồng');
    const read = await m04.read({ head: HEAD, all: true });
    expect(peopleFrom(read.sheets, read.all ?? []).map((p) => [p.name, p.group])).toEqual([['Đỗ Văn Hải', 'contract']]);
  });

  it('the monthly kind with another shape is refused with its cell', () => {
    const reading = readUserFramework({
      name: FRAMEWORK_SHEET_NAME,
      values: typedSheet(
        { 'Mã khung': 'thu', 'Tên khung': 'Thử', 'Cách tính tổng': '30 điểm chung + 70 điểm KPI' },
        [
          { id: 'I', title: 'Chung', max: 30, rule: 'trừ vào điểm tối đa' },
          { id: 'II', title: 'KPI', max: 60, rule: 'KPI' },
          { id: 'III', title: 'Khác', max: 10, rule: 'trừ vào điểm tối đa' },
        ],
      ),
    });
    expect(reading.framework).toBeNull();
    expect(reading.findings.map((f) => f.cell)).toEqual(['B4']);
    expect(reading.findings[0]!.message.vi).toContain('khung cần đúng hai dòng cấp trên cùng');
  });

  it('the task pane (Office.js adapter, strict simulator): export, edit, two forms, "Tổng hợp 1A" in one read and one write', async () => {
    const profile = PROFILES[0]!;
    const sim = new ExcelSimulator({ profile, workbook: new SimWorkbook([new SimSheet('Sheet1')]), customFunctions: customFunctionNames() });
    const host = createOfficeHost(sim.run, { supports: sim.isSetSupported });
    const exported = await exportFramework(host, 'hn-m03');
    if (!exported.ok) throw new Error(exported.error.message.en);
    const fw = sim.workbook.sheet(FRAMEWORK_SHEET_NAME);
    for (let r = 0; r < 60; r++) {
      const a = fw.cell(r, 0)?.value;
      if (typeof a !== 'string') continue;
      if (HEAD_CHANGES.has(a)) fw.put(r, 1, HEAD_CHANGES.get(a)!);
      if (MAX_CHANGES.has(a)) fw.put(r, MAX_COLUMN, MAX_CHANGES.get(a)!);
    }
    for (const p of PEOPLE) {
      const r = await fillFromMyFramework(host, { name: p.name, unit: 'UBND phường Hà Đông', month: 11, year: 2027 });
      if (!r.ok || r.value.kind !== 'filled') throw new Error(JSON.stringify(r));
      const form = sim.workbook.sheet(r.value.sheet);
      const rowOf = (id: string) => {
        for (let k = HN_ROW.first; k < 80; k++) if (form.cell(k, HN_COL.id)?.value === id) return k;
        throw new Error(id);
      };
      for (const [id, d] of Object.entries(p.deductions)) form.put(rowOf(id), HN_COL.deduction, d);
      p.parts.forEach((v, i) => form.put(rowOf('II'), kpiValueCol(i), v));
    }
    const from = sim.syncs.length;
    const r = await buildSummary(host, { cap: 0.2, details: {} });
    expect(sim.syncs.length - from).toBeLessThanOrEqual(2);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.value.people.map((p) => [p.name, p.score, p.proposedGrade, p.status])).toEqual([
      ['Nguyễn Thị An', 95.1, 'HTTNV', 'demoted'],
      ['Trần Văn Bình', 79, 'HTTNV', 'notA'],
    ]);
  });
});
