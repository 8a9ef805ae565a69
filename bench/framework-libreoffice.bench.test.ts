/**
 * Issue 12: a framework sheet and a sheet filled from it survive a LibreOffice round trip (opened and saved as .xlsx by
 * LibreOffice Calc): the framework reads back the same, the filled sheet scores the same and shows no version warning.
 * Heavy (one soffice process, ~10 s): here, not in npm test. Run: npx vitest run --config vitest.bench.config.mts bench/framework-libreoffice.bench.test.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../src/cli/xlsxFile';
import { ExcelJsHost } from '../src/cli/excelHost';
import { getFramework } from '../src/scoring';
import { readUserFramework, FRAMEWORK_SHEET_NAME } from '../src/sheet/userFramework';
import { missingLibreOffice, runLibreOffice } from '../test/cli/libreoffice/soffice';
import { runCli, tempDir } from '../test/cli/support';
import { semantics } from '../test/support/userFramework';

const dir = tempDir('chamdiem-fw-lo-');
const f = (n: string) => path.join(dir, n);

describe.skipIf(missingLibreOffice() !== null)('framework sheets through LibreOffice', () => {
  it('read back the same framework, and the filled sheet scores the same', async () => {
    for (const id of ['xa-2024', 'thads-ls']) {
      expect((await runCli(['framework', 'export', id, '-o', `${id}.xlsx`], dir)).code).toBe(0);
      expect((await runCli(['template', '--framework', `${id}.xlsx`, '-o', `${id}-dien.xlsx`], dir)).code).toBe(0);
    }
    await runLibreOffice(['xa-2024', 'thads-ls'].flatMap((id) => [
      { src: f(`${id}.xlsx`), xlsx: f(`${id}-lo.xlsx`) },
      { src: f(`${id}-dien.xlsx`), xlsx: f(`${id}-dien-lo.xlsx`) },
    ]));
    for (const id of ['xa-2024', 'thads-ls']) {
      const { workbook } = await openWorkbook(readFileSync(f(`${id}-lo.xlsx`)), `${id}-lo.xlsx`);
      const reading = readUserFramework({ name: FRAMEWORK_SHEET_NAME, values: new ExcelJsHost(workbook).snapshot(FRAMEWORK_SHEET_NAME).values });
      expect(reading.findings.map((x) => `${x.cell} ${x.message.vi}`)).toEqual([]);
      expect(semantics(reading.framework!)).toEqual(semantics(getFramework(id)!));
      const before = await runCli(['score', `${id}-dien.xlsx`, '--json'], dir);
      const after = await runCli(['score', `${id}-dien-lo.xlsx`, '--json'], dir);
      const strip = (s: string) => (JSON.parse(s) as { criteria: unknown; total: number }[]).map((r) => [r.total, r.criteria]);
      expect(strip(after.stdout)).toEqual(strip(before.stdout));
      const check = await runCli(['check', `${id}-dien-lo.xlsx`, '--json'], dir);
      expect((JSON.parse(check.stdout) as { code: string }[]).filter((i) => i.code === 'V1')).toEqual([]);
    }
  });
});
