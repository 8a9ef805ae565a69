/**
 * Where a workbook's stored results disagree with the recomputation (scoreSheet recomputes every criterion from the
 * inputs, never from cached formula results), and the copy `score -o` writes with the recomputed values.
 *
 * The cells checked are found through the template's plan: each criterion's self-score and forecast cells (rows found
 * by the id column, so moved rows are still found), the head block's total cells (formulas styled 'total'), and the
 * cells that only repeat one of those ("=D7"). A cell holding nothing (a formula never evaluated) disagrees with nothing;
 * a formula whose stored result is an empty string does, when the inputs give a number.
 */
import type ExcelJS from 'exceljs';
import { normalizeId, parseVietnameseNumber } from '../scoring';
import { a1 } from '../sheet/a1';
import { isErrorValue, rowsById } from '../sheet/read';
import type { TemplateDef } from '../sheet/templates';
import type { CellValue, SheetPlan, SheetScore, SheetSnapshot } from '../sheet/types';

export interface CheckedCell {
  readonly row: number;
  readonly col: number;
  readonly cell: string;
  /** The criterion id, or "" for the totals. */
  readonly criterion: string;
  readonly column: 'self' | 'forecast';
  readonly recomputed: number;
}

/** One stored result that is not what the inputs give (`score --json` → disagreements). */
export interface Disagreement {
  readonly cell: string;
  readonly criterion: string;
  readonly column: 'self' | 'forecast';
  readonly stored: CellValue;
  readonly recomputed: number;
}

const REF = /^=\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** The row of the snapshot holding the label of plan row `r` (its first text cell), when exactly one row does. */
function relocate(grid: SheetPlan['grid'], s: SheetSnapshot, r: number, firstRow: number): number | null {
  const row = grid[r] ?? [];
  const c = row.findIndex((cell) => typeof cell?.value === 'string' && cell.value.trim() !== '' && !cell.formula);
  if (c < 0) return null;
  const label = String(row[c]!.value).trim();
  const found: number[] = [];
  for (let i = firstRow; i < s.values.length; i++) if (String(s.values[i]?.[c] ?? '').trim() === label) found.push(i);
  return found.length === 1 ? found[0]! : null;
}

export function checkedCells(def: TemplateDef, s: SheetSnapshot, score: SheetScore): CheckedCell[] {
  const plan = def.plan({});
  const cols = plan.layout.columns;
  const idCol = cols.id ?? cols.stt;
  const columns = [
    ['self', cols.self],
    ['forecast', cols.forecast],
  ] as const;
  const out: CheckedCell[] = [];
  const push = (row: number, col: number, criterion: string, column: 'self' | 'forecast', recomputed: number) =>
    out.push({ row, col, cell: a1(row, col), criterion, column, recomputed });

  if (idCol !== undefined) {
    const rows = rowsById(s, idCol, plan.layout.firstRow, new Set(score.criteria.map((c) => normalizeId(c.id))));
    for (const c of score.criteria) {
      const row = rows.get(normalizeId(c.id));
      if (row === undefined) continue;
      for (const [column, col] of columns) {
        const value = column === 'self' ? c.self : c.forecast;
        if (col !== undefined && value !== null) push(row, col, c.id, column, value);
      }
    }
  }
  // Totals: formulas styled 'total' (the head block's, the table's total row), except in columns of other scores (the
  // appraised total of Phụ lục II is the council's, not ours). A total row below the criteria is found again by its label.
  const otherColumns = new Set(Object.entries(cols).filter(([name]) => !['self', 'forecast', 'title'].includes(name)).map(([, c]) => c));
  plan.grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell?.formula || cell.style !== 'total' || otherColumns.has(c)) return;
      const at = r < plan.layout.firstRow ? r : relocate(plan.grid, s, r, plan.layout.firstRow);
      if (at === null) return;
      const column = c === cols.forecast ? 'forecast' : 'self';
      push(at, c, '', column, column === 'self' ? score.total : score.forecastTotal);
    }),
  );
  const byAddress = new Map(out.map((c) => [c.cell, c]));
  plan.grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      const m = cell?.formula ? REF.exec(cell.formula) : null;
      const target = m ? byAddress.get(`${m[1]}${m[2]}`) : undefined;
      if (target && !byAddress.has(a1(r, c))) push(r, c, target.criterion, target.column, target.recomputed);
    }),
  );
  return out;
}

const storedNumber = (v: CellValue): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && !isErrorValue(v)) return parseVietnameseNumber(v);
  return null;
};

