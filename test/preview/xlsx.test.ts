import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildSample, SAMPLE_COMMUNE } from '../../src/preview/sample';
import { PreviewWorkbook } from '../../src/preview/workbook';
import { downloadName, readXlsx, writeXlsx } from '../../src/preview/xlsx';
import { checkSheet } from '../../src/sheet/operations';
import { COL } from '../../src/sheet/plans/framework';
import { getTemplate } from '../../src/sheet/templates';
import { a1 } from '../../src/sheet/a1';
import { runCli, tempDir } from '../cli/support';

const NOW = '2024-11-21';
const dir = tempDir('chamdiem-preview-xlsx-');
const xa = getTemplate('xa-2024')!.plan(SAMPLE_COMMUNE);

/** The preview's own check of a sheet, as `check --json` lists it. */
async function previewFindings(host: PreviewWorkbook, sheet: string) {
  const r = await checkSheet(host, { sheet, now: new Date(NOW) });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.value.map((i) => ({ code: i.code, cell: i.cell, criterion: i.criterion })).sort((a, b) => (a.cell + a.code).localeCompare(b.cell + b.code));
}

async function cliFindings(bytes: Uint8Array, name: string) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const run = await runCli(['check', file, '--json', '--now', NOW], dir);
  expect(run.stderr).toBe('');
  const issues = JSON.parse(run.stdout) as { code: string; cell: string; criterion: string; sheet: string }[];
  return (sheet: string) =>
    issues
      .filter((i) => i.sheet === sheet)
      .map((i) => ({ code: i.code, cell: i.cell, criterion: i.criterion }))
      .sort((a, b) => (a.cell + a.code).localeCompare(b.cell + b.code));
}

describe('the preview’s .xlsx files, through the CLI’s ExcelJS host', () => {
  it('a filled commune workbook round-trips: saved, opened, edited, saved again, and `chamdiem check` finds what the preview finds', async () => {
    const host = new PreviewWorkbook();
    const sample = await buildSample(host);
    const before = await previewFindings(host, sample.commune);
    expect(before.map((f) => f.code)).toEqual(expect.arrayContaining(['E1', 'E2', 'E3', 'E4', 'E5', 'E6']));
    const first = await writeXlsx(host);
    expect((await cliFindings(first, 'sample.xlsx'))(sample.commune)).toEqual(before);

    // Opened in a fresh preview: the same sheets, values, lists, merges and findings.
    const opened = new PreviewWorkbook();
    opened.load(await readXlsx(first.buffer.slice(first.byteOffset, first.byteOffset + first.byteLength) as ArrayBuffer, 'sample.xlsx'));
    expect(opened.sheets.map((s) => s.name)).toEqual(host.sheets.map((s) => s.name));
    expect(opened.snapshot(sample.commune).values).toEqual(host.snapshot(sample.commune).values);
    expect(opened.snapshot(sample.commune).formulas).toEqual(host.snapshot(sample.commune).formulas);
    const openedSheet = opened.sheet(sample.commune)!;
    expect(openedSheet.merges.length).toBe(host.sheet(sample.commune)!.merges.length);
    expect(openedSheet.frozen).toEqual(xa.frozen);
    const selfCell = a1(xa.layout.rowOf['2.1.1']!, COL.self);
    expect(opened.validationAt(openedSheet, xa.layout.rowOf['2.1.1']!, COL.self)).toBeDefined();
    expect(await previewFindings(opened, sample.commune)).toEqual(before);

    // Edited: an evidence cell emptied (a new E1-type finding), then saved and checked by the CLI.
    const evidence = a1(xa.layout.rowOf['2.1.1']!, COL.evidence);
    opened.setInput(sample.commune, evidence, '');
    opened.setInput(sample.commune, selfCell, '1');
    const after = await previewFindings(opened, sample.commune);
    expect(after).not.toEqual(before);
    const second = await writeXlsx(opened);
    expect((await cliFindings(second, 'edited.xlsx'))(sample.commune)).toEqual(after);

    // The computed results are in the file beside the formulas, for readers that do not compute.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(second.buffer.slice(second.byteOffset, second.byteOffset + second.byteLength) as ArrayBuffer);
    const total = opened.sheet(sample.commune)!;
    const formulaCells = [...total.meta].filter(([, m]) => m.formula !== undefined);
    expect(formulaCells.length).toBeGreaterThan(50);
    const [k] = formulaCells[0]!;
    const cell = wb.getWorksheet(sample.commune)!.getCell(Math.floor(k / 16_384) + 1, (k % 16_384) + 1);
    expect((cell.value as ExcelJS.CellFormulaValue).result).toEqual(opened.valueAt(total, Math.floor(k / 16_384), k % 16_384).value);
  });

  it('refuses what is not an .xlsx with a message, and names downloads safely', async () => {
    await expect(readXlsx(new TextEncoder().encode('not a zip').buffer as ArrayBuffer, 'ghi-chu.txt')).rejects.toThrow(/không phải tệp Excel .xlsx/);
    expect(downloadName(undefined, 'xa-2024 UBND xã Tân Lập 2024')).toBe('xa-2024 UBND xã Tân Lập 2024.xlsx');
    expect(downloadName('so:cua/toi.XLSX', 'x')).toBe('so cua toi.xlsx');
  });
});
