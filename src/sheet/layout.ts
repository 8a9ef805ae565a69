/**
 * Finding a template's table where the user's edits put it. A spreadsheet program moves whole columns when a column is
 * inserted, deleted or dragged (LibreOffice and Excel alike: formulas follow their cells), so a sheet is read by its
 * header labels, not by fixed positions: each header of the plan is looked for in the sheet's header row, and the
 * snapshot is given back with its columns where the plan has them (checks and scores then read it unchanged), with the
 * way back to the sheet's own cells for every address reported. What cannot be placed with certainty — a header row
 * that moved, a header missing, a criterion's row found twice — is refused with one line naming what moved: never a
 * silently wrong score. Pure: shared by every host.
 */
import { fail, msg, normalizeId, ok, type Msg, type Result } from '../scoring';
import { a1, columnLetter, parseA1 } from './a1';
import { MARKER_COL, MARKER_PREFIX } from './plans/builder';
import type { CellValue, SheetPlan, SheetSnapshot } from './types';

export interface Alignment {
  /** The snapshot with each column where the plan has it (the sheet's own snapshot when nothing moved). */
  readonly snapshot: SheetSnapshot;
  /** The sheet's column holding each planned column (index: the plan's column). */
  readonly columnOf: readonly number[];
  /** Some column is not where the plan put it. */
  readonly moved: boolean;
}

const label = (v: CellValue | undefined): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().toLowerCase() : '');

/** The plan's header labels, left to right: [column, label]. */
function plannedHeaders(plan: SheetPlan): [number, string][] {
  const row = plan.grid[plan.layout.headerRow] ?? [];
  const out: [number, string][] = [];
  row.forEach((cell, c) => {
    if (c >= MARKER_COL || !cell || cell.formula !== undefined || (cell.style !== 'header' && cell.style !== 'inputHeader')) return;
    const l = label(cell.value);
    if (l) out.push([c, l]);
  });
  return out;
}

/** The sheet's column for each header, matching repeated labels in order ("Tỷ lệ", "Tỷ lệ" …); null where one is missing. */
function placeHeaders(headers: readonly [number, string][], row: readonly CellValue[] | undefined): (number | null)[] {
  const positions = new Map<string, number[]>();
  (row ?? []).forEach((v, c) => {
    const l = label(v);
    if (l) positions.set(l, [...(positions.get(l) ?? []), c]);
  });
  const used = new Map<string, number>();
  return headers.map(([, l]) => {
    const k = used.get(l) ?? 0;
    used.set(l, k + 1);
    return positions.get(l)?.[k] ?? null;
  });
}

/** The marker's column in the first row, wherever a column insert moved it. */
export function markerColumn(values: readonly (readonly CellValue[])[]): number | null {
  const row = values[0] ?? [];
  if (typeof row[MARKER_COL] === 'string' && (row[MARKER_COL] as string).startsWith(MARKER_PREFIX)) return MARKER_COL;
  for (let c = 0; c < row.length; c++) if (typeof row[c] === 'string' && (row[c] as string).startsWith(MARKER_PREFIX)) return c;
  return null;
}

const MESSAGES = {
  headerRowMoved: (sheet: string, planned: number, found: number | null) =>
    found === null
      ? msg(
          `Trang "${sheet}": không tìm thấy dòng tiêu đề của bảng (dòng ${planned}): không chấm điểm để tránh sai lệch.`,
          `Sheet "${sheet}": the table's header row (row ${planned}) was not found: not scored, to avoid a wrong result.`,
        )
      : msg(
          `Trang "${sheet}": dòng tiêu đề của bảng đã chuyển từ dòng ${planned} sang dòng ${found} (có dòng được chèn hoặc xóa phía trên bảng): hãy đưa về như mẫu.`,
          `Sheet "${sheet}": the table's header row moved from row ${planned} to row ${found} (rows inserted or deleted above the table): put it back as in the template.`,
        ),
  columnMissing: (sheet: string, header: string, planned: string) =>
    msg(
      `Trang "${sheet}": không tìm thấy cột "${header}" (cột ${planned} của mẫu) ở dòng tiêu đề: cột đã bị xóa hoặc đổi tên.`,
      `Sheet "${sheet}": no column "${header}" (column ${planned} of the template) in the header row: it was deleted or renamed.`,
    ),
  duplicateRow: (sheet: string, id: string, first: number, second: number) =>
    msg(
      `Trang "${sheet}": tiêu chí ${id} có hai dòng (dòng ${first} và dòng ${second}): xóa dòng thừa rồi chấm lại.`,
      `Sheet "${sheet}": criterion ${id} has two rows (rows ${first} and ${second}): delete the extra row and score again.`,
    ),
} as const;

