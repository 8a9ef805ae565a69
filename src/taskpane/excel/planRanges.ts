/**
 * A sheet plan cut into the few rectangles the Office.js adapter writes in its one sync. Pure: no Office here, so the
 * way a plan is cut (and that kept cells are never inside a written rectangle) is tested without a host.
 *
 * Why rectangles: every `getRange` is a proxy object and every property set is an action in the batch; a plan of
 * 10,000 rows written cell by cell is 10,000s of actions (and megabytes of request on Excel on the web, whose request
 * limit is 5 MB). Cells are cut into runs per row, and a run continues the rectangle above it when it spans the same
 * columns with the same key, so an unmasked plan is one rectangle and a masked input column costs two or three.
 */
import { a1, parseA1, range } from '../../sheet/a1';
import type { CellValue, PlanCell, SheetPlan, StyleName } from '../../sheet/types';

/** A rectangle of cells sharing a key, 0-based. */
export interface Block {
  readonly key: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export type KeepMask = readonly (readonly boolean[])[];

export const blockAddress = (b: Block): string =>
  b.rows === 1 && b.cols === 1 ? a1(b.row, b.col) : range(b.row, b.col, b.row + b.rows - 1, b.col + b.cols - 1);

/**
 * Covers the cells where `keyAt` gives a key with rectangles of one key each: runs of equal keys per row, stacked while
 * the next row has a run with the same key over the same columns. Cells without a key are never covered.
 */
export function cover(rows: number, cols: number, keyAt: (row: number, col: number) => string | undefined): Block[] {
  const done: Block[] = [];
  let open = new Map<string, { key: string; row: number; col: number; cols: number }>();
  for (let r = 0; r < rows; r++) {
    const next = new Map<string, { key: string; row: number; col: number; cols: number }>();
    let c = 0;
    while (c < cols) {
      const key = keyAt(r, c);
      if (key === undefined) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < cols && keyAt(r, end) === key) end++;
      const id = `${c}:${end}:${key}`;
      const above = open.get(id);
      next.set(id, above ?? { key, row: r, col: c, cols: end - c });
      open.delete(id);
      c = end;
    }
    for (const o of open.values()) done.push({ ...o, rows: r - o.row });
    open = next;
  }
  for (const o of open.values()) done.push({ ...o, rows: rows - o.row });
  return done.sort((x, y) => x.row - y.row || x.col - y.col);
}

/**
 * What goes into `range.formulas` for a plan cell: the formula, else the value, "" for an empty cell.
 *
 * Text is written the way a person types it, so Excel would turn "1.1" (a criterion id) into a number — or, under a
 * Vietnamese locale, a date —, "(1)" into -1, "- nội dung" into a formula, "TRUE" into a boolean. Text that Excel could
 * read as anything but text gets the apostrophe prefix, which Excel stores as the cell's prefix character, not as part
 * of its value: reading back gives the plain text, as the ExcelJS and preview hosts do.
 */
export function formulaInput(cell: PlanCell | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return needsTextPrefix(v) ? `'${v}` : v;
  return v;
}

const MONTH = /^\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.]*\d/i;

export function needsTextPrefix(s: string): boolean {
  return /^\s*[=+\-@('#$.\d]/.test(s) || /^\s*(true|false)\s*$/i.test(s) || MONTH.test(s);
}

export interface GridBlocks {
  readonly width: number;
  /** Rectangles written with `range.formulas` (every cell of the plan's grid that is not kept). */
  readonly cells: readonly { readonly block: Block; readonly formulas: (string | number | boolean)[][] }[];
  /** Rectangles of cells with a number format, not kept. */
  readonly numberFormats: readonly { readonly block: Block; readonly formats: string[][] }[];
  /** Rectangles of one style, not kept. */
  readonly styles: readonly { readonly style: StyleName; readonly block: Block }[];
  /** Plan notes on cells that are not kept (a kept cell may carry the user's own note, which a new one would replace). */
  readonly notes: readonly { readonly cell: string; readonly text: string }[];
}

const isKept = (keep: KeepMask | undefined, r: number, c: number): boolean => keep?.[r]?.[c] === true;

/** The grid of a plan as rectangles, leaving every kept cell outside every rectangle. */
export function gridBlocks(plan: SheetPlan, keep?: KeepMask): GridBlocks {
  const grid = plan.grid;
  const width = grid.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const cellAt = (r: number, c: number): PlanCell | undefined => grid[r]?.[c];

  const cells = cover(grid.length, width, (r, c) => (isKept(keep, r, c) ? undefined : 'w')).map((block) => ({
    block,
    formulas: slice(block, (r, c) => formulaInput(cellAt(r, c))),
  }));
  const numberFormats = cover(grid.length, width, (r, c) =>
    isKept(keep, r, c) || cellAt(r, c)?.numberFormat === undefined ? undefined : 'n',
  ).map((block) => ({ block, formats: slice(block, (r, c) => cellAt(r, c)?.numberFormat ?? 'General') }));
  const styles = cover(grid.length, width, (r, c) => (isKept(keep, r, c) ? undefined : cellAt(r, c)?.style)).map(
    (block) => ({ style: block.key as StyleName, block }),
  );
  const notes: { cell: string; text: string }[] = [];
  grid.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell?.note && !isKept(keep, r, c)) notes.push({ cell: a1(r, c), text: cell.note });
    }),
  );
  return { width, cells, numberFormats, styles, notes };
}

