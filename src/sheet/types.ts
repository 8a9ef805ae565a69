/**
 * Sheet plans: what a sheet must contain, as data (STYLE: one core, one plan, three hosts). Pure: no Office, no DOM,
 * no Node. The Office.js adapter (src/taskpane/excel), the ExcelJS adapter (CLI) and the preview's in-memory host
 * only carry a plan to their host, and read a snapshot back.
 *
 * Coordinates are 0-based (row 0 = Excel row 1, column 0 = A). Formulas are written the way Office.js `formulas`,
 * OOXML files and HyperFormula take them: English function names, "," between arguments, "." as decimal point.
 */
import type { Lang, Msg } from '../scoring';

export type CellValue = string | number | boolean | null;

export type StyleName =
  | 'title' // the form's title
  | 'subtitle'
  | 'header' // column headers
  | 'section' // NỘI DUNG / Roman-numbered sections (parents)
  | 'group' // intermediate parents
  | 'criterion' // leaves: official text
  | 'method' // the method / requirement text
  | 'input' // cells the user types in (marked: pale yellow)
  | 'inputHeader' // header of the extra input columns, visibly marked
  | 'computed' // formulas
  | 'total'
  | 'label' // grey labels beside inputs
  | 'marker' // the template marker (hidden column)
  | 'plain';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string; // #RRGGBB
  readonly fill?: string; // #RRGGBB
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center';
  readonly border?: boolean;
}

export interface PlanCell {
  /** A literal value; numbers as numbers, never as text. */
  readonly value?: CellValue;
  /** A formula beginning with "=". */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: StyleName;
  /** A cell note (Vietnamese first): the rule, the input's meaning, a Decision. */
  readonly note?: string;
  /** A cell the user fills: a re-fill never overwrites it once it holds something. */
  readonly input?: boolean;
}

export interface ListValidation {
  /** A1 range, e.g. "D12" or "S5:S40". */
  readonly range: string;
  /** Allowed values (numbers are offered as numbers). */
  readonly list: readonly (string | number)[];
  /**
   * The same values written in cells of this sheet (hidden columns), as an absolute range "$AA$1:$AA$3". Hosts use
   * it as the list's source: a list typed inline is split on "," and keeps "0.5" as text under a Vietnamese Excel.
   */
  readonly source?: string;
  readonly prompt?: string;
  readonly error?: string;
}

export interface ColumnPlan {
  /** Width in characters (Excel's column width unit). */
  readonly width: number;
  readonly hidden?: boolean;
}

export interface PrintPlan {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  /** Fit all columns of the print area on one page wide. */
  readonly fitToWidth: boolean;
  /** A1 range printed (the official columns only). */
  readonly area: string;
  /** Rows repeated at the top of each page, e.g. "$5:$5". */
  readonly titleRows?: string;
}

/** Where things are, so a snapshot can be read back by the same code that wrote it. */
export interface SheetLayout {
  /** 0-based row of the column headers. */
  readonly headerRow: number;
  /** 0-based first data row. */
  readonly firstRow: number;
  /** Named columns (0-based): id, title, max, self, appraised, evidence, explanation, appraiser, inputs… */
  readonly columns: Readonly<Record<string, number>>;
  /**
   * Columns added to a template after sheets were written with it: a sheet without their header is still read (the column
   * then follows its left neighbour, as unplaced columns do).
   */
  readonly optionalColumns?: readonly number[];
  /** Criterion id → 0-based row, as written. Reading back finds rows by the id column, not by this map. */
  readonly rowOf: Readonly<Record<string, number>>;
}

export interface SheetPlan {
  readonly templateId: string;
  /** Suggested sheet name (≤ 31 characters, no []:*?/\). */
  readonly sheetName: string;
  readonly title: Msg;
  /** Dense row-major grid; missing cells are empty. */
  readonly grid: readonly (readonly (PlanCell | undefined)[])[];
  readonly merges: readonly string[];
  readonly validations: readonly ListValidation[];
  readonly columns: readonly ColumnPlan[];
  readonly frozen: { readonly rows: number; readonly columns: number };
  readonly print: PrintPlan;
  readonly styles: Readonly<Record<StyleName, CellStyle>>;
  readonly layout: SheetLayout;
  /** Heights (points) of the rows whose wrapped text needs more than one line; other rows keep the host's default. */
  readonly rowHeights?: readonly (number | undefined)[];
}

/** The person's or unit's details, asked once and remembered. */
export interface Details {
  readonly name?: string;
  readonly post?: string;
  readonly unit?: string;
  readonly month?: number;
  readonly year?: number;
}

/** What a host reads back from a sheet: its name and the values and formulas of the used range from A1. */
export interface SheetSnapshot {
  readonly name: string;
  /** values[r][c], 0-based from A1; blanks as "" or null. */
  readonly values: readonly (readonly CellValue[])[];
  /** formulas[r][c]: the formula text where there is one, else the value (Office.js `formulas` convention). */
  readonly formulas: readonly (readonly CellValue[])[];
}

export type Severity = 'error' | 'warning' | 'info';

/** One finding of the check (task pane list, CLI --json). */
export interface SheetIssue {
  readonly code: string; // E1…E6, K1…, Q1…
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell to select, e.g. "F12". */
  readonly cell: string;
  readonly criterion: string;
  readonly message: Msg;
}

export interface CriterionScore {
  readonly id: string;
  readonly maxPoints: number | null;
  readonly self: number | null;
  readonly forecast: number | null;
  /** What the workbook holds in the self-score cell, when it disagrees with the recomputation. */
  readonly stored?: CellValue;
}

/** An entry the score could not use (an invalid value): counted 0, listed beside the total with its cell. */
export interface NotCounted {
  readonly cell: string;
  readonly criterion: string;
  readonly message: Msg;
}

export interface SheetScore {
  readonly template: string;
  readonly sheet: string;
  readonly total: number;
  /** Grade code; '' when `incomplete` is set. */
  readonly level: string;
  /** Every entry counted 0 because it is invalid (0,5 in a 0/1 cell, 8,5 over a maximum of 1), with its cell. */
  readonly notCounted?: readonly NotCounted[];
  /** Set when the form has too little data for a grade ("chưa đủ dữ liệu"): the level is then ''. */
  readonly incomplete?: Msg;
  readonly forecastTotal: number;
  /** Grade code of the forecast total by the sheet's own bands (its bands block); '' when there is no grade. */
  readonly forecastLevel?: string;
  /** The lowest points of A, B, C the sheet grades by (its bands block), when it has readable bands. */
  readonly bandMins?: readonly number[];
  readonly criteria: readonly CriterionScore[];
  /** Points by top-level section, self vs forecast, for the pane's chart. */
  readonly sections: readonly { readonly id: string; readonly title: string; readonly self: number; readonly forecast: number; readonly max: number | null }[];
}

export type { Lang };
