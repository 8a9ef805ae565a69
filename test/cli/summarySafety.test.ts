/**
 * `summary` on folders as people keep them: it never writes a file it reads (folder members, links, relative paths,
 * hard links), reads months as people type them, counts each person once, skips what it cannot read with one line
 * each and goes on; exit 2 is one line; `| head` ends quietly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templateWorkbook } from '../../src/cli/commands/template';
import { workbookBytes } from '../../src/cli/xlsxFile';
import { a1 } from '../../src/sheet/a1';
import { HN_CELL, kpiValueCol } from '../../src/sheet/plans/hnMonthly';
import { TEMPLATES } from '../../src/sheet/templates';
import { runCli, tempDir } from './support';

const dir = tempDir('chamdiem-summary-');
const bin = path.resolve(__dirname, '../../bin/chamdiem.mjs');
const sha = (file: string) => createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex');
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

async function staff(name: string, parts: number[], edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await templateWorkbook('hn-m03', { name, month: 11, year: 2024, post: 'Chuyên viên' });
  const ws = workbook.worksheets[0]!;
  const row = TEMPLATES.find((t) => t.id === 'hn-m03')!.plan({}).layout.rowOf['II']!;
  parts.forEach((p, i) => (ws.getCell(a1(row, kpiValueCol(i))).value = p));
  edit?.(ws, workbook);
  return workbookBytes(workbook);
}

mkdirSync(path.join(dir, 'thang-11', 'to-2'), { recursive: true });
writeFileSync(path.join(dir, 'thang-11', 'nv1.xlsx'), await staff('An', [1, 1, 1]));
writeFileSync(path.join(dir, 'thang-11', 'nv2.xlsx'), await staff('Bình', [0.9, 0.9, 0.9]));
writeFileSync(path.join(dir, 'thang-11', 'to-2', 'nv3.xlsx'), await staff('Chi', [0.8, 0.8, 0.8]));
const hashes = () => ['thang-11/nv1.xlsx', 'thang-11/nv2.xlsx', 'thang-11/to-2/nv3.xlsx'].map(sha);
const before = hashes();

describe('summary never writes a file it reads', () => {
  linkSync(path.join(dir, 'thang-11', 'nv1.xlsx'), path.join(dir, 'hard-nv1.xlsx'));
  symlinkSync(path.join(dir, 'thang-11', 'nv2.xlsx'), path.join(dir, 'link-nv2.xlsx'));
  symlinkSync(path.join(dir, 'thang-11'), path.join(dir, 'thang-11-link'));
  const cases: [string, string[]][] = [
    ['an input found in the folder', ['thang-11/', '-o', 'thang-11/nv1.xlsx']],
    ['an input found in a subfolder', ['thang-11', '-o', 'thang-11/to-2/nv3.xlsx']],
    ['an input named twice', ['thang-11/nv1.xlsx', 'thang-11/nv2.xlsx', '-o', 'thang-11/nv1.xlsx']],
    ['a relative path written otherwise', ['thang-11', '-o', './thang-11/to-2/../nv2.xlsx']],
    ['an absolute path', ['thang-11', '-o', path.join(dir, 'thang-11', 'nv1.xlsx')]],
    ['a hard link to an input', ['thang-11', '-o', 'hard-nv1.xlsx']],
    ['a symbolic link to an input', ['thang-11', '-o', 'link-nv2.xlsx']],
    ['an input reached through a linked folder', ['thang-11-link', '-o', 'thang-11/nv1.xlsx']],
    ['the real file of an input read through a linked folder', ['thang-11', '-o', 'thang-11-link/nv2.xlsx']],
  ];
  for (const [about, args] of cases) {
    it(`refuses ${about}, in one line, before reading anything`, async () => {
      const r = await runCli(['summary', ...args], dir);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toMatch(/^Không ghi đè tệp đầu vào .*: chọn tên khác cho -o\.\n$/);
      expect(hashes()).toEqual(before);
    });
  }

  it('refuses an output in a missing folder before reading, in one line', async () => {
    const r = await runCli(['summary', 'thang-11', '-o', 'no-such-folder/1A.xlsx', '--lang', 'en'], dir);
    expect([r.code, r.stderr]).toEqual([2, 'The folder to write no-such-folder/1A.xlsx in does not exist: create it first.\n']);
  });

  it('writes a new file beside the inputs, then refuses to overwrite it once it is one of them', async () => {
    const first = await runCli(['summary', 'thang-11', '-o', 'thang-11/1A.xlsx'], dir);
    expect(first.code).toBe(0);
    const again = await runCli(['summary', 'thang-11', '-o', 'thang-11/1A.xlsx'], dir);
    expect([again.code, lines(again.stderr).length]).toEqual([2, 1]);
    expect(hashes()).toEqual(before);
  });
});

describe('summary counts each person once and reads months as typed', () => {
  const sub = path.join(dir, 'batch');
  mkdirSync(path.join(sub, 'links'), { recursive: true });
  const outside = path.join(dir, 'elsewhere');
  mkdirSync(outside, { recursive: true });

  it('follows a linked workbook once, reads "11/2024", a date and merged month/year cells, reports copies and very hidden sheets', async () => {
    writeFileSync(path.join(sub, 'an.xlsx'), await staff('An', [1, 1, 1]));
    symlinkSync(path.join(sub, 'an.xlsx'), path.join(sub, 'links', 'an-again.xlsx')); // the same file: read once
    writeFileSync(path.join(outside, 'binh.xlsx'), await staff('Bình', [0.9, 0.9, 0.9]));
    symlinkSync(path.join(outside, 'binh.xlsx'), path.join(sub, 'links', 'binh.xlsx')); // a file kept elsewhere: read
    writeFileSync(path.join(sub, 'chi.xlsx'), await staff('Chi', [0.8, 0.8, 0.8], (ws) => {
      ws.getCell(a1(...HN_CELL.month)).value = '11/2024';
      ws.getCell(a1(...HN_CELL.year)).value = null;
    }));
    writeFileSync(path.join(sub, 'dung.xlsx'), await staff('Dũng', [0.7, 0.7, 0.7], (ws) => {
      const cell = ws.getCell(a1(...HN_CELL.month));
      cell.value = new Date(Date.UTC(2024, 10, 1));
      cell.numFmt = 'mm/yyyy';
      ws.getCell(a1(...HN_CELL.year)).value = null;
    }));
    writeFileSync(path.join(sub, 'em.xlsx'), await staff('Em', [0.75, 0.75, 0.75], (ws) => {
      ws.getCell(a1(...HN_CELL.month)).value = 'Tháng 11 năm 2024';
      ws.unMergeCells(a1(...HN_CELL.month));
      ws.mergeCells(`${a1(...HN_CELL.month)}:${a1(...HN_CELL.year)}`);
    }));
    // A copied month sheet: the same person twice in one file; a very hidden copy in another.
    const copied = await staff('Giang', [0.95, 0.95, 0.95]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(copied as unknown as ArrayBuffer);
    const again = wb.addWorksheet('hn-m03 Giang (2)');
    wb.worksheets[0]!.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => (again.getCell(r, c).value = cell.value)));
    writeFileSync(path.join(sub, 'giang.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    writeFileSync(path.join(sub, 'hidden.xlsx'), await staff('Hà', [0.6, 0.6, 0.6], (ws) => (ws.state = 'veryHidden')));

    const r = await runCli(['summary', 'batch', '--month', '11', '--year', '2024', '--json'], dir);
    const out = JSON.parse(r.stdout) as { people: { name: string; month: number; year: number }[]; duplicated: number; files: number };
    expect(out.people.map((p) => [p.name, p.month, p.year]).sort()).toEqual([
      ['An', 11, 2024], ['Bình', 11, 2024], ['Chi', 11, 2024], ['Dũng', 11, 2024], ['Em', 11, 2024], ['Giang', 11, 2024],
    ]);
    expect(out.files).toBe(7);
    expect(out.duplicated).toBe(1);
    expect(r.code).toBe(1);
    const err = lines(r.stderr);
    expect(err.some((l) => /giang\.xlsx › hn-m03 Giang \(2\).*Giang/.test(l))).toBe(true);
    expect(err.some((l) => /hidden\.xlsx/.test(l) && /ẩn hoàn toàn/.test(l))).toBe(true);
    expect(err.at(-1)).toMatch(/^Đã đọc 7 tệp: 6 người, 0 bỏ qua, 1 trùng, trong /);
  });
});

describe('summary goes on past what it cannot read', () => {
  it('skips an unreadable subfolder with one line and reads the rest', async () => {
    const root = path.join(dir, 'locked-batch');
    mkdirSync(path.join(root, 'khoa'), { recursive: true });
    writeFileSync(path.join(root, 'an.xlsx'), await staff('An', [1, 1, 1]));
    writeFileSync(path.join(root, 'khoa', 'binh.xlsx'), await staff('Bình', [0.9, 0.9, 0.9]));
    chmodSync(path.join(root, 'khoa'), 0o000);
    try {
      let code: number | null;
      let stderr: string;
      if (process.getuid?.() === 0) {
        // root reads any folder: run the command as root without the capabilities that bypass file permissions
        // (a clone in a 0700 folder, such as a fresh CI checkout, stays readable by its owner).
        const r = spawnSync('setpriv', ['--bounding-set', '-dac_override,-dac_read_search', process.execPath, bin, 'summary', root, '--json'], { encoding: 'utf8', timeout: 120_000 });
        code = r.status;
        stderr = r.stderr;
        expect(JSON.parse(r.stdout).people.map((p: { name: string }) => p.name)).toEqual(['An']);
      } else {
        const r = await runCli(['summary', root, '--json'], dir);
        code = r.code;
        stderr = r.stderr;
        expect(JSON.parse(r.stdout).people.map((p: { name: string }) => p.name)).toEqual(['An']);
      }
      expect(code).toBe(1);
      const err = lines(stderr);
      expect(err).toHaveLength(2);
      expect(err[0]).toMatch(/^Bỏ qua .*khoa: không mở được thư mục \(EACCES\)\.$/);
      expect(err[1]).toMatch(/^Đã đọc 1 tệp: 1 người, 1 bỏ qua, 0 trùng/);
    } finally {
      chmodSync(path.join(root, 'khoa'), 0o755);
    }
  });

  it('takes --month and --year in decimal digits only', async () => {
    for (const bad of ['0x0B', '', ' ', '1e1', '13', '0']) {
      const r = await runCli(['summary', 'thang-11', '--month', bad], dir);
      expect([r.code, lines(r.stderr).length, r.stdout]).toEqual([2, 1, '']);
      expect(r.stderr).toMatch(/^--month: ".*" không phải là số hợp lệ\.\n$/);
    }
    const ok = await runCli(['summary', 'thang-11', '--month', '11'], dir);
    expect(ok.code).toBe(0);
  });

  it('ends quietly when the reader of its output goes away (| head)', async () => {
    const child = spawn(process.execPath, [bin, 'template', '--list'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect([code, stderr.replace(/^chamdiem: đang dựng.*\n/m, '')]).toEqual([0, '']);
  });
});
