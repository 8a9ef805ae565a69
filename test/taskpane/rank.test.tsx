import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../src/sheet/a1';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { fillTemplate } from '../../src/sheet/operations';
import { RANK_COL, RANK_ROW } from '../../src/sheet/rank';
import { buildRanking } from '../../src/sheet/rankOperation';
import { RANK_STRINGS, RankResult } from '../../src/taskpane/components/RankResult';
import { createOfficeHost } from '../../src/taskpane/excel/officeHost';
import { rankView, readPicked } from '../../src/taskpane/hooks/rankView';
import { readUnitWorkbook } from '../../src/taskpane/rankFiles';
import { filledTemplate } from '../cli/support';
import { communeInputs, DISTRICT } from '../support/district';
import { customFunctionNames, ExcelSimulator, profile, SimSheet, SimWorkbook } from '../support/excelSim';

/** Communes 0..n−1 of the district filled into a memory workbook, all appraised. */
async function memoryDistrict(n: number): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  wb.addSheet('Sheet1');
  for (const c of DISTRICT.slice(0, n)) {
    const r = await fillTemplate(wb, 'xa-2024', { unit: c.unit, year: 2024 });
    if (!r.ok) throw new Error('fill');
    for (const [ref, v] of communeInputs(c, 'all')) wb.setValue(r.value.sheet, ref, v);
  }
  return wb;
}

const bytesOf = async (i: number) => (await filledTemplate('xa-2024', { unit: DISTRICT[i]!.unit, year: 2024 }, communeInputs(DISTRICT[i]!, 'all'))).bytes;
const arrayBuffer = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('buildRanking (Tổng hợp các đơn vị)', () => {
  it('ranks the workbook sheets with the picked workbooks in one read and one write', async () => {
    const wb = await memoryDistrict(3); // An 7, Bình 8, Cường 7 appraised
    const picked = await readUnitWorkbook(arrayBuffer(await bytesOf(3)), 'Dũng.xlsx'); // Dũng 8
    expect(picked.ok).toBe(true);
    if (!picked.ok) return;
    const before = wb.roundTrips;
    const r = await buildRanking(wb, { details: { unit: 'UBND huyện Định Hóa', year: 2024 }, extra: picked.sheets, minutes: true });
    expect(wb.roundTrips - before).toBe(2);
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.ranking.rankedBy).toBe('appraised');
    expect(r.value.ranking.rows.map((x) => [x.entry.unit, x.rank, x.entry.file])).toEqual([
      ['UBND xã Bình', 1, ''],
      ['UBND xã Dũng', 1, 'Dũng.xlsx'],
      ['UBND xã An', 3, ''],
      ['UBND xã Cường', 3, ''],
    ]);
    expect(r.value.minutes).toHaveLength(4);
    const sheet = wb.snapshot(r.value.sheet);
    expect(sheet.values[RANK_ROW.first]![RANK_COL.unit]).toBe('UBND xã Bình');
    // Ranking again does not rank the ranking sheet or the minutes, and names its sheet anew.
    const again = await buildRanking(wb, { extra: picked.sheets });
    expect(again.ok && [again.value.sheet !== r.value.sheet, again.value.ranking.rows.length]).toEqual([true, 4]);
  });

  it('runs on the Office.js adapter (strict simulator) in one read and one write', async () => {
    const mock = new ExcelSimulator({ profile: profile('web'), workbook: new SimWorkbook([new SimSheet('Sheet1')]), customFunctions: customFunctionNames() });
    const host = createOfficeHost(mock.run, { supports: mock.isSetSupported });
    for (const c of DISTRICT.slice(0, 2)) {
      const f = await fillTemplate(host, 'xa-2024', { unit: c.unit, year: 2024 });
      if (!f.ok) throw new Error('fill');
      const sheet = mock.workbook.sheet(f.value.sheet);
      for (const [ref, v] of communeInputs(c, 'none')) {
        const at = parseA1(ref)!;
        sheet.put(at.row, at.col, v as string | number);
      }
    }
    const before = mock.syncs.length;
    const r = await buildRanking(host, {});
    expect(mock.syncs.length - before).toBe(2);
    expect(r.ok && r.value.ranking.rows.map((x) => [x.entry.unit, x.rank, x.score])).toEqual([
      ['UBND xã An', 1, 9],
      ['UBND xã Bình', 2, 8],
    ]);
  });

  it('says so when there is nothing to rank', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Sheet1');
    const r = await buildRanking(wb);
    expect(r.ok).toBe(false);
  });
});

describe('picked workbooks', () => {
  it('keeps a file that is not a workbook, or holds no framework sheet, with its reason', async () => {
    const bad = await readUnitWorkbook(arrayBuffer(Buffer.from('not a workbook')), 'hỏng.xlsx');
    expect(bad.ok).toBe(false);
    const monthly = await readUnitWorkbook(arrayBuffer((await filledTemplate('hn-m03', { name: 'A', month: 11, year: 2024 }, new Map())).bytes), 'thang.xlsx');
    expect(!monthly.ok && monthly.reason.vi).toMatch(/không có trang chấm điểm theo bộ tiêu chí/);
    const txt = await readPicked([new File(['x'], 'ghi-chu.txt')]);
    expect(txt[0]!.problem?.vi).toBe('“ghi-chu.txt” không phải tệp .xlsx.');
  });
});

describe('RankResult', () => {
  it('has every one of its strings in both languages', () => {
    for (const [key, m] of Object.entries(RANK_STRINGS)) expect([key, m.vi.trim().length > 0, m.en.trim().length > 0]).toEqual([key, true, true]);
  });

  it('shows the ranks, both totals, the ties and what was left out', async () => {
    const wb = await memoryDistrict(4);
    const r = await buildRanking(wb);
    if (!r.ok) throw new Error('rank');
    const v = rankView(r.value, [{ name: 'hỏng.xlsx', sheets: [], problem: { vi: 'không đọc được', en: 'could not be read' } }]);
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <RankResult view={v} lang="vi" />
      </FluentProvider>,
    );
    expect(html).toContain('Xếp hạng theo điểm thẩm định');
    expect(html).toContain('Đồng hạng 1: UBND xã Bình, UBND xã Dũng');
    expect(html).toContain('hỏng.xlsx: không đọc được');
    expect(v.rows.map((x) => [x.rank, x.unit, x.appraised, x.level])).toEqual([
      [1, 'UBND xã Bình', 8, 'HTXSNV'],
      [1, 'UBND xã Dũng', 8, 'HTXSNV'],
      [3, 'UBND xã An', 7, 'HTTNV'],
      [3, 'UBND xã Cường', 7, 'HTTNV'],
    ]);
  });
});
