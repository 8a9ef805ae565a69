import { describe, expect, it } from 'vitest';
import { flatten, getFramework, HN_M01, HN_M02, HN_M03, HN_M04 } from '../../src/scoring';
import { a1, parseA1 } from '../../src/sheet/a1';
import { checkMonthly, HN_TEMPLATES, readMonthly, scoreMonthly } from '../../src/sheet/hn';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { checkSheet, fillTemplate, peopleFrom, scoreSheet } from '../../src/sheet/operations';
import { HEAD, MARKER_COL, MARKER_ROW } from '../../src/sheet/plans/builder';
import { HN_CELL, HN_COL, HN_ROW, kpiPercentCols, kpiValueCol } from '../../src/sheet/plans/hnMonthly';
import { TASKS_CELL, WORK_COL } from '../../src/sheet/plans/hnTasks';
import { getTemplate } from '../../src/sheet/templates';
import type { CellValue, Details, SheetPlan, SheetSnapshot } from '../../src/sheet/types';

const DETAILS: Details = { name: 'Nguyễn Thị Lan', post: 'Chuyên viên', unit: 'Phòng Văn hóa - Xã hội', month: 11, year: 2026 };
const BEFORE_DEADLINE = new Date('2026-11-20T09:00:00Z');
const A = (at: readonly [number, number]) => a1(at[0], at[1]);

/** Every template's plan is data a host can apply as is. */
function expectWellFormed(plan: SheetPlan, templateId: string, headCells: readonly (readonly [number, number])[]): void {
  expect(plan.templateId).toBe(templateId);
  expect(plan.grid[MARKER_ROW]?.[MARKER_COL]?.value).toBe(`chamdiem:${templateId}:1`);
  expect(plan.columns[MARKER_COL]?.hidden).toBe(true);
  const width = plan.grid[0]!.length;
  for (const row of plan.grid) {
    expect(row.length).toBe(width);
    for (const c of row) {
      if (c?.formula !== undefined) expect(c.formula.startsWith('=')).toBe(true);
      if (c?.formula !== undefined) expect(c.value ?? null).toBeNull();
    }
  }
  const inside = (ref: string) => {
    const at = parseA1(ref);
    return at !== null && at.row < plan.grid.length && at.col < width;
  };
  for (const v of plan.validations) {
    for (const ref of v.range.split(':')) expect(inside(ref), `${v.range} inside the grid`).toBe(true);
    expect(v.list.length).toBeGreaterThan(0);
  }
  for (const m of plan.merges) for (const ref of m.split(':')) expect(inside(ref), `${m} inside the grid`).toBe(true);
  expect(plan.print.area).toMatch(/^A1:[A-Z]+\d+$/);
  expect(plan.print.paper).toBe('A4');
  expect(inside(plan.print.area.split(':')[1]!)).toBe(true);
  expect(plan.frozen.rows).toBeGreaterThan(0);
  expect(plan.sheetName.length).toBeLessThanOrEqual(31);
  for (const [r, c] of headCells) {
    expect(r).toBeLessThan(HEAD.rows);
    expect(c).toBeLessThan(HEAD.columns);
    expect(plan.grid[r]?.[c]).toBeDefined();
  }
}

/** The work plan's first item row and the result cells, from the plan. */
function workRows(plan: SheetPlan): { header: number; first: number } {
  const header = plan.grid.findIndex((r, i) => i > HN_ROW.header && r[0]?.value === 'STT');
  return { header, first: header + 1 };
}

interface Filled {
  readonly wb: MemoryWorkbook;
  readonly sheet: string;
  readonly plan: SheetPlan;
  set(ref: string, v: CellValue): void;
  row(id: string): number;
  snapshot(): SheetSnapshot;
  /** Types a work item into the n-th row of the work plan. */
  item(n: number, assigned: number, completed: number, failed?: number, delays?: number, k?: number, excused?: string): void;
}

