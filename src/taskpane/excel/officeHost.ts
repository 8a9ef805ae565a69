/**
 * The Office.js workbook host: the only code that talks to Excel (STYLE: one core, one plan, three hosts). It carries
 * what the plans computed to the workbook and reads a snapshot back; it decides nothing.
 *
 * Round trips (src/sheet/host.ts): a read is one `context.sync()` and a write one, for sheets up to about 10,000 rows;
 * above that both are cut so that no request or response passes `budget` bytes (Excel on the web refuses either above
 * 5 MB), costing ⌈bytes ÷ budget⌉ more syncs. Each read is limited to the columns the plans use (`ReadRequest.width`),
 * so a stray entry at XFD1048576 or a user's data far to the right is never loaded (past 5,000,000 cells Excel hands
 * back `values: null`). A response still too large (a dense sheet of long texts) is read again in halves.
 *
 * API sets (declared in manifest.xml: ExcelApi 1.9 with CustomFunctionsRuntime 1.3 and SharedRuntime 1.1):
 *   1.1  worksheets.add/getItem/getActiveWorksheet, load('items/name'), getRange, values/formulas/numberFormat,
 *        fill/font/borders, wrapText, alignment, activate, select
 *   1.2  range.merge, format.columnWidth, columnHidden, worksheet.protection
 *   1.4  getItemOrNullObject, getUsedRangeOrNullObject
 *   1.5  worksheets.getFirst, worksheet.getNextOrNullObject
 *   1.7  freezePanes, workbook.protection
 *   1.8  dataValidation
 *   1.9  pageLayout (orientation, paperSize, zoom, setPrintArea, setPrintTitleRows) — guarded: an older Excel gets
 *        the sheet without print setup rather than a failed write
 *   1.10 worksheet.comments — guarded: where present, notes stay off cells holding a threaded comment
 *   1.18 worksheet.notes — guarded: older hosts get no notes (a prompt belongs to its validation, no fallback there)
 * Not used, on purpose: `suspendApiCalculationUntilNextSync` (it leaves recalculation to the add-in); fit-to-pages
 * zoom with `verticalFitToPages: 0` (undocumented: the print scale is computed from the column widths instead).
 */
import { msg } from '../../scoring';
import { columnLetter, range as a1Range } from '../../sheet/a1';
import { HostError, MARK_FILL } from '../../sheet/host';
import type { ReadRequest, SheetHead, WorkbookHost, WorkbookRead, WriteOp } from '../../sheet/host';
import type { CellStyle, CellValue, ListValidation, SheetPlan, SheetSnapshot } from '../../sheet/types';
import { type Block, type KeepMask, blockAddress, charsToPoints, columnGroups, gridBlocks, parseRange, safeMerges } from './planRanges';

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Sheets are walked with getFirst/getNextOrNullObject so that their head blocks load in the same sync as their names
 * (loading `worksheets.items` first would cost a round trip). The walk is queued this many times; sheets beyond it
 * (their names are loaded in the same sync) are read in one more sync.
 */
export const MAX_SHEETS = 300;

/** Bytes per request and per response: under Excel on the web's 5 MB with room for the estimate's error (≤ 10%). */
export const PAYLOAD_BUDGET = 4_000_000;

/** Rows read in the first sync: a one-sheet read (check, score, re-fill) and each sheet of a summary. */
const FIRST_ROWS_FULL = 12_000;
const FIRST_ROWS_ALL = 600;
/** Refused above this: a template sheet never has that many rows; a stray entry far below would cost minutes. */
export const MAX_READ_ROWS = 200_000;
/** Columns read when a request does not say (A:BL). */
const DEFAULT_WIDTH = 64;

export interface OfficeHostOptions {
  /** Office.context.requirements.isSetSupported; asked per operation. */
  readonly supports?: (set: string, version: string) => boolean;
  /** Bytes per request and per response. */
  readonly budget?: number;
  /** Told the estimated request bytes of each write sync, before it is sent (benchmarks, calibration). */
  readonly onWriteSync?: (estimatedBytes: number) => void;
}

const isPayloadError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && /PayloadSizeLimitExceeded/.test(String((e as { code?: unknown }).code ?? ''));

