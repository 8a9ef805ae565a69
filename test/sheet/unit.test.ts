import { describe, expect, it } from 'vitest';
import { getFramework, HN_M03 } from '../../src/scoring';
import { a1, parseA1 } from '../../src/sheet/a1';
import { readMonthly } from '../../src/sheet/hn';
import { MemoryWorkbook, sheetSnapshot, type MemorySheet } from '../../src/sheet/memoryHost';
import { buildSummary, checkSheet, fillTemplate, scoreSheet } from '../../src/sheet/operations';
import { HEAD, MARKER_COL, MARKER_ROW } from '../../src/sheet/plans/builder';
import { HN_CELL, kpiValueCol } from '../../src/sheet/plans/hnMonthly';
import { WORK_COL } from '../../src/sheet/plans/hnTasks';
import { STATUS_TEXT } from '../../src/sheet/summary';
import { getTemplate } from '../../src/sheet/templates';
import type { CellValue, SheetPlan } from '../../src/sheet/types';

function expectWellFormed(plan: SheetPlan, templateId: string): void {
  expect(plan.grid[MARKER_ROW]?.[MARKER_COL]?.value).toBe(`chamdiem:${templateId}:1`);
  const width = plan.grid[0]!.length;
  const inside = (ref: string) => {
    const at = parseA1(ref);
    return at !== null && at.row < plan.grid.length && at.col < width;
  };
  for (const row of plan.grid) for (const c of row) if (c?.formula !== undefined) expect(c.formula.startsWith('=')).toBe(true);
  for (const v of plan.validations) for (const ref of v.range.split(':')) expect(inside(ref)).toBe(true);
  for (const m of plan.merges) for (const ref of m.split(':')) expect(inside(ref)).toBe(true);
  expect(plan.print.area).toMatch(/^A1:[A-Z]+\d+$/);
  expect(inside(plan.print.area.split(':')[1]!)).toBe(true);
  expect(plan.frozen.rows).toBeGreaterThan(0);
  expect(plan.frozen.rows).toBeLessThanOrEqual(HEAD.rows);
}

describe('hn-1a and hn-2a: blank official forms', () => {
  it.each(['hn-1a', 'hn-2a'])('%s is well-formed, for the month asked', (id) => {
    const def = getTemplate(id)!;
    const plan = def.plan({ unit: 'Phòng Văn hóa - Xã hội', month: 11, year: 2026 });
    expectWellFormed(plan, id);
    expect(plan.sheetName).toBe(`${id === 'hn-1a' ? '1A' : '2A'} 11-2026`);
    expect(plan.grid[0]![0]?.value).toBe('PHÒNG VĂN HÓA - XÃ HỘI');
    expect(def.check).toBeUndefined();
    expect(def.score).toBeUndefined();
    expect(def.person).toBeUndefined();
  });

  it('hn-1a keeps the sections of Mẫu 1A with nobody in them, and the quota box', () => {
    const plan = getTemplate('hn-1a')!.plan({});
    const column = (c: number) => plan.grid.map((r) => r[c]?.value);
    expect(column(1)).toEqual(expect.arrayContaining(['Lãnh đạo', 'Cấp trưởng', 'Cấp phó', 'Công chức, viên chức', 'Lao động hợp đồng', 'Đề xuất khen thưởng']));
    expect(plan.grid[4]![0]?.value).toBe('Tháng …/20…');
    expect(column(16)).toContain('Số loại A được giữ');
  });

  it('fills into a workbook like any template', async () => {
    const wb = new MemoryWorkbook();
    for (const id of ['hn-1a', 'hn-2a']) expect((await fillTemplate(wb, id, { month: 11, year: 2026 })).ok).toBe(true);
    expect(wb.sheets.map((s) => s.name)).toEqual(['1A 11-2026', '2A 11-2026']);
    expect((await checkSheet(wb, { sheet: '1A 11-2026' })).ok).toBe(true);
    expect((await scoreSheet(wb, { sheet: '1A 11-2026' })).ok).toBe(false);
  });
});