async function fill(templateId: string, details: Details = DETAILS, wb = new MemoryWorkbook()): Promise<Filled> {
  const r = await fillTemplate(wb, templateId, details);
  if (!r.ok) throw new Error(r.error.message.en);
  const sheet = r.value.sheet;
  const plan = getTemplate(templateId)!.plan(details);
  const { first } = plan.grid.some((row) => row[0]?.value === 'STT') ? workRows(plan) : { first: 0 };
  const set = (ref: string, v: CellValue) => wb.setValue(sheet, ref, v);
  return {
    wb,
    sheet,
    plan,
    set,
    row: (id) => plan.layout.rowOf[id]!,
    snapshot: () => wb.snapshot(sheet),
    item: (n, assigned, completed, failed, delays, k, excused) => {
      const row = first + n;
      set(a1(row, WORK_COL.assigned), assigned);
      set(a1(row, WORK_COL.completed), completed);
      if (failed !== undefined) set(a1(row, WORK_COL.failedReviews), failed);
      if (delays !== undefined) set(a1(row, WORK_COL.delays), delays);
      if (k !== undefined) set(a1(row, WORK_COL.coefficient), k);
      if (excused !== undefined) set(a1(row, WORK_COL.excused), excused);
    },
  };
}

/** A month done in full: one work item completed, leaders' d, đ, e at 100%, the self-grade matching. */
async function cleanMonth(templateId: string): Promise<Filled> {
  const f = await fill(templateId);
  f.item(0, 10, 10);
  f.item(1, 4, 4, 0, 0, 0.5);
  if (templateId === 'hn-m01' || templateId === 'hn-m02') {
    for (const i of [3, 4, 5]) f.set(a1(f.row('II'), kpiValueCol(i)), '100%');
  }
  f.set(A(HN_CELL.selfGrade), 'Hoàn thành xuất sắc nhiệm vụ');
  return f;
}

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('hn-m01 … hn-m04: the plan', () => {
  it.each(['hn-m01', 'hn-m02', 'hn-m03', 'hn-m04'])('%s is well-formed, its head block within 12 × 26', (id) => {
    const plan = getTemplate(id)!.plan(DETAILS);
    const leader = id === 'hn-m01' || id === 'hn-m02';
    expectWellFormed(plan, id, Object.values(HN_CELL).filter((at) => (leader || at !== HN_CELL.isHead) && (id === 'hn-m03' || at !== HN_CELL.category)));
    expect(plan.frozen).toEqual({ rows: HN_ROW.header + 1, columns: 2 });
    expect(plan.print).toMatchObject({ orientation: 'portrait', fitToWidth: true, titleRows: '$9:$9' });
    expect(plan.print.area.startsWith('A1:H')).toBe(true);
  });

  it('puts the official columns in the official order, the add-in columns marked', () => {
    const plan = getTemplate('hn-m03')!.plan(DETAILS);
    const header = plan.grid[HN_ROW.header]!;
    expect([0, 1, 2, 5].map((c) => header[c]?.value)).toEqual(['TT', 'TIÊU CHÍ', 'ĐIỂM TỐI ĐA', 'GHI CHÚ (lý do trừ điểm)']);
    expect(header[HN_COL.deduction]).toMatchObject({ value: 'Điểm trừ', style: 'inputHeader' });
    expect(header[HN_COL.self]).toMatchObject({ value: 'Điểm tự chấm', style: 'inputHeader' });
    expect(plan.merges).toContain(`F${HN_ROW.header + 1}:H${HN_ROW.header + 1}`);
  });

  it('writes one row per criterion, deductions as inputs, self-scores through KPI.DEDUCT, parents as SUM', () => {
    const plan = getTemplate('hn-m03')!.plan(DETAILS);
    const row = (id: string) => plan.layout.rowOf[id]!;
    flatten(HN_M03).forEach((p, i) => {
      expect(row(p.node.id)).toBe(HN_ROW.first + i);
      expect(plan.grid[row(p.node.id)]![HN_COL.id]?.value).toBe(p.node.id);
    });
    const r11 = row('1.1');
    expect(plan.grid[r11]![HN_COL.deduction]).toMatchObject({ input: true, style: 'input' });
    expect(plan.grid[r11]![HN_COL.self]?.formula).toBe(`=KPI.DEDUCT(C${r11 + 1},D${r11 + 1})`);
    expect(plan.grid[row('1')]![HN_COL.self]?.formula).toBe(`=SUM(${['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8'].map((id) => `E${row(id) + 1}`).join(',')})`);
    expect(plan.grid[row('I')]![HN_COL.self]?.formula).toBe(`=SUM(E${row('1') + 1},E${row('2') + 1},E${row('3') + 1})`);
    const total = HN_ROW.first + flatten(HN_M03).length;
    expect(plan.grid[total]![HN_COL.title]?.value).toBe('TỔNG ĐIỂM (I + II)');
    expect(plan.grid[total]![HN_COL.self]?.formula).toBe(`=SUM(E${row('I') + 1},E${row('II') + 1})`);
  });

  it('computes row II from a, b, c (and d, đ, e for leaders) and the head from the table', () => {
    const staff = getTemplate('hn-m03')!.plan(DETAILS);
    const r2 = staff.layout.rowOf['II']!;
    const pct = a1(r2, kpiPercentCols(HN_M03).value);
    const parts = [0, 1, 2].map((i) => a1(r2, kpiValueCol(i)));
    expect(staff.grid[r2]![kpiPercentCols(HN_M03).value]?.formula).toBe(`=IF(COUNT(${parts.join(',')})<3,"",KPI.RESULT(${parts.join(',')}))`);
    expect(staff.grid[r2]![HN_COL.self]?.formula).toBe(`=IF(ISNUMBER(${pct}),ROUND(${pct}*70,2),"")`);
    const { header } = workRows(staff);
    expect(staff.grid[r2]![kpiValueCol(0)]?.formula).toBe(`=C${header - 2}`);
    expect(staff.grid[header - 3]![2]?.formula).toContain('KPI.QUANTITY(');
    expect(staff.grid[header - 2]![2]?.formula).toContain('KPI.QUALITY(');
    expect(staff.grid[header - 1]![2]?.formula).toContain('KPI.TIMELINESS(');
    expect(staff.grid[header]!.slice(0, 8).map((c) => c?.value)).toEqual([
      'STT', 'Sản phẩm/công việc', 'Hệ số quy đổi (k)', 'Số được giao', 'Số hoàn thành', 'Số lần không đạt chất lượng', 'Số lần chậm tiến độ', 'Nguyên nhân khách quan (x)',
    ]);
    expect(staff.grid.length - header - 1).toBe(15);
    expect(staff.grid[HN_CELL.total[0]]![HN_CELL.total[1]]?.formula).toBe(`=IF(ISNUMBER(${pct}),KPI.MONTHLY(E${staff.layout.rowOf['I']! + 1},${pct}),"")`);
    expect(staff.grid[HN_CELL.grade[0]]![HN_CELL.grade[1]]?.formula).toBe('=IF(ISNUMBER(B6),KPI.GRADE(B6,"name"),"")');
    expect(staff.grid[HN_CELL.deadline[0]]![HN_CELL.deadline[1]]).toMatchObject({ formula: '=IF(AND(ISNUMBER(E4),ISNUMBER(E3)),KPI.DEADLINE(E4,E3,"self"),"")', numberFormat: 'dd/mm/yyyy' });
    // No "cấp trưởng" on the staff forms.
    expect(staff.grid[HN_CELL.isHead[0]]![HN_CELL.isHead[1]]).toBeUndefined();

    const leader = getTemplate('hn-m01')!.plan(DETAILS);
    const l2 = leader.layout.rowOf['II']!;
    const six = [0, 1, 2, 3, 4, 5].map((i) => a1(l2, kpiValueCol(i)));
    expect(leader.grid[l2]![kpiPercentCols(HN_M01).value]?.formula).toBe(`=IF(COUNT(${six.join(',')})<6,"",KPI.RESULT(${six.join(',')}))`);
    for (const i of [3, 4, 5]) {
      expect(leader.validations.find((v) => v.range === a1(l2, kpiValueCol(i)))?.list).toEqual(['100%', '50%']);
      expect(leader.grid[l2]![kpiValueCol(i)]).toMatchObject({ input: true, numberFormat: '0%' });
    }
    expect(leader.validations.find((v) => v.range === A(HN_CELL.isHead))?.list).toEqual(['Có', 'Không']);
    expect(leader.validations.find((v) => v.range === A(HN_CELL.selfGrade))?.list).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ',
    ]);
  });

  it('prefills the details asked once', () => {
    const plan = getTemplate('hn-m02')!.plan(DETAILS);
    const v = (at: readonly [number, number]) => plan.grid[at[0]]![at[1]]?.value;
    expect([v(HN_CELL.name), v(HN_CELL.post), v(HN_CELL.unit), v(HN_CELL.month), v(HN_CELL.year), v(HN_CELL.isHead)]).toEqual([
      'Nguyễn Thị Lan', 'Chuyên viên', 'Phòng Văn hóa - Xã hội', 11, 2026, 'Không',
    ]);
    expect(plan.sheetName).toBe('Mẫu 02 Nguyễn Thị Lan 11-2026');
  });
});

