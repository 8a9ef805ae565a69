/**
 * Issue 9, the custom-functions harness: every formula every template writes, on filled templates, with the custom
 * functions of the BUILT functions.js called as Excel desktop and Excel on the web call them, equals the core's
 * recomputation — cell by cell against the core answering the same formulas (src/cli/hyperformulaPlugin), and the
 * scored cells against scoreSheet. Mẫu 1A's KPI.QUOTA over its grade column (blank for heads of unit and section
 * headers) gives the summary's count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedCells } from '../../src/cli/recompute';
import { flatten, getFramework } from '../../src/scoring';
import { a1, parseA1 } from '../../src/sheet/a1';
import { readMonthly } from '../../src/sheet/hn';
import { MemoryWorkbook, sheetSnapshot, type MemorySheet } from '../../src/sheet/memoryHost';
import { buildSummary, checkSheet, fillTemplate, scoreSheet } from '../../src/sheet/operations';
import { COL, inputValueCol, isComputed, MISSING_INPUT } from '../../src/sheet/plans/framework';
import { HN_CELL, kpiValueCol, OVERRIDE_DISCIPLINE } from '../../src/sheet/plans/hnMonthly';
import { TEMPLATES } from '../../src/sheet/templates';
import type { CellValue, SheetSnapshot } from '../../src/sheet/types';
import { sampleInputs } from '../cli/support';
import { loadHarness, PROFILES, type Harness, type Shown } from '../support/excelHarness';
import { evaluate } from '../support/harnessEngine';

let harness: Harness;
beforeAll(async () => {
  harness = await loadHarness('harness-templates');
}, 300_000); // the shared add-in build (test/support/sharedBuild.mjs) may still be in progress
afterAll(() => harness?.close());

const CUSTOM = /\b(CCHC|KPI|THADS)\.[A-Z]+\(/;
const DETAILS = { name: 'Nguyễn Văn A', post: 'Chuyên viên', unit: 'UBND phường X', month: 11, year: 2024 };

/** The template filled into the in-memory host, inputs typed in. */
async function filled(id: string, seed: number): Promise<{ wb: MemoryWorkbook; sheet: string; snapshot: SheetSnapshot }> {
  const wb = new MemoryWorkbook();
  const r = await fillTemplate(wb, id, DETAILS);
  if (!r.ok) throw new Error(r.error.message.en);
  const def = TEMPLATES.find((t) => t.id === id)!;
  for (const [cell, value] of sampleInputs(def, seed, DETAILS)) wb.setValue(r.value.sheet, cell, value);
  return { wb, sheet: r.value.sheet, snapshot: wb.snapshot(r.value.sheet) };
}

const same = (a: Shown | null, b: Shown | null): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 : JSON.stringify(a) === JSON.stringify(b);

function formulaCells(s: SheetSnapshot): { row: number; col: number; formula: string }[] {
  const out: { row: number; col: number; formula: string }[] = [];
  s.formulas.forEach((row, r) => row.forEach((f, c) => typeof f === 'string' && f.startsWith('=') && CUSTOM.test(f) && out.push({ row: r, col: c, formula: f })));
  return out;
}

type Grid = ReturnType<typeof evaluate>;

/** Every custom-function cell as the core computes it, and every scored cell as scoreSheet recomputes it. */
function expectExcelAsCore(cells: readonly { row: number; col: number; formula: string }[], core: Grid, excel: Grid, scored: ReturnType<typeof checkedCells>, profile: string): void {
  const differ = cells
    .map(({ row, col, formula }) => ({ cell: a1(row, col), formula, core: core[row]?.[col] ?? null, excel: excel[row]?.[col] ?? null }))
    .filter((d) => !same(d.core, d.excel));
  expect(differ, profile).toEqual([]);
  const wrong = scored
    .map((c) => ({ cell: c.cell, criterion: c.criterion, core: c.recomputed, excel: excel[c.row]?.[c.col] ?? null }))
    .filter((m) => typeof m.excel !== 'number' || Math.abs(m.excel - m.core) > 1e-9);
  expect(wrong, profile).toEqual([]);
}

describe('every template formula, as Excel desktop and Excel on the web call the built functions.js', () => {
  for (const def of TEMPLATES) {
    for (const seed of def.score ? [1, 2, 3] : [1]) {
      it(`${def.id}, inputs #${seed}: every custom-function cell equals the core's answer; scored cells equal scoreSheet`, async () => {
        const { wb, sheet, snapshot } = await filled(def.id, seed);
        const cells = formulaCells(snapshot);
        const core = evaluate(snapshot, 'core', harness);
        const score = def.score ? await scoreSheet(wb, { sheet }) : null;
        if (score) expect(score.ok).toBe(true);
        const scored = score?.ok ? checkedCells(def, snapshot, score.value.value) : [];
        for (const profile of PROFILES) {
          const excel = evaluate(snapshot, profile, harness);
          expectExcelAsCore(cells, core, excel, scored, profile);
        }
        if (def.id === 'xa-2024') expect(scored.length).toBeGreaterThan(50);
      });
    }
  }
});

