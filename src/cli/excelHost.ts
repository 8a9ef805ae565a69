/**
 * The ExcelJS workbook host: the CLI's adapter (STYLE: one core, one plan, three hosts). Like the Office.js adapter it
 * carries a plan to a workbook and reads a snapshot back, and decides nothing: fillTemplate, checkSheet, scoreSheet and
 * buildSummary (src/sheet/operations.ts) run on .xlsx files unchanged.
 *
 * Reading follows Office.js: values are cached results (a formula never evaluated reads as ""), a merged area's cells
 * other than its top-left read as "", dates read as serial numbers, error cells as their text ("#N/A"); formulas read
 * as typed ("=CCHC.RATIO(…)", see formulaText.ts). Writing follows the Office.js adapter where a file allows the same
 * (see the README, "Command line", for the differences: list sources that Excel cannot hold inline go to a hidden sheet).
 */
import ExcelJS from 'exceljs';
import { a1, parseA1 } from '../sheet/a1';
import { MARK_FILL, type ReadRequest, type SheetHead, type WorkbookHost, type WorkbookRead, type WriteOp } from '../sheet/host';
import type { CellStyle, CellValue, ListValidation, SheetPlan, SheetSnapshot, StyleName } from '../sheet/types';
import { safeMerges } from '../taskpane/excel/planRanges';
import { fromFileFormula, toFileFormula } from './formulaText';
import { InputError } from './xlsxFile';
import { CLI } from './messages';

/** Hidden sheet holding dropdown lists that cannot be written inline (items with commas, fractions, > 255 characters). */
export const LISTS_SHEET = 'chamdiem-lists';

export interface SnapshotLimits {
  /** Rows of a sheet read in full: far above any template (xa-2024 has 120), far below a runaway sheet. */
  readonly rows: number;
  /** Cells of a sheet read in full (rows × used columns). */
  readonly cells: number;
}

export const SNAPSHOT_LIMITS: SnapshotLimits = { rows: 20_000, cells: 2_000_000 };

const NO_CELLS: CellValue[] = [];
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MERGE_TYPE = 1; // ExcelJS ValueType.Merge: a merged cell other than the top-left
const FORMULA_TYPE = 6; // ExcelJS ValueType.Formula (shared formulas included)

/** An ExcelJS cell value as Office.js `values` would give it. */
export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '#VALUE!' : (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === 'object') {
    if ('error' in v) return String(v.error);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: ExcelJS.CellValue }).result);
    if ('text' in v) return plainValue((v as { text: ExcelJS.CellValue }).text);
  }
  return '';
}

export function cellValue(cell: ExcelJS.Cell | undefined): CellValue {
  if (!cell || (cell.type as number) === MERGE_TYPE) return '';
  // A formula's cached 0 or FALSE: `cell.value` leaves out a falsy result, `cell.result` keeps it.
  if ((cell.type as number) === FORMULA_TYPE) return plainValue(cell.result as ExcelJS.CellValue);
  return plainValue(cell.value);
}

/** The formula as typed, else the value (Office.js `formulas`). */
export function cellFormula(cell: ExcelJS.Cell | undefined): CellValue {
  if (!cell || (cell.type as number) === MERGE_TYPE) return '';
  const f = cell.formula;
  return f ? fromFileFormula(f) : plainValue(cell.value);
}

/** Rows 1…rows, columns 1…columns as Office.js `values`; cells found by number (Worksheet.findCell(r, c) builds and parses an A1 string per cell). */
function headValues(ws: ExcelJS.Worksheet, rows: number, columns: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.findRow(r);
    const line = Array<CellValue>(columns);
    for (let c = 1; c <= columns; c++) line[c - 1] = cellValue(row?.findCell(c));
    out.push(line);
  }
  return out;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

export function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined || style.fontColor) {
    out.font = {
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill) out.fill = solid(style.fill);
  if (style.wrap !== undefined || style.horizontal || style.vertical) {
    out.alignment = {
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical === 'center' ? 'middle' : 'top' } : {}),
    };
  }
  if (style.border) out.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  return out;
}

/** ExcelJS writes a print area "A1:H9" as "$A1:$H9"; "A$1:H$9" comes out fully absolute. */
const absoluteRows = (area: string) => area.replace(/([A-Z]+)(\d+)/g, '$1$$$2');