describe('hn-m01 … hn-m04: person()', () => {
  it('reads back a head written by the plan (leader form, head of unit)', async () => {
    const wb = new MemoryWorkbook();
    const r = await fillTemplate(wb, 'hn-m01', {});
    const sheet = r.ok ? r.value.sheet : '';
    wb.setValue(sheet, 'B3', 'Nguyễn Văn A');
    wb.setValue(sheet, 'B4', 'Trưởng phòng');
    wb.setValue(sheet, 'B5', 'Phòng Kinh tế');
    wb.setValue(sheet, 'E3', '11');
    wb.setValue(sheet, 'E4', 2026);
    wb.setValue(sheet, 'E5', 'Có');
    wb.setValue(sheet, 'B8', 'Hoàn thành tốt nhiệm vụ');
    // As Excel would hold the computed total.
    wb.setValue(sheet, 'B6', 88.5);
    const head = (await wb.read({ head: HEAD })).sheets.find((s) => s.name === sheet)!;
    expect(getTemplate('hn-m01')!.person!(head)).toEqual({
      sheet,
      templateId: 'hn-m01',
      name: 'Nguyễn Văn A',
      post: 'Trưởng phòng',
      unit: 'Phòng Kinh tế',
      group: 'leader',
      isHead: true,
      score: 88.5,
      selfGrade: 'Hoàn thành tốt nhiệm vụ',
      month: 11,
      year: 2026,
      dutyGroup: '',
      review: '',
      decidedGrade: null,
      override: null,
    });
  });

  it('reads groups per form; an uncomputed total is no score; "Không" is not a head', async () => {
    const wb = new MemoryWorkbook();
    for (const id of ['hn-m02', 'hn-m03', 'hn-m04', 'hn-tasks']) await fillTemplate(wb, id, { ...DETAILS, name: id });
    const people = peopleFrom((await wb.read({ head: HEAD })).sheets);
    expect(people.map((p) => [p.templateId, p.group, p.isHead, p.score, p.selfGrade])).toEqual([
      ['hn-m02', 'leader', false, null, null],
      ['hn-m03', 'staff', false, null, null],
      ['hn-m04', 'contract', false, null, null],
    ]);
    expect(people.every((p) => p.month === 11 && p.year === 2026 && p.post === 'Chuyên viên')).toBe(true);
  });
});

