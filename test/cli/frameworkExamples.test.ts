import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExcelJsHost } from '../../src/cli/excelHost';
import { openWorkbook } from '../../src/cli/xlsxFile';
import { getFramework, scoreFramework } from '../../src/scoring';
import { FRAMEWORK_SHEET_NAME, readUserFramework, recordOf, SHEET_ROWS } from '../../src/sheet/userFramework';
import { semantics } from '../support/userFramework';

const ROOT = path.resolve(__dirname, '../..');

async function read(name: string) {
  const file = path.join(ROOT, 'templates', 'khung', name);
  const { workbook } = await openWorkbook(readFileSync(file), name);
  const values = new ExcelJsHost(workbook).snapshot(FRAMEWORK_SHEET_NAME).values;
  return { values, reading: readUserFramework({ name: FRAMEWORK_SHEET_NAME, values }) };
}

describe('templates/khung: the shipped framework sheets (npm run templates)', () => {
  for (const id of ['xa-2024', 'thads-ls', 'thads-thi-dua']) {
    it(`${id}.xlsx is the built-in, as framework export writes it today`, async () => {
      const { values, reading } = await read(`${id}.xlsx`);
      expect(reading.findings).toEqual([]);
      expect(semantics(reading.framework!)).toEqual(semantics(getFramework(id)!));
      // Up to date: the same content hash as what export writes today (a change of the built-in or of the format shows).
      expect(reading.record!.hash).toBe(recordOf(getFramework(id)!, reading.version).hash);
      expect(values.length).toBeGreaterThan(SHEET_ROWS.tableHeader);
    });
  }

  it('xa-2025.xlsx is xa-2024 with one criterion changed (7.2: from 80%), marked as an example', async () => {
    const { reading } = await read('xa-2025.xlsx');
    expect(reading.findings).toEqual([]);
    const fw = reading.framework!;
    expect(fw.id).toBe('xa-2025');
    expect(reading.version).toBe('2025');
    expect(fw.title.vi).toContain('năm 2025');
    expect(fw.remarks?.[0]).toContain('VÍ DỤ');
    const before = semantics(getFramework('xa-2024')!).nodes;
    const after = semantics(fw).nodes;
    expect(after.map((n) => n.id)).toEqual(before.map((n) => n.id));
    const changed = after.filter((n, i) => JSON.stringify(n) !== JSON.stringify(before[i]));
    expect(changed.map((n) => [n.id, n.rule])).toEqual([['7.2', 'tỷ lệ, từ 80%']]);
    // 75% disbursed: 1,5 of 2 points in 2024 (from 70%), nothing in 2025 (from 80%).
    expect(scoreFramework(getFramework('xa-2024')!, { '7.2': [75, 100] }).nodes.get('7.2')!.points).toBe(1.5);
    expect(scoreFramework(fw, { '7.2': [75, 100] }).nodes.get('7.2')!.points).toBe(0);
  });
});