/**
 * Stands in for Excel computing the head's total (B6 = KPI.MONTHLY…): the same recomputation from the inputs as the
 * check and score use. Other formulas stay uncomputed, as in the plain in-memory host.
 */
const TOTAL_CELL = a1(HN_CELL.total[0], HN_CELL.total[1]);
const excelTotals = (sheet: MemorySheet, ref: string): CellValue => {
  const id = sheet.plan?.templateId ?? '';
  if (ref !== TOTAL_CELL || !id.startsWith('hn-m')) return null;
  return readMonthly(getFramework(id)!, sheetSnapshot(sheet)).total;
};

interface Person {
  readonly name: string;
  readonly deductions?: Readonly<Record<string, number>>;
  /** Work items: [assigned, completed, failed reviews]. */
  readonly plan?: readonly (readonly [number, number, number])[];
  /** a, b, c typed over the formulas. */
  readonly typed?: readonly [CellValue, CellValue, CellValue];
  readonly selfGrade: string;
}

const A = 'Hoàn thành xuất sắc nhiệm vụ';
const B = 'Hoàn thành tốt nhiệm vụ';

// One unit of 12: four scored A (100, 95, 95, 92), eight B. At most 20% of B may be A, so 2 of the 4 may stay:
// 100 keeps A, the two 95 tie at the cut line (one seat), 92 is proposed for demotion.
const UNIT: readonly Person[] = [
  { name: 'An', plan: [[10, 10, 0]], selfGrade: A },
  { name: 'Bình', deductions: { '1.1': 2, '2.1': 3 }, plan: [[6, 6, 0], [4, 4, 0]], selfGrade: A },
  { name: 'Chi', deductions: { '3': 5 }, typed: [1, '100%', 1], selfGrade: A },
  { name: 'Dũng', deductions: { '1.1': 2, '2.1': 3, '2.4': 3 }, plan: [[10, 10, 0]], selfGrade: A },
  ...['Giang', 'Hà', 'Khánh', 'Lan', 'Minh'].map((name): Person => ({ name, typed: [0.8, 0.8, 0.8], selfGrade: B })),
  ...['Nam', 'Oanh', 'Phương'].map((name): Person => ({ name, plan: [[10, 8, 1]], selfGrade: B })),
];

