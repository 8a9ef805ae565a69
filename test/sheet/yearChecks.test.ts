/**
 * Issue 13 — the check of the quarter and year forms filled by hand (thads-nam, hn-nam): what the sheet's own formulas
 * would skip or take silently is said, on the cell. Through the operation the pane's "Kiểm tra" runs.
 */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { checkSheet, fillTemplate } from '../../src/sheet/operations';
import { buildYear } from '../../src/sheet/yearBuild';
import { a1 } from '../../src/sheet/a1';
import { bandCells, inputValueCol } from '../../src/sheet/plans/framework';
import { getTemplate } from '../../src/sheet/templates';

async function filled(id: string, typed: Readonly<Record<string, string | number>>) {
  const wb = new MemoryWorkbook();
  const r = await fillTemplate(wb, id, { name: 'Hoàng Văn Nam', year: 2026 });
  if (!r.ok) throw new Error('fill');
  for (const [cell, v] of Object.entries(typed)) wb.setValue(r.value.sheet, cell, v);
  const c = await checkSheet(wb, { sheet: r.value.sheet });
  if (!c.ok) throw new Error(c.error.message.en);
  return c.value.value;
}

describe('thads-nam check (Phụ lục 03 filled by hand)', () => {
  it('a month typed as text, a negative month, a quarter short of months, a meeting score above base + bonuses, bands out of order', async () => {
    const issues = await filled('thads-nam', {
      D7: 185, F7: 195, H7: 170, // A below B
      C10: 190, E10: 203, G10: 3, I10: 204, // quarter I: month 2 blank; bonuses 3 → at most 203 after the meeting
      C11: '195 điểm', D11: 200, E11: -5, // quarter II: month 4 as text (not counted by the sheet's COUNT/SUM)
      C12: 200, D12: 200, E12: 200,
      I14: -1,
    });
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['Y2', 'error', 'D7'],
      ['Y1', 'error', 'C11'],
      ['Y6', 'error', 'I10'],
      ['Y6', 'error', 'I14'],
      ['Y4', 'warning', 'D10'],
      ['Y3', 'warning', 'E11'],
      ['Y4', 'warning', 'C11'],
      ['Y4', 'info', 'H14'],
    ]);
    expect(issues.find((i) => i.cell === 'I10')!.message.vi).toBe('Quý I: điểm sau họp chấm điểm 204 ngoài khoảng 0 – 203 (điểm chuẩn 200 + tổng điểm thưởng của kỳ).');
    expect(issues.find((i) => i.cell === 'D10')!.message.vi).toBe('Quý I chưa đủ ba tháng: thiếu tháng 2 (không tính, không coi là 0 điểm); điểm quý tạm tính trên 2 tháng.');
    expect(issues.find((i) => i.severity === 'info')!.message.vi).toBe('Cả năm: 7/12 tháng có điểm; thiếu tháng 2, 4, 10, 11, 12 (không tính).');
  });

  it('a blank form: nothing to say', async () => {
    expect(await filled('thads-nam', {})).toEqual([]);
  });

  it('a sheet built from the months: its own "Thiếu tháng n" is not a typing error; a meeting score in range passes', async () => {
    const wb = new MemoryWorkbook();
    const row = getTemplate('thads-ls')!.plan({}).layout.rowOf['1.1']!;
    for (const month of [1, 2]) {
      const r = await fillTemplate(wb, 'thads-ls', { name: 'Nam', month, year: 2026 });
      if (!r.ok) throw new Error('fill');
      wb.setValue(r.value.sheet, a1(row, inputValueCol(0)), 1);
      wb.setValue(r.value.sheet, a1(row, inputValueCol(1)), 5);
      bandCells().forEach(([br, bc], i) => wb.setValue(r.value.sheet, a1(br, bc), [195, 185, 170][i]!));
    }
    const built = await buildYear(wb);
    if (!built.ok) throw new Error('build');
    wb.setValue(built.value.sheets[0]!.sheet, 'I10', 200);
    const c = await checkSheet(wb, { sheet: built.value.sheets[0]!.sheet });
    if (!c.ok) throw new Error(c.error.message.en);
    expect(c.value.value.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['Y4', 'warning', 'E10'],
      ['Y4', 'info', 'H14'],
    ]);
  });
});

describe('hn-nam check (the Hà Nội year filled by hand)', () => {
  it('a score outside 0–100, a score typed as text, a grade that is none, the months missing', async () => {
    const issues = await filled('hn-nam', { B9: 95, D9: 'A', B10: 105, E10: 'Tốt lắm', B11: '88,5đ' });
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['Y7', 'error', 'B10'],
      ['Y1', 'error', 'B11'],
      ['Y8', 'warning', 'E10'],
      ['Y4', 'info', 'B21'],
    ]);
    expect(issues[1]!.message.vi).toBe('Tháng 3: "88,5đ" không phải số — công thức của trang không tính ô này. Hãy nhập số (hoặc để trống nếu chưa có).');
    expect(issues[3]!.message.vi).toBe('Cả năm: 2/12 tháng có điểm; thiếu tháng 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 (không tính, không coi là 0 điểm).');
  });
});
