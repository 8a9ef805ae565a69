/**
 * LibreOffice Calc 7.4 as a second real client: every template opened and saved by LibreOffice (as .xlsx and .pdf),
 * workbooks typed in LibreOffice and read back with the same results as the same inputs written by ExcelJS, the edits
 * people make (a row deleted, rows inserted inside the table, a column inserted, two columns swapped, a criterion row
 * copied, a column deleted, rows inserted above the table), and the PDFs checked: A4, the page count of each template,
 * no text printed over the next row. One soffice process does every job (test/cli/libreoffice/edit.py).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../../src/cli/xlsxFile';
import { extractEntry, readCentralDirectory } from '../../src/cli/zip';
import { TEMPLATES } from '../../src/sheet/templates';
import type { Details } from '../../src/sheet/types';
import { missingLibreOffice, pdfFacts, runLibreOffice, type LibreOfficeJob } from './libreoffice/soffice';
import { filledTemplate, runCli, sampleInputs, tempDir, type Inputs } from './support';

const ROOT = path.resolve(__dirname, '../..');
const NOW = '2024-11-20T09:00:00+07:00';
const missing = missingLibreOffice();
const dir = tempDir('chamdiem-libreoffice-');
const sha = (file: string) => createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex');

/** Pages of each template printed by LibreOffice (A4, the plan's orientation), recorded: a change is a decision. */
const PAGES: Readonly<Record<string, number>> = {
  'xa-2024': 10, 'hn-m01': 3, 'hn-m02': 3, 'hn-m03': 2, 'hn-m04': 2, 'hn-tasks': 2, 'thads-ls': 2, 'thads-thi-dua': 2, 'nd90-m02': 2, 'nd90-m03': 2, 'hn-1a': 1, 'hn-2a': 1,
  'hdkd-01': 2, 'hdkd-02': 2, 'thads-nam': 1, 'hn-nam': 1,
};

/** Labels once printed clipped or over their neighbours, each to be found whole in the PDF's text. */
const LABELS: Readonly<Record<string, readonly string[]>> = {
  'xa-2024': ['Tổng điểm tự đánh giá:', 'Dự báo điểm thẩm định:'],
  'hn-m03': ['Chức vụ/chức danh:'],
  'hn-1a': ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'LÃNH ĐẠO ĐƠN VỊ'],
  'hn-2a': ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'THỦ TRƯỞNG ĐƠN VỊ'],
};

/** Filled workbooks: the same inputs written by ExcelJS and typed in LibreOffice. */
const FILLED: readonly { id: string; file: string; details: Details; seed: number }[] = [
  { id: 'xa-2024', file: 'xa', details: { unit: 'UBND xã Bình Thành', year: 2024 }, seed: 11 },
  { id: 'thads-ls', file: 'thads', details: { name: 'Hoàng Văn C', month: 10, year: 2024 }, seed: 12 },
  { id: 'hn-m03', file: 'lan', details: { name: 'Nguyễn Thị Lan', post: 'Chuyên viên', month: 11, year: 2024 }, seed: 13 },
  { id: 'hn-m01', file: 'minh', details: { name: 'Trần Văn Minh', post: 'Trưởng phòng', month: 11, year: 2024 }, seed: 14 },
];

const typedEdits = (inputs: Inputs) => [...inputs].filter(([, v]) => v !== null && v !== '').map(([cell, value]) => ({ op: 'set', cell, value }));

