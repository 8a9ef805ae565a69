import { spawnSync } from 'node:child_process';
import type ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateWorkbook } from '../../src/cli/commands/template';
import { ExcelJsHost } from '../../src/cli/excelHost';
import { fixPrintNames, openWorkbook, workbookBytes } from '../../src/cli/xlsxFile';
import { CLI } from '../../src/cli/messages';
import { getFramework, gradeOf } from '../../src/scoring';
import { a1 } from '../../src/sheet/a1';
import { checkSheet, scoreSheet } from '../../src/sheet/operations';
import { readMarker } from '../../src/sheet/read';
import { HN_CELL, kpiValueCol } from '../../src/sheet/plans/hnMonthly';
import { TEMPLATES } from '../../src/sheet/templates';
import { filledTemplate, runCli, sampleInputs, tempDir } from './support';

const NOW = '2024-11-20T09:00:00+07:00';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const noTemporaryFiles = (dir: string) => expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);

describe('chamdiem template', () => {
  const dir = tempDir();

  it('lists every template with its title, as text and as JSON', async () => {
    const text = await runCli(['template', '--list'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0])).toEqual(TEMPLATES.map((t) => t.id));
    const json = await runCli(['template', '--list', '--json', '--lang', 'en'], dir);
    const list = JSON.parse(json.stdout) as { id: string; title: string; description: string; asks: string[] }[];
    expect(list.map((t) => t.id)).toEqual(TEMPLATES.map((t) => t.id));
    expect(list[0]).toEqual({ id: TEMPLATES[0]!.id, title: TEMPLATES[0]!.title.en, description: TEMPLATES[0]!.description.en, asks: TEMPLATES[0]!.asks });
  });

  for (const def of TEMPLATES) {
    it(`writes ${def.id}, which reads back through check (clean) and score`, async () => {
      const file = `${def.id}.xlsx`;
      const w = await runCli(['template', def.id, '-o', file, '--name', 'Lê Văn An', '--unit', 'UBND phường Z', '--month', '11', '--year', '2024'], dir);
      expect([w.code, w.stderr]).toEqual([0, '']);
      const { workbook } = await openWorkbook(readFileSync(path.join(dir, file)), file);
      expect(readMarker(new ExcelJsHost(workbook).snapshot(workbook.worksheets[0]!.name).values)?.templateId).toBe(def.id);
      const check = await runCli(['check', file, '--now', NOW, '--json'], dir);
      expect([check.code, check.stderr]).toEqual([0, '']);
      expect((JSON.parse(check.stdout) as { severity: string }[]).filter((i) => i.severity === 'error')).toEqual([]);
      const score = await runCli(['score', file, '--json'], dir);
      if (def.score) {
        expect([score.code, score.stderr]).toEqual([0, '']);
        const [s] = JSON.parse(score.stdout);
        expect(s).toMatchObject({ template: def.id, disagreements: [] });
        // The forecast of the appraised score is the commune's alone (issue 14 item 9); the sheet is named by its title.
        const human = await runCli(['score', file], dir);
        expect(human.stdout.includes('dự báo điểm thẩm định'), def.id).toBe(def.id === 'xa-2024');
        expect(human.stdout).toContain(`(${def.title.vi}): tổng điểm`);
      } else {
        expect([score.code, score.stderr.trim().split('\n').length]).toEqual([2, 1]);
      }
    });
  }

  it('refuses an unknown id, a missing -o, a bad --month, in one line each', async () => {
    for (const argv of [['template', 'nope', '-o', 'x.xlsx'], ['template', 'xa-2024'], ['template', 'hn-m03', '-o', 'y.xlsx', '--month', 'mười'], ['template', 'xa-2024', '-o', 'x.csv']]) {
      const r = await runCli(argv, dir);
      expect([argv, r.code, r.stderr.trim().split('\n').length, r.stdout]).toEqual([argv, 2, 1, '']);
    }
  });
});

