/**
 * `npm run bench` (this file alone: `npx vitest run --config vitest.bench.config.mts bench/rank.bench.test.ts`):
 * `chamdiem rank` over 500 commune workbooks (xa-2024, every criterion filled, half of them appraised) against
 * ExcelJS's bare `xlsx.load` of the same files, each run twice alternately, best of each; goal ≤ 1.25×. Writes
 * bench/rank-results.json.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { templateWorkbook } from '../src/cli/commands/template';
import { workbookBytes } from '../src/cli/xlsxFile';
import { a1 } from '../src/sheet/a1';
import { COL } from '../src/sheet/plans/framework';
import { getTemplate } from '../src/sheet/templates';
import { sampleInputs } from '../test/cli/support';

const COUNT = Number(process.env.RANK_BENCH_COUNT ?? 500);
const root = path.resolve(__dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'chamdiem-rank-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeCommunes(): Promise<string[]> {
  const def = getTemplate('xa-2024')!;
  const rows = def.plan({}).layout.rowOf;
  for (let i = 0; i < COUNT; i++) {
    const details = { unit: `UBND xã Số ${String(i + 1).padStart(3, '0')}`, year: 2024 };
    const workbook = await templateWorkbook('xa-2024', details, new Date(Date.UTC(2024, 10, 1)));
    const ws = workbook.worksheets[0]!;
    const inputs = sampleInputs(def, 1000 + i, details);
    for (const [cell, value] of inputs) ws.getCell(cell).value = value as ExcelJS.CellValue;
    if (i % 2 === 0) {
      // The council's column on typed criteria: kept, or lowered to 0 with a reason.
      for (const [id, row] of Object.entries(rows)) {
        const self = inputs.get(a1(row, COL.self));
        if (typeof self !== 'number') continue;
        const lowered = (i + row) % 7 === 0 && self > 0;
        ws.getCell(a1(row, COL.appraised)).value = lowered ? 0 : self;
        if (lowered) ws.getCell(a1(row, COL.appraisalNote)).value = `Tài liệu kiểm chứng của tiêu chí ${id} không hợp lệ`;
      }
    }
    writeFileSync(path.join(dir, `xa-${String(i + 1).padStart(3, '0')}.xlsx`), await workbookBytes(workbook));
  }
  return readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(dir, f));
}

describe('rank: chamdiem rank over 500 commune workbooks vs ExcelJS bare read', () => {
  it('stays within 1.25× of the bare read', async () => {
    const files = await writeCommunes();
    const bare = async () => {
      const t = performance.now();
      for (const f of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(f) as unknown as ArrayBuffer);
      return (performance.now() - t) / 1000;
    };
    const out = path.join(os.tmpdir(), `bench-rank-${process.pid}.xlsx`);
    let units = 0;
    const rank = async () => {
      let stdout = '';
      const t = performance.now();
      const code = await main(['rank', dir, '-o', out, '--json'], { stdout: (s) => (stdout += s), stderr: () => undefined, cwd: dir });
      const seconds = (performance.now() - t) / 1000;
      expect(code).toBeLessThan(2);
      units = JSON.parse(stdout).rows.length;
      return seconds;
    };
    const times = { bare: [] as number[], rank: [] as number[] };
    for (let round = 0; round < 2; round++) {
      times.bare.push(await bare());
      times.rank.push(await rank());
    }
    rmSync(out, { force: true });
    const b = Math.min(...times.bare);
    const r = Math.min(...times.rank);
    const row = {
      name: `Batch: chamdiem rank vs ExcelJS bare read (${COUNT} commune workbooks, ${units} ranked, best of 2)`,
      measured: `${r.toFixed(2)} s vs ${b.toFixed(2)} s`,
      ratio: r / b,
      goal: '≤ 1.25×',
      met: r / b <= 1.25,
      detail: { bare: times.bare, rank: times.rank },
    };
    console.log(`\n| ${row.name} | ${row.measured} | ${row.ratio.toFixed(2)} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |\n`);
    writeFileSync(path.join(root, 'bench/rank-results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows: [row] }, null, 2)}\n`);
    expect(units).toBe(COUNT);
  });
});
