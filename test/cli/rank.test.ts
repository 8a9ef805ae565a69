import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExcelJsHost } from '../../src/cli/excelHost';
import { openWorkbook } from '../../src/cli/xlsxFile';
import { RANK_COL, RANK_ROW } from '../../src/sheet/rank';
import { MINUTES_COL, MINUTES_ROW } from '../../src/sheet/rankMinutes';
import { communeInputs, DISTRICT } from '../support/district';
import { filledTemplate, runCli, tempDir } from './support';

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const hashes = (dir: string) => readdirSync(dir).sort().map((f) => sha(path.join(dir, f)));

describe('chamdiem rank', () => {
  const dir = tempDir('chamdiem-rank-');
  const folder = path.join(dir, 'huyen');
  const setup = async (appraise: (unit: string) => 'none' | 'all' | 'partial') => {
    mkdirSync(folder, { recursive: true });
    for (const c of DISTRICT) {
      const { bytes } = await filledTemplate('xa-2024', { unit: c.unit, year: 2024 }, communeInputs(c, appraise(c.unit)));
      writeFileSync(path.join(folder, `${c.unit.replace('UBND xã ', '')}.xlsx`), bytes);
    }
  };

  it('ranks a folder of twelve communes by their appraised totals, writes the ranking and the minutes, never an input', async () => {
    await setup(() => 'all');
    const before = hashes(folder);
    const r = await runCli(['rank', 'huyen', '--json', '-o', 'xep-hang.xlsx', '--minutes', '--unit', 'UBND huyện Định Hóa', '--year', '2024'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['framework', 'rankedBy', 'rows', 'ties', 'skipped']);
    expect([out.framework, out.rankedBy, out.skipped]).toEqual(['xa-2024', 'appraised', []]);
    expect(out.rows.map((x: { unit: string; rank: number; appraised: number }) => [x.unit.replace('UBND xã ', ''), x.rank, x.appraised])).toEqual([
      ['Bình', 1, 8], ['Dũng', 1, 8], ['An', 3, 7], ['Cường', 3, 7], ['Đông', 3, 7], ['Hà', 6, 6], ['Hòa', 6, 6], ['Khánh', 6, 6], ['Giang', 9, 5], ['Lâm', 9, 5], ['Minh', 11, 4], ['Nam', 12, 1],
    ]);
    const an = out.rows[2];
    expect(an).toMatchObject({ file: 'huyen/An.xlsx', unit: 'UBND xã An', self: 9, forecast: 9, appraised: 7, level: 'HTXSNV', appraisedLevel: 'HTTNV', rank: 3 });
    expect(an.sections).toMatchObject({ 'NỘI DUNG I': 5, III: 2, 'NỘI DUNG II': 1, IX: 1 });
    expect(an.differences).toEqual([{ id: '3.9.1', self: 2, appraised: 0, reason: 'Kế hoạch không có số, ngày ban hành' }]);
    expect(out.ties).toEqual([
      ['UBND xã Bình', 'UBND xã Dũng'],
      ['UBND xã An', 'UBND xã Cường', 'UBND xã Đông'],
      ['UBND xã Hà', 'UBND xã Hòa', 'UBND xã Khánh'],
      ['UBND xã Giang', 'UBND xã Lâm'],
    ]);
    expect(hashes(folder)).toEqual(before);

    const { workbook } = await openWorkbook(readFileSync(path.join(dir, 'xep-hang.xlsx')), 'xep-hang.xlsx');
    // The ranking, then one minutes sheet per appraised commune (all twelve), in rank order.
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Xếp hạng 2024', ...out.rows.map((x: { unit: string }) => `BB ${x.unit}`)]);
    const host = new ExcelJsHost(workbook);
    const rank = host.snapshot('Xếp hạng 2024').values;
    expect(rank[0]![0]).toBe('UBND HUYỆN ĐỊNH HÓA');
    expect(rank[RANK_ROW.first + 11]!.slice(RANK_COL.rank, RANK_COL.appraisedLevel + 1)).toEqual([12, 'UBND xã Nam', 3, 5, 1, 'Không hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ']);
    const bb = host.snapshot('BB UBND xã Giang').values;
    expect(bb[MINUTES_ROW.first]!.slice(MINUTES_COL.id, MINUTES_COL.reason + 1)).toEqual(['5.3.4', expect.any(String), 2, 2, 0, -2, 'Thiếu biểu thống kê']);
    expect(String(bb[6]![0])).toBe('Điểm tự đánh giá: 7 (Hoàn thành tốt nhiệm vụ). Điểm thẩm định: 5 (Hoàn thành nhiệm vụ). Chênh lệch: -2 điểm.');
  });

  it('some appraised: ranks by the self totals; skips other frameworks, other forms and broken files, one stderr line each (exit 1)', async () => {
    await setup((u) => (u === 'UBND xã An' ? 'all' : u === 'UBND xã Đông' ? 'partial' : 'none'));
    const { bytes: thads } = await filledTemplate('thads-ls', { name: 'Lê Văn Tư', unit: 'Chi cục THADS', month: 11, year: 2024 }, new Map());
    writeFileSync(path.join(folder, 'thads.xlsx'), thads);
    const { bytes: monthly } = await filledTemplate('hn-m03', { name: 'Nguyễn Văn A', month: 11, year: 2024 }, new Map());
    writeFileSync(path.join(folder, 'thang.xlsx'), monthly);
    writeFileSync(path.join(folder, 'hỏng.xlsx'), Buffer.from('not a workbook'));
    const r = await runCli(['rank', 'huyen', '--json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.rankedBy).toBe('self');
    expect(out.rows.map((x: { rank: number }) => x.rank)).toEqual([1, 2, 2, 2, 5, 5, 7, 7, 9, 9, 11, 12]);
    expect(out.rows[0]).toMatchObject({ unit: 'UBND xã An', self: 9, appraised: 7, sections: { III: 4 } });
    expect(out.rows.find((x: { unit: string }) => x.unit === 'UBND xã Đông')).toMatchObject({ appraised: null, notes: [expect.stringMatching(/^Thẩm định chưa xong: 5 tiêu chí/)] });
    expect(out.skipped.map((s: { file: string }) => s.file)).toEqual(['huyen/hỏng.xlsx', 'huyen/thang.xlsx', expect.stringMatching(/^huyen\/thads\.xlsx › /)]);
    expect(out.skipped[2].reason).toContain('khác bộ tiêu chí được xếp hạng');
    const err = r.stderr.trim().split('\n');
    expect(err.filter((l) => l.startsWith('Bỏ qua '))).toHaveLength(3);
    expect(err.filter((l) => l.startsWith('huyen/Đông.xlsx › '))).toHaveLength(1); // the unfinished appraisal, noted
  });

  it('exit 2 with one line: nothing to rank, or the output is an input', async () => {
    const only = path.join(dir, 'hong');
    mkdirSync(only, { recursive: true });
    writeFileSync(path.join(only, 'x.xlsx'), Buffer.from('not a workbook'));
    const none = await runCli(['rank', 'hong'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await runCli(['rank', 'khong-co.xlsx'], dir);
    expect([missing.code, missing.stderr]).toEqual([2, 'Bỏ qua khong-co.xlsx: Không tìm thấy tệp khong-co.xlsx.\n']);
    const self = await runCli(['rank', 'huyen', '-o', 'huyen/An.xlsx'], dir);
    expect([self.code, self.stderr]).toEqual([2, 'Không ghi đè tệp đầu vào huyen/An.xlsx: chọn tên khác cho -o.\n']);
    const minutes = await runCli(['rank', 'huyen', '--minutes'], dir);
    expect(minutes.code).toBe(2);
    // A ranking written into the folder before is skipped as what it is, the next one written beside it.
    const first = await runCli(['rank', 'huyen', '-o', 'huyen/xep-hang.xlsx'], dir);
    expect(first.code).toBe(1); // the earlier test's broken and other files
    const again = await runCli(['rank', 'huyen', '--json'], dir);
    expect(JSON.parse(again.stdout).skipped.find((x: { file: string }) => x.file === 'huyen/xep-hang.xlsx')?.reason).toBe('là bảng xếp hạng do Chấm điểm lập, không phải phiếu của một đơn vị.');
  });
});
