/**
 * The preview's workbook: a WorkbookHost (src/sheet/host.ts) over HyperFormula, so the task pane runs in a browser tab
 * exactly as it does in Excel, and every formula of the templates — the custom functions CCHC.*, KPI.*, THADS.* through
 * the same plugin as the CLI (src/cli/hyperformulaPlugin.ts) — is computed live over the same core.
 *
 * HyperFormula holds what a cell contains (values, formulas); this class keeps what Excel keeps beside it and the engine
 * has no place for: the formula as typed, the plan's style and number format, the fill (plan style or mark), the note,
 * list validations, merges, frozen panes, column widths. Like Office.js: `read` is one round trip, `write` one, all its
 * ops in one HyperFormula batch (one recalculation). The grid subscribes to changes.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { engineFormula, HF_CONFIG, registerChamdiemFunctions } from '../cli/hyperformulaPlugin';
import { a1, parseA1 } from '../sheet/a1';
import { MARK_FILL, type ReadRequest, type SheetHead, type WorkbookHost, type WorkbookRead, type WriteOp } from '../sheet/host';
import type { CellStyle, CellValue, ColumnPlan, PrintPlan, SheetPlan, SheetSnapshot } from '../sheet/types';
import { parseTyped } from './input';

/** What Excel keeps beside a cell's content. */
export interface CellMeta {
  /** The formula as typed or planned ("=CCHC.RATIO(J12,L12,C12,0.8)"); the engine gets its own spelling. */
  formula?: string;
  style?: CellStyle;
  /** The fill shown: the plan style's, a mark's, or none. */
  fill?: string | null;
  note?: string;
  numberFormat?: string;
}