/** What a read learned that the next write needs: protection, cells holding threaded comments. */
interface SheetFacts {
  protected: boolean;
  comments: Set<string>;
}

export function createOfficeHost(run: ExcelRunner = (batch) => Excel.run(batch), options: OfficeHostOptions = {}): WorkbookHost {
  const supports = options.supports ?? supportsFromOffice;
  const budget = options.budget ?? PAYLOAD_BUDGET;
  const facts = new Map<string, SheetFacts>();
  const state = { workbookProtected: false };
  const env: Env = { supports, budget, facts, state, ...(options.onWriteSync ? { onWriteSync: options.onWriteSync } : {}) };
  return {
    read: (request) => run((context) => read(context, request, env)),
    async write(ops) {
      if (ops.length === 0) return;
      await run((context) => write(context, ops, env));
    },
  };
}

interface Env {
  readonly supports: (set: string, version: string) => boolean;
  readonly budget: number;
  readonly onWriteSync?: (estimatedBytes: number) => void;
  readonly facts: Map<string, SheetFacts>;
  readonly state: { workbookProtected: boolean };
}

const key = (sheet: string): string => sheet.toLowerCase();

// ---------------------------------------------------------------- read

interface Piece {
  readonly origin: { row: number; col: number };
  readonly values: CellValue[][];
  readonly formulas: CellValue[][];
}

/** A sheet being read: what the first sync brought, what is still to read. */
interface Reading {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  /** The used part of columns A..width: rows and columns still to cover. */
  extent: Block | null;
  pieces: Piece[];
  /** Rows from 0 up to (not including) this are read. */
  readUpTo: number;
  /** Response bytes a row of this sheet takes, measured on what the first sync brought. */
  perRow?: number;
}