describe('hn-m01 … hn-m04: score()', () => {
  it.each(['hn-m01', 'hn-m02', 'hn-m03', 'hn-m04'])('%s: a full month, no deductions, a, b, c all complete: 100 points, HTXSNV', async (id) => {
    const f = await cleanMonth(id);
    const s = getTemplate(id)!.score!(f.snapshot());
    expect(s).toMatchObject({ template: id, sheet: f.sheet, total: 100, level: 'HTXSNV', forecastTotal: 100 });
    expect(s.sections).toEqual([
      expect.objectContaining({ id: 'I', self: 30, forecast: 30, max: 30 }),
      expect.objectContaining({ id: 'II', self: 70, forecast: 70, max: 70 }),
    ]);
    expect(s.criteria.map((c) => c.id)).toEqual(flatten(getFramework(id)!).map((p) => p.node.id));
  });

  it('applies deductions capped by the criterion: never below 0', async () => {
    const f = await cleanMonth('hn-m03');
    f.set(`D${f.row('1.8') + 1}`, 5); // max 1
    f.set(`D${f.row('2.1') + 1}`, '0,5'); // as Vietnamese offices type it
    const s = scoreMonthly(HN_M03, f.snapshot());
    const c = (id: string) => s.criteria.find((x) => x.id === id)!;
    expect(c('1.8')).toMatchObject({ self: 0, maxPoints: 1 });
    expect(c('2.1')).toMatchObject({ self: 2.5 });
    expect(c('1')).toMatchObject({ self: 14 });
    expect(c('I')).toMatchObject({ self: 28.5 });
    expect(s.total).toBe(98.5);
  });

  it('computes a, b, c from the work plan with coefficients, failed reviews, delays and excused rows', async () => {
    const f = await fill('hn-m03');
    f.item(0, 10, 10, 1, 0); // b loses 25% of 10
    f.item(1, 5, 4, 0, 2, 2); // k = 2: 8 of 10 units, c loses 50% of 8
    f.item(2, 4, 4, 2, 2, 1, 'x'); // objective cause: no deduction
    const r = readMonthly(HN_M03, f.snapshot());
    // assigned 10 + 10 + 4 = 24 units; completed 10 + 8 + 4 = 22
    expect(r.plan!.components!.quantity).toBeCloseTo(22 / 24, 12);
    expect(r.plan!.components!.quality).toBeCloseTo((7.5 + 8 + 4) / 24, 12);
    expect(r.plan!.components!.timeliness).toBeCloseTo((10 + 4 + 4) / 24, 12);
    const kpi = (22 / 24 + 19.5 / 24 + 18 / 24) / 3;
    expect(r.kpiPoints).toBe(Math.round(kpi * 70 * 100) / 100);
    expect(r.total).toBe(Math.round((30 + kpi * 70) * 100) / 100);
  });

  it('uses a, b, c typed over the formulas', async () => {
    const f = await fill('hn-m03');
    const r2 = f.row('II');
    f.set(a1(r2, kpiValueCol(0)), 0.9);
    f.set(a1(r2, kpiValueCol(1)), '80%');
    f.set(a1(r2, kpiValueCol(2)), 1);
    expect(scoreMonthly(HN_M03, f.snapshot()).total).toBe(30 + 63);
  });

  it('leaders: (a+b+c+d+đ+e)/6 with d at 50%', async () => {
    const f = await cleanMonth('hn-m01');
    f.set(a1(f.row('II'), kpiValueCol(3)), 0.5);
    const s = scoreMonthly(HN_M01, f.snapshot());
    expect(s.total).toBe(Math.round((30 + (5.5 / 6) * 70) * 100) / 100);
    expect(s.level).toBe('HTXSNV');
  });

  it('ignores stale cached results: total, subtotals and self-scores are recomputed', async () => {
    const f = await cleanMonth('hn-m03');
    const snap = f.snapshot();
    const values = snap.values.map((r) => [...r]);
    values[HN_CELL.total[0]]![HN_CELL.total[1]] = 12;
    values[f.row('I')]![HN_COL.self] = 3;
    values[f.row('1.1')]![HN_COL.self] = 0;
    values[f.row('II')]![HN_COL.self] = 1;
    const s = scoreMonthly(HN_M03, { ...snap, values });
    expect(s.total).toBe(100);
    expect(s.criteria.find((c) => c.id === '1.1')).toMatchObject({ self: 2, stored: 0 });
  });

  it('works through scoreSheet on the active sheet', async () => {
    const f = await cleanMonth('hn-m04');
    const r = await scoreSheet(f.wb, { sheet: f.sheet });
    expect(r.ok && r.value.value.total).toBe(100);
  });
});