export interface CellRange {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

export interface SheetValidation {
  readonly range: string;
  readonly area: CellRange;
  readonly list: readonly (string | number)[];
  readonly prompt?: string;
}

export interface PreviewSheet {
  readonly name: string;
  readonly id: number;
  readonly meta: Map<number, CellMeta>;
  validations: SheetValidation[];
  merges: CellRange[];
  frozen: { rows: number; columns: number };
  columns: ColumnPlan[];
  /** Lines of text the plan's wrapped cells need in a row (row → lines), for the grid's row heights. */
  rowLines: Map<number, number>;
  templateId?: string;
  /** The plan's A4 print setup, kept for the saved file and the print preview. */
  print?: PrintPlan;
}

/**
 * One sheet as plain data (structured-clonable: IndexedDB keeps it as is): the engine's content as typed
 * (HyperFormula's serialized form: formulas, "'text", numbers) and everything kept beside it.
 */
export interface SheetState {
  readonly name: string;
  readonly contents: RawCellContent[][];
  readonly meta: readonly (readonly [number, CellMeta])[];
  readonly validations: readonly SheetValidation[];
  readonly merges: readonly CellRange[];
  readonly frozen: { readonly rows: number; readonly columns: number };
  readonly columns: readonly ColumnPlan[];
  readonly rowLines: readonly (readonly [number, number])[];
  readonly templateId?: string;
  readonly print?: PrintPlan;
}

/** The whole workbook as data: what autosave keeps and what undo puts back after a task pane operation. */
export interface WorkbookState {
  readonly sheets: readonly SheetState[];
  readonly active: string;
  readonly selections: readonly (readonly [string, string])[];
}

/** One cell's content and what is kept beside it, before or after a change. */
interface CellState {
  readonly row: number;
  readonly col: number;
  readonly content: RawCellContent;
  readonly meta?: CellMeta;
}

/** What Ctrl+Z takes back: typed cells (cheap, cell by cell) or a task pane operation (the workbook as it was). */
type UndoStep =
  | { readonly kind: 'cells'; readonly sheet: string; readonly before: readonly CellState[]; readonly after: readonly CellState[] }
  | { readonly kind: 'workbook'; readonly state: WorkbookState };

/** Steps kept for undo (Excel keeps 100). */
export const UNDO_LIMIT = 100;

/** Everything the grid shows of one cell. */
export interface CellView {
  readonly value: CellValue;
  readonly error: boolean;
  readonly formula?: string;
  readonly style?: CellStyle;
  readonly fill: string | null;
  readonly note?: string;
  readonly numberFormat?: string;
  /** An error value's explanation (a custom function's message, the engine's reason). */
  readonly errorMessage?: string;
}

/** Meta keys: row × 2^14 + column (Excel's 16,384 columns). */
const KEY_COLS = 16_384;
const key = (row: number, col: number) => row * KEY_COLS + col;
export const rowOfKey = (k: number): number => Math.floor(k / KEY_COLS);
export const colOfKey = (k: number): number => k % KEY_COLS;

export function parseRange(ref: string): CellRange | null {
  const [from, to = from] = ref.split(':');
  const a = from ? parseA1(from) : null;
  const b = to ? parseA1(to) : null;
  if (!a || !b) return null;
  return { r1: Math.min(a.row, b.row), c1: Math.min(a.col, b.col), r2: Math.max(a.row, b.row), c2: Math.max(a.col, b.col) };
}

export const inRange = (r: CellRange, row: number, col: number): boolean => row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2;

/** Average character width (px) of the grid's font, for the row heights of wrapped text. */
const CHAR_PX = 6.6;
/** Excel's column width (characters) in pixels. */
export const columnPx = (width: number): number => Math.round(width * 7 + 5);
const MAX_LINES = 4;

function linesFor(text: string, widthPx: number): number {
  const perLine = Math.max(4, Math.floor((widthPx - 8) / CHAR_PX));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** A value as the engine takes it: text forced to text (so "1.1" stays an id and "=x" stays text). */
export function engineValue(value: CellValue): RawCellContent {
  if (value === null || value === '') return null;
  if (typeof value === 'string') return `'${value}`;
  return value;
}

type Listener = () => void;

export class PreviewWorkbook implements WorkbookHost {
  private readonly hf: HyperFormula;
  private readonly list: PreviewSheet[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly selections = new Map<string, string>();
  private activeName = '';
  /** Bumped on every change: the grid's snapshot key (useSyncExternalStore). */
  version = 0;
  /** Bumped when an operation selects a cell: the grid scrolls it into view. */
  revealed = 0;
  roundTrips = 0;
  /** Bumped when the workbook's content changes (not a selection, not a sheet shown): what autosave waits for. */
  edits = 0;
  /** Bumped when an operation only moved the selection (a finding opened from the pane): the grid takes the focus. */
  focusRequests = 0;
  private readonly undoSteps: UndoStep[] = [];
  private readonly redoSteps: UndoStep[] = [];

  constructor() {
    registerChamdiemFunctions();
    this.hf = HyperFormula.buildEmpty({ ...HF_CONFIG, undoLimit: 0 });
  }

  // ------------------------------------------------------------------------------------------------------------
  // WorkbookHost

  async read(request: ReadRequest): Promise<WorkbookRead> {
    this.roundTrips++;
    const { rows, columns } = request.head;
    const sheets: SheetHead[] = this.list.map((sheet) => ({ name: sheet.name, values: this.block(sheet, rows, columns) }));
    const fullName = request.full === 'active' ? this.activeName : request.full;
    const fullSheet = fullName === undefined ? undefined : this.sheet(fullName);
    const full = fullSheet ? this.snapshotOf(fullSheet) : undefined;
    const all = request.all ? this.list.map((s) => this.snapshotOf(s)) : undefined;
    return { sheets, active: this.activeName, ...(full ? { full } : {}), ...(all ? { all } : {}) };
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    if (ops.length === 0) return;
    this.roundTrips++;
    const onlySelects = ops.every((op) => op.kind === 'select');
    if (onlySelects) this.focusRequests++;
    else {
      this.remember({ kind: 'workbook', state: this.state() });
      this.edits++;
    }
    try {
      this.hf.batch(() => {
        for (const op of ops) this.apply(op);
      });
    } finally {
      this.changed();
    }
  }

  private apply(op: WriteOp): void {
    switch (op.kind) {
      case 'addSheet':
        this.addSheet(op.sheet);
        return;
      case 'applyPlan':
        this.applyPlan(this.need(op.sheet), op.plan, op.keep);
        return;
      case 'mark': {
        const sheet = this.need(op.sheet);
        for (const m of op.marks) {
          const at = parseA1(m.cell);
          if (!at) continue;
          const meta = this.metaAt(sheet, at.row, at.col, true)!;
          meta.fill = MARK_FILL[m.severity];
          meta.note = m.note;
        }
        return;
      }
      case 'clearMarks': {
        const sheet = this.sheet(op.sheet);
        if (!sheet) return;
        for (const { cell, restore, note } of op.cells) {
          const at = parseA1(cell);
          const meta = at ? this.metaAt(sheet, at.row, at.col) : undefined;
          if (!meta) continue;
          meta.fill = restore?.fill ?? null;
          if (note) meta.note = note;
          else delete meta.note;
        }
        return;
      }
      case 'select': {
        const sheet = this.need(op.sheet);
        this.activeName = sheet.name;
        this.selections.set(sheet.name, op.cell.toUpperCase());
        this.revealed++;
        return;
      }
    }
  }

  private applyPlan(sheet: PreviewSheet, plan: SheetPlan, keep?: readonly (readonly boolean[])[]): void {
    const height = plan.grid.length;
    const width = plan.grid.reduce((w, row) => Math.max(w, row.length), 0);
    const widths = plan.columns.map((c) => (c.hidden ? 0 : columnPx(c.width)));
    // A merged cell's text wraps across the merge's width; the cells it covers hold nothing to measure.
    const mergedWidth = new Map<number, number>();
    for (const ref of plan.merges) {
      const m = parseRange(ref);
      if (!m) continue;
      let w = 0;
      for (let c = m.c1; c <= m.c2; c++) w += widths[c] ?? 0;
      mergedWidth.set(key(m.r1, m.c1), w);
      for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) mergedWidth.set(key(r, c), 0);
    }
    // An empty sheet (a new one) takes the plan in one rectangular write, 3× faster than row by row; otherwise each row's
    // runs of cells to write go in one call each, so the user's cells (keep) and the cells the plan leaves alone are not touched.
    const empty = this.hf.getSheetDimensions(sheet.id).width === 0;
    const content: RawCellContent[][] = [];
    for (let r = 0; r < height; r++) {
      const row: RawCellContent[] = [];
      let runStart = -1;
      const flush = (end: number) => {
        if (runStart >= 0 && !empty) this.hf.setCellContents({ sheet: sheet.id, row: r, col: runStart }, [row.slice(runStart, end)]);
        runStart = -1;
      };
      let lines = 1;
      for (let c = 0; c < width; c++) {
        const cell = plan.grid[r]?.[c];
        if (!cell || keep?.[r]?.[c]) {
          flush(c);
          row.push(null);
          continue;
        }
        const style = cell.style ? plan.styles[cell.style] : undefined;
        const meta: CellMeta = {};
        if (cell.formula) meta.formula = cell.formula;
        if (style) meta.style = style;
        if (style?.fill) meta.fill = style.fill;
        if (cell.note) meta.note = cell.note;
        if (cell.numberFormat) meta.numberFormat = cell.numberFormat;
        sheet.meta.set(key(r, c), meta);
        const engine = cell.formula ? engineFormula(cell.formula) : engineValue(cell.value ?? null);
        if (runStart < 0) runStart = c;
        row.push(engine);
        const span = mergedWidth.get(key(r, c)) ?? widths[c] ?? 75;
        if (style?.wrap && typeof cell.value === 'string' && cell.value !== '' && span > 0) lines = Math.max(lines, linesFor(cell.value, span));
      }
      flush(width);
      if (empty) content.push(row);
      if (lines > 1) sheet.rowLines.set(r, Math.min(MAX_LINES, lines));
    }
    if (empty && height > 0 && width > 0) this.hf.setCellContents({ sheet: sheet.id, row: 0, col: 0 }, content);
    const validations = new Map(sheet.validations.map((v) => [v.range, v]));
    for (const v of plan.validations) {
      const area = parseRange(v.range);
      if (area) validations.set(v.range, { range: v.range, area, list: v.list, ...(v.prompt ? { prompt: v.prompt } : {}) });
    }
    sheet.validations = [...validations.values()];
    const merges = new Map(sheet.merges.map((m) => [`${m.r1},${m.c1},${m.r2},${m.c2}`, m]));
    for (const ref of plan.merges) {
      const m = parseRange(ref);
      if (m) merges.set(`${m.r1},${m.c1},${m.r2},${m.c2}`, m);
    }
    sheet.merges = [...merges.values()];
    sheet.frozen = { ...plan.frozen };
    sheet.columns = [...plan.columns];
    sheet.templateId = plan.templateId;
    sheet.print = plan.print;
  }

  // ------------------------------------------------------------------------------------------------------------
  // The workbook as the grid and the sample see it

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  get sheets(): readonly PreviewSheet[] {
    return this.list;
  }

  get active(): string {
    return this.activeName;
  }

  sheet(name: string): PreviewSheet | undefined {
    const lower = name.toLowerCase();
    return this.list.find((s) => s.name.toLowerCase() === lower);
  }

  private need(name: string): PreviewSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`Không có trang tính "${name}" / No sheet "${name}"`);
    return sheet;
  }

