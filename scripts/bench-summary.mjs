#!/usr/bin/env node
// Benchmark of `chamdiem summary` (not part of npm test):
//   node scripts/bench-summary.mjs [count=500]
// Writes `count` Hà Nội staff workbooks (hn-m03, every tenth hn-m01) with their KPI parts and some deductions typed in,
// then times, over the same files, ExcelJS's bare `xlsx.load` of each file and `chamdiem summary` (in-process, JSON and
// a 1A file written), each run twice alternately; prints the best time of each and the ratio.
// Both read every part of every file; `summary` (a values-only read, src/cli/xlsxFile.ts OpenOptions) checks them all
// but hands ExcelJS the notes (comments, their VML), theme and document properties empty or not at all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const count = Number(process.argv[2] ?? 500);

// Build the bundle if needed (bin/chamdiem.mjs does it), then use it as a library.
const warm = spawnSync(process.execPath, [path.join(root, 'bin', 'chamdiem.mjs'), 'template', '--list'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (warm.status !== 0) process.exit(warm.status ?? 2);
const cli = require(path.join(root, 'dist-cli', 'chamdiem.cjs'));
const ExcelJS = require('exceljs');

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const a1 = (row, col) => {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
};

const dir = mkdtempSync(path.join(tmpdir(), 'chamdiem-bench-'));
const started = Date.now();
for (let i = 0; i < count; i++) {
  const id = i % 10 === 0 ? 'hn-m01' : 'hn-m03';
  const plan = cli.getTemplate(id).plan({});
  const workbook = await cli.templateWorkbook(id, { name: `Cán bộ ${String(i + 1).padStart(3, '0')}`, post: 'Chuyên viên', month: 11, year: 2024 });
  const ws = workbook.worksheets[0];
  const kpiRow = plan.layout.rowOf.II;
  const parts = id === 'hn-m01' ? 6 : 3;
  for (let p = 0; p < parts; p++) ws.getCell(a1(kpiRow, plan.layout.columns.firstKpi + 2 * p + 1)).value = p < 3 ? Math.round((0.6 + rnd() * 0.4) * 100) / 100 : rnd() < 0.8 ? 1 : 0.5;
  for (const [cid, row] of Object.entries(plan.layout.rowOf)) if (/^\d+\.\d+$/.test(cid) && rnd() < 0.05) ws.getCell(a1(row, plan.layout.columns.deduction)).value = 0.5;
  writeFileSync(path.join(dir, `staff-${String(i + 1).padStart(3, '0')}.xlsx`), Buffer.from(await workbook.xlsx.writeBuffer()));
}
const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(dir, f));
const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
console.log(`${count} workbooks written in ${((Date.now() - started) / 1000).toFixed(1)} s (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${dir}`);

async function bare() {
  const t = performance.now();
  for (const f of files) await new ExcelJS.Workbook().xlsx.load(readFileSync(f));
  return (performance.now() - t) / 1000;
}

async function summary() {
  let out = '';
  const t = performance.now();
  const code = await cli.main(['summary', dir, '-o', path.join(tmpdir(), `bench-1A-${process.pid}.xlsx`), '--json'], {
    stdout: (s) => (out += s),
    stderr: () => undefined,
    cwd: dir,
  });
  const seconds = (performance.now() - t) / 1000;
  if (code !== 0) throw new Error(`summary exited ${code}`);
  return { seconds, people: JSON.parse(out).people.length };
}

const times = { bare: [], summary: [] };
let people = 0;
for (let round = 0; round < 2; round++) {
  times.bare.push(await bare());
  const s = await summary();
  times.summary.push(s.seconds);
  people = s.people;
}
const best = (xs) => Math.min(...xs);
console.log(`ExcelJS bare read (xlsx.load of each file):  ${best(times.bare).toFixed(2)} s   (runs: ${times.bare.map((x) => x.toFixed(2)).join(', ')})`);
console.log(`chamdiem summary (${people} people, 1A written):   ${best(times.summary).toFixed(2)} s   (runs: ${times.summary.map((x) => x.toFixed(2)).join(', ')})`);
console.log(`ratio summary / bare read: ${(best(times.summary) / best(times.bare)).toFixed(2)}`);
rmSync(dir, { recursive: true, force: true });
rmSync(path.join(tmpdir(), `bench-1A-${process.pid}.xlsx`), { force: true });
