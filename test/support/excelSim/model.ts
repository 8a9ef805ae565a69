/**
 * The workbook behind the strict Excel simulator: sheets of cells with values, formulas, formats, merges, notes,
 * threaded comments, protection, validations and print setup. Plain data; the Office.js surface is in ./api.ts.
 */
import { columnLetter, parseA1 } from '../../../src/sheet/a1';
import type { CellValue } from '../../../src/sheet/types';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export const rectCells = (r: Rect): number => (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
export const rectAddress = (r: Rect): string => {
  const from = `${columnLetter(r.c0)}${r.r0 + 1}`;
  const to = `${columnLetter(r.c1)}${r.r1 + 1}`;
  return from === to ? from : `${from}:${to}`;
};
export const inside = (r: Rect, row: number, col: number): boolean => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1;
export const intersect = (a: Rect, b: Rect): Rect | null => {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
};

const COLUMN = /^\$?([A-Z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;
const colIndex = (letters: string): number => {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
};

/** "B3", "B3:D7", "A:AL", "3:5", "Sheet!B3" (sheet part ignored) → a rectangle; null when Excel would refuse it. */
export function parseAddress(address: string): Rect | null {
  const local = address.slice(address.lastIndexOf('!') + 1).toUpperCase();
  const parts = local.split(':');
  if (parts.length > 2 || parts.some((p) => p.trim() === '')) return null;
  const [a = '', b = a] = parts;
  const ca = COLUMN.exec(a), cb = COLUMN.exec(b);
  if (ca && cb) {
    const c0 = colIndex(ca[1]!), c1 = colIndex(cb[1]!);
    if (c0 >= MAX_COLS || c1 >= MAX_COLS) return null;
    return { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  }
  const ra = ROW.exec(a), rb = ROW.exec(b);
  if (ra && rb && parts.length === 2) {
    const r0 = Number(ra[1]) - 1, r1 = Number(rb[1]) - 1;
    if (r0 < 0 || r1 < 0 || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return null;
    return { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: 0, c1: MAX_COLS - 1 };
  }
  const p = parseA1(a), q = parseA1(b);
  if (!p || !q) return null;
  if (p.row >= MAX_ROWS || q.row >= MAX_ROWS || p.col >= MAX_COLS || q.col >= MAX_COLS || p.row < 0 || q.row < 0) return null;
  return { r0: Math.min(p.row, q.row), r1: Math.max(p.row, q.row), c0: Math.min(p.col, q.col), c1: Math.max(p.col, q.col) };
}

export interface CellFormat {
  fill?: string | null;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Record<string, { style?: string; weight?: string }>;
}

export interface Cell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

export interface Validation {
  readonly rect: Rect;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export class SimSheet {
  readonly cells = new Map<number, Cell>();
  readonly merges: Rect[] = [];
  readonly notes = new Map<string, string>();
  /** Cells holding a threaded comment (a cell holds a note or a threaded comment, not both). */
  readonly comments = new Set<string>();
  readonly validations: Validation[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  freeze: { rows: number; columns: number } = { rows: 0, columns: 0 };
  page: { orientation?: string; paperSize?: string; zoom?: Record<string, unknown>; printArea?: string; titleRows?: string } = {};
  protected = false;
  constructor(public name: string) {}

  static key = (r: number, c: number): number => r * MAX_COLS + c;
  static rowOf = (k: number): number => Math.floor(k / MAX_COLS);
  static colOf = (k: number): number => k % MAX_COLS;

  cell(r: number, c: number): Cell | undefined {
    return this.cells.get(SimSheet.key(r, c));
  }
  ensure(r: number, c: number): Cell {
    const k = SimSheet.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = {}));
    return cell;
  }

  /** What typing `input` does (Office.js `formulas`/`values` semantics): "=…" a formula, "'…" text, "" clears. */
  put(r: number, c: number, input: CellValue): void {
    const cell = this.ensure(r, c);
    delete cell.formula;
    delete cell.value;
    if (input === null || input === '') return this.prune(r, c);
    if (typeof input === 'string' && input.startsWith('=')) cell.formula = input;
    else if (typeof input === 'string' && input.startsWith("'")) cell.value = input.slice(1);
    else cell.value = input;
  }

  /** Cells from A1 (or `origin`), as the user typed them. */
  fill(rows: readonly (readonly CellValue[])[], origin = { row: 0, col: 0 }): this {
    rows.forEach((row, r) => row.forEach((v, c) => this.put(origin.row + r, origin.col + c, v)));
    return this;
  }

  private prune(r: number, c: number): void {
    const cell = this.cell(r, c);
    if (cell && cell.value === undefined && cell.formula === undefined && cell.numberFormat === undefined && !cell.format) {
      this.cells.delete(SimSheet.key(r, c));
    }
  }

  /** What `values` reads: the value, a formula's result (this simulator computes none: "#BUSY!", as an async
   * custom function shows before it returns), "" for an empty cell. */
  valueAt(r: number, c: number): string | number | boolean {
    const cell = this.cell(r, c);
    if (!cell) return '';
    if (cell.formula !== undefined) return '#BUSY!';
    return cell.value ?? '';
  }
  formulaAt(r: number, c: number): string | number | boolean {
    const cell = this.cell(r, c);
    if (!cell) return '';
    return cell.formula ?? cell.value ?? '';
  }

  /** The smallest rectangle holding every cell with a value or a format (valuesOnly: a value), within `bounds`. */
  usedIn(bounds: Rect, valuesOnly: boolean): Rect | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [k, cell] of this.cells) {
      if (valuesOnly && cell.value === undefined && cell.formula === undefined) continue;
      const r = SimSheet.rowOf(k), c = SimSheet.colOf(k);
      if (!inside(bounds, r, c)) continue;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  mergeAt(r: number, c: number): Rect | undefined {
    return this.merges.find((m) => inside(m, r, c));
  }

  /** A deep copy (tests build a workbook once and hand each test its own). */
  clone(): SimSheet {
    const copy = new SimSheet(this.name);
    for (const [k, cell] of this.cells) copy.cells.set(k, structuredClone(cell));
    copy.merges.push(...this.merges.map((m) => ({ ...m })));
    for (const [k, v] of this.notes) copy.notes.set(k, v);
    for (const c of this.comments) copy.comments.add(c);
    copy.validations.push(...this.validations.map((v) => ({ ...v, rect: { ...v.rect } })));
    for (const [k, v] of this.columnWidths) copy.columnWidths.set(k, v);
    for (const [k, v] of this.rowHeights) copy.rowHeights.set(k, v);
    for (const c of this.hiddenColumns) copy.hiddenColumns.add(c);
    copy.freeze = { ...this.freeze };
    copy.page = structuredClone(this.page);
    copy.protected = this.protected;
    return copy;
  }

  /** The values as a user sees them: a map "A1" → value, for assertions. */
  snapshotValues(): Map<string, string | number | boolean> {
    const out = new Map<string, string | number | boolean>();
    for (const [k, cell] of this.cells) {
      const v = cell.formula ?? cell.value;
      if (v !== undefined) out.set(`${columnLetter(SimSheet.colOf(k))}${SimSheet.rowOf(k) + 1}`, v);
    }
    return out;
  }
}

export class SimWorkbook {
  readonly sheets: SimSheet[];
  active: string;
  structureProtected = false;
  constructor(sheets: readonly SimSheet[], active?: string) {
    if (sheets.length === 0) throw new Error('a workbook has at least one sheet');
    this.sheets = [...sheets];
    this.active = active ?? sheets[0]!.name;
  }
  find(name: string): SimSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }
  sheet(name: string): SimSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}