  addSheet(name: string): PreviewSheet {
    if (this.sheet(name)) throw new Error(`Trang tính "${name}" đã có / Sheet "${name}" exists`);
    const added = this.hf.addSheet(name);
    const sheet: PreviewSheet = {
      name: added,
      id: this.hf.getSheetId(added)!,
      meta: new Map(),
      validations: [],
      merges: [],
      frozen: { rows: 0, columns: 0 },
      columns: [],
      rowLines: new Map(),
    };
    this.list.push(sheet);
    if (!this.activeName) this.activeName = sheet.name;
    return sheet;
  }

  /** The sheet tab clicked. */
  activate(name: string): void {
    const sheet = this.need(name);
    if (sheet.name === this.activeName) return;
    this.activeName = sheet.name;
    this.changed();
  }

  /** The selected cell of a sheet (Excel remembers one a sheet); A1 when none yet. */
  selectionOf(name: string): string {
    return this.selections.get(this.sheet(name)?.name ?? name) ?? 'A1';
  }

  /** A cell clicked or reached with the keyboard (not an operation: no reveal, no round trip). */
  setSelection(name: string, cell: string): void {
    const sheet = this.need(name);
    this.selections.set(sheet.name, cell.toUpperCase());
    this.changed();
  }

  /** What a person types into a cell: a formula, a number, a boolean or text (src/preview/input.ts). */
  setInput(sheetName: string, cell: string, typed: string): void {
    this.setInputs(sheetName, { [cell]: typed });
  }