async function read(context: Excel.RequestContext, request: ReadRequest, env: Env): Promise<WorkbookRead> {
  const width = Math.max(1, request.width ?? DEFAULT_WIDTH);
  const columns = `A:${columnLetter(width - 1)}`;
  const worksheets = context.workbook.worksheets;
  const headAddress = request.head.rows > 0 && request.head.columns > 0 ? a1Range(0, 0, request.head.rows - 1, request.head.columns - 1) : null;
  const walkHeads = headAddress !== null || request.all === true;

  const attempt = async (optimistic: boolean) => {
    worksheets.load('items/name');
    const wbProtection = env.supports('ExcelApi', '1.7') ? context.workbook.protection.load('protected') : null;
    const active = worksheets.getActiveWorksheet().load('name');
    const walk: { sheet: Excel.Worksheet; head: Excel.Range | null; extent: Excel.Range | null; first: Excel.Range | null; protection: Excel.WorksheetProtection }[] = [];
    if (walkHeads) {
      let ws = worksheets.getFirst();
      for (let i = 0; i < MAX_SHEETS; i++) {
        if (i > 0) ws = ws.getNextOrNullObject();
        ws.load('name, isNullObject');
        walk.push({
          sheet: ws,
          head: headAddress ? ws.getRange(headAddress).load('values') : null,
          extent: request.all ? ws.getRange(columns).getUsedRangeOrNullObject(false).load('address') : null,
          first: request.all && optimistic ? ws.getRange(`A1:${columnLetter(width - 1)}${FIRST_ROWS_ALL}`).getUsedRangeOrNullObject(false).load('address, values, formulas') : null,
          protection: ws.protection.load('protected'),
        });
      }
    }
    let full: { sheet: Excel.Worksheet; extent: Excel.Range; first: Excel.Range | null; protection: Excel.WorksheetProtection; comments: Excel.CommentCollection | null } | null = null;
    if (request.full !== undefined) {
      const sheet = request.full === 'active' ? worksheets.getActiveWorksheet() : worksheets.getItemOrNullObject(request.full);
      sheet.load('name, isNullObject');
      full = {
        sheet,
        extent: sheet.getRange(columns).getUsedRangeOrNullObject(false).load('address'),
        first: optimistic ? sheet.getRange(`A1:${columnLetter(width - 1)}${FIRST_ROWS_FULL}`).getUsedRangeOrNullObject(false).load('address, values, formulas') : null,
        protection: sheet.protection.load('protected'),
        comments: env.supports('ExcelApi', '1.10') ? sheet.comments.load('items/id') : null,
      };
    }
    await context.sync();
    return { wbProtection, active, walk, full };
  };

  let first: Awaited<ReturnType<typeof attempt>>;
  try {
    first = await attempt(true);
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    first = await attempt(false); // the first rows did not fit in one response: the same read without them
  }
  const { wbProtection, active, walk, full } = first;
  env.state.workbookProtected = wbProtection?.protected ?? false;

  const names = worksheets.items.map((s) => s.name);
  const sheets: SheetHead[] = [];
  const readings: Reading[] = [];
  for (const w of walk) {
    if (w.sheet.isNullObject) break;
    const head: SheetHead = { name: w.sheet.name, values: w.head ? cellValues(w.head.values ?? []) : [] };
    sheets.push(head);
    remember(env, head.name, w.protection.protected);
    if (request.all && (!request.allIf || request.allIf(head))) readings.push(startReading(head.name, w.sheet, w.extent, w.first, w.first ? FIRST_ROWS_ALL : 0));
  }
  // Sheets past the walk: their heads (and used ranges) in one more sync.
  if (walkHeads && names.length > sheets.length) {
    const rest = names.slice(sheets.length).map((name) => {
      const sheet = worksheets.getItem(name);
      return {
        name,
        sheet,
        head: headAddress ? sheet.getRange(headAddress).load('values') : null,
        extent: request.all ? sheet.getRange(columns).getUsedRangeOrNullObject(false).load('address') : null,
        protection: sheet.protection.load('protected'),
      };
    });
    await context.sync();
    for (const r of rest) {
      const head: SheetHead = { name: r.name, values: r.head ? cellValues(r.head.values ?? []) : [] };
      sheets.push(head);
      remember(env, r.name, r.protection.protected);
      if (request.all && (!request.allIf || request.allIf(head))) readings.push(startReading(r.name, r.sheet, r.extent, null, 0));
    }
  }
  const headsByName = walkHeads ? sheets : names.map((name) => ({ name, values: [] }));

  let fullReading: Reading | null = null;
  if (full && !full.sheet.isNullObject) {
    fullReading = startReading(full.sheet.name, full.sheet, full.extent, full.first, full.first ? FIRST_ROWS_FULL : 0);
    remember(env, full.sheet.name, full.protection.protected);
    if (full.comments) await learnComments(context, env, full.sheet.name, full.comments);
  }

  for (const r of [...readings, ...(fullReading ? [fullReading] : [])]) {
    if (r.extent && r.extent.row + r.extent.rows > MAX_READ_ROWS) {
      throw new HostError(
        msg(
          `Trang "${r.name}" có dữ liệu đến dòng ${r.extent.row + r.extent.rows} (quá ${MAX_READ_ROWS} dòng): hãy xóa các dòng thừa ở cuối trang rồi thử lại.`,
          `Sheet "${r.name}" has data down to row ${r.extent.row + r.extent.rows} (more than ${MAX_READ_ROWS} rows): delete the stray rows at the bottom and try again.`,
        ),
      );
    }
  }
  await readRemaining(context, [...readings, ...(fullReading ? [fullReading] : [])], env.budget);

  const result: WorkbookRead = {
    sheets: headsByName,
    active: active.name,
    ...(request.all ? { all: readings.map(assemble) } : {}),
  };
  return fullReading ? { ...result, full: assemble(fullReading) } : result;
}

function remember(env: Env, name: string, isProtected: boolean): void {
  const f = env.facts.get(key(name));
  if (f) f.protected = isProtected;
  else env.facts.set(key(name), { protected: isProtected, comments: new Set() });
}

/** Cells with a threaded comment: one more sync, and only when the sheet has any. */
async function learnComments(context: Excel.RequestContext, env: Env, name: string, comments: Excel.CommentCollection): Promise<void> {
  const f = env.facts.get(key(name))!;
  f.comments = new Set();
  if (comments.items.length === 0) return;
  const locations = comments.items.map((c) => c.getLocation().load('address'));
  await context.sync();
  for (const l of locations) f.comments.add(localAddress(l.address));
}

const localAddress = (address: string): string => address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');

