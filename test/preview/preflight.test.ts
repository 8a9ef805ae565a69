import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../../scripts/make-corpus.mjs';
import { TEMPLATE_DATE, templateWorkbook } from '../../src/cli/commands/template';
import { areaOf, LIMITS, workbookBytes } from '../../src/cli/xlsxFile';
import { cellsIn, PREFLIGHT_LIMITS } from '../../src/preview/preflight';
import { readXlsx } from '../../src/preview/xlsx';
import { tempDir } from '../cli/support';

const dir = tempDir('chamdiem-preview-corpus-');
const corpus = makeCorpus(dir, await workbookBytes(await templateWorkbook('xa-2024', {}, TEMPLATE_DATE)));
const bytesOf = (name: string) => {
  const b = readFileSync(path.join(dir, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('cellsIn: the command line’s areaOf, for the browser', () => {
  it('counts the same cells, with the same limits', () => {
    for (const ref of ['B3', 'B3:D9', '$A$1:$C$2', 'A:A', '3:3', "'Trang 1'!A1:B2", 'A1:XFD1048576', 'nonsense', 'D9:B3']) expect(cellsIn(ref)).toBe(areaOf(ref));
    expect(PREFLIGHT_LIMITS).toEqual({ inflatedBytes: LIMITS.inflatedBytes, entryBytes: LIMITS.entryBytes, mergeCells: LIMITS.mergeCells, validationCells: LIMITS.validationCells });
  });
});

describe('the hostile-input corpus opened in the preview (scripts/make-corpus.mjs)', () => {
  it('every file opens or is refused with a message naming it, in both languages; none takes the page down', async () => {
    const outcomes: Record<string, string> = {};
    for (const f of corpus) {
      try {
        const state = await readXlsx(bytesOf(f.name), f.name);
        outcomes[f.name] = `ok ${state.sheets.length}`;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        expect(message, f.name).toContain(f.name);
        expect(message, f.name).toContain(' / ');
        outcomes[f.name] = 'refused';
      }
    }
    // What ExcelJS would expand into millions of cells is refused before it reads it.
    expect(outcomes['huge-merge.xlsx']).toBe('refused');
    expect(outcomes['bomb-lying-size.xlsx']).toBe('refused');
    expect(outcomes['declared-2gb.xlsx']).toBe('refused');
    expect(outcomes['template-huge-validation.xlsx']).toBe('refused');
    // Files the command line reads open here too.
    for (const f of corpus.filter((c) => c.check !== 2 && c.name !== 'template-huge-validation.xlsx')) expect(outcomes[f.name], f.name).toMatch(/^ok /);
  }, 120_000);
});