describe('half-filled rows: some required inputs of a computed criterion blank (Excel passes them as 0, the core reads them missing)', () => {
  // thads-ls has no criterion with two required inputs (times default to 0): Phụ lục II is where rows are half filled.
  for (const id of ['xa-2024']) {
    it(`${id}: the self-score says "${MISSING_INPUT}" on desktop, on the web and in the core; totals and forecasts equal scoreSheet; the row is not counted`, async () => {
      const { wb, sheet } = await filled(id, 1);
      const fw = getFramework(id)!;
      const plan = wb.sheet(sheet)!.plan!;
      const halves: { id: string; row: number }[] = [];
      for (const { node } of flatten(fw)) {
        if (!isComputed(node) || node.children?.length) continue;
        const required = node.rule!.inputs.flatMap((input, i) => (input.default === undefined && !input.optional ? [i] : []));
        if (required.length < 2) continue;
        const row = plan.layout.rowOf[node.id]!;
        wb.setValue(sheet, a1(row, COL.special), null);
        node.rule!.inputs.forEach((_, i) => wb.setValue(sheet, a1(row, inputValueCol(i)), i === required[0] ? 7 : null));
        halves.push({ id: node.id, row });
      }
      expect(halves.length, 'criteria with two required inputs or more').toBeGreaterThan(5);
      const snapshot = wb.snapshot(sheet);
      const score = await scoreSheet(wb, { sheet });
      expect(score.ok).toBe(true);
      if (!score.ok) return;
      const notCounted = new Set((score.value.value.notCounted ?? []).map((n) => n.criterion));
      for (const h of halves) expect(notCounted.has(h.id), `${h.id} listed as not counted`).toBe(true);
      const def = TEMPLATES.find((t) => t.id === id)!;
      const scored = checkedCells(def, snapshot, score.value.value);
      const core = evaluate(snapshot, 'core', harness);
      for (const profile of PROFILES) {
        const excel = evaluate(snapshot, profile, harness);
        for (const h of halves) {
          expect(excel[h.row]?.[COL.self], `${profile} ${h.id}`).toBe(MISSING_INPUT);
          expect(core[h.row]?.[COL.self], `core ${h.id}`).toBe(MISSING_INPUT);
        }
        expectExcelAsCore(formulaCells(snapshot), core, excel, scored, profile);
      }
    });
  }
});

describe('the evidence column of Phụ lục II agrees with the check (E1–E4), in both profiles', () => {
  it('a blank evidence cell is E1 on desktop and on the web, as the check says', async () => {
    const { wb, sheet, snapshot } = await filled('xa-2024', 2);
    const checked = await checkSheet(wb, { sheet, now: new Date(Date.UTC(2024, 10, 15)) });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const e1Rows = new Set(checked.value.value.filter((i) => i.code === 'E1').map((i) => parseA1(i.cell)?.row));
    expect(e1Rows.size).toBeGreaterThan(0);
    const evidenceCells = formulaCells(snapshot).filter((c) => c.formula.includes('CCHC.EVIDENCE('));
    for (const profile of PROFILES) {
      const excel = evaluate(snapshot, profile, harness);
      for (const row of e1Rows) {
        const c = evidenceCells.find((e) => e.row === row);
        if (!c) continue;
        expect(String(excel[c.row]?.[c.col]), `${profile} ${a1(c.row, c.col)}`).toMatch(/^E1/);
      }
    }
  });
});

const TOTAL_CELL = a1(HN_CELL.total[0], HN_CELL.total[1]);
/** Stands in for Excel computing each monthly sheet's total, as test/sheet/unit.test.ts does. */
const excelTotals = (sheet: MemorySheet, ref: string): CellValue => {
  const id = sheet.plan?.templateId ?? '';
  if (ref !== TOTAL_CELL || !id.startsWith('hn-m')) return null;
  return readMonthly(getFramework(id)!, sheetSnapshot(sheet)).total;
};

