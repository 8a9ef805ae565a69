/**
 * The Office.js workbook host: the only code that talks to Excel (STYLE: one core, one plan, three hosts). It carries
 * what the plans computed to the workbook and reads a snapshot back; it decides nothing.
 *
 * Round trips (src/sheet/host.ts): `read` queues every load and calls `context.sync()` once; `write` queues every op
 * and calls `context.sync()` once (none for an empty list). Nothing is read between the two.
 *
 * API sets used (everything but notes needs ExcelApi 1.9, i.e. Excel 2019+/Microsoft 365/Excel on the web/Mac 16.x):
 *   1.1  worksheets.add/getItem/getActiveWorksheet, getRange, values/formulas/numberFormat, fill/font/borders,
 *        wrapText, alignment, activate, select
 *   1.2  range.merge, format.columnWidth, columnHidden
 *   1.4  getItemOrNullObject, getUsedRangeOrNullObject
 *   1.5  worksheets.getFirst, worksheet.getNextOrNullObject
 *   1.7  freezePanes
 *   1.8  dataValidation
 *   1.9  pageLayout (orientation, paperSize, zoom, setPrintArea, setPrintTitleRows)
 *   1.18 worksheet.notes — only when the host reports it (`isSetSupported('ExcelApi', '1.18')`); older hosts get no
 *        notes at all (no fallback into validation prompts: a prompt belongs to the validation it came with).
 */
import { range as a1Range } from '../../sheet/a1';
import { MARK_FILL } from '../../sheet/host';
import type { ReadRequest, SheetHead, WorkbookHost, WorkbookRead, WriteOp } from '../../sheet/host';
import type { CellStyle, CellValue, ListValidation, SheetPlan, SheetSnapshot } from '../../sheet/types';
import { type Block, type KeepMask, blockAddress, charsToPoints, columnGroups, gridBlocks, padToA1, parseRange, safeMerges } from './planRanges';

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Sheets are walked with getFirst/getNextOrNullObject so that their head blocks load in the same sync as their names
 * (loading `worksheets.items` first would cost a round trip). The walk has to be queued before anything is known, so
 * it is queued this many times; proxies past the last sheet are null objects and are dropped. Sheets beyond the cap
 * are not read.
 */
export const MAX_SHEETS = 300;

export interface OfficeHostOptions {
  /** Whether worksheet notes (ExcelApi 1.18) may be used; asked once per write. Default: the host's requirement sets. */
  readonly notes?: () => boolean;
}

export function createOfficeHost(run: ExcelRunner = (batch) => Excel.run(batch), options: OfficeHostOptions = {}): WorkbookHost {
  const notesSupported = options.notes ?? notesFromOffice;
  return {
    read: (request) => run((context) => read(context, request)),
    async write(ops) {
      if (ops.length === 0) return;
      const notes = notesSupported();
      await run(async (context) => {
        const sheets = new Map<string, Excel.Worksheet>();
        const sheet = (name: string): Excel.Worksheet => {
          let ws = sheets.get(name);
          if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
          return ws;
        };
        for (const op of ops) queue(op, sheet, sheets, context, notes);
        await context.sync();
      });
    },
  };
}

async function read(context: Excel.RequestContext, request: ReadRequest): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  const head = request.head.rows > 0 && request.head.columns > 0 ? a1Range(0, 0, request.head.rows - 1, request.head.columns - 1) : null;

  const walk: { sheet: Excel.Worksheet; head: Excel.Range | null; used: Excel.Range | null }[] = [];
  let ws = worksheets.getFirst();
  for (let i = 0; i < MAX_SHEETS; i++) {
    if (i > 0) ws = ws.getNextOrNullObject();
    ws.load('name, isNullObject');
    walk.push({
      sheet: ws,
      head: head ? ws.getRange(head).load('values') : null,
      used: request.all ? ws.getUsedRangeOrNullObject(false).load('isNullObject, address, values, formulas') : null,
    });
  }

  const active = worksheets.getActiveWorksheet().load('name');
  let full: { sheet: Excel.Worksheet; used: Excel.Range; named: boolean } | null = null;
  if (request.full !== undefined) {
    const named = request.full !== 'active';
    const sheet = named ? worksheets.getItemOrNullObject(request.full).load('name, isNullObject') : active;
    // valuesOnly = false: every cell holding a formula is inside, even one whose result is "".
    full = { sheet, used: sheet.getUsedRangeOrNullObject(false).load('isNullObject, address, values, formulas'), named };
  }

  await context.sync();

  const sheets: SheetHead[] = [];
  const all: SheetSnapshot[] = [];
  for (const { sheet, head: range, used } of walk) {
    if (sheet.isNullObject) break;
    sheets.push({ name: sheet.name, values: range ? cellValues(range.values) : [] });
    if (used) all.push(snapshot(sheet.name, used));
  }
  const result: WorkbookRead = { sheets, active: active.name, ...(request.all ? { all } : {}) };
  if (!full || (full.named && full.sheet.isNullObject)) return result;
  return { ...result, full: snapshot(full.sheet.name, full.used) };
}

function snapshot(name: string, used: Excel.Range): SheetSnapshot {
  if (used.isNullObject) return { name, values: [], formulas: [] };
  const origin = parseRange(used.address) ?? { row: 0, col: 0 };
  return { name, values: padToA1(cellValues(used.values), origin), formulas: padToA1(cellValues(used.formulas), origin) };
}

