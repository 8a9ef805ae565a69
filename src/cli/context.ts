/** What every command gets: where to print, in which language, and how to open an input workbook. */
import path from 'node:path';
import { text, type Lang, type Msg } from '../scoring';
import type { WorkbookRead } from '../sheet/host';
import { HEAD } from '../sheet/plans/builder';
import { readMarker, type Marker } from '../sheet/read';
import { getTemplate, type TemplateDef } from '../sheet/templates';
import { isFrameworkSheet } from '../sheet/userFramework';
import { isUserTemplateId, resolveUserTemplate } from '../sheet/userTemplate';
import { ExcelJsHost } from './excelHost';
import { CLI } from './messages';
import { InputError, loadWorkbook, type OpenOptions } from './xlsxFile';

/** The process's streams, or a test's buffers. `stdout`/`stderr` receive text exactly as printed (lines end in "\n"). */
export interface CliIo {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** Progress is drawn in place only on a terminal. */
  readonly stderrIsTTY?: boolean;
  /** Relative paths resolve from here (default: the process's working directory). */
  readonly cwd?: string;
}

export class Context {
  constructor(
    readonly io: CliIo,
    readonly lang: Lang,
    readonly json: boolean,
  ) {}

  t(m: Msg): string {
    return text(m, this.lang);
  }

  /** A line on stdout. */
  say(line: string | Msg): void {
    this.io.stdout(`${typeof line === 'string' ? line : this.t(line)}\n`);
  }

  /** A line on stderr. */
  warn(line: Msg): void {
    this.io.stderr(`${this.t(line)}\n`);
  }

  printJson(value: unknown): void {
    this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }

  resolve(file: string): string {
    return path.resolve(this.io.cwd ?? process.cwd(), file);
  }
}

export interface TemplateSheet {
  readonly name: string;
  readonly marker: Marker;
  readonly def: TemplateDef | undefined;
}

/** Sheets whose head block carries a Chấm điểm marker, with their template (undefined for an id this version lacks). */
export function templateSheets(wb: WorkbookRead): TemplateSheet[] {
  const out: TemplateSheet[] = [];
  for (const sheet of wb.sheets) {
    const marker = readMarker(sheet.values);
    if (marker) out.push({ name: sheet.name, marker, def: getTemplate(marker.templateId) });
  }
  return out;
}

export interface OpenedInput {
  readonly file: string;
  readonly path: string;
  readonly host: ExcelJsHost;
  readonly head: WorkbookRead;
  /** Template sheets this version knows. */
  readonly sheets: readonly (TemplateSheet & { def: TemplateDef })[];
  /** Sheet parts whose oversized data validations were dropped on reading (xlsxFile.preflight). */
  readonly dropped: readonly string[];
  /** Images handed to ExcelJS empty (xlsxFile.Checked.media): a copy written back puts the originals back. */
  readonly media: readonly string[];
}

/**
 * Opens an input workbook and finds its template sheets; no template sheet is an InputError (exit 2). `valuesOnly`
 * for a command that reads values and never writes the workbook back (xlsxFile.OpenOptions).
 */
export async function openInput(ctx: Context, file: string, options: OpenOptions = {}): Promise<OpenedInput> {
  const full = ctx.resolve(file);
  const { workbook, notes, media } = await loadWorkbook(full, file, options);
  const host = new ExcelJsHost(workbook, file);
  const head = await host.read({ head: HEAD });
  let found = templateSheets(head);
  if (found.length === 0) throw new InputError(CLI.noTemplateSheet(file));
  if (found.some((s) => !s.def && isUserTemplateId(s.marker.templateId))) {
    // Filled from the user's own framework (issue 12): its framework sheet travels in the same workbook.
    const tables = head.sheets.filter(isFrameworkSheet).map((h) => host.snapshot(h.name));
    found = found.map((s) => {
      if (s.def || !isUserTemplateId(s.marker.templateId)) return s;
      const r = resolveUserTemplate(s.marker.templateId, tables);
      if (!r.ok) throw new InputError(CLI.inFile(file, r.error.message));
      return { ...s, def: r.value };
    });
  }
  const known = found.filter((s): s is TemplateSheet & { def: TemplateDef } => s.def !== undefined);
  if (known.length === 0) throw new InputError(CLI.unknownMarker(file, [...new Set(found.map((s) => s.marker.templateId))]));
  return { file, path: full, host, head, sheets: known, dropped: notes, media };
}
