/**
 * An in-memory workbook implementing WorkbookHost: the preview's host (no Excel) and the tests' reference.
 * It keeps values, formulas, fills and notes per cell; formulas are stored, not computed (the preview plugs a
 * formula engine in through `evaluate`). Counts its round trips like Office.js would.
 */
import { a1, parseA1 } from './a1';
import { MARK_FILL, type ReadRequest, type SettingsStore, type WorkbookHost, type WorkbookRead, type WriteOp } from './host';
import type { CellValue, SheetPlan, SheetSnapshot } from './types';

export interface MemoryCell {
  value: CellValue;
  formula?: string;
  fill?: string | null;
  note?: string;
  numberFormat?: string;
}

export interface MemorySheet {
  name: string;
  cells: Map<string, MemoryCell>;
  validations: { range: string; list: readonly (string | number)[] }[];
  merges: string[];
  frozen: { rows: number; columns: number };
  plan?: SheetPlan;
}

export class MemoryWorkbook implements WorkbookHost {
  readonly sheets: MemorySheet[] = [];
  active = '';
  selection: { sheet: string; cell: string } | null = null;
  roundTrips = 0;

  constructor(
    /** Computes formula results for reads (HyperFormula in the preview); without it a formula cell reads as its cached value. */
    private readonly evaluate?: (sheet: MemorySheet, cell: string, formula: string) => CellValue,
  ) {}

  addSheet(name: string): MemorySheet {
    const sheet: MemorySheet = { name, cells: new Map(), validations: [], merges: [], frozen: { rows: 0, columns: 0 } };
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  setValue(sheetName: string, cell: string, value: CellValue | { formula: string }): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const prev = sheet.cells.get(cell) ?? { value: null };
    if (value !== null && typeof value === 'object') sheet.cells.set(cell, { ...prev, value: null, formula: value.formula });
    else {
      const { formula: _dropped, ...rest } = prev;
      sheet.cells.set(cell, { ...rest, value });
    }
  }

  private valueOf(sheet: MemorySheet, ref: string): CellValue {
    const c = sheet.cells.get(ref);
    if (!c) return null;
    if (c.formula && this.evaluate) return this.evaluate(sheet, ref, c.formula);
    return c.value;
  }

  snapshot(name: string): SheetSnapshot {
    const sheet = this.sheet(name);
    if (!sheet) return { name, values: [], formulas: [] };
    return sheetSnapshot(sheet, (ref) => this.valueOf(sheet, ref));
  }

  async read(request: ReadRequest): Promise<WorkbookRead> {
    this.roundTrips++;
    const sheets = this.sheets.map((sheet) => ({
      name: sheet.name,
      values: Array.from({ length: request.head.rows }, (_, r) =>
        Array.from({ length: request.head.columns }, (_, c) => this.valueOf(sheet, a1(r, c)) ?? ''),
      ),
    }));
    const fullName = request.full === 'active' ? this.active : request.full;
    const full = fullName !== undefined && this.sheet(fullName) ? this.snapshot(fullName) : undefined;
    const all = request.all ? this.sheets.map((sh) => this.snapshot(sh.name)) : undefined;
    return { sheets, active: this.active, ...(full ? { full } : {}), ...(all ? { all } : {}) };
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    this.roundTrips++;
    for (const op of ops) {
      switch (op.kind) {
        case 'addSheet':
          if (this.sheet(op.sheet)) throw new Error(`Sheet exists: ${op.sheet}`);
          this.addSheet(op.sheet);
          break;
        case 'applyPlan': {
          const sheet = this.sheet(op.sheet);
          if (!sheet) throw new Error(`No sheet ${op.sheet}`);
          op.plan.grid.forEach((row, r) =>
            row.forEach((cell, c) => {
              if (!cell || op.keep?.[r]?.[c]) return;
              const ref = a1(r, c);
              const fill = cell.style ? (op.plan.styles[cell.style]?.fill ?? null) : null;
              sheet.cells.set(ref, {
                // A formula cell's value, when the plan gives one, is its cached result (as the ExcelJS host stores it).
                value: cell.value ?? null,
                ...(cell.formula ? { formula: cell.formula } : {}),
                ...(fill ? { fill } : {}),
                ...(cell.note ? { note: cell.note } : {}),
                ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
              });
            }),
          );
          sheet.validations.push(...op.plan.validations);
          sheet.merges.push(...op.plan.merges);
          sheet.frozen = op.plan.frozen;
          sheet.plan = op.plan;
          break;
        }
        case 'mark': {
          const sheet = this.sheet(op.sheet);
          if (!sheet) throw new Error(`No sheet ${op.sheet}`);
          for (const m of op.marks) {
            const c = sheet.cells.get(m.cell) ?? { value: null };
            sheet.cells.set(m.cell, { ...c, fill: MARK_FILL[m.severity], note: m.note });
          }
          break;
        }
        case 'clearMarks': {
          const sheet = this.sheet(op.sheet);
          if (!sheet) break;
            for (const { cell, restore, note } of op.cells) {
            const c = sheet.cells.get(cell);
            if (!c) continue;
            const { note: _n, ...rest } = c;
            sheet.cells.set(cell, { ...rest, fill: restore?.fill ?? null, ...(note ? { note } : {}) });
          }
          break;
        }
        case 'select':
          this.active = op.sheet;
          this.selection = { sheet: op.sheet, cell: op.cell };
          break;
      }
    }
  }
}

/**
 * A sheet's cells as a snapshot from A1. `valueOf` gives a cell's value (a formula engine's result); by default a
 * formula cell reads as its stored value, i.e. uncomputed.
 */
export function sheetSnapshot(sheet: MemorySheet, valueOf: (ref: string) => CellValue = (ref) => sheet.cells.get(ref)?.value ?? null): SheetSnapshot {
  let rows = 0;
  let cols = 0;
  for (const ref of sheet.cells.keys()) {
    const at = parseA1(ref)!;
    rows = Math.max(rows, at.row + 1);
    cols = Math.max(cols, at.col + 1);
  }
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(''));
  const formulas: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(''));
  for (const [ref, c] of sheet.cells) {
    const at = parseA1(ref)!;
    values[at.row]![at.col] = valueOf(ref) ?? '';
    formulas[at.row]![at.col] = c.formula ?? c.value ?? '';
  }
  return { name: sheet.name, values, formulas };
}

export class MemorySettings implements SettingsStore {
  private readonly map = new Map<string, string>();
  async get(key: string): Promise<string | null> {
    return this.map.get(key) ?? null;
  }
  async set(key: string, value: string): Promise<void> {
    this.map.set(key, value);
  }
}
