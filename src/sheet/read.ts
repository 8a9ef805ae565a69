/** Reading a snapshot back: which template wrote it, and where its criteria are. */
import { isBlank, normalizeId, parseVietnameseNumber } from '../scoring';
import { MARKER_COL, MARKER_PREFIX, MARKER_ROW } from './plans/builder';
import type { CellValue, SheetSnapshot } from './types';

export interface Marker {
  readonly templateId: string;
  readonly version: number;
}

/** The marker of a sheet: in Z1, or wherever in row 1 an inserted or deleted column moved it. */
export function readMarker(values: readonly (readonly CellValue[])[]): Marker | null {
  const row = values[MARKER_ROW] ?? [];
  let v = row[MARKER_COL];
  if (typeof v !== 'string' || !v.startsWith(MARKER_PREFIX)) v = row.find((x) => typeof x === 'string' && x.startsWith(MARKER_PREFIX));
  if (typeof v !== 'string' || !v.startsWith(MARKER_PREFIX)) return null;
  const [, templateId, version] = v.split(':');
  if (!templateId) return null;
  return { templateId, version: Number(version) || 1 };
}

export const cellAt = (s: SheetSnapshot, row: number, col: number): CellValue => s.values[row]?.[col] ?? null;
export const formulaAt = (s: SheetSnapshot, row: number, col: number): CellValue => s.formulas[row]?.[col] ?? null;

export const isEmptyCell = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** A number from a cell: numbers as they are, Vietnamese text numbers parsed, anything else null. */
export function numberAt(s: SheetSnapshot, row: number, col: number): number | null {
  const v = cellAt(s, row, col);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && !isBlank(v)) return parseVietnameseNumber(v);
  return null;
}

export const textAt = (s: SheetSnapshot, row: number, col: number): string => {
  const v = cellAt(s, row, col);
  return v === null || v === undefined ? '' : String(v).trim();
};

/** Excel error values as Office.js, ExcelJS and HyperFormula report them. */
export const isErrorValue = (v: CellValue): boolean => typeof v === 'string' && /^#(VALUE!|N\/A|NUM!|DIV\/0!|REF!|NAME\?|NULL!|CALC!|SPILL!|BUSY!)/.test(v);

/** Row of each criterion id found in the id column from `firstRow` on (rows may have been moved or inserted). */
export function rowsById(s: SheetSnapshot, idCol: number, firstRow: number, known: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (let r = firstRow; r < s.values.length; r++) {
    const v = cellAt(s, r, idCol);
    if (v === null || v === '') continue;
    const id = normalizeId(String(v));
    if (known.has(id) && !out.has(id)) out.set(id, r);
  }
  return out;
}
