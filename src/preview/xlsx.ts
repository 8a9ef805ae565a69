/**
 * Your own workbook in, your workbook out: an .xlsx read into the preview and the preview written back as one, through
 * the CLI's ExcelJS host (src/cli/excelHost.ts), so a file the preview saves is one `chamdiem check` reads as it reads
 * its own. Loaded on demand (its own chunk: ExcelJS is as large as the rest of the page).
 *
 * Reading: the host's snapshot gives each sheet's values and formulas as Office.js would; what the preview keeps beside
 * them (styles, fills, notes, number formats, lists, merges, widths, frozen panes, print setup) is read from the same
 * ExcelJS worksheet. Writing: each sheet becomes a plan (its cells with their own styles) that the host applies as it
 * applies a template's, then the formulas get their computed results, so a reader without a calculator (the CLI, a
 * phone's viewer) sees the values.
 */
import ExcelJS from 'exceljs';
import { cellValue, ExcelJsHost, LISTS_SHEET } from '../cli/excelHost';
import { toFileFormula } from '../cli/formulaText';
import { engineFormula } from '../cli/hyperformulaPlugin';
import { a1, parseA1 } from '../sheet/a1';
import { preflightXlsx } from './preflight';
import type { CellStyle, CellValue, ColumnPlan, ListValidation, PlanCell, PrintPlan, SheetPlan, StyleName } from '../sheet/types';
import { engineValue, parseRange, type CellMeta, type CellRange, type PreviewWorkbook, type SheetState, type SheetValidation, type WorkbookState } from './workbook';

/** Largest file opened: far above any filled form (a commune's is under 100 KB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const hex = (argb: string | undefined): string | undefined => (argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined);

/** An ExcelJS style as the preview's CellStyle (the inverse of excelHost's excelStyle) and the fill apart. */
function styleOf(s: Partial<ExcelJS.Style>): { style?: CellStyle; fill?: string } {
  const out: { -readonly [K in keyof CellStyle]: CellStyle[K] } = {};
  if (s.font?.bold) out.bold = true;
  if (s.font?.italic) out.italic = true;
  if (s.font?.size && s.font.size !== 11) out.fontSize = s.font.size;
  const color = hex(s.font?.color?.argb);
  if (color && color !== '#000000') out.fontColor = color;
  const fill = s.fill?.type === 'pattern' && s.fill.pattern === 'solid' ? hex(s.fill.fgColor?.argb) : undefined;
  if (fill) out.fill = fill;
  if (s.alignment?.wrapText) out.wrap = true;
  const h = s.alignment?.horizontal;
  if (h === 'left' || h === 'center' || h === 'right') out.horizontal = h;
  const v = s.alignment?.vertical;
  if (v === 'top') out.vertical = 'top';
  else if (v === 'middle') out.vertical = 'center';
  if (s.border && (s.border.top?.style || s.border.bottom?.style || s.border.left?.style || s.border.right?.style)) out.border = true;
  return { ...(Object.keys(out).length > 0 ? { style: out } : {}), ...(fill ? { fill } : {}) };
}

const noteText = (note: ExcelJS.Cell['note']): string | undefined => {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
};

/** A list validation's values: inline ("\"Có,Không\"") or from cells (the hidden lists sheet, hidden columns). */
function listOf(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, formula: string): (string | number)[] | null {
  const f = formula.trim();
  if (f.startsWith('"') && f.endsWith('"')) {
    return f
      .slice(1, -1)
      .split(',')
      .map((item) => (/^-?\d+(\.\d+)?$/.test(item.trim()) ? Number(item) : item));
  }
  const bang = f.lastIndexOf('!');
  const sheetPart = bang >= 0 ? f.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") : null;
  const source = sheetPart ? workbook.getWorksheet(sheetPart) : ws;
  const area = parseRange(f.slice(bang + 1).replace(/\$/g, ''));
  if (!source || !area) return null;
  const out: (string | number)[] = [];
  for (let r = area.r1; r <= area.r2; r++)
    for (let c = area.c1; c <= area.c2; c++) {
      const v = cellValue(source.findCell(r + 1, c + 1));
      if (v !== '' && v !== null && typeof v !== 'boolean') out.push(v);
    }
  return out;
}