/** `first` was the used part of rows 1..`limit` (limit 0: not read): every row above the limit is known. */
function startReading(name: string, sheet: Excel.Worksheet, extent: Excel.Range | null, first: Excel.Range | null, limit: number): Reading {
  const ext = extent && !extent.isNullObject ? parseRange(extent.address) : null;
  const reading: Reading = { name, sheet, extent: ext ? { key: 'extent', ...ext } : null, pieces: [], readUpTo: 0 };
  if (!first) return reading;
  if (!first.isNullObject) {
    // Past 5,000,000 cells Excel gives values: null; the rows are then read in bands like the rest.
    if (!first.values || !first.formulas) return reading;
    const at = parseRange(first.address) ?? { row: 0, col: 0 };
    reading.pieces.push({ origin: { row: at.row, col: at.col }, values: cellValues(first.values), formulas: cellValues(first.formulas) });
  }
  reading.readUpTo = limit;
  return reading;
}

/**
 * Reads what the first sync did not cover, in bands of rows sized by the bytes a row took so far, so that no response
 * passes the budget; a band still refused as too large is read again in halves.
 */
async function readRemaining(context: Excel.RequestContext, readings: Reading[], budget: number): Promise<void> {
  const cursors = readings
    .filter((r) => r.extent !== null)
    .map((r) => ({ r, next: Math.max(r.readUpTo, r.extent!.row), end: r.extent!.row + r.extent!.rows }))
    .filter((c) => c.next < c.end);
  while (cursors.some((c) => c.next < c.end)) {
    // Bands of rows go in one sync while their estimated bytes fit the budget.
    const batch: { cursor: (typeof cursors)[number]; rows: number; range: Excel.Range }[] = [];
    let bytes = 0;
    for (const c of cursors) {
      if (c.next >= c.end) continue;
      const per = bytesPerRow(c.r);
      const rows = Math.min(c.end - c.next, Math.floor((budget - bytes) / per));
      if (rows < 1) {
        if (batch.length > 0) break;
      }
      const take = Math.max(1, rows);
      const e = c.r.extent!;
      batch.push({ cursor: c, rows: take, range: c.r.sheet.getRange(a1Range(c.next, e.col, c.next + take - 1, e.col + e.cols - 1)).load('values, formulas') });
      bytes += take * per;
      if (bytes >= budget) break;
    }
    try {
      await context.sync();
    } catch (e) {
      // Rows larger than measured so far: the same rows again, in bands half as tall.
      if (!isPayloadError(e) || batch.every((b) => b.rows === 1)) throw e;
      for (const b of batch) b.cursor.r.perRow = bytesPerRow(b.cursor.r) * 2;
      continue;
    }
    for (const { cursor, rows, range } of batch) {
      const values = cellValues(range.values ?? []);
      const formulas = cellValues(range.formulas ?? []);
      cursor.r.pieces.push({ origin: { row: cursor.next, col: cursor.r.extent!.col }, values, formulas });
      cursor.r.perRow = Math.max(bytesPerRow(cursor.r), Math.ceil(rowBytes(values, formulas) / rows));
      cursor.next += rows;
    }
  }
}

/** UTF-8 bytes of rows as a response carries them (values and formulas), from a sample of at most 2,000 rows. */
function rowBytes(values: CellValue[][], formulas: CellValue[][]): number {
  const sample = Math.min(values.length, 2_000);
  if (sample === 0) return 0;
  const bytes = jsonBytes(values.slice(0, sample)) + jsonBytes(formulas.slice(0, sample));
  return Math.ceil((bytes * values.length) / sample);
}

function bytesPerRow(r: Reading): number {
  if (r.perRow !== undefined) return r.perRow;
  let bytes = 0, rows = 0;
  for (const p of r.pieces) {
    rows += p.values.length;
    bytes += rowBytes(p.values, p.formulas);
  }
  r.perRow = rows > 0 ? Math.ceil(bytes / rows) : 6 * 2 * (r.extent?.cols ?? DEFAULT_WIDTH) + 8;
  return r.perRow;
}

