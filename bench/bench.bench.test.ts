/**
 * `npm run bench`: every figure is a ratio of two things measured side by side in this run, median of several
 * repetitions (shared, noisy machines). Prints one table and writes bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { HyperFormula } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { HF_CONFIG, registerChamdiemFunctions } from '../src/cli/hyperformulaPlugin';
import { flatten, HN_M03, isScorable, scoreFramework, XA_2024, type Answers } from '../src/scoring';
import { MemorySettings } from '../src/sheet/memoryHost';
import { buildSummary, checkSheet, clearMarks, fillTemplate, markIssues, scoreSheet } from '../src/sheet/operations';
import { getTemplate, TEMPLATES } from '../src/sheet/templates';
import { PAYLOAD_BUDGET, createOfficeHost } from '../src/taskpane/excel/officeHost';
import { ExcelSimulator, SimSheet, SimWorkbook, customFunctionNames, profile } from '../test/support/excelSim';
import { cases as functionCases, measure as measureFunction } from './functions100k';
import { CountingExcel, naiveFill, naiveMark, naiveRead } from './naive';

const root = path.resolve(__dirname, '..');
interface Row {
  readonly name: string;
  readonly measured: string;
  readonly ratio: number;
  readonly goal: string;
  readonly met: boolean;
  readonly detail?: Record<string, unknown>;
}
const rows: Row[] = [];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const REPS = 5;

afterAll(() => {
  const table = [
    '| Benchmark | Measured | Ratio | Goal | Met |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.measured} | ${r.ratio.toFixed(2)} | ${r.goal} | ${r.met ? 'yes' : '**no**'} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
});

async function workbook(rowsOfData: number) {
  // The strict simulator in its strictest profile (Excel on the web: 5 MB per request and per response).
  const mock = new ExcelSimulator({ profile: profile('web'), workbook: new SimWorkbook([new SimSheet('Sheet1')]), customFunctions: customFunctionNames() });
  const host = createOfficeHost(mock.run, { supports: mock.isSetSupported });
  const xa = await fillTemplate(host, 'xa-2024', { unit: 'UBND xã', year: 2024 });
  if (!xa.ok) throw new Error('fill');
  const sheet = mock.workbook.sheet(xa.value.sheet);
  for (let r = 7; r < 120; r++) if (sheet.cell(r, 3)?.formula === undefined && sheet.cell(r, 3)?.value === undefined) sheet.put(r, 3, 1);
  for (let r = 0; r < rowsOfData; r++) sheet.put(200 + r, 1, `Ghi chép ${r}`);
  for (let i = 0; i < 12; i++) await fillTemplate(host, 'hn-m03', { name: `Cán bộ ${i + 1}`, unit: 'Phòng', month: 11, year: 2026 });
  return { mock, host, sheet: xa.value.sheet, usedRows: 200 + rowsOfData };
}

describe('1. round trips and payload per operation (strict Excel simulator, Excel on the web profile)', () => {
  for (const size of [10, 10_000, 50_000]) {
    it(`at ${size} rows`, async () => {
      const { mock, host, sheet, usedRows } = await workbook(size);
      const largest: Record<string, { request: number; response: number; allowed: number }> = {};
      const count = async (name: string, f: () => Promise<unknown>) => {
        const before = mock.syncs.length;
        await f();
        const records = mock.syncs.slice(before);
        const bytes = records.reduce((n, r) => n + r.requestBytes + r.responseBytes, 0);
        largest[name] = { ...mock.largest(before), allowed: 2 + (bytes > PAYLOAD_BUDGET ? Math.ceil(bytes / PAYLOAD_BUDGET) : 0) };
        return records.length;
      };
      const settings = new MemorySettings();
      const ours: Record<string, number> = {};
      const naive: Record<string, number> = {};
      const counting = new CountingExcel();
      const countNaive = async (f: () => Promise<unknown>) => {
        const before = counting.syncs;
        await f();
        return counting.syncs - before;
      };
      for (const t of TEMPLATES) {
        ours[`fill ${t.id}`] = await count(`fill ${t.id}`, () => fillTemplate(host, t.id, { name: 'A', unit: 'U', month: 11, year: 2026 }));
        naive[`fill ${t.id}`] = await countNaive(() => naiveFill(counting.run, `naive ${t.id}`, t.plan({})));
      }
      let check: Awaited<ReturnType<typeof checkSheet>> | null = null;
      ours.check = await count('check', async () => (check = await checkSheet(host, { sheet })));
      naive.check = await countNaive(() => naiveRead(counting.run, sheet, usedRows, 26));
      ours.score = await count('score', () => scoreSheet(host, { sheet }));
      naive.score = naive.check;
      const marks = check && (check as { ok: boolean }).ok ? (check as unknown as { value: { value: { cell: string }[] } }).value.value.map((i) => i.cell) : [];
      ours.mark = await count('mark', () => markIssues(host, settings, (check as unknown as { value: Parameters<typeof markIssues>[2] }).value));
      naive.mark = await countNaive(() => naiveMark(counting.run, sheet, [...new Set(marks)]));
      ours.clear = await count('clear', () => clearMarks(host, settings, sheet));
      naive.clear = naive.mark;
      ours.summary = await count('summary', () => buildSummary(host, { cap: 0.2, details: {} }));
      naive.summary = 0;
      for (const name of mock.workbook.sheets.map((x) => x.name).filter((n) => n.startsWith('hn-m03'))) {
        naive.summary += await countNaive(() => naiveRead(counting.run, name, 60, 26));
      }
      naive.summary += await countNaive(() => naiveFill(counting.run, 'naive 1A', getTemplate('hn-1a')!.plan({})));
      const worst = Math.max(...Object.values(ours));
      const naiveTotal = Object.values(naive).reduce((a, b) => a + b, 0);
      const oursTotal = Object.values(ours).reduce((a, b) => a + b, 0);
      const maxRequest = Math.max(...Object.values(largest).map((l) => l.request));
      const maxResponse = Math.max(...Object.values(largest).map((l) => l.response));
      const withinAllowed = Object.entries(ours).every(([k, n]) => n <= (size <= 10_000 ? 2 : largest[k]!.allowed));
      const perOp = Object.entries(ours).filter(([k]) => !k.startsWith('fill ') || k === 'fill xa-2024').map(([k, n]) => `${k} ${n}`).join(', ');
      rows.push({
        name: `Round trips, ${size.toLocaleString('en')} rows (fill×${TEMPLATES.length}, check, score, mark, clear, summary)`,
        measured: `max ${worst} sync/op (${perOp}); all ops ${oursTotal} vs naive ${naiveTotal}`,
        ratio: oursTotal / naiveTotal,
        goal: size <= 10_000 ? '≤ 2 per op' : '≤ 2 + ⌈bytes ÷ 4 MB⌉ per op',
        met: withinAllowed,
        detail: { ours, naive, largest },
      });
      rows.push({
        name: `Largest request / response, ${size.toLocaleString('en')} rows (any op, Excel on the web limit 5,000,000 B)`,
        measured: `${maxRequest.toLocaleString('en')} B / ${maxResponse.toLocaleString('en')} B`,
        ratio: Math.max(maxRequest, maxResponse) / 5_000_000,
        goal: '< 1 (under 5 MB)',
        met: maxRequest < 5_000_000 && maxResponse < 5_000_000,
        detail: largest,
      });
      expect(withinAllowed).toBe(true);
    });
  }
});

let monthRate = 0;
let batchSeconds = 0;
const BATCH = 500;

describe('2. batch vs floor: chamdiem summary over 500 staff workbooks vs ExcelJS bare read', () => {
  it('runs scripts/bench-summary.mjs', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'scripts/bench-summary.mjs'), String(BATCH)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const bare = Number(/bare read[^:]*:\s+([\d.]+) s/.exec(out)?.[1]);
    const summary = Number(/chamdiem summary[^:]*:\s+([\d.]+) s/.exec(out)?.[1]);
    expect(bare).toBeGreaterThan(0);
    expect(summary).toBeGreaterThan(0);
    batchSeconds = summary;
    rows.push({ name: `Batch: chamdiem summary vs ExcelJS bare read (${BATCH} workbooks, best of 2)`, measured: `${summary.toFixed(2)} s vs ${bare.toFixed(2)} s`, ratio: summary / bare, goal: '≤ 1.25×', met: summary / bare <= 1.25 });
  });
});

describe('3. core throughput', () => {
  it('scores the commune framework and a staff month', () => {
    const leaves = flatten(XA_2024).map((p) => p.node).filter(isScorable);
    const answers: Answers = Object.fromEntries(
      leaves.map((n) => [n.id, { selfScore: n.rule!.discreteScores(n.maxPoints ?? 0)?.at(-1) ?? n.maxPoints ?? 0 }]),
    );
    const hn: Answers = Object.fromEntries(
      flatten(HN_M03)
        .map((p) => p.node)
        .filter(isScorable)
        .map((n) => [n.id, n.rule!.kind === 'kpiResult' ? [0.95, 0.9, 1] : [0.25]]),
    );
    const rate = (f: () => void) => {
      const runs: number[] = [];
      for (let rep = 0; rep < REPS; rep++) {
        const t0 = performance.now();
        let n = 0;
        while (performance.now() - t0 < 200) {
          f();
          n++;
        }
        runs.push(n / ((performance.now() - t0) / 1000));
      }
      return median(runs);
    };
    const xa = rate(() => scoreFramework(XA_2024, answers));
    const month = rate(() => scoreFramework(HN_M03, hn));
    rows.push({ name: 'Core: commune framework scored (evaluations/s)', measured: `${Math.round(xa).toLocaleString('en')}/s`, ratio: xa / month, goal: 'info (ratio = commune/month rate)', met: true });
    rows.push({ name: 'Core: staff month scored (evaluations/s)', measured: `${Math.round(month).toLocaleString('en')}/s`, ratio: month / xa, goal: 'info', met: true });
    monthRate = month;
    if (batchSeconds > 0) {
      // The core's share of the batch: BATCH staff months at the rate just measured, over the batch's time.
      const share = BATCH / monthRate / batchSeconds;
      rows.push({ name: 'Core share of the batch time (500 months at the measured rate / batch time)', measured: `${(share * 100).toFixed(2)} %`, ratio: share, goal: '< 10 %', met: share < 0.1 });
    }
  });
});

describe('4. custom functions vs native formulas (HyperFormula, 10,000 rows)', () => {
  it('recalculates CCHC.RATIO as fast as the equivalent IF/MIN formula', () => {
    registerChamdiemFunctions();
    const N = 10_000;
    const data = Array.from({ length: N }, (_, i) => [70 + (i % 40), 100]);
    const sheetWith = (formula: (r: number) => string) => data.map(([a, t], i) => [a!, t!, formula(i + 1)]);
    const custom = sheetWith((r) => `=CCHC.RATIO(A${r},B${r},2,0.8)`);
    const native = sheetWith((r) => `=IF(A${r}>=0.8*B${r}-0.000000001*B${r},ROUND(2*MIN(1,A${r}/B${r}),2),0)`);
    const time = (content: (string | number)[][]) => {
      const t0 = performance.now();
      const hf = HyperFormula.buildFromArray(content, HF_CONFIG);
      hf.setCellContents({ sheet: 0, col: 0, row: 0 }, [[71]]); // one edit: the recalculation Excel would do
      const v = hf.getCellValue({ sheet: 0, col: 2, row: N - 1 });
      const ms = performance.now() - t0;
      hf.destroy();
      return { ms, v };
    };
    const c: number[] = [];
    const n: number[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      const a = time(custom);
      const b = time(native);
      expect(a.v).toEqual(b.v);
      c.push(a.ms);
      n.push(b.ms);
    }
    const ratio = median(c) / median(n);
    rows.push({ name: 'Custom function vs native formula (build + recalc, 10,000 rows)', measured: `${median(c).toFixed(0)} ms vs ${median(n).toFixed(0)} ms`, ratio, goal: '≤ 1.2×', met: ratio <= 1.2 });
  });
});

describe('5. bundles', () => {
  it('functions.js gzipped, task pane (first load, and all its chunks) vs a bare Fluent UI v9 page built the same way', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'chamdiem-bench-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', path.join(out, 'addin')], { cwd: root, stdio: 'pipe' });
      const bareConfig = path.join(out, 'bare.config.mjs');
      writeFileSync(
        bareConfig,
        `import path from 'node:path';\nexport default { mode: 'production', entry: ${JSON.stringify(path.join(root, 'bench/bare-fluent.tsx'))}, output: { path: ${JSON.stringify(path.join(out, 'bare'))}, filename: 'bare.js' }, resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'], modules: [${JSON.stringify(path.join(root, 'node_modules'))}] }, resolveLoader: { modules: [${JSON.stringify(path.join(root, 'node_modules'))}] }, module: { rules: [{ test: /\\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: ${JSON.stringify(path.join(root, 'tsconfig.json'))} } } }] }, performance: { hints: false } };\n`,
      );
      execFileSync(process.execPath, [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--config', bareConfig], { cwd: root, stdio: 'pipe' });
      const gz = (f: string) => gzipSync(readFileSync(f)).length / 1024;
      const addin = path.join(out, 'addin');
      const functions = gz(path.join(addin, 'functions.js'));
      const bare = gz(path.join(out, 'bare/bare.js'));
      // First load: the task pane's own scripts in taskpane.html (office.js is Microsoft's; functions.js has its row).
      const html = readFileSync(path.join(addin, 'taskpane.html'), 'utf8');
      const firstFiles = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]!).filter((f) => !/^https?:/.test(f) && f !== 'functions.js');
      // Every chunk the pane can load later (webpack's chunkFilename 'taskpane.[name].[contenthash].js'): the engine.
      const chunkFiles = readdirSync(addin).filter((f) => /^taskpane\..+\.js$/.test(f));
      const sizes = Object.fromEntries([...firstFiles, ...chunkFiles].map((f) => [f, Number(gz(path.join(addin, f)).toFixed(1))]));
      const first = firstFiles.reduce((a, f) => a + gz(path.join(addin, f)), 0);
      const total = first + chunkFiles.reduce((a, f) => a + gz(path.join(addin, f)), 0);
      expect(firstFiles).toEqual(['taskpane.js']);
      rows.push({ name: 'functions.js gzipped', measured: `${functions.toFixed(1)} KB`, ratio: functions / 30, goal: '≤ 30 KB', met: functions <= 30 });
      rows.push({
        name: 'Task pane first load vs bare Fluent UI v9 page (gzipped; all task-pane chunks beside it)',
        measured: `${first.toFixed(1)} KB vs ${bare.toFixed(1)} KB (all chunks ${total.toFixed(1)} KB = ${(total / bare).toFixed(2)}×)`,
        ratio: first / bare,
        goal: '≤ 1.5× (first load)',
        met: first / bare <= 1.5,
        detail: { firstLoad: firstFiles, later: chunkFiles, gzipKB: sizes, allChunksKB: Number(total.toFixed(1)), allChunksRatio: Number((total / bare).toFixed(3)) },
      });
      rows.push({ name: 'Task pane, all chunks (first load + engine) vs bare Fluent UI v9 page (gzipped)', measured: `${total.toFixed(1)} KB vs ${bare.toFixed(1)} KB`, ratio: total / bare, goal: 'info', met: true });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('6. custom functions over 100,000 cells vs a bare loop reading the same cells (issue 15)', () => {
  it('every function within 20×', () => {
    for (const c of functionCases()) {
      const m = measureFunction(c);
      rows.push({
        name: `Custom function ${m.name}, 100,000 cells vs bare loop`,
        measured: `${m.ms.toFixed(1)} ms vs ${m.floorMs.toFixed(2)} ms`,
        ratio: m.ratio,
        goal: '≤ 20×',
        met: m.ratio <= 20,
        detail: { result: typeof m.result === 'object' ? 'array' : m.result },
      });
    }
  });
});