/** The file's lists, one per run of cells down a column sharing the same list (ExcelJS keeps one rule per cell). */
function validationsOf(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet): SheetValidation[] {
  const byColumn = new Map<number, { row: number; list: (string | number)[]; key: string; prompt?: string }[]>();
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const dv = cell.dataValidation;
      if (!dv || dv.type !== 'list' || !dv.formulae?.[0]) return;
      const list = listOf(workbook, ws, String(dv.formulae[0]));
      if (!list) return;
      const cells = byColumn.get(c - 1) ?? [];
      cells.push({ row: r - 1, list, key: JSON.stringify(list), ...(dv.prompt ? { prompt: dv.prompt } : {}) });
      byColumn.set(c - 1, cells);
    }),
  );
  const out: SheetValidation[] = [];
  for (const [col, cells] of byColumn) {
    cells.sort((a, b) => a.row - b.row);
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const first = cells[start]!;
      const cur = cells[i];
      if (cur && cur.key === first.key && cur.row === cells[i - 1]!.row + 1) continue;
      const last = cells[i - 1]!;
      const area: CellRange = { r1: first.row, c1: col, r2: last.row, c2: col };
      const range = area.r1 === area.r2 ? a1(area.r1, col) : `${a1(area.r1, col)}:${a1(area.r2, col)}`;
      out.push({ range, area, list: first.list, ...(first.prompt ? { prompt: first.prompt } : {}) });
      start = i;
    }
  }
  return out;
}

function printOf(ws: ExcelJS.Worksheet): PrintPlan | undefined {
  const p = ws.pageSetup;
  if (!p.printArea) return undefined;
  return {
    orientation: p.orientation === 'landscape' ? 'landscape' : 'portrait',
    paper: 'A4',
    fitToWidth: p.fitToPage === true && p.fitToWidth === 1,
    area: p.printArea.replace(/\$/g, ''),
    ...(p.printTitlesRow ? { titleRows: p.printTitlesRow } : {}),
  };
}

/** One worksheet of the file as the preview keeps it. */
function sheetOf(workbook: ExcelJS.Workbook, host: ExcelJsHost, ws: ExcelJS.Worksheet): SheetState {
  const snap = host.snapshot(ws.name);
  const contents = snap.formulas.map((row, r) =>
    row.map((f, c) => {
      const value = snap.values[r]?.[c] ?? '';
      // A formula cell reads as its formula; any other reads the same in values and formulas.
      if (typeof f === 'string' && f.startsWith('=') && f !== value) return engineFormula(f);
      return engineValue(value);
    }),
  );
  const meta: [number, CellMeta][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const m: { -readonly [K in keyof CellMeta]: CellMeta[K] } = {};
      const formula = snap.formulas[r - 1]?.[c - 1];
      if (typeof formula === 'string' && formula.startsWith('=') && formula !== snap.values[r - 1]?.[c - 1]) m.formula = formula;
      const { style, fill } = styleOf(cell.style ?? {});
      if (style) m.style = style;
      if (fill) m.fill = fill;
      const note = noteText(cell.note);
      if (note) m.note = note;
      if (cell.numFmt && cell.numFmt !== 'General') m.numberFormat = cell.numFmt;
      if (Object.keys(m).length > 0) meta.push([(r - 1) * 16_384 + (c - 1), m]);
    }),
  );
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((m): m is CellRange => m !== null);
  const columns: ColumnPlan[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const col = ws.getColumn(c);
    columns.push({ width: col.width ?? 8.43, ...(col.hidden ? { hidden: true } : {}) });
  }
  const rowLines: [number, number][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const px = (row.height ?? 15) * (4 / 3);
    const lines = Math.min(4, Math.round((px - 6) / 16));
    if (lines > 1) rowLines.push([r - 1, lines]);
  });
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen = view?.state === 'frozen' ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : { rows: 0, columns: 0 };
  const print = printOf(ws);
  return { name: ws.name, contents, meta, validations: validationsOf(workbook, ws), merges, frozen, columns, rowLines, ...(print ? { print } : {}) };
}

