/**
 * Issue 12 through the CLI on .xlsx files: `framework export hn-m03`, the unit's edits (test/support/userMonthly.ts),
 * `template --framework` for two people, answers typed in the files, then `check`, `score` and `summary` on the filled
 * workbooks alone (the framework travels inside them): exit codes, hand-computed points, Mẫu 1A's grades and quota, and
 * every input file byte for byte as it was.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook, workbookBytes } from '../../src/cli/xlsxFile';
import { a1 } from '../../src/sheet/a1';
import { HN_COL, kpiValueCol } from '../../src/sheet/plans/hnMonthly';
import { FRAMEWORK_SHEET_NAME } from '../../src/sheet/userFramework';
import { HEAD_CHANGES, MAX_CHANGES, MAX_COLUMN, PEOPLE } from '../support/userMonthly';
import { runCli, tempDir } from './support';

const dir = tempDir('chamdiem-fwm-');
const file = (name: string) => path.join(dir, name);
const sha = (name: string) => createHash('sha256').update(readFileSync(file(name))).digest('hex');
const FILES = ['an.xlsx', 'binh.xlsx'] as const;

describe('a monthly user framework through the CLI', () => {
  it('export hn-m03, edit it, fill two people\'s forms from it (exit 0)', async () => {
    const exported = await runCli(['framework', 'export', 'hn-m03', '-o', 'khung-m03.xlsx'], dir);
    expect(exported.code, exported.stderr).toBe(0);
    const { workbook } = await openWorkbook(readFileSync(file('khung-m03.xlsx')), 'khung-m03.xlsx');
    const ws = workbook.getWorksheet(FRAMEWORK_SHEET_NAME)!;
    let edited = 0;
    ws.eachRow((row) => {
      const a = row.getCell(1).value;
      if (typeof a !== 'string') return;
      const head = HEAD_CHANGES.get(a);
      if (head !== undefined) (row.getCell(2).value = head), edited++;
      const max = MAX_CHANGES.get(a);
      if (max !== undefined) (row.getCell(MAX_COLUMN + 1).value = max), edited++;
    });
    expect(edited).toBe(HEAD_CHANGES.size + MAX_CHANGES.size);
    writeFileSync(file('khung-2027.xlsx'), await workbookBytes(workbook));
    const check = await runCli(['framework', 'check', 'khung-2027.xlsx', '--json'], dir);
    expect(check.code, check.stdout).toBe(0);

    for (const [i, p] of PEOPLE.entries()) {
      const out = FILES[i]!;
      const r = await runCli(['template', '--framework', 'khung-2027.xlsx', '-o', out, '--name', p.name, '--post', 'Chuyên viên', '--unit', 'UBND phường Hà Đông', '--month', '11', '--year', '2027'], dir);
      expect(r.code, r.stderr).toBe(0);
      const { workbook: filled } = await openWorkbook(readFileSync(file(out)), out);
      expect(filled.worksheets.map((w) => w.name)).toContain(FRAMEWORK_SHEET_NAME);
      const form = filled.worksheets.find((w) => w.name !== FRAMEWORK_SHEET_NAME)!;
      expect(form.getCell('A1').value).toBe('PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI HẰNG THÁNG');
      const rowOf = new Map<string, number>();
      form.eachRow((row, n) => {
        const id = row.getCell(HN_COL.id + 1).value;
        if (n > 9 && typeof id === 'string' && !rowOf.has(id)) rowOf.set(id, n - 1);
      });
      for (const [id, d] of Object.entries(p.deductions)) form.getCell(a1(rowOf.get(id)!, HN_COL.deduction)).value = d;
      p.parts.forEach((v, k) => (form.getCell(a1(rowOf.get('II')!, kpiValueCol(k))).value = v));
      writeFileSync(file(out), await workbookBytes(filled));
    }
  });

  it('check (0, no errors) and score (hand-computed) on the filled files alone; the files untouched', async () => {
    const before = FILES.map(sha);
    for (const [i, p] of PEOPLE.entries()) {
      const check = await runCli(['check', FILES[i]!, '--json', '--now', '2027-11-20'], dir);
      expect(check.code, check.stderr).toBe(0);
      expect((JSON.parse(check.stdout) as { severity: string }[]).filter((x) => x.severity === 'error')).toEqual([]);
      const score = await runCli(['score', FILES[i]!, '--json'], dir);
      expect(score.code, score.stderr).toBe(0);
      const [s] = JSON.parse(score.stdout) as { template: string; total: number; level: string; criteria: { id: string; self: number | null }[] }[];
      expect([s!.template, s!.total, s!.level]).toEqual(['khung.phuong-hd-thang', p.total, p.grade]);
      const self = new Map(s!.criteria.map((c) => [c.id, c.self]));
      expect([self.get('I'), self.get('II'), self.get('1.8')]).toEqual([p.general, p.kpi, i === 0 ? 2 : 3]);
    }
    expect(FILES.map(sha)).toEqual(before);
  });

  it('summary builds Mẫu 1A from the two files: grades, the quota (exit 0), inputs unchanged; nobody of the month: exit 2, one line', async () => {
    const before = FILES.map(sha);
    const r = await runCli(['summary', ...FILES, '-o', '1A.xlsx', '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { month: number; year: number; people: { name: string; score: number; grade: string; proposedGrade: string; status: string; group: string }[]; quota: { countA: number; countB: number; maxA: number } };
    expect(json.people.map((p) => [p.name, p.score, p.grade, p.proposedGrade, p.status, p.group])).toEqual([
      ['Nguyễn Thị An', 95.1, 'HTXSNV', 'HTTNV', 'demoted', 'staff'],
      ['Trần Văn Bình', 79, 'HTTNV', 'HTTNV', 'notA', 'staff'],
    ]);
    expect([json.quota.countA, json.quota.countB, json.quota.maxA, json.month, json.year]).toEqual([1, 1, 0, 11, 2027]);
    const { workbook } = await openWorkbook(readFileSync(file('1A.xlsx')), '1A.xlsx');
    const names: unknown[] = [];
    workbook.worksheets[0]!.eachRow((row) => names.push(row.getCell(2).value));
    expect(names).toContain('Nguyễn Thị An');
    expect(names).toContain('Trần Văn Bình');
    const none = await runCli(['summary', ...FILES, '--month', '3'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(FILES.map(sha)).toEqual(before);
  });
});