/** The pieces of a sheet as one snapshot from A1 ("" where nothing was read). */
function assemble(r: Reading): SheetSnapshot {
  let height = 0, width = 0;
  for (const p of r.pieces) {
    height = Math.max(height, p.origin.row + p.values.length);
    for (const row of p.values) width = Math.max(width, p.origin.col + row.length);
  }
  const blankRow = (): CellValue[] => new Array<CellValue>(width).fill('');
  const values: CellValue[][] = new Array(height);
  const formulas: CellValue[][] = new Array(height);
  for (const p of r.pieces) {
    for (let i = 0; i < p.values.length; i++) {
      const at = p.origin.row + i;
      const v = (values[at] ??= blankRow());
      const f = (formulas[at] ??= blankRow());
      const pv = p.values[i]!, pf = p.formulas[i] ?? [];
      for (let j = 0; j < pv.length; j++) v[p.origin.col + j] = pv[j]!;
      for (let j = 0; j < pf.length; j++) f[p.origin.col + j] = pf[j]!;
    }
  }
  for (let i = 0; i < height; i++) {
    values[i] ??= blankRow();
    formulas[i] ??= blankRow();
  }
  return { name: r.name, values, formulas };
}

/** Office hands back `any[][]`: numbers, strings, booleans; error cells arrive as their text ("#N/A"). */
function cellValues(rows: readonly (readonly unknown[])[]): CellValue[][] {
  return rows.map((row) =>
    row.map((v): CellValue => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v))),
  );
}

// ---------------------------------------------------------------- write

/** One queued change with its estimated request bytes (see `cost`); steps are sent in syncs of at most `budget`. */
interface Step {
  readonly bytes: number;
  readonly queue: () => void;
}

/**
 * Request bytes of queued actions, as Microsoft's client library serialises them (calibrated against
 * excel-web-16.00.debug.js in test/taskpane/excel/calibration.test.ts): an object path with its instantiate action,
 * a property set or method call with its JSON arguments.
 */
export const cost = {
  path: (args: unknown = null): number => 118 + (args === null ? 0 : JSON.stringify(args).length + 30),
  set: (name: string, value: unknown): number => 110 + name.length + jsonBytes(value),
  call: (name: string, args: unknown[]): number => 110 + name.length + jsonBytes(args),
};
const jsonBytes = (v: unknown): number => {
  const s = JSON.stringify(v) ?? '';
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n += s.charCodeAt(i) > 0x7ff ? 2 : 1;
  return n;
};

async function write(context: Excel.RequestContext, ops: readonly WriteOp[], env: Env): Promise<void> {
  await refuseProtected(context, ops, env);
  const notes = env.supports('ExcelApi', '1.18');
  const pages = env.supports('ExcelApi', '1.9');
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  const comments = (name: string): ReadonlySet<string> => env.facts.get(key(name))?.comments ?? new Set();
  const steps: Step[] = [];
  for (const op of ops) steps.push(...opSteps(op, sheet, sheets, context, { notes, pages, comments }));
  let bytes = 0;
  for (const s of steps) {
    if (bytes > 0 && bytes + s.bytes > env.budget) {
      env.onWriteSync?.(bytes);
      await context.sync();
      bytes = 0;
    }
    s.queue();
    bytes += s.bytes;
  }
  env.onWriteSync?.(bytes);
  await context.sync();
  for (const op of ops) if (op.kind === 'addSheet') env.facts.set(key(op.sheet), { protected: false, comments: new Set() });
}

const PROTECTED = (sheet: string) =>
  msg(
    `Trang "${sheet}" đang được bảo vệ (Review › Unprotect Sheet): Chấm điểm không ghi gì vào đó. Hãy bỏ bảo vệ rồi thử lại.`,
    `Sheet "${sheet}" is protected (Review › Unprotect Sheet): Chấm điểm wrote nothing. Unprotect it and try again.`,
  );
const STRUCTURE = msg(
  'Cấu trúc sổ làm việc đang được bảo vệ nên không thêm được trang mới: Chấm điểm không ghi gì. Hãy bỏ bảo vệ (Review › Protect Workbook) rồi thử lại.',
  'The workbook structure is protected, so no sheet can be added: Chấm điểm wrote nothing. Unprotect it (Review › Protect Workbook) and try again.',
);

