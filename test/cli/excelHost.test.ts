import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellFormula, cellValue, ExcelJsHost, LISTS_SHEET, plainValue } from '../../src/cli/excelHost';
import { fromFileFormula, toFileFormula } from '../../src/cli/formulaText';
import { templateWorkbook } from '../../src/cli/commands/template';
import { areaOf, InputError, openWorkbook, workbookBytes } from '../../src/cli/xlsxFile';
import { extractEntry, readCentralDirectory, writeStoredZip, ZipError } from '../../src/cli/zip';
import { parseA1 } from '../../src/sheet/a1';
import { MARK_FILL } from '../../src/sheet/host';
import { HEAD } from '../../src/sheet/plans/builder';
import { MemorySettings, MemoryWorkbook } from '../../src/sheet/memoryHost';
import { checkSheet, clearMarks, fillTemplate, markIssues, scoreSheet } from '../../src/sheet/operations';
import { TEMPLATES } from '../../src/sheet/templates';
import type { CellValue, SheetSnapshot } from '../../src/sheet/types';
import { sampleInputs } from './support';

const DETAILS = { name: 'Trần Thị B', post: 'Chuyên viên', unit: 'UBND phường Y', month: 10, year: 2024 };
const NOW = new Date('2024-11-20T09:00:00+07:00');

/** Trailing empty rows and columns dropped, so two hosts' used ranges compare by content. */
function trimmed(s: SheetSnapshot): { values: CellValue[][]; formulas: CellValue[][] } {
  const empty = (v: CellValue | undefined) => v === '' || v === null || v === undefined;
  const rows = Math.max(
    ...[s.values, s.formulas].map((g) => {
      let r = g.length;
      while (r > 0 && g[r - 1]!.every(empty)) r--;
      return r;
    }),
  );
  let cols = 0;
  for (const g of [s.values, s.formulas]) for (const row of g.slice(0, rows)) row.forEach((v, c) => !empty(v) && (cols = Math.max(cols, c + 1)));
  const cut = (g: readonly (readonly CellValue[])[]) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (empty(g[r]?.[c]) ? '' : g[r]![c]!)));
  return { values: cut(s.values), formulas: cut(s.formulas) };
}

async function bothHosts(id: string) {
  const memory = new MemoryWorkbook();
  const m = await fillTemplate(memory, id, DETAILS);
  const written = new ExcelJS.Workbook();
  const x = await fillTemplate(new ExcelJsHost(written), id, DETAILS);
  expect(m.ok && x.ok).toBe(true);
  const sheet = m.ok ? m.value.sheet : '';
  expect(x.ok && x.value.sheet).toBe(sheet);
  // Through the file: what a user opens is what the bytes say, not ExcelJS's memory.
  const { workbook } = await openWorkbook(await workbookBytes(written), `${id}.xlsx`);
  return { memory, sheet, workbook, host: new ExcelJsHost(workbook) };
}

/** A validation's list as the file holds it: inline "a,b" or a range of the hidden lists sheet. */
function listOf(workbook: ExcelJS.Workbook, dv: ExcelJS.DataValidation, own?: ExcelJS.Worksheet): string[] {
  const source = String(dv.formulae[0]);
  if (source.startsWith('"')) return source.slice(1, -1).split(',');
  const m = /(?:!|^)\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(source)!;
  // A source without a sheet name points into the sheet itself (the plan's hidden list columns).
  const ws = source.includes('!') ? workbook.getWorksheet(LISTS_SHEET)! : own!;
  return Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) => String(cellValue(ws.getCell(`${m[1]}${Number(m[2]) + i}`))));
}