/**
 * A formula whose stored result is #NAME?: the file was last computed without the add-in (LibreOffice, or Excel before
 * the add-in loaded), so the custom functions had no value. Not computed, which is not a disagreement.
 */
export const notComputedHere = (c: CheckedCell, s: SheetSnapshot): boolean =>
  s.values[c.row]?.[c.col] === '#NAME?' && String(s.formulas[c.row]?.[c.col] ?? '').startsWith('=');

/** The checked cells whose stored result is "not computed" (notComputedHere). */
export function notComputed(cells: readonly CheckedCell[], s: SheetSnapshot): { cell: string; criterion: string; column: 'self' | 'forecast' }[] {
  return cells.filter((c) => notComputedHere(c, s)).map((c) => ({ cell: c.cell, criterion: c.criterion, column: c.column }));
}

/** Whether a formula of the sheet holds #NAME?: the sheet was last computed without the add-in (notComputedHere). */
function computedWithoutAddin(s: SheetSnapshot): boolean {
  return s.values.some((row, r) => row.some((v, c) => v === '#NAME?' && String(s.formulas[r]?.[c] ?? '').startsWith('=')));
}

/**
 * `emptyResults`: the cells (A1, as in the file) whose formula's stored result is an empty string (emptyResultsOf in
 * xlsxFile.ts). A formula that was never computed holds nothing and disagrees with nothing, but a stored "" where the
 * inputs give a number is a stale result like any other — unless the sheet was last computed without the add-in (a
 * formula holds #NAME?): there a "" is what IF(ISNUMBER(…),…,"") makes of a custom function that had no value, not computed.
 */
export function disagreements(cells: readonly CheckedCell[], s: SheetSnapshot, emptyResults: ReadonlySet<string> = new Set()): Disagreement[] {
  const out: Disagreement[] = [];
  let withoutAddin: boolean | undefined;
  for (const c of cells) {
    const stored = s.values[c.row]?.[c.col] ?? '';
    if (
      stored === '' &&
      emptyResults.has(c.cell) &&
      String(s.formulas[c.row]?.[c.col] ?? '').startsWith('=') &&
      !(withoutAddin ??= computedWithoutAddin(s))
    ) {
      out.push({ cell: c.cell, criterion: c.criterion, column: c.column, stored: '', recomputed: c.recomputed });
      continue;
    }
    if (stored === '' || stored === null || notComputedHere(c, s)) continue;
    const n = storedNumber(stored);
    if (n !== null && Math.abs(n - c.recomputed) <= 0.005) continue;
    out.push({ cell: c.cell, criterion: c.criterion, column: c.column, stored, recomputed: c.recomputed });
  }
  return out;
}

const ENGINE_GAPS = new Set(['#NAME?', '#REF!', '#ERROR!']);

function resultOf(v: CellValue): ExcelJS.CellValue {
  if (typeof v === 'string' && isErrorValue(v)) return { error: v as ExcelJS.CellErrorValue['error'] };
  return v ?? '';
}

/**
 * Writes recomputed values into a template sheet of the workbook: every formula's cached result (HyperFormula with the
 * custom functions over the core; a reference the engine cannot follow keeps its old result), then the core's own
 * values on the checked cells; a checked cell typed over (no formula) that disagrees gets the recomputed number and a
 * note saying what it held.
 */
export async function writeRecomputed(
  ws: ExcelJS.Worksheet,
  s: SheetSnapshot,
  cells: readonly CheckedCell[],
  found: readonly Disagreement[],
  replacedNote: (stored: CellValue, recomputed: number) => string,
): Promise<void> {
  // Loaded only here: HyperFormula (GPL-3.0 or commercial, a devDependency) is needed by `score -o` alone.
  const { evaluateSnapshot } = await import(/* webpackChunkName: "hyperformula" */ './hyperformulaPlugin');
  const engine = evaluateSnapshot(s);
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!cell.formula) return;
      const v = engine[r - 1]?.[c - 1] ?? '';
      if (typeof v === 'string' && ENGINE_GAPS.has(v)) return;
      cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: resultOf(v) } as ExcelJS.CellFormulaValue;
    });
  });
  const wrong = new Map(found.map((d) => [d.cell, d]));
  for (const c of cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (cell.formula) cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: c.recomputed } as ExcelJS.CellFormulaValue;
    else {
      const d = wrong.get(c.cell);
      if (!d) continue;
      cell.value = c.recomputed;
      cell.note = replacedNote(d.stored, c.recomputed);
    }
  }
}