describe('chamdiem check and score on a filled workbook', () => {
  const dir = tempDir();
  const def = TEMPLATES.find((t) => t.id === 'xa-2024')!;

  it('reports the same issues as the task pane, in the chosen language; exit 1 on errors', async () => {
    const { bytes, sheet } = await filledTemplate('xa-2024', { unit: 'UBND xã A', year: 2024 }, sampleInputs(def, 3));
    writeFileSync(path.join(dir, 'xa.xlsx'), bytes);
    const expected = await checkSheet(new ExcelJsHost((await openWorkbook(bytes, 'xa.xlsx')).workbook), { sheet, now: new Date(NOW) });
    expect(expected.ok).toBe(true);
    if (!expected.ok) return;
    for (const lang of ['vi', 'en'] as const) {
      const r = await runCli(['check', 'xa.xlsx', '--json', '--now', NOW, '--lang', lang], dir);
      const issues = JSON.parse(r.stdout) as Record<string, string>[];
      expect(issues).toEqual(expected.value.value.map((i) => ({ code: i.code, severity: i.severity, sheet: i.sheet, cell: i.cell, criterion: i.criterion, message: i.message[lang] })));
      expect(r.code).toBe(issues.some((i) => i.severity === 'error') ? 1 : 0);
    }
    const human = await runCli(['check', 'xa.xlsx', '--now', NOW], dir);
    expect(human.stdout).toMatch(/^Trang "Tự chấm UBND xã A 2024" \(Khung tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2024 đối với UBND cấp xã\):\n/);
    expect(human.stdout).toMatch(/\d+ lỗi, \d+ cảnh báo\.\n$/);
  });

  it('scores from the inputs: the JSON of scoreSheet, nothing stored to disagree with', async () => {
    const r = await runCli(['score', 'xa.xlsx', '--json'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const [s] = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual(['template', 'sheet', 'total', 'level', 'levelName', 'forecastTotal', 'criteria', 'disagreements', 'notCounted', 'notComputed']);
    const direct = await scoreSheet(new ExcelJsHost((await openWorkbook(readFileSync(path.join(dir, 'xa.xlsx')), 'xa.xlsx')).workbook), { sheet: s.sheet });
    expect(direct.ok && { total: direct.value.value.total, forecastTotal: direct.value.value.forecastTotal, level: direct.value.value.level }).toEqual({
      total: s.total,
      forecastTotal: s.forecastTotal,
      level: s.level,
    });
    expect(s.level).toBe(gradeOf(s.total, getFramework('xa-2024')!.bands));
    expect(s.criteria.length).toBe(Object.keys(def.plan({}).layout.rowOf).length);
  });

  it('finds stored results that disagree (a stale total, a total and a criterion typed over); -o writes a corrected copy', async () => {
    const original = readFileSync(path.join(dir, 'xa.xlsx'));
    const { workbook } = await openWorkbook(original, 'xa.xlsx');
    const ws = workbook.worksheets[0]!;
    const row551 = def.plan({}).layout.rowOf['5.5.1']!;
    ws.getCell('J' + (row551 + 1)).value = 45; // achieved
    ws.getCell('L' + (row551 + 1)).value = 50; // target → 0.9
    ws.getCell(a1(row551, 3)).value = 1; // 5.5.1's self-score typed over its formula
    ws.getCell('D7').value = { formula: ws.getCell('D7').formula, result: 99, date1904: false }; // a stale cached total
    ws.getCell('B4').value = 99.5; // the head's total typed over
    writeFileSync(path.join(dir, 'tampered.xlsx'), await workbookBytes(workbook));
    const before = sha(path.join(dir, 'tampered.xlsx'));

    const r = await runCli(['score', 'tampered.xlsx', '--json'], dir);
    expect(r.code).toBe(1);
    const [s] = JSON.parse(r.stdout);
    const found = new Map((s.disagreements as { cell: string; criterion: string; stored: unknown; recomputed: number }[]).map((d) => [d.cell, d]));
    expect(found.get(a1(row551, 3))).toMatchObject({ criterion: '5.5.1', stored: 1, recomputed: 0.9 });
    expect(found.get('D7')).toMatchObject({ criterion: '', stored: 99, recomputed: s.total });
    expect(found.get('B4')).toMatchObject({ criterion: '', stored: 99.5, recomputed: s.total });
    const human = await runCli(['score', 'tampered.xlsx', '--lang', 'en'], dir);
    expect(human.stdout).toContain(`  D7: the workbook holds 99, the inputs give ${s.total}.`);

    const copy = await runCli(['score', 'tampered.xlsx', '-o', 'corrected.xlsx'], dir);
    expect(copy.code).toBe(1);
    expect(sha(path.join(dir, 'tampered.xlsx'))).toBe(before);
    const again = await runCli(['score', 'corrected.xlsx', '--json'], dir);
    expect([again.code, JSON.parse(again.stdout)[0].disagreements]).toEqual([0, []]);
    const fixed = (await openWorkbook(readFileSync(path.join(dir, 'corrected.xlsx')), 'c.xlsx')).workbook.worksheets[0]!;
    expect([fixed.getCell('D7').formula, fixed.getCell('D7').result]).toEqual([ws.getCell('D7').formula, s.total]);
    expect(fixed.getCell(a1(row551, 3)).value).toBe(0.9);
    expect(String(fixed.getCell(a1(row551, 3)).note)).toContain('1');
    expect(fixed.getCell('B4').value).toBe(s.total);
    expect(typeof fixed.getCell('D4').result).toBe('string'); // the level's name, computed by HyperFormula through the core
    noTemporaryFiles(dir);
  });

  it('never writes its input: -o naming the input (or a path to it) is refused before any work', async () => {
    const before = sha(path.join(dir, 'xa.xlsx'));
    for (const out of ['xa.xlsx', './xa.xlsx', path.join(dir, 'xa.xlsx')]) {
      const r = await runCli(['score', 'xa.xlsx', '-o', out], dir);
      expect([r.code, r.stdout, r.stderr.trim().split('\n').length]).toEqual([2, '', 1]);
    }
    expect(sha(path.join(dir, 'xa.xlsx'))).toBe(before);
  });
});

/** A Hà Nội monthly sheet with its KPI parts typed in (general criteria without deduction: 30 points). */
async function staffWorkbook(id: string, name: string, parts: number[], month = 11, opts: { head?: boolean; storedTotal?: number } = {}): Promise<Buffer> {
  const workbook = await templateWorkbook(id, { name, month, year: 2024, post: 'Chuyên viên', unit: 'UBND phường Hà Đông' });
  const ws = workbook.worksheets[0]!;
  const row = TEMPLATES.find((t) => t.id === id)!.plan({}).layout.rowOf['II']!;
  parts.forEach((p, i) => (ws.getCell(a1(row, kpiValueCol(i))).value = p));
  if (opts.head !== undefined) ws.getCell(a1(...HN_CELL.isHead)).value = opts.head ? 'Có' : 'Không';
  if (opts.storedTotal !== undefined) {
    const total = ws.getCell(a1(...HN_CELL.total));
    total.value = { formula: total.formula, result: opts.storedTotal, date1904: false };
  }
  return workbookBytes(workbook);
}

describe('chamdiem summary', () => {
  const dir = tempDir();
  const staff: [string, string, number[], { head?: boolean; storedTotal?: number }?][] = [
    ['hn-m03', 'An', [1, 1, 1]], // 100
    ['hn-m03', 'Bình', [0.95, 0.95, 0.95]], // 96.5
    ['hn-m03', 'Chi', [0.9, 0.9, 0.9]], // 93
    ['hn-m03', 'Dũng', [0.8, 0.8, 0.8], { storedTotal: 99 }], // 86, the file says 99
    ['hn-m04', 'Em', [0.7, 0.7, 0.7]], // 79
    ['hn-m01', 'Giang', [1, 1, 1, 1, 1, 1], { head: true }], // 100, head of unit
    ['hn-m01', 'Hà', [0.7, 0.7, 0.7, 0.5, 0.5, 0.5], { head: false }], // 72
  ];

  it('builds Mẫu 1A from a folder of staff workbooks: grades, the quota, heads left out; stale totals reported', async () => {
    mkdirSync(path.join(dir, 'thang-11', 'to-1'), { recursive: true });
    for (const [id, name, parts, opts] of staff) writeFileSync(path.join(dir, 'thang-11', name === 'Em' ? 'to-1' : '', `${name}.xlsx`), await staffWorkbook(id, name, parts, 11, opts));
    writeFileSync(path.join(dir, 'thang-11', 'Khánh.xlsx'), await staffWorkbook('hn-m03', 'Khánh', [1, 1, 1], 10));
    writeFileSync(path.join(dir, 'thang-11', 'hỏng.xlsx'), Buffer.from('not a workbook'));
    writeFileSync(path.join(dir, 'thang-11', '~$An.xlsx'), Buffer.from('Excel lock file'));
    const hashes = readdirSync(path.join(dir, 'thang-11')).filter((f) => f.endsWith('.xlsx')).map((f) => sha(path.join(dir, 'thang-11', f)));

    const r = await runCli(['summary', 'thang-11', '-o', '1A.xlsx', '--month', '11', '--year', '2024', '--json', '--notice', '--unit', 'Phường Z'], dir);
    expect(r.code).toBe(1); // one file skipped
    const err = r.stderr.trim().split('\n');
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(/Dũng\.xlsx.*99.*86/);
    expect(err[1]).toMatch(/^Bỏ qua thang-11\/hỏng\.xlsx: /);
    expect(err[2]).toMatch(/^Đã đọc 9 tệp: 7 người, 1 bỏ qua, 0 trùng, trong /);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['cap', 'month', 'year', 'unit', 'people', 'quota', 'leaderD', 'files', 'skipped', 'duplicated']);
    expect(out.unit).toBe('Phường Z');
    const by = new Map((out.people as { name: string; score: number; grade: string; proposedGrade: string; status: string; storedScore?: number }[]).map((p) => [p.name, p]));
    expect([...by.keys()].sort()).toEqual(staff.map((s) => s[1]).sort());
    expect(by.get('An')).toMatchObject({ score: 100, grade: 'HTXSNV', proposedGrade: 'HTXSNV', status: 'kept' });
    expect(by.get('Bình')).toMatchObject({ score: 96.5, grade: 'HTXSNV', proposedGrade: 'HTTNV', status: 'demoted' });
    expect(by.get('Chi')).toMatchObject({ score: 93, status: 'demoted' });
    expect(by.get('Dũng')).toMatchObject({ score: 86, storedScore: 99, grade: 'HTTNV' });
    expect(by.get('Giang')).toMatchObject({ score: 100, status: 'head', isHead: true });
    expect(by.get('Hà')).toMatchObject({ score: 72, grade: 'HTTNV', group: 'leader' });
    expect(out.quota).toMatchObject({ countA: 3, countB: 3, maxA: 1, tied: [] });
    expect(out.skipped).toHaveLength(1);

    const { workbook } = await openWorkbook(readFileSync(path.join(dir, '1A.xlsx')), '1A.xlsx');
    expect(workbook.worksheets.map((ws) => readMarker(new ExcelJsHost(workbook).snapshot(ws.name).values)?.templateId)).toEqual(['hn-1a', 'hn-2a']);
    expect(readdirSync(path.join(dir, 'thang-11')).filter((f) => f.endsWith('.xlsx')).map((f) => sha(path.join(dir, 'thang-11', f)))).toEqual(hashes);
    noTemporaryFiles(dir);
  });

  it('draws its progress in place on a terminal; says so in English; exit 2 when nobody is found', async () => {
    const tty = await runCli(['summary', 'thang-11', '--month', '11', '--lang', 'en'], dir, true);
    expect(tty.stderr).toContain('\r\x1b[KReading 1/9 files…');
    expect(tty.stdout).toMatch(/^A {2}\s*100\.00 {2}An /m);
    const none = await runCli(['summary', 'thang-11', '--month', '3'], dir);
    // Sheets of other months are there: the months that exist are named (issue 14 item 11).
    expect([none.code, none.stderr]).toEqual([2, 'Không có phiếu tháng 3; có phiếu tháng 10/2024, 11/2024.\n']);
    const empty = await runCli(['summary', 'thang-11/hỏng.xlsx'], dir);
    expect([empty.code, empty.stderr.trim().split('\n').at(-1)]).toEqual([2, 'Không tìm thấy phiếu đánh giá tháng nào (Mẫu 01–04) trong các tệp đã cho (1 tệp, 1 tệp bỏ qua).']);
    const bad = await runCli(['summary', 'thang-11', '--cap', '120%'], dir);
    expect(bad.code).toBe(2);
  });

  it('counts in English agree with their nouns', () => {
    expect(CLI.progressDone(1, 1, 0, 0, 0.5).en).toBe('Read 1 file: 1 person, 0 skipped, 0 duplicated, in 0.5 s.');
    expect(CLI.progressDone(9, 7, 1, 0, 2).en).toBe('Read 9 files: 7 people, 1 skipped, 0 duplicated, in 2.0 s.');
    expect(CLI.summaryWritten('1A.xlsx', 1).en).toBe('Mẫu 1A (1 person) written to 1A.xlsx.');
    expect(CLI.unanswered(1).en).toBe('1 criterion unanswered (counted as 0).');
    expect(CLI.issueCounts(1, 2).en).toBe('1 error, 2 warnings.');
    expect(CLI.templatesWritten(1, 'out').en).toBe('1 template written to out.');
  });

  it('--notice without -o is refused (one line, exit 2), before any file is read', async () => {
    const r = await runCli(['summary', 'thang-11', '--notice'], dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', '--notice ghi thông báo 2A vào tệp kết quả: cần -o <1A.xlsx>.\n']);
  });

  it('prints the quota line and the scores aligned; the 1A names the unit of the forms and stores the quota value', async () => {
    const r = await runCli(['summary', 'thang-11', '--month', '11', '--year', '2024', '-o', 'noi-vu.xlsx'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const people = lines.filter((l) => l.includes('([thang-11'));
    expect(people).toHaveLength(7);
    // Every score ends in the same column and has two decimals; every sheet name starts in the same column.
    const scoreEnds = people.map((l) => /^\S\s+\d+,\d{2}/.exec(l)![0].length);
    expect(new Set(scoreEnds).size).toBe(1);
    expect(new Set(people.map((l) => l.indexOf('([thang-11'))).size).toBe(1);
    expect(people.find((l) => l.includes(' Dũng '))).toMatch(/^B {3}86,00 {2}Dũng /);
    // 3 A (An 100, Bình 96,5, Chi 93), 3 B (Dũng 86, Em 79, Hà 72); Giang is a head: k ≤ 0.2 × (3 + 3 − k) → k = 1.
    expect(lines).toContain('Tỷ lệ loại A: 3 loại A, 3 loại B theo điểm; tối đa 20% → giữ tối đa 1 loại A, đề xuất hạ 2.');
    const { workbook } = await openWorkbook(readFileSync(path.join(dir, 'noi-vu.xlsx')), 'noi-vu.xlsx');
    const list = workbook.worksheets[0]!;
    expect(list.getCell('A1').value).toBe('UBND PHƯỜNG HÀ ĐÔNG');
    let kept: ExcelJS.CellValue = null;
    list.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === 'Số loại A được giữ') kept = list.getCell(cell.row, Number(cell.col) + 1).value;
    }));
    expect(kept).toMatchObject({ formula: expect.stringContaining('KPI.QUOTA('), result: 1 });
  });
});

