#!/usr/bin/env node
// `npm run templates`: regenerates templates/*.xlsx from the frameworks, through the same plans and the same ExcelJS
// host as `chamdiem template` (never edited by hand). Files of templates that no longer exist are removed.
// test/cli/templates.test.ts fails when a committed file differs in content from what this writes.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'chamdiem.mjs');
const dir = path.join(root, 'templates');

const list = spawnSync(process.execPath, [bin, 'template', '--list', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (list.status !== 0) process.exit(list.status ?? 2);
const ids = new Set(JSON.parse(list.stdout).map((t) => t.id));

const r = spawnSync(process.execPath, [bin, 'template', '--all', '-o', dir], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 2);

for (const name of readdirSync(dir)) {
  if (name.endsWith('.xlsx') && !ids.has(name.slice(0, -'.xlsx'.length))) {
    rmSync(path.join(dir, name));
    console.log(`removed ${name}`);
  }
}

// Issue 12: framework sheets ("Khung tiêu chí") to edit, in templates/khung/ — every built-in as `chamdiem framework
// export` writes it, and xa-2025: xa-2024 with one criterion changed (7.2's threshold), to show the yearly update.
// test/cli/frameworkExamples.test.ts checks each reads back as its framework, and xa-2025 differs in 7.2 alone.
import { mkdirSync } from 'node:fs';
const khung = path.join(dir, 'khung');
mkdirSync(khung, { recursive: true });
for (const id of ids) {
  if (!['xa-2024', 'thads-ls', 'thads-thi-dua'].includes(id)) continue;
  const e = spawnSync(process.execPath, [bin, 'framework', 'export', id, '-o', path.join(khung, `${id}.xlsx`)], { stdio: 'inherit' });
  if (e.status !== 0) process.exit(e.status ?? 2);
}
const { default: ExcelJS } = await import('exceljs');
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(path.join(khung, 'xa-2024.xlsx'));
const ws = wb.getWorksheet('Khung tiêu chí');
const field = (label) => {
  let found = null;
  ws.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(2);
  });
  return found;
};
field('Mã khung').value = 'xa-2025';
field('Tên khung').value = String(field('Tên khung').value).replace('2024', '2025');
field('Tên tiếng Anh').value = String(field('Tên tiếng Anh').value).replace('2024', '2025');
field('Năm / phiên bản').value = '2025';
field('Ghi chú chung').value =
  'VÍ DỤ ĐỂ THAM KHẢO, KHÔNG PHẢI VĂN BẢN CHÍNH THỨC: khung năm 2025 chép từ khung năm 2024, chỉ sửa tiêu chí 7.2 (ngưỡng giải ngân vốn đầu tư công từ 70% lên 80%) để minh họa cách cập nhật khung hằng năm.';
ws.eachRow((row) => {
  if (row.getCell(1).value !== '7.2') return;
  row.getCell(4).value = String(row.getCell(4).value).replaceAll('70%', '80%');
  row.getCell(6).value = 'tỷ lệ, từ 80%';
});
wb.created = new Date(Date.UTC(2024, 0, 1));
wb.modified = wb.created;
await wb.xlsx.writeFile(path.join(khung, 'xa-2025.xlsx'));
