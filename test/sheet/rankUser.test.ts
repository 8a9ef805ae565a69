/**
 * The ranking on a user's own framework (issues 12 and 13): communes filled from a "Khung tiêu chí" sheet of the
 * workbook rank exactly as the same communes filled from the built-in framework; without the framework sheet they are
 * skipped with the reason, never ranked on a guess.
 */
import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/sheet/a1';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { fillTemplate } from '../../src/sheet/operations';
import { buildRanking, isRankableHead } from '../../src/sheet/rankOperation';
import { exportFramework, fillFromMyFramework } from '../../src/sheet/userFrameworkOps';
import { communeInputs, DISTRICT } from '../support/district';

async function district(fromUser: boolean): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  wb.addSheet('Sheet1');
  if (fromUser) {
    const e = await exportFramework(wb, 'xa-2024');
    if (!e.ok) throw new Error(e.error.message.en);
  }
  for (const c of DISTRICT.slice(0, 3)) {
    let sheet: string;
    if (fromUser) {
      const r = await fillFromMyFramework(wb, { unit: c.unit, year: 2024 });
      if (!r.ok || r.value.kind !== 'filled') throw new Error('fill from the framework sheet');
      sheet = r.value.sheet;
    } else {
      const r = await fillTemplate(wb, 'xa-2024', { unit: c.unit, year: 2024 });
      if (!r.ok) throw new Error('fill');
      sheet = r.value.sheet;
    }
    for (const [ref, v] of communeInputs(c, 'all')) wb.setValue(sheet, ref, v);
  }
  return wb;
}

const rowsOf = async (wb: MemoryWorkbook) => {
  const r = await buildRanking(wb, { details: { unit: 'UBND huyện Định Hóa', year: 2024 } });
  if (!r.ok) throw new Error(r.error.message.en);
  return { outcome: r.value, rows: r.value.ranking.rows.map((x) => [x.entry.unit, x.rank, x.entry.self, x.entry.appraised]) };
};

describe('ranking communes filled from the workbook’s own framework sheet', () => {
  it('ranks them as the built-in framework does: Bình 8 first, An and Cường tied at 7', async () => {
    const user = await rowsOf(await district(true));
    const builtIn = await rowsOf(await district(false));
    expect(user.outcome.ranking.rankedBy).toBe('appraised');
    expect(user.rows).toEqual([
      ['UBND xã Bình', 1, expect.any(Number), 8],
      ['UBND xã An', 2, 9, 7],
      ['UBND xã Cường', 2, expect.any(Number), 7],
    ]);
    expect(user.rows).toEqual(builtIn.rows);
    expect(user.outcome.fw.title.vi).toBe(builtIn.outcome.fw.title.vi);
    expect(user.outcome.skipped).toEqual([]);
  });

  it('reads the framework sheets in full along with the filled sheets', () => {
    expect(isRankableHead({ name: 'Khung tiêu chí', values: [['Khung tiêu chí'], ['Mã khung', 'xa-2024']] })).toBe(true);
  });

  it('a filled sheet whose framework is no longer in the workbook is left out with the reason, not ranked on a guess', async () => {
    const wb = await district(true);
    const table = wb.snapshot('Khung tiêu chí');
    const row = table.values.findIndex((r) => r[0] === 'Mã khung');
    expect(row).toBeGreaterThanOrEqual(0);
    wb.setValue('Khung tiêu chí', a1(row, 1), 'xa-khac');
    const r = await buildRanking(wb, {});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.vi).toContain('Không có trang chấm điểm');
  });
});