describe('ExcelJsHost: the same plan through the in-memory host and an .xlsx file (three hosts, one truth)', () => {
  for (const def of TEMPLATES) {
    it(`${def.id}: same cells, formulas, notes, fills, formats, validations, merges, panes, print setup, widths`, async () => {
      const { memory, sheet, workbook, host } = await bothHosts(def.id);
      expect(trimmed(host.snapshot(sheet))).toEqual(trimmed(memory.snapshot(sheet)));

      const ws = workbook.getWorksheet(sheet)!;
      const mem = memory.sheet(sheet)!;
      const plan = mem.plan!;
      for (const [ref, c] of mem.cells) {
        const cell = ws.getCell(ref);
        expect([ref, cell.note ?? undefined]).toEqual([ref, c.note]);
        expect([ref, (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb]).toEqual([ref, c.fill ? `FF${c.fill.slice(1).toUpperCase()}` : undefined]);
        expect([ref, cell.numFmt ?? undefined]).toEqual([ref, c.numberFormat]);
      }
      for (const v of mem.validations) {
        const [from = v.range, to = from] = v.range.split(':');
        const p = parseA1(from)!;
        const q = parseA1(to)!;
        for (let r = p.row; r <= q.row; r++)
          for (let c = p.col; c <= q.col; c++) expect(listOf(workbook, ws.getCell(r + 1, c + 1).dataValidation, ws)).toEqual(v.list.map(String));
      }
      expect([...(ws.model.merges ?? [])].sort()).toEqual([...mem.merges].sort());
      const view = ws.views[0] as ExcelJS.WorksheetView & { xSplit?: number; ySplit?: number };
      if (plan.frozen.rows || plan.frozen.columns) expect([view.state, view.xSplit ?? 0, view.ySplit ?? 0]).toEqual(['frozen', plan.frozen.columns, plan.frozen.rows]);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: plan.print.orientation, printArea: plan.print.area });
      if (plan.print.fitToWidth) expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      if (plan.print.titleRows) expect(ws.pageSetup.printTitlesRow).toBe(plan.print.titleRows.replace(/\$/g, ''));
      plan.columns.forEach((col, c) => {
        expect([c, Math.round((ws.getColumn(c + 1).width ?? 0) * 100) / 100, ws.getColumn(c + 1).hidden]).toEqual([c, col.width, col.hidden === true]);
      });
    });
  }

  for (const def of TEMPLATES.filter((t) => t.check || t.score)) {
    it(`${def.id}: check and score give the same answers on both hosts, with the same inputs`, async () => {
      const { memory, sheet, workbook, host } = await bothHosts(def.id);
      for (const [cell, value] of sampleInputs(def, 7, DETAILS)) {
        memory.setValue(sheet, cell, value);
        workbook.getWorksheet(sheet)!.getCell(cell).value = value as ExcelJS.CellValue;
      }
      expect(await checkSheet(host, { sheet, now: NOW })).toEqual(await checkSheet(memory, { sheet, now: NOW }));
      expect(await scoreSheet(host, { sheet })).toEqual(await scoreSheet(memory, { sheet }));
    });
  }

  it('marks issues with fill and note, and clears them back to the template look', async () => {
    const { sheet, workbook, host } = await bothHosts('xa-2024');
    const ws = workbook.getWorksheet(sheet)!;
    ws.getCell('D19').value = 1; // 2.1.1 scored without evidence: E1, E3
    const settings = new MemorySettings();
    const outcome = await checkSheet(host, { sheet, now: NOW });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const marked = await markIssues(host, settings, outcome.value);
    expect(marked).toBeGreaterThan(0);
    const cell = outcome.value.value.find((i) => i.severity === 'error')!.cell;
    const reopened = (await openWorkbook(await workbookBytes(workbook), 'x.xlsx')).workbook.getWorksheet(sheet)!;
    expect((reopened.getCell(cell).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_FILL.error.slice(1)}`);
    expect(String(reopened.getCell(cell).note)).toMatch(/^E\d: /);
    await clearMarks(host, settings, sheet);
    expect((ws.getCell(cell).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC'); // the input style's fill
    expect(ws.getCell(cell).note).toBeUndefined();
  });

  it('reads cells as Office.js does: merged cells blank but the first, dates as serials, errors as text, rich text joined', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'gộp';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = new Date(Date.UTC(2024, 10, 20));
    ws.getCell('B2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('C2').value = { richText: [{ text: 'Mục ' }, { text: 'II', font: { bold: true } }] };
    ws.getCell('D2').value = { formula: 'SUM(1,2)', result: 3, date1904: false };
    ws.getCell('E2').value = { formula: 'CCHC.RATIO(1,2,3)', date1904: false };
    ws.getCell('F2').value = { text: 'link', hyperlink: 'https://example.org' };
    const host = new ExcelJsHost((await openWorkbook(await workbookBytes(wb), 's.xlsx')).workbook);
    const s = host.snapshot('S');
    expect(s.values[0]!.slice(0, 3)).toEqual(['gộp', '', '']);
    expect(s.values[1]).toEqual([45616, '#N/A', 'Mục II', 3, '', 'link']);
    expect(s.formulas[1]!.slice(3, 5)).toEqual(['=SUM(1,2)', '=CCHC.RATIO(1,2,3)']);
    expect(plainValue(Number.NaN)).toBe('#NUM!');
    expect(cellFormula(undefined)).toBe('');
  });

  it('refuses to read a sheet past the row limit', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Big');
    for (let r = 1; r <= 30; r++) ws.getCell(r, 1).value = r;
    const host = new ExcelJsHost(wb, 'big.xlsx', { rows: 20, cells: 1000 });
    expect(() => host.snapshot('Big')).toThrow(/30 rows/);
  });
});

describe('formula text in files', () => {
  it('prefixes future functions with _xlfn. outside strings, and reads them back', () => {
    expect(toFileFormula('=IFS(A1>1,"IFS(x)",TRUE,2)+textjoin(",",TRUE,B1:B3)')).toBe('_xlfn.IFS(A1>1,"IFS(x)",TRUE,2)+_xlfn.TEXTJOIN(",",TRUE,B1:B3)');
    expect(fromFileFormula('_xlfn.IFS(A1>1,"_xlfn.",TRUE,2)')).toBe('=IFS(A1>1,"_xlfn.",TRUE,2)');
    expect(toFileFormula('=CCHC.RATIO(J12,L12,C12,0.8)')).toBe('CCHC.RATIO(J12,L12,C12,0.8)');
    expect(toFileFormula('=SUM(D8,D104)')).toBe('SUM(D8,D104)');
  });

  it('reads custom functions saved by Excel under _xldudf_ as their plain names', () => {
    expect(fromFileFormula('IF(A1="","",_xldudf_CCHC_RATIO(J12,L12,C12,0.8))')).toBe('=IF(A1="","",CCHC.RATIO(J12,L12,C12,0.8))');
    expect(fromFileFormula('[2]!_xldudf_KPI_GRADE(B6,"name")')).toBe('=KPI.GRADE(B6,"name")');
    expect(fromFileFormula('_xldudf_THADS.TOTAL(A1:A2,B1:B2,C1,D1)')).toBe('=THADS.TOTAL(A1:A2,B1:B2,C1,D1)');
  });
});

describe('zip and range guards', () => {
  it('tells a non-zip, a truncated zip and a good one apart; reads what it writes', () => {
    const zip = writeStoredZip([
      { name: 'a.txt', data: Buffer.from('xin chào') },
      { name: 'dir/b.xml', data: Buffer.from('<x/>') },
    ]);
    const entries = readCentralDirectory(zip);
    expect(entries.map((e) => e.name)).toEqual(['a.txt', 'dir/b.xml']);
    expect(extractEntry(zip, entries[0]!).toString()).toBe('xin chào');
    const problem = (buf: Buffer) => {
      try {
        readCentralDirectory(buf);
        return 'ok';
      } catch (e) {
        return (e as ZipError).problem;
      }
    };
    expect(problem(Buffer.from('hello, not a zip at all, just some text'))).toBe('notZip');
    expect(problem(zip.subarray(0, zip.length - 30))).toBe('truncated');
    const bad = Buffer.from(zip);
    bad[35] = bad[35]! ^ 0xff; // a byte of a.txt's data: its CRC no longer matches
    expect(() => extractEntry(bad, readCentralDirectory(bad)[0]!)).toThrow(ZipError);
  });

  const notesOf = (wb: ExcelJS.Workbook) => {
    let n = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void (cell.note !== undefined && n++))));
    return n;
  };

  for (const def of TEMPLATES) {
    it(`${def.id}: a values-only read (summary) gives the same head, values and formulas, without the notes`, async () => {
      const bytes = await workbookBytes(await templateWorkbook(def.id, { name: 'Lê Văn An', month: 11, year: 2024 }));
      const full = (await openWorkbook(bytes, 'full.xlsx')).workbook;
      const slim = (await openWorkbook(bytes, 'slim.xlsx', { valuesOnly: true })).workbook;
      const [a, b] = [new ExcelJsHost(full), new ExcelJsHost(slim)];
      expect(await b.read({ head: HEAD })).toEqual(await a.read({ head: HEAD }));
      for (const ws of full.worksheets) expect(b.snapshot(ws.name)).toEqual(a.snapshot(ws.name));
      if (def.id.startsWith('hn-m')) expect(notesOf(full)).toBeGreaterThan(0);
      expect(notesOf(slim)).toBe(0);
    });
  }

  it('a values-only read still checks the parts it does not hand to ExcelJS (DOCTYPE in any case, CRC)', async () => {
    const bytes = await workbookBytes(await templateWorkbook('hn-m03', { name: 'Lê Văn An', month: 11, year: 2024 }));
    const parts = readCentralDirectory(bytes)
      .filter((e) => !e.name.endsWith('/'))
      .map((e) => ({ name: e.name, data: extractEntry(bytes, e) }));
    const vml = parts.findIndex((p) => p.name.endsWith('.vml'));
    expect(vml).toBeGreaterThanOrEqual(0);
    const refusal = async (zip: Buffer) => {
      try {
        await openWorkbook(zip, 'x.xlsx', { valuesOnly: true });
        return 'opened';
      } catch (e) {
        return e instanceof InputError ? e.text.en : String(e);
      }
    };
    expect(await refusal(writeStoredZip(parts))).toBe('opened');
    const doctype = parts.map((p, i) => (i === vml ? { ...p, data: Buffer.concat([Buffer.from('<!DocType x [<!ENTITY a "ha">]>'), p.data]) } : p));
    expect(await refusal(writeStoredZip(doctype))).toMatch(/DOCTYPE/);
    const badCrc = parts.map((p, i) => (i === vml ? { ...p, crc: 0x1234 } : p));
    expect(await refusal(writeStoredZip(badCrc))).toMatch(/is damaged \(part xl\/drawings\/vmlDrawing1\.vml/);
  });

  it('measures ranges in cells', () => {
    expect(areaOf('B3')).toBe(1);
    expect(areaOf('B3:D9')).toBe(21);
    expect(areaOf('$A$1:$A$1048576')).toBe(1_048_576);
    expect(areaOf('A:A')).toBe(1_048_576);
    expect(areaOf('3:3')).toBe(16_384);
    expect(areaOf('A1:XFD1048576')).toBe(16_384 * 1_048_576);
  });
});
