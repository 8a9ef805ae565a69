/** Shared helpers of the CLI tests: running `main` in-process, temp folders, and filling templates with inputs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main';
import { templateWorkbook } from '../../src/cli/commands/template';
import { workbookBytes } from '../../src/cli/xlsxFile';
import { flatten, getFramework, isScorable, scoreCriterion, type RawValue } from '../../src/scoring';
import { GRADES } from '../../src/scoring/grades';
import { a1 } from '../../src/sheet/a1';
import { COL, inputValueCol, isComputed } from '../../src/sheet/plans/framework';
import { HN_CELL, HN_COL, isLeaderForm, kpiValueCol, partsOf } from '../../src/sheet/plans/hnMonthly';
import { WORK_COL } from '../../src/sheet/plans/hnTasks';
import type { TemplateDef } from '../../src/sheet/templates';
import type { CellValue, Details } from '../../src/sheet/types';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[], cwd: string, tty = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, stderrIsTTY: tty });
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'chamdiem-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Inputs a person would type: A1 → value, valid for the template's rules (rejection-sampled against the core). */
export type Inputs = Map<string, CellValue>;

const GOOD_EVIDENCE = ['123/BC-UBND ngày 10/01/2024', '45/KH-UBND ngày 05/02/2024', '7171/QĐ-UBND ngày 01/03/2024'];
const BAD_EVIDENCE = ['Số:   /BC-UBND', 'Báo cáo số a, b', ''];
const GOOD_EXPLANATION = ['Mục II, trang 3', 'Điểm a Khoản 2 Điều 5', 'Phụ lục 1, Biểu thống kê số 2'];

function rawFor(type: string, r: () => number, choices?: readonly string[]): RawValue {
  switch (type) {
    case 'count':
      return int(r, 0, 12);
    case 'fraction':
      return Math.round(r() * 100) / 100;
    case 'choice':
      return pick(r, choices ?? ['']);
    case 'text':
      return pick(r, GRADES.map((g) => g.name.vi));
    default:
      return int(r, 0, 40);
  }
}

/** Inputs of a points framework sheet (xa-2024, thads-ls): every leaf, some blank, some with bad evidence. */
function frameworkInputs(def: TemplateDef, r: () => number, details: Details): Inputs {
  const fw = getFramework(def.id)!;
  const plan = def.plan(details);
  const out: Inputs = new Map();
  for (const { node } of flatten(fw)) {
    if (node.children?.length || !isScorable(node)) continue;
    const row = plan.layout.rowOf[node.id]!;
    if (r() < 0.1) continue; // left blank
    if (isComputed(node)) {
      const rule = node.rule!;
      if (rule.specialCases.length > 0 && r() < 0.2) {
        out.set(a1(row, COL.special), rule.specialCases[0]!.label.vi);
      } else {
        for (let attempt = 0; attempt < 50; attempt++) {
          const raws = rule.inputs.map((i) => rawFor(i.type, r, i.choices));
          if (rule.kind === 'ratio') raws[0] = Math.min(Number(raws[0]), Number(raws[1]) || 1);
          if (scoreCriterion(node, raws).ok) {
            raws.forEach((v, i) => out.set(a1(row, inputValueCol(i)), v ?? null));
            break;
          }
        }
      }
    } else {
      const allowed = node.rule!.discreteScores(node.maxPoints ?? 0);
      out.set(a1(row, COL.self), allowed ? pick(r, allowed) : Math.round(r() * (node.maxPoints ?? 1) * 4) / 4);
    }
    out.set(a1(row, COL.evidence), r() < 0.8 ? pick(r, GOOD_EVIDENCE) : pick(r, BAD_EVIDENCE));
    out.set(a1(row, COL.explanation), r() < 0.85 ? pick(r, GOOD_EXPLANATION) : 'Đã thực hiện');
  }
  return out;
}

/** The work plan's first item row: the row after "STT | Sản phẩm/công việc…" in the plan. */
export function workPlanFirstItem(def: TemplateDef, details: Details): number {
  const grid = def.plan(details).grid;
  const header = grid.findIndex((row) => row[WORK_COL.stt]?.value === 'STT' && String(row[WORK_COL.product]?.value ?? '').startsWith('Sản phẩm/công việc'));
  return header + 1;
}

function workItems(def: TemplateDef, r: () => number, details: Details, out: Inputs, rows: number): void {
  const first = workPlanFirstItem(def, details);
  const n = int(r, 1, rows);
  for (let i = 0; i < n; i++) {
    const row = first + i;
    const assigned = int(r, 1, 10);
    out.set(a1(row, WORK_COL.product), `Sản phẩm ${i + 1}`);
    if (r() < 0.5) out.set(a1(row, WORK_COL.coefficient), pick(r, [0.5, 1, 1.5, 2]));
    out.set(a1(row, WORK_COL.assigned), assigned);
    out.set(a1(row, WORK_COL.completed), int(r, 0, assigned));
    if (r() < 0.4) out.set(a1(row, WORK_COL.failedReviews), int(r, 0, 3));
    if (r() < 0.4) out.set(a1(row, WORK_COL.delays), int(r, 0, 3));
    if (r() < 0.15) out.set(a1(row, WORK_COL.excused), 'x');
  }
}

/** Inputs of a Hà Nội monthly form: deductions, the work plan, the leader's parts, the person. */
function monthlyInputs(def: TemplateDef, r: () => number, details: Details): Inputs {
  const fw = getFramework(def.id)!;
  const plan = def.plan(details);
  const out: Inputs = new Map();
  for (const { node } of flatten(fw)) {
    if (node.children?.length || node.rule?.kind !== 'cappedDeduction') continue;
    if (r() < 0.3) out.set(a1(plan.layout.rowOf[node.id]!, HN_COL.deduction), pick(r, [0, 0.25, 0.5, 1, 5]));
  }
  workItems(def, r, details, out, 8);
  if (isLeaderForm(fw)) {
    const kpiRow = plan.layout.rowOf[fw.criteria.find((c) => c.rule?.kind === 'kpiResult')!.id]!;
    partsOf(fw).forEach((_, i) => {
      if (i >= 3) out.set(a1(kpiRow, kpiValueCol(i)), pick(r, [1, 0.5]));
    });
  }
  out.set(a1(...HN_CELL.selfGrade), pick(r, GRADES.map((g) => g.name.vi)));
  return out;
}

/** Valid inputs for any template (none for the forms without points). */
export function sampleInputs(def: TemplateDef, seed: number, details: Details = {}): Inputs {
  const r = rng(seed);
  if (def.id === 'xa-2024' || def.id === 'thads-ls') return frameworkInputs(def, r, details);
  if (/^hn-m0\d$/.test(def.id)) return monthlyInputs(def, r, details);
  if (def.id === 'hn-tasks') {
    const out: Inputs = new Map();
    workItems(def, r, details, out, 20);
    return out;
  }
  return new Map();
}

/** A template written by the CLI's own code, with inputs typed in, as .xlsx bytes. */
export async function filledTemplate(id: string, details: Details, inputs: Inputs): Promise<{ bytes: Buffer; sheet: string }> {
  const workbook = await templateWorkbook(id, details, new Date(Date.UTC(2024, 10, 1)));
  const ws = workbook.worksheets[0]!;
  for (const [cell, value] of inputs) ws.getCell(cell).value = value as ExcelJS.CellValue;
  return { bytes: await workbookBytes(workbook), sheet: ws.name };
}
