/**
 * Issue 13 item 5 — the Hà Nội year and Decree 90: twelve monthly forms of one person, typed as a user does (one work
 * item a month, so the score is 30 + 70% × KPI), with a D month, a disciplinary override and a decided grade; the
 * year's score by the DOMAIN.md roll-up Decision, the flags, the prefilled Decree 90 form. Hand-computed below.
 */
import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/sheet/a1';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { fillTemplate } from '../../src/sheet/operations';
import { HN_CELL, OVERRIDE_DISCIPLINE } from '../../src/sheet/plans/hnMonthly';
import { WORK_COL } from '../../src/sheet/plans/hnTasks';
import { ND90_CELL } from '../../src/sheet/plans/nd90Form';
import { getTemplate } from '../../src/sheet/templates';
import { nd90LevelCell, ND90_BASIS_COL, Y_COL, Y_ROW } from '../../src/sheet/year';
import { buildYear } from '../../src/sheet/yearBuild';

/** Completed of 10 assigned, no failed review, no delay: a = b = c = completed × 10 %, score = 30 + 0.7 × that. */
const COMPLETED: Readonly<Record<number, number>> = { 1: 10, 2: 9, 3: 8, 4: 2, 5: 9, 6: 8, 7: 7, 8: 9, 9: 8, 10: 9, 11: 10, 12: 8 };
// Scores: 100, 93, 86, 44 (D), 93, 86, 79, 93, 86, 93, 100, 86 → Σ 1039, mean 86.5833 → 86.58 → HTTNV (B).

function firstItemRow(): number {
  const grid = getTemplate('hn-m03')!.plan({}).grid;
  return grid.findIndex((row) => row[WORK_COL.stt]?.value === 'STT' && String(row[WORK_COL.product]?.value ?? '').startsWith('Sản phẩm/công việc')) + 1;
}

async function workbook(withForm: boolean): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const item = firstItemRow();
  for (const [m, done] of Object.entries(COMPLETED)) {
    const month = Number(m);
    const r = await fillTemplate(wb, 'hn-m03', { name: 'Trần Thị Lan', post: 'Chuyên viên', unit: 'UBND phường Ba Đình', month, year: 2026 });
    if (!r.ok) throw new Error('fill');
    const sheet = r.value.sheet;
    wb.setValue(sheet, a1(item, WORK_COL.product), 'Hồ sơ thẩm định');
    wb.setValue(sheet, a1(item, WORK_COL.assigned), 10);
    wb.setValue(sheet, a1(item, WORK_COL.completed), done);
    wb.setValue(sheet, a1(...HN_CELL.selfGrade), month === 4 ? 'Hoàn thành nhiệm vụ' : 'Hoàn thành tốt nhiệm vụ');
    if (month === 9) {
      wb.setValue(sheet, a1(...HN_CELL.override), OVERRIDE_DISCIPLINE);
      wb.setValue(sheet, a1(...HN_CELL.overrideBasis), 'Quyết định 12/QĐ-UBND ngày 20/09/2026');
    }
    if (month === 5) wb.setValue(sheet, a1(...HN_CELL.decidedGrade), 'Hoàn thành tốt nhiệm vụ');
  }
  if (withForm) {
    const f = await fillTemplate(wb, 'nd90-m02', { name: 'Trần Thị Lan', year: 2026 });
    if (!f.ok) throw new Error('fill');
  }
  return wb;
}