describe('Mẫu 1A: KPI.QUOTA over the grade column as Excel passes it', () => {
  it('counts the A allowed, the head of unit and the section headers (blank, 0 in Excel) left out', async () => {
    const wb = new MemoryWorkbook(excelTotals);
    const details = { unit: 'Phòng Văn hóa - Xã hội', month: 11, year: 2026 };
    const lead = await fillTemplate(wb, 'hn-m02', { ...details, name: 'Trưởng phòng' });
    if (!lead.ok) throw new Error('fill');
    const m02 = wb.sheet(lead.value.sheet)!.plan!;
    for (const i of [0, 1, 2, 3, 4, 5]) wb.setValue(lead.value.sheet, a1(m02.layout.rowOf['II']!, kpiValueCol(i)), 1);
    wb.setValue(lead.value.sheet, a1(HN_CELL.isHead[0], HN_CELL.isHead[1]), 'Có');
    // A deputy (Cấp phó, graded in the unit): the range then runs from the deputies over the staff section's header.
    const deputy = await fillTemplate(wb, 'hn-m02', { ...details, name: 'Phó phòng' });
    if (!deputy.ok) throw new Error('fill');
    for (const i of [0, 1, 2, 3, 4, 5]) wb.setValue(deputy.value.sheet, a1(m02.layout.rowOf['II']!, kpiValueCol(i)), i < 3 ? 0.8 : 1);
    // Twelve staff: four scored A, eight B.
    const kpis = [1, 1, 1, 1, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8];
    for (const [i, k] of kpis.entries()) {
      const r = await fillTemplate(wb, 'hn-m03', { ...details, name: `Chuyên viên ${i + 1}` });
      if (!r.ok) throw new Error('fill');
      const row = wb.sheet(r.value.sheet)!.plan!.layout.rowOf['II']!;
      for (const c of [0, 1, 2]) wb.setValue(r.value.sheet, a1(row, kpiValueCol(c)), k);
    }
    const summary = await buildSummary(wb, { cap: 0.2, details });
    if (!summary.ok) throw new Error(summary.error.message.en);
    const quota = summary.value.value.quota;
    expect([quota.countA, quota.countB]).toEqual([5, 8]);
    const oneA = wb.snapshot(summary.value.sheet);
    const cell = formulaCells(oneA).find((c) => c.formula.startsWith('=KPI.QUOTA('));
    expect(cell).toBeDefined();
    const range = /KPI\.QUOTA\(([A-Z]+\d+):([A-Z]+\d+)/.exec(cell!.formula)!;
    const [from, to] = [parseA1(range[1]!)!, parseA1(range[2]!)!];
    const column = oneA.values.slice(from.row, to.row + 1).map((r) => r[from.col] ?? '');
    expect(column.filter((v) => v === '').length, 'blank grade cells in the range').toBeGreaterThan(0);
    for (const profile of PROFILES) {
      const excel = evaluate(oneA, profile, harness);
      expect(excel[cell!.row]?.[cell!.col], profile).toBe(quota.maxA);
    }
    expect(evaluate(oneA, 'core', harness)[cell!.row]?.[cell!.col]).toBe(quota.maxA);
  });
  it('holds each group\'s limit and the overrides, as the summary does (seed 004 §3.2a), on desktop and on the web', async () => {
    const wb = new MemoryWorkbook(excelTotals);
    const details = { unit: 'Phòng Văn hóa - Xã hội', month: 11, year: 2026 };
    // "Tiếp dân": 2 A and 1 B keeps no A; "Văn phòng": 9 B and one A overridden (disciplined): by the grades alone, 3 A
    // and 10 B would keep 2.
    const staff: [string, number, string, boolean][] = [
      ['TD1', 1, 'Tiếp dân', false], ['TD2', 1, 'Tiếp dân', false], ['TD3', 0.8, 'Tiếp dân', false],
      ['VP0', 1, 'Văn phòng', true],
      ...Array.from({ length: 9 }, (_, i): [string, number, string, boolean] => [`VP${i + 1}`, 0.8, 'Văn phòng', false]),
    ];
    for (const [name, k, group, overridden] of staff) {
      const r = await fillTemplate(wb, 'hn-m03', { ...details, name });
      if (!r.ok) throw new Error('fill');
      const row = wb.sheet(r.value.sheet)!.plan!.layout.rowOf['II']!;
      for (const c of [0, 1, 2]) wb.setValue(r.value.sheet, a1(row, kpiValueCol(c)), k);
      wb.setValue(r.value.sheet, a1(HN_CELL.dutyGroup[0], HN_CELL.dutyGroup[1]), group);
      if (overridden) wb.setValue(r.value.sheet, a1(HN_CELL.override[0], HN_CELL.override[1]), OVERRIDE_DISCIPLINE);
    }
    const summary = await buildSummary(wb, { cap: 0.2, details });
    if (!summary.ok) throw new Error(summary.error.message.en);
    expect(summary.value.value.quota.maxA).toBe(0);
    const oneA = wb.snapshot(summary.value.sheet);
    const cell = formulaCells(oneA).find((c) => c.formula.startsWith('=KPI.QUOTA('))!;
    for (const profile of PROFILES) expect(evaluate(oneA, profile, harness)[cell.row]?.[cell.col], profile).toBe(0);
    expect(evaluate(oneA, 'core', harness)[cell.row]?.[cell.col]).toBe(0);
  });
});

