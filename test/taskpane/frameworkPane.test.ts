/**
 * Issue 12 through the real Office.js adapter on the strict simulator: "Xuất khung mẫu" writes a framework sheet,
 * "Dùng khung của tôi" reads it and fills a sheet from it — each in one read and one write — and a broken framework
 * sheet gives its findings with their cells and writes nothing. The filled sheet then checks and scores in the pane.
 */
import { describe, expect, it } from 'vitest';
import { checkSheet, scoreSheet } from '../../src/sheet/operations';
import { FRAMEWORK_SHEET_NAME, SHEET_ROWS } from '../../src/sheet/userFramework';
import { exportFramework, fillFromMyFramework } from '../../src/sheet/userFrameworkOps';
import { createOfficeHost } from '../../src/taskpane/excel/officeHost';
import { ExcelSimulator, PROFILES, SimSheet, SimWorkbook, customFunctionNames } from '../support/excelSim';

for (const profile of PROFILES.slice(0, 2)) {
  describe(`${profile.label}: the framework actions`, () => {
    it('export, then use my framework: one read and one write each; check and score work on the filled sheet', async () => {
      const sim = new ExcelSimulator({ profile, workbook: new SimWorkbook([new SimSheet('Sheet1')]), customFunctions: customFunctionNames() });
      const host = createOfficeHost(sim.run, { supports: sim.isSetSupported });
      let from = sim.syncs.length;
      const exported = await exportFramework(host, 'xa-2024');
      expect(exported.ok && exported.value).toBe(FRAMEWORK_SHEET_NAME);
      expect(sim.syncs.length - from).toBeLessThanOrEqual(2);
      const fw = sim.workbook.sheet(FRAMEWORK_SHEET_NAME);
      expect(fw.cell(SHEET_ROWS.firstField, 1)?.value).toBe('xa-2024');

      from = sim.syncs.length;
      const used = await fillFromMyFramework(host, { unit: 'UBND xã Phú Đình', year: 2025 });
      expect(sim.syncs.length - from).toBeLessThanOrEqual(2);
      if (!used.ok || used.value.kind !== 'filled') throw new Error(JSON.stringify(used));
      const filled = sim.workbook.sheet(used.value.sheet);
      const formulas: string[] = [];
      for (let r = 7; r < 170; r++) {
        const f = filled.cell(r, 3)?.formula;
        if (typeof f === 'string') formulas.push(f);
      }
      expect(formulas.some((f) => f.includes('CCHC.RATIO('))).toBe(true);
      expect(formulas.some((f) => f.includes('CCHC.SCORE('))).toBe(false);

      const check = await checkSheet(host, { sheet: used.value.sheet });
      expect(check.ok).toBe(true);
      if (check.ok) expect(check.value.value.filter((i) => i.code === 'V1')).toEqual([]);
      const score = await scoreSheet(host, { sheet: used.value.sheet });
      expect(score.ok && score.value.value.criteria.length).toBeGreaterThan(100);
    });

    it('a broken framework sheet: its findings with their cells, and nothing written', async () => {
      const sim = new ExcelSimulator({ profile, workbook: new SimWorkbook([new SimSheet('Sheet1')]), customFunctions: customFunctionNames() });
      const host = createOfficeHost(sim.run, { supports: sim.isSetSupported });
      await exportFramework(host, 'thads-ls');
      const fw = sim.workbook.sheet(FRAMEWORK_SHEET_NAME);
      const row = SHEET_ROWS.tableHeader + 2; // 1.1, a per-occurrence deduction
      fw.put(row, 5, 'trừ theo cảm tính');
      fw.put(row + 1, 4, 'hai điểm');
      const sheets = sim.workbook.sheets.length;
      const r = await fillFromMyFramework(host, {});
      if (!r.ok || r.value.kind !== 'findings') throw new Error(JSON.stringify(r));
      expect(r.value.findings.map((f) => f.cell)).toEqual([`F${row + 1}`, `E${row + 2}`]);
      expect(sim.workbook.sheets.length).toBe(sheets);
    });
  });
}
