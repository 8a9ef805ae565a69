import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExcelJsHost } from '../../src/cli/excelHost';
import { evaluateSnapshot } from '../../src/cli/hyperformulaPlugin';
import { checkedCells } from '../../src/cli/recompute';
import { openWorkbook, workbookBytes } from '../../src/cli/xlsxFile';
import { getFramework } from '../../src/scoring';
import { scoreSheet } from '../../src/sheet/operations';
import { getTemplate } from '../../src/sheet/templates';
import { FRAMEWORK_SHEET_NAME } from '../../src/sheet/userFramework';
import { answersFor } from '../support/userFramework';
import { filledTemplate, runCli, sampleInputs, tempDir } from './support';

const dir = tempDir('chamdiem-fw-');
const file = (name: string) => path.join(dir, name);

/** The user's filled workbook with the same inputs a built-in test types (same layout, same cells). */
async function fillUser(framework: string, out: string, id: string, seed: number): Promise<{ sheet: string }> {
  const details = { name: 'Nguyễn Văn A', unit: 'UBND xã Phú Đình', month: 11, year: 2024 };
  const args = ['template', '--framework', framework, '-o', out, '--unit', details.unit, '--year', '2024'];
  if (id === 'thads-ls') args.push('--name', details.name, '--month', '11');
  const r = await runCli(args, dir);
  expect(r.code, r.stderr).toBe(0);
  const { workbook } = await openWorkbook(readFileSync(out), out);
  const ws = workbook.worksheets.find((w) => w.name !== FRAMEWORK_SHEET_NAME)!;
  for (const [cell, value] of sampleInputs(getTemplate(id)!, seed, details)) ws.getCell(cell).value = value as ExcelJS.CellValue;
  writeFileSync(out, await workbookBytes(workbook));
  return { sheet: ws.name };
}