/** Edits of the xa-2024 workbook filled by ExcelJS, as people make them in LibreOffice. */
const EDITS: readonly { name: string; edits: Record<string, unknown>[] }[] = [
  // Rows 2–5 hold the unit's grade bands (J:K): a row deleted there is a finding (B1), so the rows deleted lie below the table.
  { name: 'row-deleted', edits: [{ op: 'deleteRows', at: 125 }, { op: 'insertRows', at: 125 }, { op: 'deleteRows', at: 140, count: 3 }] },
  { name: 'rows-inserted', edits: [{ op: 'insertRows', at: 20, count: 2 }, { op: 'insertRows', at: 60, count: 1 }] },
  { name: 'column-inserted', edits: [{ op: 'insertColumns', at: 'C' }] },
  { name: 'columns-swapped', edits: [{ op: 'swapColumns', a: 'J', b: 'L' }, { op: 'swapColumns', a: 'F', b: 'G' }] },
  { name: 'row-copied', edits: [{ op: 'copyRow', from: 10, to: 12 }] },
  { name: 'column-deleted', edits: [{ op: 'deleteColumns', at: 'F' }] },
  { name: 'rows-above-table', edits: [{ op: 'insertRows', at: 3, count: 2 }] },
];

let seconds = 0;
if (!missing) {
  for (const sub of ['lo', 'excel', 'blank', 'typed', 'edited', 'staff-excel', 'staff-lo']) mkdirSync(path.join(dir, sub), { recursive: true });
  const jobs: LibreOfficeJob[] = [];
  for (const t of TEMPLATES) {
    copyFileSync(path.join(ROOT, 'templates', `${t.id}.xlsx`), path.join(dir, 'blank', `${t.id}.xlsx`));
    jobs.push({ src: path.join(dir, 'blank', `${t.id}.xlsx`), xlsx: path.join(dir, 'lo', `${t.id}.xlsx`), pdf: path.join(dir, 'lo', `${t.id}.pdf`) });
  }
  for (const f of FILLED) {
    const def = TEMPLATES.find((t) => t.id === f.id)!;
    const inputs = sampleInputs(def, f.seed, f.details);
    writeFileSync(path.join(dir, 'excel', `${f.file}.xlsx`), (await filledTemplate(f.id, f.details, inputs)).bytes);
    writeFileSync(path.join(dir, 'blank', `${f.file}.xlsx`), (await filledTemplate(f.id, f.details, new Map())).bytes);
    jobs.push({ src: path.join(dir, 'blank', `${f.file}.xlsx`), xlsx: path.join(dir, 'typed', `${f.file}.xlsx`), edits: typedEdits(inputs) });
  }
  for (const e of EDITS) jobs.push({ src: path.join(dir, 'excel', 'xa.xlsx'), xlsx: path.join(dir, 'edited', `${e.name}.xlsx`), edits: e.edits });
  // A monthly form with a column inserted before the table's score columns: the summary still reads the person.
  jobs.push({ src: path.join(dir, 'excel', 'lan.xlsx'), xlsx: path.join(dir, 'edited', 'lan-column-inserted.xlsx'), edits: [{ op: 'insertColumns', at: 'D' }] });
  // Copies written by `score -o` (ExcelJS writes the workbook it read): their print areas must survive, also for a sheet
  // whose name holds an apostrophe.
  mkdirSync(path.join(dir, 'copies'), { recursive: true });
  const renamed = new ExcelJS.Workbook();
  await renamed.xlsx.load(readFileSync(path.join(dir, 'excel', 'xa.xlsx')) as unknown as ArrayBuffer);
  renamed.worksheets[0]!.name = "Xã Đông'A";
  writeFileSync(path.join(dir, 'copies', 'apostrophe.xlsx'), await workbookBytes(renamed));
  for (const [from, to] of [['excel/xa.xlsx', 'copies/xa-copy.xlsx'], ['copies/apostrophe.xlsx', 'copies/apostrophe-copy.xlsx']] as const) {
    await runCli(['score', from, '-o', to], dir);
    jobs.push({ src: path.join(dir, to), pdf: path.join(dir, to.replace(/\.xlsx$/, '.pdf')) });
  }
  seconds = await runLibreOffice(jobs);
}

const json = async (args: string[]) => {
  const r = await runCli([...args, '--json'], dir);
  return { code: r.code, stderr: r.stderr, out: r.stdout ? JSON.parse(r.stdout) : null };
};

describe.runIf(missing !== null)('LibreOffice', () => {
  it('is installed (libreoffice-calc-nogui, python3-uno, poppler-utils)', () => {
    throw new Error(missing!);
  });
});