/** Nothing is written into a protected sheet or workbook: checked before the first change (a batch is no transaction). */
async function refuseProtected(context: Excel.RequestContext, ops: readonly WriteOp[], env: Env): Promise<void> {
  const added = new Set(ops.filter((o) => o.kind === 'addSheet').map((o) => key(o.sheet)));
  const changed = [...new Set(ops.filter((o) => o.kind !== 'addSheet' && o.kind !== 'select').map((o) => o.sheet))].filter((s) => !added.has(key(s)));
  const unknown = changed.filter((s) => !env.facts.has(key(s)));
  if (unknown.length > 0 || (added.size > 0 && !env.supports('ExcelApi', '1.7'))) {
    const loads = unknown.map((name) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name).load('isNullObject');
      return { name, ws, protection: ws.protection.load('protected') };
    });
    const wb = added.size > 0 && env.supports('ExcelApi', '1.7') ? context.workbook.protection.load('protected') : null;
    await context.sync();
    for (const l of loads) if (!l.ws.isNullObject) remember(env, l.name, l.protection.protected);
    if (wb) env.state.workbookProtected = wb.protected;
  }
  if (added.size > 0 && env.state.workbookProtected) throw new HostError(STRUCTURE);
  for (const s of changed) if (env.facts.get(key(s))?.protected) throw new HostError(PROTECTED(s));
}

interface Guards {
  readonly notes: boolean;
  readonly pages: boolean;
  readonly comments: (sheet: string) => ReadonlySet<string>;
}

function opSteps(
  op: WriteOp,
  sheet: (name: string) => Excel.Worksheet,
  sheets: Map<string, Excel.Worksheet>,
  context: Excel.RequestContext,
  guards: Guards,
): Step[] {
  switch (op.kind) {
    case 'addSheet':
      return [{ bytes: cost.call('add', [op.sheet]) + cost.path([op.sheet]), queue: () => void sheets.set(op.sheet, context.workbook.worksheets.add(op.sheet)) }];
    case 'applyPlan':
      return planSteps(() => sheet(op.sheet), op.plan, op.keep, guards.notes, guards.pages, guards.comments(op.sheet), op.restyle === true);
    case 'mark': {
      const taken = guards.comments(op.sheet);
      return op.marks.map((m) => ({
        bytes: cost.path([m.cell]) * 3 + cost.set('color', MARK_FILL[m.severity]) + (guards.notes ? noteBytes(m.cell, m.note) : 0),
        queue: () => {
          const ws = sheet(op.sheet);
          ws.getRange(m.cell).format.fill.color = MARK_FILL[m.severity];
          if (guards.notes && !taken.has(m.cell)) replaceNote(ws, m.cell, m.note);
        },
      }));
    }
    case 'clearMarks': {
      const taken = guards.comments(op.sheet);
      return op.cells.map(({ cell, restore, note }) => ({
        bytes: cost.path([cell]) * 3 + cost.set('color', '#FFFFFF') + (guards.notes ? noteBytes(cell, note ?? '') : 0),
        queue: () => {
          const ws = sheet(op.sheet);
          const fill = ws.getRange(cell).format.fill;
          if (restore?.fill) fill.color = restore.fill;
          else fill.clear();
          if (guards.notes && !taken.has(cell)) {
            ws.notes.getItemOrNullObject(cell).delete();
            if (note) ws.notes.add(cell, note);
          }
        },
      }));
    }
    case 'select':
      return [
        {
          bytes: cost.call('activate', []) + cost.path([op.cell]) + cost.call('select', []),
          queue: () => {
            const ws = sheet(op.sheet);
            ws.activate();
            ws.getRange(op.cell).select();
          },
        },
      ];
  }
}

const noteBytes = (cell: string, text: string): number => cost.path([cell]) * 2 + cost.call('delete', []) + cost.call('add', [cell, text]);

/**
 * Cells of the plan's merged areas other than their top-left one: never written. Merges go first (office-js#6405:
 * formats set on an area before it is merged are lost), and Excel may refuse a value written into part of a merged
 * area, failing the whole batch.
 */
function mergeShadow(plan: SheetPlan, keep: KeepMask | undefined): boolean[][] {
  const rows = Math.max(plan.grid.length, keep?.length ?? 0);
  const mask = Array.from({ length: rows }, (_, r) => Array.from({ length: Math.max(plan.grid[r]?.length ?? 0, keep?.[r]?.length ?? 0) }, (_, c) => keep?.[r]?.[c] === true));
  for (const m of plan.merges) {
    const b = parseRange(m);
    if (!b) continue;
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.col; c < b.col + b.cols; c++) if (r !== b.row || c !== b.col) (mask[r] ??= [])[c] = true;
  }
  return mask;
}