describe('the Hà Nội year (DOMAIN.md Roll-up) and the Decree 90 form', () => {
  it('scores the year as the mean of the twelve months, flags the D month, the override and the decided grade', async () => {
    const wb = await workbook(false);
    const built = await buildYear(wb);
    if (!built.ok) throw new Error(built.error.message.en);
    const [h] = built.value.result.hn;
    expect(built.value.result.hn).toHaveLength(1);
    expect([...h!.months.values()].map((m) => m.score)).toEqual([100, 93, 86, 44, 93, 86, 79, 93, 86, 93, 100, 86]);
    expect([h!.rollup.score, h!.rollup.grade, h!.rollup.missing, h!.proposed]).toEqual([86.58, 'HTTNV', [], 'HTTNV']);
    expect(h!.rollup.monthsGradedD).toEqual([4]);
    expect(h!.overrides).toEqual([{ month: 9, reason: OVERRIDE_DISCIPLINE, basis: 'Quyết định 12/QĐ-UBND ngày 20/09/2026' }]);
    // Month 5: 93 points (A) and a B self-grade; the authority decided B. Month 4: decided nothing — only the D flag.
    expect(h!.decided).toEqual([{ month: 5, decided: 'HTTNV', byScore: 'HTXSNV', self: 'HTTNV' }]);
    expect(h!.form.id).toBe('nd90-m02');
    expect(h!.basis.vi).toContain('Điểm bình quân 12/12 tháng có phiếu: 86,58 → Hoàn thành tốt nhiệm vụ');
    expect(h!.basis.vi).toContain(
      `Lưu ý (chưa áp dụng vào mức đề xuất): tháng 4 xếp loại D theo điểm; tháng 9 không hoàn thành nhiệm vụ do ${OVERRIDE_DISCIPLINE} (Quyết định 12/QĐ-UBND ngày 20/09/2026); tháng 5 cấp có thẩm quyền quyết định loại B (theo điểm A, tự xếp loại B).`,
    );

    const [yearSheet, formSheet] = built.value.sheets;
    const cell = (sheet: string, r: number, c: number) => wb.sheet(sheet)!.cells.get(a1(r, c))?.value;
    expect(cell(yearSheet!.sheet, Y_ROW.first + 3, Y_COL.score)).toBe(44);
    expect(cell(yearSheet!.sheet, Y_ROW.first + 3, Y_COL.flags)).toBe('Loại D theo điểm');
    expect(cell(yearSheet!.sheet, Y_ROW.first + 12, Y_COL.score)).toBe(86.58);
    expect(formSheet!.created).toBe(true);
    const level = nd90LevelCell(formSheet!.plan)!;
    expect(wb.sheet(formSheet!.sheet)!.cells.get(level)?.value).toBe('Hoàn thành tốt nhiệm vụ');
    expect(cell(formSheet!.sheet, ...ND90_CELL.name)).toBe('Trần Thị Lan');
    expect(String(cell(formSheet!.sheet, Number(level.slice(1)) - 1, ND90_BASIS_COL))).toContain('tháng 4 xếp loại D theo điểm');
  });

  it('prefills the person’s existing form without overwriting what they typed', async () => {
    const wb = await workbook(true);
    const form = wb.sheets.find((s) => s.name.startsWith('Phiếu 02'))!.name;
    const before = await buildYear(wb);
    if (!before.ok) throw new Error('build');
    const into = before.value.sheets.find((s) => s.sheet === form)!;
    expect(into.created).toBe(false);
    const level = nd90LevelCell(into.plan)!;
    expect(wb.sheet(form)!.cells.get(level)?.value).toBe('Hoàn thành tốt nhiệm vụ');
    // The person then chooses another level and types their post; a second run keeps both.
    wb.setValue(form, level, 'Hoàn thành nhiệm vụ');
    wb.setValue(form, a1(...ND90_CELL.post), 'Chuyên viên chính');
    const again = await buildYear(wb);
    expect(again.ok).toBe(true);
    expect(wb.sheet(form)!.cells.get(level)?.value).toBe('Hoàn thành nhiệm vụ');
    expect(wb.sheet(form)!.cells.get(a1(...ND90_CELL.post))?.value).toBe('Chuyên viên chính');
    expect(wb.roundTrips).toBeGreaterThan(0);
  });

  it('built again: the year sheet is rewritten in place, a post the user typed kept, no new sheet', async () => {
    const wb = await workbook(true);
    const first = await buildYear(wb);
    if (!first.ok) throw new Error('build');
    const yearSheet = first.value.sheets[0]!.sheet;
    const post = a1(Y_ROW.post, 1);
    wb.setValue(yearSheet, post, 'Chuyên viên chính');
    // Month 12's sheet is corrected: 10 of 10 completed → 100; the year (1039 − 86 + 100) / 12 = 87.75.
    const dec = wb.sheets.find((s) => s.name.includes('12-2026') && !s.name.startsWith('Năm'))!.name;
    wb.setValue(dec, a1(firstItemRow(), WORK_COL.completed), 10);
    const count = wb.sheets.length;
    const again = await buildYear(wb);
    if (!again.ok) throw new Error('build');
    expect(wb.sheets).toHaveLength(count);
    const out = again.value.sheets.find((s) => s.sheet === yearSheet)!;
    expect([out.created, out.restyle, out.kept]).toEqual([false, true, [post]]);
    expect(wb.sheet(yearSheet)!.cells.get(post)?.value).toBe('Chuyên viên chính');
    expect(wb.sheet(yearSheet)!.cells.get(a1(Y_ROW.first + 11, Y_COL.score))?.value).toBe(100);
    expect(wb.sheet(yearSheet)!.cells.get(a1(Y_ROW.first + 12, Y_COL.score))?.value).toBe(87.75);
  });

  it('a workbook without monthly sheets: a clear message, nothing written', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Sheet1');
    const r = await buildYear(wb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.vi).toContain('Không tìm thấy phiếu tháng nào');
    expect(wb.sheets).toHaveLength(1);
  });
});