describe('chamdiem framework', () => {
  it('exports a built-in (0), refuses a wrong id with one line (2), and checks the export as valid (0)', async () => {
    const ok = await runCli(['framework', 'export', 'xa-2024', '-o', 'khung.xlsx'], dir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(existsSync(file('khung.xlsx'))).toBe(true);
    const bad = await runCli(['framework', 'export', 'xa-2099', '-o', 'x.xlsx'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(file('x.xlsx'))).toBe(false);
    const check = await runCli(['framework', 'check', 'khung.xlsx', '--json'], dir);
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual([]);
    const unreadable = await runCli(['framework', 'check', 'missing.xlsx'], dir);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('check lists each problem with its cell (1)', async () => {
    const { workbook } = await openWorkbook(readFileSync(file('khung.xlsx')), 'khung.xlsx');
    const ws = workbook.getWorksheet(FRAMEWORK_SHEET_NAME)!;
    // Row of 5.5.1 (ratio): threshold above 100%; and a maximum typed as text two rows below.
    let ratioRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === '5.5.1') ratioRow = n;
    });
    ws.getCell(`F${ratioRow}`).value = 'tỷ lệ, từ 120%';
    ws.getCell(`E${ratioRow + 1}`).value = 'một điểm';
    writeFileSync(file('khung-loi.xlsx'), await workbookBytes(workbook));
    const r = await runCli(['framework', 'check', 'khung-loi.xlsx', '--json'], dir);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { cell: string; message: string }[];
    expect(findings.map((f) => f.cell)).toEqual(expect.arrayContaining([`F${ratioRow}`, `E${ratioRow + 1}`]));
    expect(findings.find((f) => f.cell === `F${ratioRow}`)!.message).toContain('120%');
    // A framework with errors cannot be used: template --framework refuses it with one line.
    const t = await runCli(['template', '--framework', 'khung-loi.xlsx', '-o', 'dung.xlsx'], dir);
    expect(t.code).toBe(2);
    expect(t.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(file('dung.xlsx'))).toBe(false);
  });

  it('never writes the framework file it reads', async () => {
    const before = readFileSync(file('khung.xlsx'));
    const r = await runCli(['template', '--framework', 'khung.xlsx', '-o', 'khung.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(file('khung.xlsx')).equals(before)).toBe(true);
  });

  for (const id of ['xa-2024', 'thads-ls']) {
    it(`${id}: a sheet filled from the exported framework scores, checks and computes as the built-in one`, async () => {
      expect((await runCli(['framework', 'export', id, '-o', `${id}-khung.xlsx`], dir)).code).toBe(0);
      for (const seed of [1]) {
        const out = file(`${id}-dien-${seed}.xlsx`);
        const { sheet } = await fillUser(file(`${id}-khung.xlsx`), out, id, seed);
        const details = { name: 'Nguyễn Văn A', unit: 'UBND xã Phú Đình', month: 11, year: 2024 };
        const builtIn = await filledTemplate(id, details, sampleInputs(getTemplate(id)!, seed, details));
        writeFileSync(file(`${id}-builtin-${seed}.xlsx`), builtIn.bytes);
        const mine = await runCli(['score', out, '--json'], dir);
        const theirs = await runCli(['score', file(`${id}-builtin-${seed}.xlsx`), '--json'], dir);
        expect(mine.code, mine.stderr).toBe(theirs.code);
        const strip = (s: string) => (JSON.parse(s) as { template: string; sheet: string }[]).map(({ template: _t, sheet: _s, ...rest }) => rest);
        expect(strip(mine.stdout)).toEqual(strip(theirs.stdout));
        const c1 = await runCli(['check', out, '--json', '--now', '2024-11-20T09:00+07:00'], dir);
        const c2 = await runCli(['check', file(`${id}-builtin-${seed}.xlsx`), '--json', '--now', '2024-11-20T09:00+07:00'], dir);
        // The built-in xa-2024 adds its own submission deadlines (seed 002); a user's framework has none.
        const issues = (s: string) => (JSON.parse(s) as { code: string; cell: string; criterion: string }[]).filter((i) => i.criterion !== '').map((i) => [i.code, i.cell, i.criterion]);
        expect(issues(c1.stdout)).toEqual(issues(c2.stdout));
        // The formulas compute without the add-in's built-in frameworks: HyperFormula gives the core's points.
        const { workbook } = await openWorkbook(readFileSync(out), out);
        const host = new ExcelJsHost(workbook);
        const snapshot = host.snapshot(sheet);
        const engine = evaluateSnapshot(snapshot);
        const scored = await scoreSheet(host, { sheet });
        expect(scored.ok).toBe(true);
        if (!scored.ok) return;
        const opened = await (await import('../../src/cli/context')).openInput({ resolve: (f: string) => f } as never, out);
        const def = opened.sheets[0]!.def;
        const cells = checkedCells(def, snapshot, scored.value.value);
        const mismatches = cells
          .map((c) => ({ cell: c.cell, criterion: c.criterion, core: c.recomputed, engine: engine[c.row]?.[c.col] }))
          .filter((m) => typeof m.engine !== 'number' || Math.abs(m.engine - m.core) > 1e-9);
        expect(mismatches).toEqual([]);
        expect(snapshot.formulas.flat().filter((f) => typeof f === 'string' && f.includes('CCHC.SCORE'))).toEqual([]);
      }
    });
  }

  it('check warns, naming the criteria, when the framework sheet changed after the fill', async () => {
    const out = file('xa-2024-dien-1.xlsx');
    const { workbook } = await openWorkbook(readFileSync(out), out);
    const ws = workbook.getWorksheet(FRAMEWORK_SHEET_NAME)!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === '7.3') row.getCell(6).value = 'tỷ lệ, từ 90%';
    });
    writeFileSync(file('xa-sua.xlsx'), await workbookBytes(workbook));
    const r = await runCli(['check', 'xa-sua.xlsx', '--json', '--now', '2024-11-20T09:00+07:00'], dir);
    const v = (JSON.parse(r.stdout) as { code: string; criterion: string; message: string }[]).filter((i) => i.code === 'V1');
    expect(v.map((i) => i.criterion)).toEqual(['7.3']);
    expect(v[0]!.message).toContain('7.3');
    const same = await runCli(['check', out, '--json', '--now', '2024-11-20T09:00+07:00'], dir);
    expect((JSON.parse(same.stdout) as { code: string }[]).filter((i) => i.code === 'V1')).toEqual([]);
  });

  it('score --framework gives the same output as score --template on the same answers', async () => {
    const answers = {
      answers: { '7.1': [0, 3], '1.1': [0, 0, 2, 4, 4], '2.1.1': 1, '8.1': 'nam-dau-tien', '2.3.4': [4, 1, 0], '5.2.4.1': 'B', '8.3.1': [3, 5] },
      evidence: { '2.1.1': { evidence: '12/BC-UBND ngày 10/01/2024', explanation: 'Mục II, trang 3' } },
    };
    writeFileSync(file('answers.json'), JSON.stringify(answers));
    const a = await runCli(['score', '--framework', 'khung.xlsx', '--input', 'answers.json', '--json'], dir);
    const b = await runCli(['score', '--template', 'xa-2024', '--input', 'answers.json', '--json'], dir);
    expect(a.code, a.stderr).toBe(b.code);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
  });

  for (const id of ['thads-ls', 'hn-m03', 'hn-m01']) {
    it(`score --framework = score --template on generated answers: ${id}`, async () => {
      expect((await runCli(['framework', 'export', id, '-o', `${id}-k.xlsx`], dir)).code).toBe(0);
      for (const [i, answers] of fc.sample(answersFor(getFramework(id)!), { numRuns: 2, seed: 7 }).entries()) {
        writeFileSync(file(`${id}-a${i}.json`), JSON.stringify({ answers }));
        const a = await runCli(['score', '--framework', `${id}-k.xlsx`, '--input', `${id}-a${i}.json`, '--json'], dir);
        const b = await runCli(['score', '--template', id, '--input', `${id}-a${i}.json`, '--json'], dir);
        expect(a.code, a.stderr).toBe(b.code);
        expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
      }
    });
  }
});