function slice<T>(b: Block, at: (row: number, col: number) => T): T[][] {
  return Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.cols }, (_, j) => at(b.row + i, b.col + j)));
}

/** Column runs of one width / of hidden columns: "A:C" style addresses. */
export function columnGroups(plan: SheetPlan): { widths: { columns: string; width: number }[]; hidden: string[] } {
  const widths: { columns: string; width: number }[] = [];
  const hidden: string[] = [];
  const cols = plan.columns;
  let c = 0;
  while (c < cols.length) {
    const w = cols[c]?.width;
    if (w === undefined) {
      c++;
      continue;
    }
    let end = c + 1;
    while (end < cols.length && cols[end]?.width === w) end++;
    widths.push({ columns: columnSpan(c, end - 1), width: w });
    c = end;
  }
  c = 0;
  while (c < cols.length) {
    if (cols[c]?.hidden !== true) {
      c++;
      continue;
    }
    let end = c + 1;
    while (end < cols.length && cols[end]?.hidden === true) end++;
    hidden.push(columnSpan(c, end - 1));
    c = end;
  }
  return { widths, hidden };
}

const columnSpan = (c1: number, c2: number): string => {
  const first = a1(0, c1).replace(/\d+$/, '');
  const last = a1(0, c2).replace(/\d+$/, '');
  return `${first}:${last}`;
};

/**
 * Excel's column width is in characters of the default font; `format.columnWidth` in Office.js is in points. For the
 * default Calibri 11 (7-pixel digits, 5 pixels of padding) a width of w characters is w × 7 + 5 pixels, and a pixel is
 * 0.75 point at 96 dpi: 8.43 characters → 64 px → 48 pt, Excel's default column.
 */
export const charsToPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/** Merges whose cells beyond the top-left hold kept data would discard it (Excel keeps only the top-left value). */
export function safeMerges(plan: SheetPlan, keep?: KeepMask): string[] {
  if (!keep) return [...plan.merges];
  return plan.merges.filter((m) => {
    const b = parseRange(m);
    if (!b) return true;
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.col; c < b.col + b.cols; c++) if ((r !== b.row || c !== b.col) && isKept(keep, r, c)) return false;
    return true;
  });
}

/** "C3", "C3:E7", "Sheet1!C3:E7", "'My sheet'!$C$3:$E$7" → a 0-based rectangle; null for whole rows/columns. */
export function parseRange(address: string): Omit<Block, 'key'> | null {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [from = '', to = from] = local.split(':');
  const p = parseA1(from);
  const q = parseA1(to);
  if (!p || !q) return null;
  return { row: Math.min(p.row, q.row), col: Math.min(p.col, q.col), rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

/** Values read from a range that starts at `origin`, padded with "" so that [0][0] is A1. */
export function padToA1(values: readonly (readonly CellValue[])[], origin: { row: number; col: number }): CellValue[][] {
  const width = origin.col + values.reduce((w, row) => Math.max(w, row.length), 0);
  const blank = (): CellValue[] => Array.from({ length: width }, () => '');
  const rows: CellValue[][] = Array.from({ length: origin.row }, blank);
  for (const row of values) rows.push([...Array.from({ length: origin.col }, () => ''), ...row]);
  return rows;
}