/** Ids the plan writes once in its id column (repeated texts such as "" or "x" are not criteria). */
function plannedIds(plan: SheetPlan): Set<string> {
  const col = plan.layout.columns.id;
  const count = new Map<string, number>();
  if (col === undefined) return new Set();
  for (let r = plan.layout.firstRow; r < plan.grid.length; r++) {
    const v = plan.grid[r]?.[col]?.value;
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const id = normalizeId(String(v));
    if (id) count.set(id, (count.get(id) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n === 1).map(([id]) => id));
}

const BLANK_PLANS = new Map<string, SheetPlan>();

/** A template's plan without details (its layout: headers, ids), built once per template (2–8 ms each). */
export function layoutPlan(def: { readonly id: string; plan(details: object): SheetPlan }): SheetPlan {
  let plan = BLANK_PLANS.get(def.id);
  if (!plan) BLANK_PLANS.set(def.id, (plan = def.plan({})));
  return plan;
}

/** Places a snapshot on its plan (see the file's comment); a refusal is one message naming what moved. */
export function alignToPlan(plan: SheetPlan, s: SheetSnapshot): Result<Alignment> {
  const all = plannedHeaders(plan);
  const optional = new Set(plan.layout.optionalColumns ?? []);
  // An optional header missing from the sheet (written before the column existed) is left out of the placing.
  const present = placeHeaders(all, s.values[plan.layout.headerRow]);
  const headers = all.filter(([c], i) => !optional.has(c) || present[i] !== null);
  const headerRow = plan.layout.headerRow;
  let columnOf: number[] = [];
  let moved = false;
  if (headers.length > 0) {
    let placed = placeHeaders(headers, s.values[headerRow]);
    if (placed.filter((c) => c !== null).length * 2 < headers.length) {
      // Not this row: look for the row holding most of the labels, to say where the table went.
      let best: { row: number; found: number } | null = null;
      for (let r = 0; r < Math.min(s.values.length, headerRow + 500); r++) {
        const found = placeHeaders(headers, s.values[r]).filter((c) => c !== null).length;
        if (found * 2 >= headers.length && (!best || found > best.found)) best = { row: r, found };
      }
      return fail('value', MESSAGES.headerRowMoved(s.name, headerRow + 1, best ? best.row + 1 : null));
    }
    const missing = placed.findIndex((c) => c === null);
    if (missing >= 0) {
      // A header retyped where it stands (every other header in place) is still that column; once anything moved, a
      // missing header cannot be placed.
      if (placed.every((c, i) => c === null || c === headers[i]![0])) placed = headers.map(([c]) => c);
      else {
        const [c, l] = headers[missing]!;
        const shown = plan.grid[headerRow]?.[c]?.value;
        return fail('value', MESSAGES.columnMissing(s.name, String(shown ?? l), columnLetter(c)));
      }
    }
    const at = placed as number[];
    moved = headers.some(([c], i) => at[i] !== c);
    if (moved) {
      // Every planned column follows the nearest header at its left (the marker, hidden lists and inputs move with them).
      let width = plan.grid.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
      for (const row of s.values) if (row) width = Math.max(width, row.length);
      const byPlan = new Map(headers.map(([c], i) => [c, at[i]!]));
      let shift = 0;
      for (let c = 0; c < width; c++) {
        const found = byPlan.get(c);
        if (found !== undefined) shift = found - c;
        columnOf.push(found ?? c + shift);
      }
      const marker = markerColumn(s.values);
      if (marker !== null && MARKER_COL < columnOf.length) columnOf[MARKER_COL] = marker;
    }
  }
  const permute = (rows: readonly (readonly CellValue[])[]): CellValue[][] =>
    rows.map((row) => (row ? columnOf.map((c) => row[c] ?? '') : row));
  const snapshot: SheetSnapshot = moved ? { name: s.name, values: permute(s.values), formulas: permute(s.formulas) } : s;
  if (!moved) columnOf = [];

  const idCol = plan.layout.columns.id;
  const ids = plannedIds(plan);
  if (idCol !== undefined && ids.size > 0) {
    const firstRowOf = new Map<string, number>();
    for (let r = plan.layout.firstRow; r < snapshot.values.length; r++) {
      const v = snapshot.values[r]?.[idCol];
      if (v === null || v === undefined || v === '') continue;
      const id = normalizeId(String(v));
      if (!ids.has(id)) continue;
      const first = firstRowOf.get(id);
      if (first !== undefined) return fail('value', MESSAGES.duplicateRow(s.name, String(v).trim(), first + 1, r + 1));
      firstRowOf.set(id, r);
    }
  }
  return ok({ snapshot, columnOf, moved });
}

/** The sheet's own address of a cell of the aligned snapshot ("J12" → "L12" when Giá trị 1 moved to L). */
export function sheetCell(alignment: Alignment, cell: string): string {
  if (!alignment.moved) return cell;
  const p = parseA1(cell);
  if (!p) return cell;
  return a1(p.row, alignment.columnOf[p.col] ?? p.col);
}

export type { Msg };