/** Reads an .xlsx's bytes into the preview's workbook state. Throws with a message for the person on a file it cannot read. */
export async function readXlsx(bytes: ArrayBuffer, fileName: string): Promise<WorkbookState> {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new Error(`Tệp “${fileName}” quá lớn (trên 50 MB) / “${fileName}” is too large (over 50 MB)`);
  await preflightXlsx(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new Error(`“${fileName}” không phải tệp Excel .xlsx đọc được / “${fileName}” is not an Excel .xlsx file that can be read`);
  }
  const host = new ExcelJsHost(workbook, fileName);
  const shown = workbook.worksheets.filter((ws) => ws.name !== LISTS_SHEET && ws.state !== 'veryHidden');
  if (shown.length === 0) throw new Error(`Tệp “${fileName}” không có trang tính nào / “${fileName}” has no sheet`);
  let sheets: SheetState[];
  try {
    sheets = shown.map((ws) => sheetOf(workbook, host, ws));
  } catch (e) {
    // The host's refusals (a sheet past its limits) carry both languages.
    const text = (e as { text?: { vi?: unknown; en?: unknown } }).text;
    if (text && typeof text.vi === 'string' && typeof text.en === 'string') throw new Error(`${text.vi} / ${text.en}`);
    throw e;
  }
  const read = await host.read({ head: { rows: 0, columns: 0 } });
  const active = shown.find((ws) => ws.name === read.active)?.name ?? shown[0]!.name;
  const selections: [string, string][] = [];
  for (const ws of shown) {
    const cell = (ws.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
    if (cell && parseA1(cell)) selections.push([ws.name, cell]);
  }
  return { sheets, active, selections };
}

const styleKey = (s: CellStyle) => JSON.stringify(s);

/** One preview sheet as a plan the ExcelJS host applies: its own styles named s0, s1… (the host looks names up, never interprets them). */
function planOf(host: PreviewWorkbook, sheetName: string): SheetPlan {
  const sheet = host.sheet(sheetName)!;
  const styles: Record<string, CellStyle> = {};
  const names = new Map<string, string>();
  const nameOf = (s: CellStyle): StyleName => {
    const k = styleKey(s);
    let n = names.get(k);
    if (!n) {
      n = `s${names.size}`;
      names.set(k, n);
      styles[n] = s;
    }
    return n as StyleName;
  };
  const snap = host.snapshot(sheetName);
  const rows = Math.max(snap.formulas.length, ...[...sheet.meta.keys()].map((k) => Math.floor(k / 16_384) + 1));
  const grid: (PlanCell | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: (PlanCell | undefined)[] = [];
    const width = Math.max(snap.formulas[r]?.length ?? 0, sheet.columns.length);
    for (let c = 0; c < width; c++) {
      const meta = sheet.meta.get(r * 16_384 + c);
      const value: CellValue = snap.values[r]?.[c] ?? '';
      const formula = meta?.formula;
      const fill = meta?.fill;
      const base = meta?.style ?? {};
      const { fill: _planFill, ...rest } = base;
      const style: CellStyle = fill ? { ...rest, fill } : rest;
      const cell: PlanCell = {
        ...(formula !== undefined ? { formula } : value !== '' && value !== null ? { value } : {}),
        ...(Object.keys(style).length > 0 ? { style: nameOf(style) } : {}),
        ...(meta?.numberFormat ? { numberFormat: meta.numberFormat } : {}),
        ...(meta?.note ? { note: meta.note } : {}),
      };
      line.push(Object.keys(cell).length > 0 ? cell : undefined);
    }
    grid.push(line);
  }
  const validations: ListValidation[] = sheet.validations.map((v) => ({ range: v.range, list: v.list, ...(v.prompt ? { prompt: v.prompt } : {}) }));
  const lastCol = Math.max(1, ...grid.map((l) => l.length));
  const print: PrintPlan = sheet.print ?? { orientation: 'portrait', paper: 'A4', fitToWidth: true, area: `A1:${a1(Math.max(0, rows - 1), lastCol - 1)}` };
  return {
    templateId: sheet.templateId ?? '',
    sheetName: sheet.name,
    title: { vi: sheet.name, en: sheet.name },
    grid,
    merges: sheet.merges.map((m) => `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`),
    validations,
    columns: sheet.columns,
    frozen: sheet.frozen,
    print,
    styles: styles as Record<StyleName, CellStyle>,
    layout: { headerRow: 0, firstRow: 0, columns: {}, rowOf: {} },
  };
}

/** The preview's workbook as an .xlsx file's bytes. */
export async function writeXlsx(host: PreviewWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chấm điểm';
  const file = new ExcelJsHost(workbook);
  for (const sheet of host.sheets) {
    await file.write([
      { kind: 'addSheet', sheet: sheet.name },
      { kind: 'applyPlan', sheet: sheet.name, plan: planOf(host, sheet.name) },
    ]);
    // The computed results beside the formulas: what a reader without a calculator shows.
    const ws = workbook.getWorksheet(sheet.name)!;
    for (const [k, meta] of sheet.meta) {
      if (meta.formula === undefined) continue;
      const r = Math.floor(k / 16_384);
      const c = k % 16_384;
      const { value, error } = host.valueAt(sheet, r, c);
      const result = error ? ({ error: String(value) } as ExcelJS.CellErrorValue) : value === null ? undefined : value;
      ws.getCell(r + 1, c + 1).value = { formula: toFileFormula(meta.formula), ...(result !== undefined ? { result } : {}) } as ExcelJS.CellFormulaValue;
    }
    // Column widths of a sheet that came from a file without any: ExcelJS's default.
    if (sheet.columns.length === 0) ws.columns.forEach((col) => (col.width = col.width ?? 8.43));
  }
  if (host.active) await file.write([{ kind: 'select', sheet: host.active, cell: host.selectionOf(host.active) }]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The name a download gets: the file's own, else the active sheet's, made safe for every system. */
export function downloadName(fileName: string | undefined, active: string): string {
  const base = (fileName ?? active ?? 'so-lam-viec').replace(/\.xlsx$/i, '').replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'so-lam-viec';
  return `${base}.xlsx`;
}

