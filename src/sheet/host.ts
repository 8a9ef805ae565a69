/**
 * The one interface between the operations (fill, check, score, summary, mark, clear) and a workbook host:
 * Office.js (src/taskpane/excel), the in-memory preview workbook, ExcelJS files (CLI).
 *
 * Performance contract (Excel round trips are the cost that matters): `read` is one round trip (one
 * `context.sync()`), `write` at most one (none for an empty list), whatever the sheet's size. Every operation is
 * read once, write once. A sheet literally named "active" cannot be read by name through `full` (known limit).
 */
import type { Msg } from '../scoring';
import type { CellStyle, CellValue, SheetPlan, SheetSnapshot, StyleName } from './types';

export interface ReadRequest {
  /** Read this many rows × columns from A1 of every sheet (the head block: marker, person, totals). */
  readonly head: { readonly rows: number; readonly columns: number };
  /** Also read the whole used range of this sheet ('active' = the active sheet). */
  readonly full?: string | 'active';
  /** Also read the whole used range of every sheet (the unit summary recomputes each person's total). */
  readonly all?: boolean;
  /**
   * With `all`: only the sheets whose head block passes this test need their used range (a host may read the others
   * too; Office.js does not, so an unrelated big data sheet costs nothing).
   */
  readonly allIf?: (head: SheetHead) => boolean;
  /** Columns A.. the plans can use: a host may read no further to the right (user data beyond is never needed). */
  readonly width?: number;
}

export interface SheetHead {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
}

export interface WorkbookRead {
  readonly sheets: readonly SheetHead[];
  readonly active: string;
  readonly full?: SheetSnapshot;
  /** With `all`: every sheet's used range, in sheet order. */
  readonly all?: readonly SheetSnapshot[];
}

export interface Mark {
  /** A1 address. */
  readonly cell: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly note: string;
}

export type WriteOp =
  /** Add a new sheet (its name is already unique). */
  | { readonly kind: 'addSheet'; readonly sheet: string }
  /**
   * Write a plan into a sheet. Cells where `keep[r][c]` is true hold the user's data and are not written
   * (values, formulas, formats are left alone); everything else of the plan is applied.
   */
  | {
      readonly kind: 'applyPlan';
      readonly sheet: string;
      readonly plan: SheetPlan;
      readonly keep?: readonly (readonly boolean[])[];
      /**
       * The sheet holds an earlier output of the same plan whose rows may have moved (Mẫu 1A rebuilt in place): the
       * written cells' old looks (a section row's fill, bold) are cleared before the plan's styles, as a fresh sheet.
       */
      readonly restyle?: boolean;
    }
  /** Fill colour and a note on cells; values untouched. */
  | { readonly kind: 'mark'; readonly sheet: string; readonly marks: readonly Mark[] }
  /**
   * Remove marks: restore each cell's fill (from its plan style, or none) and delete the mark's note, putting back
   * the plan's own note on that cell when it had one.
   */
  | {
      readonly kind: 'clearMarks';
      readonly sheet: string;
      readonly cells: readonly { readonly cell: string; readonly restore: CellStyle | null; readonly note?: string }[];
    }
  | { readonly kind: 'select'; readonly sheet: string; readonly cell: string };

export interface WorkbookHost {
  /** One round trip. */
  read(request: ReadRequest): Promise<WorkbookRead>;
  /** One round trip, all ops in order. */
  write(ops: readonly WriteOp[]): Promise<void>;
}

/** Remembered settings (the person's details, marks placed): OfficeRuntime.storage / document settings / memory. */
export interface SettingsStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/**
 * A host refusing an operation before writing anything (a protected sheet, an Excel too old for the operation, a
 * sheet too large to read): the message is the user's, in both languages; the pane shows it as it is.
 */
export class HostError extends Error {
  constructor(readonly msg: Msg) {
    super(`${msg.vi} / ${msg.en}`);
    this.name = 'HostError';
  }
}

export const MARK_FILL: Readonly<Record<Mark['severity'], string>> = { error: '#F8C9C4', warning: '#FCE8B2', info: '#D6E8FA' };

export type { StyleName };