describe.runIf(missing === null)('LibreOffice Calc 7.4 as a second client', () => {
  it('ran every job in one soffice process, well under a minute', () => {
    console.log(`LibreOffice: ${TEMPLATES.length + FILLED.length + EDITS.length + 3} workbooks opened, edited and saved in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(60);
  });

  for (const t of TEMPLATES) {
    it(`${t.id}: saved by LibreOffice, it checks and scores as written by ExcelJS (a stored #NAME? is "not computed")`, async () => {
      const mine = await json(['check', `blank/${t.id}.xlsx`, '--now', NOW]);
      const theirs = await json(['check', `lo/${t.id}.xlsx`, '--now', NOW]);
      expect([theirs.code, theirs.out]).toEqual([mine.code, mine.out.map((i: { sheet: string }) => i)]);
      if (!t.score) return;
      const score = await json(['score', `lo/${t.id}.xlsx`]);
      expect([score.code, score.stderr]).toEqual([0, '']);
      expect(score.out[0].disagreements).toEqual([]);
      const blank = await json(['score', `blank/${t.id}.xlsx`]);
      expect(score.out[0].total).toBe(blank.out[0].total);
    });

    it(`${t.id}: printed by LibreOffice on A4, ${PAGES[t.id]} page(s), no text over the next row`, () => {
      const pdf = pdfFacts(path.join(dir, 'lo', `${t.id}.pdf`));
      expect(pdf.a4).toBe(true);
      expect(pdf.landscape).toBe(t.plan({}).print.orientation === 'landscape');
      expect({ overlaps: pdf.overlaps, examples: pdf.examples }).toEqual({ overlaps: 0, examples: [] });
      expect(pdf.pages).toBe(PAGES[t.id]);
      const text = spawnSync('pdftotext', [path.join(dir, 'lo', `${t.id}.pdf`), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      for (const label of LABELS[t.id] ?? []) expect(text).toContain(label);
    });
  }

  for (const f of FILLED) {
    it(`${f.id}: typed in LibreOffice, read back like the same inputs written by ExcelJS`, async () => {
      const excelCheck = await json(['check', `excel/${f.file}.xlsx`, '--now', NOW]);
      const loCheck = await json(['check', `typed/${f.file}.xlsx`, '--now', NOW]);
      expect([loCheck.code, loCheck.out]).toEqual([excelCheck.code, excelCheck.out]);
      const excel = await json(['score', `excel/${f.file}.xlsx`]);
      const lo = await json(['score', `typed/${f.file}.xlsx`]);
      expect(lo.out[0].disagreements).toEqual([]);
      expect(lo.code).toBe(0);
      const core = (s: { total: number; forecastTotal: number; level: string; criteria: unknown[] }) => ({ total: s.total, forecastTotal: s.forecastTotal, level: s.level, criteria: s.criteria });
      expect(core(lo.out[0])).toEqual(core(excel.out[0]));
    });
  }

  it('summary reads the monthly forms typed in LibreOffice as it reads the ExcelJS ones (a column inserted too)', async () => {
    for (const f of ['lan', 'minh']) {
      copyFileSync(path.join(dir, 'excel', `${f}.xlsx`), path.join(dir, 'staff-excel', `${f}.xlsx`));
      copyFileSync(path.join(dir, 'typed', `${f}.xlsx`), path.join(dir, 'staff-lo', `${f}.xlsx`));
    }
    copyFileSync(path.join(dir, 'edited', 'lan-column-inserted.xlsx'), path.join(dir, 'staff-lo', 'lan-moved.xlsx'));
    const people = (out: { people: { name: string; score: number | null; grade: string | null }[] }) => out.people.map((p) => [p.name, p.score, p.grade]);
    const excel = await json(['summary', 'staff-excel', '--month', '11', '--year', '2024']);
    const lo = await json(['summary', 'staff-lo', '--month', '11', '--year', '2024']);
    expect(excel.code).toBe(0);
    expect(people(excel.out).length).toBe(2);
    // The moved copy of Lan's form is the same person and month: counted once, reported.
    expect(people(lo.out)).toEqual(people(excel.out));
    expect(lo.out.duplicated).toBe(1);
    expect(lo.stderr).toMatch(/lan\.xlsx/);
  });

  for (const copy of ['xa-copy', 'apostrophe-copy']) {
    it(`${copy}: a score -o copy keeps its print area (absolute, the sheet name quoted): printed like the template, read back`, async () => {
      const pdf = pdfFacts(path.join(dir, 'copies', `${copy}.pdf`));
      expect({ pages: pdf.pages, a4: pdf.a4, overlaps: pdf.overlaps }).toEqual({ pages: PAGES['xa-2024'], a4: true, overlaps: 0 });
      const bytes = readFileSync(path.join(dir, 'copies', `${copy}.xlsx`));
      const xml = extractEntry(bytes, readCentralDirectory(bytes).find((e) => e.name === 'xl/workbook.xml')!).toString('utf8');
      const quoted = copy === 'xa-copy' ? '&apos;Tự chấm UBND xã Bình Thành 2024&apos;' : '&apos;Xã Đông&apos;&apos;A&apos;';
      expect(xml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">${quoted}!$A$1:$H$`);
      const again = await runCli(['score', `copies/${copy}.xlsx`], dir);
      expect([again.code, again.stderr]).toEqual([0, '']);
    });
  }

  describe('the edits people make, on the xa-2024 workbook filled by ExcelJS', () => {
    const readable = ['row-deleted', 'rows-inserted', 'column-inserted', 'columns-swapped'];
    for (const name of readable) {
      it(`${name}: the same total, forecast and findings as before the edit`, async () => {
        const before = await json(['score', 'excel/xa.xlsx']);
        const hash = sha(`edited/${name}.xlsx`);
        const after = await json(['score', `edited/${name}.xlsx`]);
        expect([after.code, after.stderr, after.out[0].disagreements]).toEqual([0, '', []]);
        expect({ total: after.out[0].total, forecastTotal: after.out[0].forecastTotal, criteria: after.out[0].criteria }).toEqual({
          total: before.out[0].total,
          forecastTotal: before.out[0].forecastTotal,
          criteria: before.out[0].criteria,
        });
        const checkBefore = await json(['check', 'excel/xa.xlsx', '--now', NOW]);
        const checkAfter = await json(['check', `edited/${name}.xlsx`, '--now', NOW]);
        const codes = (issues: { code: string; criterion: string }[]) => issues.map((i) => `${i.code} ${i.criterion}`).sort();
        expect(codes(checkAfter.out)).toEqual(codes(checkBefore.out));
        if (name === 'column-inserted') {
          // Cells are named as in the edited file: one column to the right from C on.
          const e1 = checkAfter.out.find((i: { code: string }) => i.code === 'E1');
          if (e1) expect(e1.cell).toMatch(/^G\d+$/);
        }
        expect(sha(`edited/${name}.xlsx`)).toBe(hash);
      });
    }

    const refused: readonly [string, RegExp][] = [
      ['row-copied', /tiêu chí 1\.1 có hai dòng \(dòng 10 và dòng 12\)/],
      ['column-deleted', /không tìm thấy cột "Tài liệu kiểm chứng" \(cột F của mẫu\)/],
      ['rows-above-table', /dòng tiêu đề của bảng đã chuyển từ dòng 6 sang dòng 8/],
    ];
    for (const [name, line] of refused) {
      it(`${name}: refused by check and score in one line naming what moved`, async () => {
        for (const command of ['check', 'score']) {
          const r = await runCli([command, `edited/${name}.xlsx`], dir);
          expect([r.code, r.stdout]).toEqual([2, '']);
          expect(r.stderr.trim().split('\n')).toHaveLength(1);
          expect(r.stderr).toMatch(line);
          expect(r.stderr).toContain(`edited/${name}.xlsx`);
        }
      });
    }
  });
});
