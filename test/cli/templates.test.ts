import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_DATE, templateWorkbook } from '../../src/cli/commands/template';
import { openWorkbook, workbookBytes } from '../../src/cli/xlsxFile';
import { TEMPLATES } from '../../src/sheet/templates';

const DIR = path.resolve(__dirname, '../../templates');

/** Everything a user sees in a workbook, as plain data: not the zip's bytes (they carry timestamps). */
function content(wb: ExcelJS.Workbook) {
  return {
    created: wb.created?.toISOString(),
    modified: wb.modified?.toISOString(),
    sheets: wb.worksheets.map((ws) => {
      const cells: Record<string, unknown> = {};
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          cells[cell.address] = {
            value: cell.formula ? { formula: cell.formula } : cell.value,
            note: cell.note,
            numFmt: cell.numFmt,
            font: cell.font,
            fill: cell.fill,
            alignment: cell.alignment,
            border: cell.border,
            validation: cell.dataValidation,
          };
        }),
      );
      return {
        name: ws.name,
        state: ws.state,
        cells,
        merges: [...(ws.model.merges ?? [])].sort(),
        views: ws.views,
        pageSetup: ws.pageSetup,
        columns: Array.from({ length: ws.columnCount }, (_, i) => [ws.getColumn(i + 1).width, ws.getColumn(i + 1).hidden]),
      };
    }),
  };
}

describe('templates/*.xlsx are what `npm run templates` writes (content, not bytes)', () => {
  it('holds one file per template and nothing else', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();
    expect(files, 'run `npm run templates`').toEqual(TEMPLATES.map((t) => `${t.id}.xlsx`).sort());
  });

  for (const def of TEMPLATES) {
    it(`templates/${def.id}.xlsx is up to date`, async () => {
      const file = path.join(DIR, `${def.id}.xlsx`);
      expect(existsSync(file), `templates/${def.id}.xlsx is missing: run \`npm run templates\``).toBe(true);
      const committed = (await openWorkbook(readFileSync(file), file)).workbook;
      const fresh = (await openWorkbook(await workbookBytes(await templateWorkbook(def.id, {}, TEMPLATE_DATE)), 'fresh.xlsx')).workbook;
      expect(content(committed), `templates/${def.id}.xlsx is out of date: run \`npm run templates\``).toEqual(content(fresh));
    });
  }
});