/** Office hands back `any[][]`: numbers, strings, booleans; error cells arrive as their text ("#N/A"). */
function cellValues(rows: readonly (readonly unknown[])[]): CellValue[][] {
  return rows.map((row) =>
    row.map((v): CellValue => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v))),
  );
}

function queue(
  op: WriteOp,
  sheet: (name: string) => Excel.Worksheet,
  sheets: Map<string, Excel.Worksheet>,
  context: Excel.RequestContext,
  notes: boolean,
): void {
  switch (op.kind) {
    case 'addSheet':
      sheets.set(op.sheet, context.workbook.worksheets.add(op.sheet));
      return;
    case 'applyPlan':
      applyPlan(sheet(op.sheet), op.plan, op.keep, notes);
      return;
    case 'mark': {
      const ws = sheet(op.sheet);
      for (const m of op.marks) {
        ws.getRange(m.cell).format.fill.color = MARK_FILL[m.severity];
        if (notes) replaceNote(ws, m.cell, m.note);
      }
      return;
    }
    case 'clearMarks': {
      const ws = sheet(op.sheet);
      for (const { cell, restore, note } of op.cells) {
        const fill = ws.getRange(cell).format.fill;
        if (restore?.fill) fill.color = restore.fill;
        else fill.clear();
        if (notes) {
          ws.notes.getItemOrNullObject(cell).delete();
          if (note) ws.notes.add(cell, note);
        }
      }
      return;
    }
    case 'select': {
      const ws = sheet(op.sheet);
      ws.activate();
      ws.getRange(op.cell).select();
      return;
    }
  }
}

function applyPlan(ws: Excel.Worksheet, plan: SheetPlan, keep: KeepMask | undefined, notes: boolean): void {
  const grid = gridBlocks(plan, keep);
  for (const { block, formulas } of grid.cells) ws.getRange(blockAddress(block)).formulas = formulas;
  for (const { block, formats } of grid.numberFormats) ws.getRange(blockAddress(block)).numberFormat = formats;
  for (const { style, block } of grid.styles) {
    const look = plan.styles[style];
    if (Object.keys(look).length > 0) applyStyle(ws.getRange(blockAddress(block)), look, block);
  }
  for (const merge of safeMerges(plan, keep)) ws.getRange(merge).merge(false);

  const { widths, hidden } = columnGroups(plan);
  for (const w of widths) ws.getRange(w.columns).format.columnWidth = charsToPoints(w.width);
  for (const columns of hidden) ws.getRange(columns).columnHidden = true;

  const { rows, columns } = plan.frozen;
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(a1Range(0, 0, rows - 1, columns - 1));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);

  for (const v of plan.validations) applyValidation(ws.getRange(v.range), v);

  const page = ws.pageLayout;
  page.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  // verticalFitToPages 0 = as many pages tall as needed ("1 page wide by automatic tall").
  if (plan.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.setPrintArea(plan.print.area);
  if (plan.print.titleRows) page.setPrintTitleRows(plan.print.titleRows);

  if (notes) for (const n of grid.notes) replaceNote(ws, n.cell, n.text);
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center' } as const;

function applyStyle(range: Excel.Range, style: CellStyle, block: Block): void {
  const format = range.format;
  if (style.fill) format.fill.color = style.fill;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    const edges: Edge[] = [
      BORDER.top,
      BORDER.bottom,
      BORDER.left,
      BORDER.right,
      ...(block.rows > 1 ? [BORDER.insideHorizontal] : []),
      ...(block.cols > 1 ? [BORDER.insideVertical] : []),
    ];
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

/** Excel.BorderIndex values as literals: the `Excel` enums exist only inside Office, not in tests. */
const BORDER = {
  top: 'EdgeTop',
  bottom: 'EdgeBottom',
  left: 'EdgeLeft',
  right: 'EdgeRight',
  insideHorizontal: 'InsideHorizontal',
  insideVertical: 'InsideVertical',
} as const satisfies Record<string, `${Excel.BorderIndex}`>;
type Edge = (typeof BORDER)[keyof typeof BORDER];

/** Excel's limits: list source ≤ 255 characters, prompt and alert message ≤ 255, title ≤ 32. */
const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function applyValidation(range: Excel.Range, v: ListValidation): void {
  const dv = range.dataValidation;
  // A range that already has a rule (a re-fill) must be cleared before a new rule is set.
  dv.clear();
  // The source is Office.js's invariant comma-separated list, numbers with "." (String(0.5) = "0.5") whatever the
  // user's locale. Under vi-VN (decimal ",") the dropdown then offers "0.5", and picking it enters the text as typed,
  // which Excel may take as text or a date rather than 0.5: lists of fractional numbers belong in a range source.
  // Items must not contain "," themselves.
  // Plans give a range source (the list in hidden cells of the sheet): real numbers, labels with commas intact.
  dv.rule = { list: { inCellDropDown: true, source: v.source ? `=${v.source}` : v.list.map(String).join(',') } };
  if (v.prompt) dv.prompt = { showPrompt: true, title: '', message: clip(v.prompt, 255) };
  if (v.error) dv.errorAlert = { showAlert: true, style: 'Stop', title: '', message: clip(v.error, 255) };
}

/** A cell holds one note: the old one goes first (delete on a null object is a no-op), in the same batch. */
function replaceNote(ws: Excel.Worksheet, cell: string, text: string): void {
  ws.notes.getItemOrNullObject(cell).delete();
  ws.notes.add(cell, text);
}

function notesFromOffice(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.18');
  } catch {
    // Office.context is undefined before Office.onReady: no notes rather than a failed write.
    return false;
  }
}