/** Row bands of a grid small enough for one request each. */
function bands<T>(block: Block, grid: T[][], budget: number): { block: Block; grid: T[][] }[] {
  const bytes = jsonBytes(grid);
  if (bytes <= budget / 2 || block.rows === 1) return [{ block, grid }];
  const per = Math.max(1, Math.floor(block.rows / Math.ceil(bytes / (budget / 2))));
  const out: { block: Block; grid: T[][] }[] = [];
  for (let i = 0; i < block.rows; i += per) {
    const rows = Math.min(per, block.rows - i);
    out.push({ block: { ...block, row: block.row + i, rows }, grid: grid.slice(i, i + rows) });
  }
  return out;
}

function planSteps(
  ws: () => Excel.Worksheet,
  plan: SheetPlan,
  keep: KeepMask | undefined,
  notes: boolean,
  pages: boolean,
  comments: ReadonlySet<string>,
  restyle = false,
): Step[] {
  const steps: Step[] = [];
  // A rebuild over the plan's own earlier output: the looks of the cells about to be written go first (Range.clear
  // "Formats", ExcelApi 1.1, also unmerges them; the plan's merges follow), the user's kept cells are left alone.
  if (restyle)
    for (const { block } of gridBlocks(plan, keep).cells) {
      const address = blockAddress(block);
      steps.push({ bytes: cost.path([address]) + cost.call('clear', ['Formats']), queue: () => ws().getRange(address).clear('Formats') });
    }
  const merges = safeMerges(plan, keep);
  for (const merge of merges) steps.push({ bytes: cost.path([merge]) + cost.call('merge', [false]), queue: () => ws().getRange(merge).merge(false) });

  const grid = gridBlocks(plan, mergeShadow(plan, keep));
  const budget = PAYLOAD_BUDGET;
  for (const { block, formulas } of grid.cells)
    for (const band of bands(block, formulas, budget)) {
      const address = blockAddress(band.block);
      steps.push({ bytes: cost.path([address]) + cost.set('formulas', band.grid), queue: () => void (ws().getRange(address).formulas = band.grid) });
    }
  for (const { block, formats } of grid.numberFormats)
    for (const band of bands(block, formats, budget)) {
      const address = blockAddress(band.block);
      steps.push({ bytes: cost.path([address]) + cost.set('numberFormat', band.grid), queue: () => void (ws().getRange(address).numberFormat = band.grid) });
    }
  // Styles over the whole plan area (merged areas included: their look is the top-left cell's).
  const styled = gridBlocks(plan, keep);
  for (const { style, block } of styled.styles) {
    const look = plan.styles[style];
    if (Object.keys(look).length === 0) continue;
    const address = blockAddress(block);
    steps.push({ bytes: cost.path([address]) + styleBytes(look, block), queue: () => applyStyle(ws().getRange(address), look, block) });
  }

  const { widths, hidden } = columnGroups(plan);
  for (const w of widths) steps.push({ bytes: cost.path([w.columns]) * 2 + cost.set('columnWidth', 100), queue: () => void (ws().getRange(w.columns).format.columnWidth = charsToPoints(w.width)) });
  for (const columns of hidden) steps.push({ bytes: cost.path([columns]) + cost.set('columnHidden', true), queue: () => void (ws().getRange(columns).columnHidden = true) });

  // Wrapped rows get the height their text needs (the plan computed it), so a printed form is legible; runs of equal
  // height go in one range ("12:15"). A row holding the user's data keeps its height, as in the CLI's ExcelJS host.
  for (const run of heightRuns((plan.rowHeights ?? []).map((h, r) => (keep?.[r]?.some(Boolean) ? undefined : h)))) {
    const address = `${run.from + 1}:${run.to + 1}`;
    steps.push({ bytes: cost.path([address]) * 2 + cost.set('rowHeight', run.height), queue: () => void (ws().getRange(address).format.rowHeight = run.height) });
  }

  const { rows, columns } = plan.frozen;
  if (rows > 0 || columns > 0) {
    steps.push({
      bytes: cost.path() + cost.call('freezeAt', ['A1:Z99']),
      queue: () => {
        const fp = ws().freezePanes;
        if (rows > 0 && columns > 0) fp.freezeAt(a1Range(0, 0, rows - 1, columns - 1));
        else if (rows > 0) fp.freezeRows(rows);
        else fp.freezeColumns(columns);
      },
    });
  }

  for (const v of plan.validations) steps.push({ bytes: cost.path([v.range]) * 2 + 600, queue: () => applyValidation(ws().getRange(v.range), v) });

  if (pages) {
    steps.push({
      bytes: cost.path() + 5 * cost.set('orientation', 'Landscape') + (plan.print.area.length + (plan.print.titleRows?.length ?? 0)),
      queue: () => {
        const page = ws().pageLayout;
        page.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        page.paperSize = 'A4';
        if (plan.print.fitToWidth) page.zoom = { scale: printScale(plan) };
        page.setPrintArea(plan.print.area);
        if (plan.print.titleRows) page.setPrintTitleRows(plan.print.titleRows);
      },
    });
  }

  if (notes) {
    for (const n of grid.notes) {
      if (comments.has(n.cell)) continue;
      steps.push({ bytes: noteBytes(n.cell, n.text), queue: () => replaceNote(ws(), n.cell, n.text) });
    }
  }
  return steps;
}