describe('bin/chamdiem.mjs, as a process', () => {
  const dir = tempDir();
  const bin = path.resolve(__dirname, '../../bin/chamdiem.mjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });

  it('writes a template, checks it (JSON on stdout only), and refuses junk with one line and exit 2', () => {
    const t = run('template', 'thads-ls', '-o', 'thads.xlsx', '--name', 'Hoàng Văn C', '--month', '10', '--year', '2024');
    expect(t.status).toBe(0);
    const c = run('check', 'thads.xlsx', '--json');
    expect([c.status, JSON.parse(c.stdout)]).toEqual([0, []]);
    writeFileSync(path.join(dir, 'junk.xlsx'), 'PK\u0003\u0004 nothing else');
    const j = run('score', 'junk.xlsx', '--lang', 'en');
    expect([j.status, j.stdout, j.stderr]).toEqual([2, '', 'junk.xlsx is damaged or truncated (an incomplete download?).\n']);
  });
});

describe('print areas as Excel writes them (fixPrintNames)', () => {
  it('quotes a sheet name with its apostrophes doubled and makes every row and column absolute', () => {
    const xml = `<workbook><sheets><sheet name="Xã Đông&apos;A" sheetId="1" r:id="rId1"/><sheet name="b" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Xã Đông&apos;A&apos;!$A1:$H120</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Xã Đông&apos;A&apos;!$6:$6</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">b!A1:C9,b!E1:F2</definedName><definedName name="x">b!A1</definedName></definedNames></workbook>`;
    expect(fixPrintNames(xml)).toBe(
      `<workbook><sheets><sheet name="Xã Đông&apos;A" sheetId="1" r:id="rId1"/><sheet name="b" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Xã Đông&apos;&apos;A&apos;!$A$1:$H$120</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Xã Đông&apos;&apos;A&apos;!$6:$6</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">&apos;b&apos;!$A$1:$C$9,&apos;b&apos;!$E$1:$F$2</definedName><definedName name="x">b!A1</definedName></definedNames></workbook>`,
    );
  });
});