describe('hn-m01 … hn-m04: check()', () => {
  it.each(['hn-m01', 'hn-m02', 'hn-m03', 'hn-m04'])('%s: nothing on a clean month', async (id) => {
    const f = await cleanMonth(id);
    expect(getTemplate(id)!.check!(f.snapshot(), BEFORE_DEADLINE)).toEqual([]);
  });

  it('K1: a negative deduction is an error, one above the maximum a warning (capped)', async () => {
    const f = await cleanMonth('hn-m03');
    f.set(`D${f.row('1.1') + 1}`, -1);
    f.set(`D${f.row('1.8') + 1}`, 3);
    f.set(`D${f.row('2.1') + 1}`, 'nhiều');
    f.set(A(HN_CELL.selfGrade), 'Hoàn thành tốt nhiệm vụ');
    const issues = checkMonthly(HN_M03, f.snapshot(), BEFORE_DEADLINE);
    expect(issues.filter((i) => i.code === 'K1').map((i) => [i.severity, i.cell, i.criterion])).toEqual([
      ['error', `D${f.row('1.1') + 1}`, '1.1'],
      ['warning', `D${f.row('1.8') + 1}`, '1.8'],
      ['error', `D${f.row('2.1') + 1}`, '2.1'],
    ]);
    const capped = issues.find((i) => i.criterion === '1.8')!;
    expect(capped).toMatchObject({ sheet: f.sheet });
    expect(capped.message.vi).toContain('chỉ trừ 1');
    expect(capped.message.en).toContain('only 1 is deducted');
  });

  it('K1: a self-score typed over the formula is accepted when no deduction, checked when out of range', async () => {
    const f = await cleanMonth('hn-m03');
    f.set(`E${f.row('1.1') + 1}`, 1.5);
    f.set(`E${f.row('1.2') + 1}`, 7);
    const issues = checkMonthly(HN_M03, f.snapshot(), BEFORE_DEADLINE);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['K1', 'error', `E${f.row('1.2') + 1}`]]);
    expect(scoreMonthly(HN_M03, f.snapshot()).criteria.find((c) => c.id === '1.1')?.self).toBe(1.5);
  });

  it('K2: completed above assigned, and unreadable work items', async () => {
    const f = await cleanMonth('hn-m03');
    f.item(2, 3, 5);
    f.item(3, 2, 1, 0.5);
    const issues = checkMonthly(HN_M03, f.snapshot(), BEFORE_DEADLINE).filter((i) => i.code === 'K2');
    const { first } = workRows(f.plan);
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([
      ['error', a1(first + 2, WORK_COL.completed)],
      ['error', a1(first + 3, WORK_COL.failedReviews)],
    ]);
    expect(issues[0]!.message.vi).toContain('lớn hơn số được giao');
  });

  it('K3: a fraction above 100%; K4: a, b, c missing; K9: typed a against the work plan', async () => {
    const f = await cleanMonth('hn-m03');
    const r2 = f.row('II');
    f.set(a1(r2, kpiValueCol(0)), 95); // meant 95%
    f.set(a1(r2, kpiValueCol(1)), 0.9); // the plan gives 100%
    const issues = checkMonthly(HN_M03, f.snapshot(), BEFORE_DEADLINE);
    expect(issues.find((i) => i.code === 'K3')).toMatchObject({ severity: 'error', cell: a1(r2, kpiValueCol(0)), criterion: 'II' });
    expect(issues.find((i) => i.code === 'K9')).toMatchObject({ severity: 'warning', cell: a1(r2, kpiValueCol(1)) });

    const empty = await fill('hn-m03');
    const missing = checkMonthly(HN_M03, empty.snapshot(), BEFORE_DEADLINE);
    expect(missing.filter((i) => i.code === 'K4')).toEqual([
      expect.objectContaining({ severity: 'warning', cell: a1(empty.row('II'), kpiValueCol(0)), criterion: 'II' }),
    ]);
    expect(missing.find((i) => i.code === 'K4')!.message.vi).toContain('Kế hoạch công tác tháng');
    // Issue 11 item 17: an unfilled form is "chưa đủ dữ liệu", not "30 điểm — Không hoàn thành nhiệm vụ".
    const unfilled = scoreMonthly(HN_M03, empty.snapshot());
    expect(unfilled).toMatchObject({ total: 30, level: '', notCounted: [] });
    expect(unfilled.incomplete?.vi).toBe('Chưa đủ dữ liệu để xếp loại.');
  });

  it('K4 and K5: leaders\' d, đ, e missing, or neither 100% nor 50%', async () => {
    const f = await fill('hn-m02');
    f.item(0, 10, 10);
    const r2 = f.row('II');
    f.set(a1(r2, kpiValueCol(3)), 0.7);
    f.set(a1(r2, kpiValueCol(4)), '50%');
    const issues = checkMonthly(HN_M02, f.snapshot(), BEFORE_DEADLINE);
    expect(issues.find((i) => i.code === 'K5')).toMatchObject({ severity: 'error', cell: a1(r2, kpiValueCol(3)) });
    expect(issues.find((i) => i.code === 'K4')).toMatchObject({ severity: 'warning', cell: a1(r2, kpiValueCol(5)) });
  });

  it('K6: a self-grade above the grade of the score is a warning, below it an info; not a grade is an error', async () => {
    const f = await cleanMonth('hn-m03');
    f.set(`D${f.row('1.1') + 1}`, 2);
    f.set(`D${f.row('2.1') + 1}`, 3); // 95 → A
    f.set(A(HN_CELL.selfGrade), 'Hoàn thành nhiệm vụ');
    expect(checkMonthly(HN_M03, f.snapshot(), BEFORE_DEADLINE)).toEqual([
      expect.objectContaining({ code: 'K6', severity: 'info', cell: 'B8' }),
    ]);
    f.set(`D${f.row('3') + 1}`, 5);
    f.set(`D${f.row('2.4') + 1}`, 3); // 87 → B
    f.set(A(HN_CELL.selfGrade), 'A');
    const higher = checkMonthly(HN_M03, f.snapshot(), BEFORE_DEADLINE);
    expect(higher).toEqual([expect.objectContaining({ code: 'K6', severity: 'warning', cell: 'B8' })]);
    expect(higher[0]!.message.vi).toContain('87');
    f.set(A(HN_CELL.selfGrade), 'Xuất sắc lắm');
    expect(checkMonthly(HN_M03, f.snapshot(), BEFORE_DEADLINE)).toEqual([expect.objectContaining({ code: 'K6', severity: 'error' })]);
  });

  it('K7: no self-grade on or after the 25th (December: the 15th)', async () => {
    const f = await cleanMonth('hn-m03');
    f.set(A(HN_CELL.selfGrade), null);
    const check = (now: string) => codes(checkMonthly(HN_M03, f.snapshot(), new Date(now)));
    expect(check('2026-11-24T23:00:00Z')).toEqual([]);
    expect(check('2026-11-25T00:00:00Z')).toEqual(['K7']);
    f.set(A(HN_CELL.month), 12);
    expect(check('2026-12-14T12:00:00Z')).toEqual([]);
    expect(check('2026-12-15T00:00:00Z')).toEqual(['K7']);
    f.set(A(HN_CELL.selfGrade), 'Hoàn thành xuất sắc nhiệm vụ');
    expect(check('2026-12-20T00:00:00Z')).toEqual([]);
  });

  it('K8: name, month or year missing or impossible', async () => {
    const f = await cleanMonth('hn-m04');
    f.set(A(HN_CELL.name), '');
    f.set(A(HN_CELL.month), 13);
    f.set(A(HN_CELL.year), null);
    const issues = checkMonthly(HN_M04, f.snapshot(), BEFORE_DEADLINE);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['K8', 'warning', 'B3'],
      ['K8', 'error', 'E3'],
      ['K8', 'warning', 'E4'],
    ]);
    for (const i of issues) {
      expect(i.message.vi.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
  });

  it('runs through checkSheet, errors first', async () => {
    const f = await cleanMonth('hn-m03');
    f.set(`D${f.row('1.8') + 1}`, 3);
    f.set(`D${f.row('1.1') + 1}`, -2);
    const r = await checkSheet(f.wb, { sheet: f.sheet, now: BEFORE_DEADLINE });
    expect(r.ok && r.value.value.map((i) => [i.code, i.severity])).toEqual([
      ['K1', 'error'],
      ['K1', 'warning'],
    ]);
  });

  it('finds criteria and the work plan by their text after rows were inserted', async () => {
    const f = await cleanMonth('hn-m03');
    const snap = f.snapshot();
    const blank = () => snap.values[0]!.map(() => '' as CellValue);
    const at = f.row('2');
    const shift = <T,>(rows: readonly (readonly T[])[], filler: () => T[]) => [...rows.slice(0, at), filler(), ...rows.slice(at)];
    const moved: SheetSnapshot = { name: snap.name, values: shift(snap.values, blank), formulas: shift(snap.formulas, blank) };
    // Excel moves the references of the formulas below; the a, b, c formulas of row II point one row lower.
    const ii = f.row('II') + 1;
    const formulas = moved.formulas.map((r) => [...r]);
    for (let i = 0; i < 3; i++) formulas[ii]![kpiValueCol(i)] = String(formulas[ii]![kpiValueCol(i)]).replace(/\d+$/, (n) => String(Number(n) + 1));
    expect(scoreMonthly(HN_M03, { ...moved, formulas }).total).toBe(100);
  });
});