/** Consecutive rows of the same planned height. */
export function heightRuns(heights: readonly (number | undefined)[]): { from: number; to: number; height: number }[] {
  const runs: { from: number; to: number; height: number }[] = [];
  heights.forEach((h, r) => {
    if (h === undefined) return;
    const last = runs.at(-1);
    if (last && last.to === r - 1 && last.height === h) last.to = r;
    else runs.push({ from: r, to: r, height: h });
  });
  return runs;
}

/** Points of an A4 page between Excel's "Normal" margins (0.7 in left and right). */
const PRINTABLE = { portrait: 595.3 - 2 * 50.4, landscape: 841.9 - 2 * 50.4 } as const;

/**
 * The print scale (%) that fits the print area's visible columns on one page wide: documented zoom options only
 * (PageLayoutZoomOptions.scale, 10–400), rather than fit-to-pages with an undocumented 0 for "automatic" height.
 */
export function printScale(plan: SheetPlan): number {
  const area = parseRange(plan.print.area);
  const first = area?.col ?? 0;
  const last = area ? area.col + area.cols - 1 : plan.columns.length - 1;
  let points = 0;
  for (let c = first; c <= last; c++) {
    const col = plan.columns[c];
    if (col?.hidden) continue;
    points += charsToPoints(col?.width ?? 8.43);
  }
  if (points <= 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((PRINTABLE[plan.print.orientation] / points) * 100)));
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center' } as const;

function styleBytes(style: CellStyle, block: Block): number {
  let n = 2 * cost.path();
  for (const [k, v] of Object.entries(style)) if (k !== 'border') n += cost.set(k, v);
  if (style.border) n += (4 + (block.rows > 1 ? 1 : 0) + (block.cols > 1 ? 1 : 0)) * (cost.path(['EdgeTop']) + cost.set('style', 'Continuous') + cost.set('weight', 'Thin'));
  return n;
}

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
  // The source is Office.js's invariant comma-separated list, numbers with "." whatever the user's locale; plans give a
  // range source (the list in hidden cells of the sheet): real numbers, labels with commas intact.
  dv.rule = { list: { inCellDropDown: true, source: v.source ? `=${v.source}` : clip(v.list.map(String).join(','), 255) } };
  if (v.prompt) dv.prompt = { showPrompt: true, title: '', message: clip(v.prompt, 255) };
  if (v.error) dv.errorAlert = { showAlert: true, style: 'Stop', title: '', message: clip(v.error, 255) };
}

/** A cell holds one note: the old one goes first (delete on a null object is a no-op), in the same batch. */
function replaceNote(ws: Excel.Worksheet, cell: string, text: string): void {
  ws.notes.getItemOrNullObject(cell).delete();
  ws.notes.add(cell, text);
}

function supportsFromOffice(set: string, version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(set, version);
  } catch {
    // Office.context is undefined before Office.onReady: the optional APIs are left out rather than a failed write.
    return false;
  }
}
