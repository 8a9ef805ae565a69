/** The pane's "Tổng hợp năm / quý": what it lists after a run, and a year that cannot be read. */
import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/sheet/a1';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { fillTemplate } from '../../src/sheet/operations';
import { inputValueCol } from '../../src/sheet/plans/framework';
import { getTemplate } from '../../src/sheet/templates';
import { runYear, yearSuccess } from '../../src/taskpane/hooks/useYear';

describe('runYear and yearView', () => {
  it('lists each quarter with its score, level and deadline, and says which months are missing', async () => {
    const wb = new MemoryWorkbook();
    const row = getTemplate('thads-ls')!.plan({}).layout.rowOf['1.1']!;
    for (const [month, times] of [[1, 1], [2, 0]] as const) {
      const r = await fillTemplate(wb, 'thads-ls', { name: 'Nam', month, year: 2026 });
      if (!r.ok) throw new Error('fill');
      wb.setValue(r.value.sheet, a1(row, inputValueCol(0)), times);
      wb.setValue(r.value.sheet, a1(row, inputValueCol(1)), 4);
    }
    const r = await runYear(wb, { method: 'occurrences', year: '2026' });
    if (!r.ok) throw new Error(r.error.vi);
    const [p] = r.value.view;
    expect(p!.title).toBe('Nam 2026');
    expect(p!.lines[0]).toEqual({
      label: { vi: 'Quý I', en: 'Quarter 1' },
      score: 196, // 200 − 4
      level: '—', // no bands on the sheets
      note: { vi: 'Báo cáo về Cục trước ngày 05/04/2026; thiếu tháng 3', en: 'Report to the Cục before 05/04/2026; month(s) 3 missing' },
    });
    expect(p!.lines[4]!.score).toBe(196);
    expect(yearSuccess(r.value).vi).toBe(`Đã lập 1 trang, bắt đầu từ “${r.value.sheets[0]!.sheet}”.`);
    // Built again with a meeting score typed: the same sheet, updated in place; the message names the kept cell.
    const sheet = r.value.sheets[0]!.sheet;
    wb.setValue(sheet, 'I10', 195);
    const again = await runYear(wb, { method: 'occurrences', year: '2026' });
    if (!again.ok) throw new Error(again.error.vi);
    expect(yearSuccess(again.value).vi).toBe(
      `Đã lập 1 trang, bắt đầu từ “${sheet}”; cập nhật tại chỗ 1 trang đã có, giữ nguyên các ô đã nhập: ${sheet}!I10 (xóa ô rồi tổng hợp lại để lấy số mới).`,
    );
  });

  it('a year that is not four digits is refused before anything is read', async () => {
    const wb = new MemoryWorkbook();
    const r = await runYear(wb, { method: 'mean', year: '26' });
    expect(r.ok).toBe(false);
    expect(wb.roundTrips).toBe(0);
  });
});