  /** What a person types or pastes into several cells: one recalculation, one undo step. */
  setInputs(sheetName: string, typed: Readonly<Record<string, string>>): void {
    const cells: Record<string, CellValue | { formula: string }> = {};
    for (const [cell, text] of Object.entries(typed)) {
      const t = parseTyped(text);
      cells[cell] = t.kind === 'formula' ? { formula: t.formula } : t.value;
    }
    this.setValues(sheetName, cells);
  }

  /** Sets one cell's content, keeping its style, fill and note (as typing in Excel does). */
  setValue(sheetName: string, cell: string, value: CellValue | { formula: string }): void {
    this.setValues(sheetName, { [cell]: value });
  }

  /** Several cells at once: one recalculation, one undo step (a new sheet named here is added, undone as a whole). */
  setValues(sheetName: string, cells: Readonly<Record<string, CellValue | { formula: string }>>): void {
    const sheet = this.sheet(sheetName);
    const places = Object.keys(cells).map((cell) => {
      const at = parseA1(cell);
      if (!at) throw new Error(`Ô không hợp lệ / Not a cell: ${cell}`);
      return at;
    });
    const before = sheet ? places.map((at) => this.cellState(sheet, at.row, at.col)) : null;
    const whole = before ? null : this.state();
    this.hf.batch(() => {
      for (const [cell, value] of Object.entries(cells)) this.put(sheetName, cell, value);
    });
    if (sheet && before) this.remember({ kind: 'cells', sheet: sheet.name, before, after: places.map((at) => this.cellState(sheet, at.row, at.col)) });
    else if (whole) this.remember({ kind: 'workbook', state: whole });
    this.edits++;
    this.changed();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Undo and redo; the workbook as data

  private remember(step: UndoStep): void {
    this.undoSteps.push(step);
    if (this.undoSteps.length > UNDO_LIMIT) this.undoSteps.shift();
    this.redoSteps.length = 0;
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  get canRedo(): boolean {
    return this.redoSteps.length > 0;
  }

  /** Forgets every step (a workbook opened, restored or built from the sample starts with nothing to undo). */
  clearHistory(): void {
    this.undoSteps.length = 0;
    this.redoSteps.length = 0;
    this.changed();
  }

  /** Ctrl+Z: false when there is nothing to undo. */
  undo(): boolean {
    return this.step(this.undoSteps, this.redoSteps, 'before');
  }

  /** Ctrl+Y: false when there is nothing to redo. */
  redo(): boolean {
    return this.step(this.redoSteps, this.undoSteps, 'after');
  }

  private step(from: UndoStep[], to: UndoStep[], side: 'before' | 'after'): boolean {
    const step = from.pop();
    if (!step) return false;
    this.edits++;
    if (step.kind === 'workbook') {
      to.push({ kind: 'workbook', state: this.state() });
      this.load(step.state, false);
      return true;
    }
    const sheet = this.sheet(step.sheet);
    if (sheet) {
      this.hf.batch(() => {
        for (const c of step[side]) this.putState(sheet, c);
      });
      const first = step[side][0];
      if (first) {
        this.activeName = sheet.name;
        this.selections.set(sheet.name, a1(first.row, first.col));
        this.revealed++;
      }
    }
    to.push(step);
    this.changed();
    return true;
  }

  private cellState(sheet: PreviewSheet, row: number, col: number): CellState {
    const meta = sheet.meta.get(key(row, col));
    const content = this.hf.getCellSerialized({ sheet: sheet.id, row, col }) as RawCellContent;
    return { row, col, content: content ?? null, ...(meta ? { meta: { ...meta } } : {}) };
  }

  private putState(sheet: PreviewSheet, c: CellState): void {
    if (c.meta) sheet.meta.set(key(c.row, c.col), { ...c.meta });
    else sheet.meta.delete(key(c.row, c.col));
    this.hf.setCellContents({ sheet: sheet.id, row: c.row, col: c.col }, c.content);
  }

  /** The workbook as data (autosave, undo of an operation). */
  state(): WorkbookState {
    return {
      sheets: this.list.map((s) => ({
        name: s.name,
        contents: this.hf.getSheetSerialized(s.id) as RawCellContent[][],
        meta: [...s.meta].map(([k, m]) => [k, { ...m }] as const),
        validations: s.validations.map((v) => ({ ...v, list: [...v.list] })),
        merges: s.merges.map((m) => ({ ...m })),
        frozen: { ...s.frozen },
        columns: s.columns.map((c) => ({ ...c })),
        rowLines: [...s.rowLines],
        ...(s.templateId !== undefined ? { templateId: s.templateId } : {}),
        ...(s.print ? { print: { ...s.print } } : {}),
      })),
      active: this.activeName,
      selections: [...this.selections],
    };
  }

  /** Replaces the whole workbook with one given as data (restored, opened from a file, undone). */
  load(state: WorkbookState, fresh = true): void {
    this.hf.batch(() => {
      for (const s of this.list) this.hf.removeSheet(s.id);
      this.list.length = 0;
      for (const s of state.sheets) {
        const name = this.hf.addSheet(s.name);
        const id = this.hf.getSheetId(name)!;
        if (s.contents.length > 0) this.hf.setSheetContent(id, s.contents);
        this.list.push({
          name,
          id,
          meta: new Map(s.meta.map(([k, m]) => [k, { ...m }])),
          validations: s.validations.map((v) => ({ ...v, list: [...v.list] })),
          merges: s.merges.map((m) => ({ ...m })),
          frozen: { ...s.frozen },
          columns: s.columns.map((c) => ({ ...c })),
          rowLines: new Map(s.rowLines),
          ...(s.templateId !== undefined ? { templateId: s.templateId } : {}),
          ...(s.print ? { print: { ...s.print } } : {}),
        });
      }
    });
    this.selections.clear();
    for (const [sheet, cell] of state.selections) this.selections.set(sheet, cell);
    this.activeName = this.sheet(state.active)?.name ?? this.list[0]?.name ?? '';
    this.revealed++;
    this.edits++;
    if (fresh) {
      this.undoSteps.length = 0;
      this.redoSteps.length = 0;
    }
    this.changed();
  }

  private put(sheetName: string, cell: string, value: CellValue | { formula: string }): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const at = parseA1(cell);
    if (!at) throw new Error(`Ô không hợp lệ / Not a cell: ${cell}`);
    const isFormula = value !== null && typeof value === 'object';
    const meta = this.metaAt(sheet, at.row, at.col, isFormula);
    if (isFormula) meta!.formula = value.formula;
    else if (meta) delete meta.formula;
    this.hf.setCellContents({ sheet: sheet.id, row: at.row, col: at.col }, isFormula ? engineFormula(value.formula) : engineValue(value));
  }

  private metaAt(sheet: PreviewSheet, row: number, col: number, create = false): CellMeta | undefined {
    const k = key(row, col);
    let meta = sheet.meta.get(k);
    if (!meta && create) {
      meta = {};
      sheet.meta.set(k, meta);
    }
    return meta;
  }

  /** The used range from A1: the engine's content, at least as wide as the planned columns. */
  dimensions(name: string): { rows: number; columns: number } {
    const sheet = this.sheet(name);
    if (!sheet) return { rows: 0, columns: 0 };
    const d = this.hf.getSheetDimensions(sheet.id);
    return { rows: d.height, columns: Math.max(d.width, sheet.columns.length) };
  }

  valueAt(sheet: PreviewSheet, row: number, col: number): { value: CellValue; error: boolean; message?: string } {
    const v = this.hf.getCellValue({ sheet: sheet.id, row, col });
    if (v instanceof DetailedCellError) return { value: v.value, error: true, ...(v.message ? { message: v.message } : {}) };
    if (v === null || v === undefined) return { value: null, error: false };
    return { value: v as CellValue, error: false };
  }

  cellView(sheet: PreviewSheet, row: number, col: number): CellView {
    const { value, error, message } = this.valueAt(sheet, row, col);
    const meta = sheet.meta.get(key(row, col));
    const explained = message ? { errorMessage: message } : {};
    if (!meta) return { value, error, fill: null, ...explained };
    return {
      value,
      error,
      ...explained,
      fill: meta.fill ?? null,
      ...(meta.formula !== undefined ? { formula: meta.formula } : {}),
      ...(meta.style ? { style: meta.style } : {}),
      ...(meta.note ? { note: meta.note } : {}),
      ...(meta.numberFormat ? { numberFormat: meta.numberFormat } : {}),
    };
  }

  /** Whether the engine can read a formula as typed (Enter on "=SUM(A1" is refused with a message, not "#ERROR!"). */
  formulaIsValid(formula: string): boolean {
    return this.hf.validateFormula(engineFormula(formula));
  }

  /** The list validation covering a cell, if any (the last one written wins, as in Excel). */
  validationAt(sheet: PreviewSheet, row: number, col: number): SheetValidation | undefined {
    for (let i = sheet.validations.length - 1; i >= 0; i--) {
      const v = sheet.validations[i]!;
      if (inRange(v.area, row, col)) return v;
    }
    return undefined;
  }

  /** Office.js reads: values as shown (errors as "#VALUE!", blanks as ""), formulas as typed. */
  snapshot(name: string): SheetSnapshot {
    const sheet = this.sheet(name);
    return sheet ? this.snapshotOf(sheet) : { name, values: [], formulas: [] };
  }

  private snapshotOf(sheet: PreviewSheet): SheetSnapshot {
    const { width, height } = this.hf.getSheetDimensions(sheet.id);
    const engine = this.hf.getSheetValues(sheet.id);
    const values: CellValue[][] = [];
    const formulas: CellValue[][] = [];
    for (let r = 0; r < height; r++) {
      const source = engine[r] ?? [];
      const vRow: CellValue[] = new Array<CellValue>(width);
      const fRow: CellValue[] = new Array<CellValue>(width);
      for (let c = 0; c < width; c++) {
        const v = source[c];
        const value: CellValue = v instanceof DetailedCellError ? v.value : v === null || v === undefined ? '' : (v as CellValue);
        vRow[c] = value;
        fRow[c] = sheet.meta.get(key(r, c))?.formula ?? value;
      }
      values.push(vRow);
      formulas.push(fRow);
    }
    return { name: sheet.name, values, formulas };
  }

  private block(sheet: PreviewSheet, rows: number, columns: number): CellValue[][] {
    if (rows <= 0 || columns <= 0) return Array.from({ length: Math.max(0, rows) }, () => []);
    const engine = this.hf.getRangeValues({ start: { sheet: sheet.id, row: 0, col: 0 }, end: { sheet: sheet.id, row: rows - 1, col: columns - 1 } });
    return engine.map((row) => row.map((v): CellValue => (v instanceof DetailedCellError ? v.value : v === null || v === undefined ? '' : (v as CellValue))));
  }

  destroy(): void {
    this.hf.destroy();
    this.listeners.clear();
  }
}