describe('hn-tasks', () => {
  const def = HN_TEMPLATES.find((t) => t.id === 'hn-tasks')!;

  it('is well-formed, a, b, c and KPI% at the top, 40 rows, no score and no person', () => {
    const plan = def.plan(DETAILS);
    expectWellFormed(plan, 'hn-tasks', Object.values(TASKS_CELL));
    const header = plan.layout.headerRow;
    expect(header).toBeLessThan(HEAD.rows);
    expect(plan.grid[header - 1]![2]?.formula).toBe('=IF(COUNT(C7,C8,C9)<3,"",KPI.RESULT(C7,C8,C9))');
    expect(plan.grid.length - header - 1).toBe(40);
    expect(plan.grid[header - 4]![2]?.formula).toBe(`=IF(COUNT(D12:D51,E12:E51)=0,"",KPI.QUANTITY(E12:E51,D12:D51,C12:C51))`);
    expect(def.score).toBeUndefined();
    expect(def.person).toBeUndefined();
  });

  it('check: K2 on a work item, K3 on a typed result above 100%, nothing when clean', async () => {
    const f = await fill('hn-tasks');
    const first = f.plan.layout.firstRow;
    const set = (n: number, col: number, v: CellValue) => f.set(a1(first + n, col), v);
    set(0, WORK_COL.assigned, 10);
    set(0, WORK_COL.completed, 9);
    expect(def.check!(f.snapshot(), BEFORE_DEADLINE)).toEqual([]);
    set(1, WORK_COL.assigned, 2);
    set(1, WORK_COL.completed, 3);
    f.set('C8', '120%');
    const issues = def.check!(f.snapshot(), BEFORE_DEADLINE);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['K2', 'error', a1(first + 1, WORK_COL.completed)],
      ['K3', 'error', 'C8'],
    ]);
  });
});