describe('end to end: 12 monthly sheets → Mẫu 1A with the A quota', () => {
  it('proposes the lowest A for demotion and reports the tie at the cut line', async () => {
    const wb = new MemoryWorkbook(excelTotals);
    const plan = getTemplate('hn-m03')!.plan({});
    const row = (id: string) => plan.layout.rowOf[id]!;
    const firstItem = plan.grid.findIndex((r, i) => i > plan.layout.firstRow && r[0]?.value === 'STT') + 1;
    const sheetOf = new Map<string, string>();
    for (const p of UNIT) {
      const r = await fillTemplate(wb, 'hn-m03', { name: p.name, post: 'Chuyên viên', unit: 'Phòng Văn hóa - Xã hội', month: 11, year: 2026 });
      if (!r.ok) throw new Error(r.error.message.en);
      const sheet = r.value.sheet;
      sheetOf.set(p.name, sheet);
      for (const [id, d] of Object.entries(p.deductions ?? {})) wb.setValue(sheet, a1(row(id), 3), d);
      (p.plan ?? []).forEach(([assigned, completed, failed], i) => {
        wb.setValue(sheet, a1(firstItem + i, WORK_COL.assigned), assigned);
        wb.setValue(sheet, a1(firstItem + i, WORK_COL.completed), completed);
        if (failed) wb.setValue(sheet, a1(firstItem + i, WORK_COL.failedReviews), failed);
      });
      p.typed?.forEach((v, i) => wb.setValue(sheet, a1(row('II'), kpiValueCol(i)), v));
      wb.setValue(sheet, a1(HN_CELL.selfGrade[0], HN_CELL.selfGrade[1]), p.selfGrade);
    }
    expect(wb.sheets).toHaveLength(12);

    // Each sheet checks clean before the deadline, and scores what the head shows.
    const scores = new Map<string, number>();
    for (const [name, sheet] of sheetOf) {
      const c = await checkSheet(wb, { sheet, now: new Date('2026-11-20T00:00:00Z') });
      expect(c.ok && c.value.value, name).toEqual([]);
      const s = await scoreSheet(wb, { sheet });
      if (s.ok) scores.set(name, s.value.value.total);
    }
    expect(Object.fromEntries(scores)).toMatchObject({ An: 100, Bình: 95, Chi: 95, Dũng: 92, Giang: 86, Nam: Math.round((30 + ((0.8 + 0.6 + 0.8) / 3) * 70) * 100) / 100 });

    const r = await buildSummary(wb, { cap: 0.2, details: { unit: 'Phòng Văn hóa - Xã hội' } });
    if (!r.ok) throw new Error(r.error.message.en);
    const summary = r.value.value;
    expect(summary.people).toHaveLength(12);
    expect(summary.people.every((p) => p.group === 'staff' && !p.isHead && p.month === 11 && p.year === 2026)).toBe(true);
    expect(summary.quota).toMatchObject({ countA: 4, countB: 8, maxA: 2, cutScore: 95, seatsForTied: 1 });
    expect(summary.quota.kept).toEqual([sheetOf.get('An')]);
    expect(summary.quota.demoted).toEqual([sheetOf.get('Dũng')]);
    expect([...summary.quota.tied].sort()).toEqual([sheetOf.get('Bình'), sheetOf.get('Chi')].sort());
    const status = Object.fromEntries(summary.people.map((p) => [p.name, p.status]));
    expect(status).toMatchObject({ An: 'kept', Bình: 'tied', Chi: 'tied', Dũng: 'demoted', Giang: 'notA', Phương: 'notA' });

    // The 1A sheet is in the workbook, its lines saying who is demoted and who is tied.
    const oneA = wb.sheet(r.value.sheet)!;
    expect(r.value.sheet).toBe('1A 11-2026');
    const lineOf = (name: string) => [...oneA.cells.entries()].find(([, c]) => c.value === name)![0];
    const statusOf = (name: string) => oneA.cells.get(`K${parseA1(lineOf(name))!.row + 1}`)?.value;
    expect(statusOf('Dũng')).toBe(STATUS_TEXT.demoted.vi);
    expect(statusOf('Bình')).toBe(STATUS_TEXT.tied.vi);
    expect(statusOf('An')).toBe(STATUS_TEXT.kept.vi);
    expect([...oneA.cells.values()].some((c) => typeof c.value === 'string' && c.value.includes('bằng 95 điểm tại ngưỡng'))).toBe(true);
  });

  it('leaves a head of unit (Mẫu 01/02, "Cấp trưởng: Có") out of the quota', async () => {
    const wb = new MemoryWorkbook(excelTotals);
    const details = { unit: 'Phòng Kinh tế', month: 11, year: 2026 };
    await fillTemplate(wb, 'hn-m02', { ...details, name: 'Trưởng phòng' });
    await fillTemplate(wb, 'hn-m03', { ...details, name: 'Chuyên viên' });
    const [lead, staff] = wb.sheets.map((s) => s.name);
    const m02 = getTemplate('hn-m02')!.plan({});
    const ii = m02.layout.rowOf['II']!;
    for (const i of [0, 1, 2, 3, 4, 5]) wb.setValue(lead!, a1(ii, kpiValueCol(i)), 1);
    wb.setValue(lead!, a1(HN_CELL.isHead[0], HN_CELL.isHead[1]), 'Có');
    const ii3 = getTemplate('hn-m03')!.plan({}).layout.rowOf['II']!;
    for (const i of [0, 1, 2]) wb.setValue(staff!, a1(ii3, kpiValueCol(i)), 1);
    const r = await buildSummary(wb, { cap: 0.2, details });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.value.people.map((p) => [p.name, p.group, p.isHead, p.score, p.status])).toEqual([
      ['Trưởng phòng', 'leader', true, 100, 'head'],
      ['Chuyên viên', 'staff', false, 100, 'demoted'],
    ]);
    expect(readMonthly(HN_M03, wb.snapshot(staff!)).total).toBe(100);
  });
});