/** Excel's limits: prompt and error message ≤ 255 characters. */
const clip = (s: string, max = 255): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** An inline list source "a,b,c" is possible only for short lists of plain items; anything else needs cells. */
const inlineList = (list: readonly (string | number)[]): string | null => {
  const plain = list.every((x) => (typeof x === 'number' ? Number.isInteger(x) : !/[,"]/.test(x)));
  const source = list.map(String).join(',');
  return plain && source.length <= 255 ? `"${source}"` : null;
};

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/**
 * A new workbook as every command writes one: Chấm điểm as its author, dated `date`, and — where its sheets hold
 * formulas — computed by Excel when it opens the file (ExcelJS writes no cached results).
 */
export function newWorkbook(date: Date = new Date(), calcOnLoad = true): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chấm điểm';
  workbook.lastModifiedBy = 'Chấm điểm';
  workbook.created = date;
  workbook.modified = date;
  if (calcOnLoad) workbook.calcProperties.fullCalcOnLoad = true;
  return workbook;
}

export class ExcelJsHost implements WorkbookHost {
  roundTrips = 0;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    /** The file's name, for messages. */
    private readonly file = '',
    private readonly limits: SnapshotLimits = SNAPSHOT_LIMITS,
  ) {}

  private worksheet(name: string): ExcelJS.Worksheet | undefined {
    const wanted = name.toLowerCase();
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
  }

  private get activeName(): string {
    const sheets = this.workbook.worksheets;
    const tab = this.workbook.views?.[0]?.activeTab ?? 0;
    return (sheets[tab] ?? sheets[0])?.name ?? '';
  }

  /**
   * The used range from A1: values and formulas. The limits count what the sheet holds — rows with a value, and those
   * rows × the used columns — not the highest row number: LibreOffice writes an empty row 1,048,576 after a row is
   * deleted. Rows holding nothing are one shared empty row (readers use `values[r]?.[c]`).
   */
  snapshot(name: string): SheetSnapshot {
    const ws = this.worksheet(name);
    if (!ws) return { name, values: [], formulas: [] };
    let held = 0;
    let last = 0;
    let cols = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      held++;
      last = r;
      cols = Math.max(cols, row.cellCount);
    });
    if (held > this.limits.rows) throw new InputError(CLI.sheetTooLarge(this.file, ws.name, held, this.limits.rows));
    if (held * cols > this.limits.cells) throw new InputError(CLI.sheetTooWide(this.file, ws.name, held * cols));
    // Rows holding nothing share one empty row.
    const values: CellValue[][] = Array<CellValue[]>(last).fill(NO_CELLS);
    const formulas: CellValue[][] = Array<CellValue[]>(last).fill(NO_CELLS);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const valueRow = (values[r - 1] = Array<CellValue>(cols).fill(''));
      const formulaRow = (formulas[r - 1] = Array<CellValue>(cols).fill(''));
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = cellValue(cell);
        valueRow[c - 1] = value;
        // Only a formula cell has a formula to read (cellFormula); any other cell's is its value.
        formulaRow[c - 1] = (cell.type as number) === FORMULA_TYPE ? cellFormula(cell) : value;
      });
    });
    return { name: ws.name, values, formulas };
  }

  async read(request: ReadRequest): Promise<WorkbookRead> {
    this.roundTrips++;
    const { rows, columns } = request.head;
    const sheets: SheetHead[] = this.workbook.worksheets.map((ws) => ({ name: ws.name, values: headValues(ws, rows, columns) }));
    const active = this.activeName;
    const fullName = request.full === 'active' ? active : request.full;
    const full = fullName !== undefined && this.worksheet(fullName) ? this.snapshot(fullName) : undefined;
    return { sheets, active, ...(full ? { full } : {}) };
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    this.roundTrips++;
    for (const op of ops) {
      switch (op.kind) {
        case 'addSheet':
          this.workbook.addWorksheet(op.sheet);
          break;
        case 'applyPlan':
          this.applyPlan(this.sheet(op.sheet), op.plan, op.keep);
          break;
        case 'mark': {
          const ws = this.sheet(op.sheet);
          for (const m of op.marks) {
            const cell = ws.getCell(m.cell);
            cell.style = { ...cell.style, fill: solid(MARK_FILL[m.severity]) };
            cell.note = m.note;
          }
          break;
        }
        case 'clearMarks': {
          const ws = this.sheet(op.sheet);
          for (const { cell: ref, restore } of op.cells) {
            const cell = ws.getCell(ref);
            const { fill: _old, ...rest } = cell.style;
            cell.style = restore?.fill ? { ...rest, fill: solid(restore.fill) } : rest;
            removeNote(cell);
          }
          break;
        }
        case 'select': {
          const ws = this.sheet(op.sheet);
          const index = this.workbook.worksheets.indexOf(ws);
          const view = this.workbook.views?.[0];
          this.workbook.views = [{ ...(view ?? { x: 0, y: 0, width: 12000, height: 8000, firstSheet: 0, visibility: 'visible' }), activeTab: index }];
          for (const other of this.workbook.worksheets) {
            const v = other.views?.[0];
            if (v) other.views = [{ ...v, ...({ tabSelected: other === ws } as object) }];
          }
          const v = ws.views?.[0];
          ws.views = [{ ...(v ?? {}), activeCell: op.cell, ...({ tabSelected: true } as object) }];
          break;
        }
      }
    }
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.worksheet(name);
    if (!ws) throw new Error(`No sheet ${name}`);
    return ws;
  }

  private applyPlan(ws: ExcelJS.Worksheet, plan: SheetPlan, keep: readonly (readonly boolean[])[] | undefined): void {
    const styles = new Map<StyleName, Partial<ExcelJS.Style>>();
    const styleOf = (name: StyleName) => {
      let s = styles.get(name);
      if (!s) styles.set(name, (s = excelStyle(plan.styles[name] ?? {})));
      return s;
    };
    plan.grid.forEach((row, r) =>
      row.forEach((pc, c) => {
        if (!pc || keep?.[r]?.[c]) return;
        const cell = ws.getCell(r + 1, c + 1);
        // A formula the plan also gives a value for (Mẫu 1A's quota) carries it as its cached result: a reader without
        // the add-in sees the number.
        cell.value =
          pc.formula !== undefined
            ? { formula: toFileFormula(pc.formula), date1904: false, ...(typeof pc.value === 'number' ? { result: pc.value } : {}) }
            : (pc.value ?? null);
        // A fresh style object per cell: ExcelJS mutates `cell.style` in place when numFmt or fill is set.
        cell.style = { ...(pc.style ? styleOf(pc.style) : {}), ...(pc.numberFormat ? { numFmt: pc.numberFormat } : {}) };
        if (pc.note) cell.note = pc.note;
      }),
    );
    for (const merge of safeMerges(plan, keep)) {
      try {
        ws.mergeCells(merge);
      } catch {
        // An existing merge over part of the range (a re-fill): Excel's own merge would refuse it too.
      }
    }
    plan.columns.forEach((col, c) => {
      const column = ws.getColumn(c + 1);
      // ExcelJS leaves out a column of width 9 (its own default), which Excel then shows at 8.43.
      column.width = col.width === 9 ? 9.0001 : col.width;
      if (col.hidden) column.hidden = true;
    });
    plan.rowHeights?.forEach((height, r) => {
      if (height !== undefined && !keep?.[r]?.some(Boolean)) ws.getRow(r + 1).height = height;
    });
    const { rows, columns } = plan.frozen;
    if (rows > 0 || columns > 0) {
      ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: a1(rows, columns), activeCell: 'A1' }];
    }
    for (const v of plan.validations) this.validate(ws, v);
    ws.pageSetup.paperSize = 9; // A4
    ws.pageSetup.orientation = plan.print.orientation;
    if (plan.print.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
    ws.pageSetup.printArea = absoluteRows(plan.print.area);
    if (plan.print.titleRows) ws.pageSetup.printTitlesRow = plan.print.titleRows.replace(/\$/g, '');
  }

  private validate(ws: ExcelJS.Worksheet, v: ListValidation): void {
    const source = v.source ?? inlineList(v.list) ?? this.listRange(v.list);
    const rule: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorStyle: 'stop',
      ...(v.error ? { error: clip(v.error) } : {}),
      ...(v.prompt ? { showInputMessage: true, prompt: clip(v.prompt) } : {}),
    };
    const [from = v.range, to = from] = v.range.split(':');
    const p = parseA1(from);
    const q = parseA1(to);
    if (!p || !q) return;
    for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) ws.getCell(r + 1, c + 1).dataValidation = rule;
  }

  /** The list written down a column of the hidden lists sheet (one column per distinct list); its absolute address. */
  private listRange(list: readonly (string | number)[]): string {
    let ws = this.worksheet(LISTS_SHEET);
    if (!ws) {
      ws = this.workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
    }
    const key = JSON.stringify(list);
    let col = 1;
    for (; col <= ws.columnCount; col++) {
      const existing = Array.from({ length: list.length }, (_, i) => cellValue(ws!.findCell(i + 1, col)));
      const next = cellValue(ws.findCell(list.length + 1, col));
      if (JSON.stringify(existing) === key && next === '') break;
    }
    if (col > ws.columnCount) list.forEach((item, i) => (ws!.getCell(i + 1, col).value = item));
    const letters = a1(0, col - 1).replace(/\d+$/, '');
    return `${quoted(LISTS_SHEET)}!$${letters}$1:$${letters}$${list.length}`;
  }
}

/** ExcelJS has no API to delete a note: the cell's comment is dropped from its model. */
function removeNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}
