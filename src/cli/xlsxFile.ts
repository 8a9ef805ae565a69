/**
 * Opening and writing .xlsx files safely. An input file is only ever read (one readFile); every output is written to a
 * temporary file in the target's folder and renamed over the target, and is refused when it names an input.
 * Before ExcelJS sees the bytes, the zip is checked (not a zip, truncated, .xls/encrypted, Word or OpenDocument files,
 * sizes, CRCs, DTDs) and the cell ranges ExcelJS would expand cell by cell are bounded; every failure is an InputError
 * carrying one line for the user (exit code 2), never a stack trace.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Msg } from '../scoring';
import { CLI } from './messages';
import { extractEntry, readCentralDirectory, writeStoredZip, ZipError, type ZipEntry } from './zip';

/** A problem with the user's input: one line, exit code 2. */
export class InputError extends Error {
  constructor(readonly text: Msg) {
    super(text.en);
  }
}

export const LIMITS = {
  /** Largest .xlsx accepted: a 100-point framework with evidence is well under 1 MB. */
  fileBytes: 100 * 1024 * 1024,
  /** All parts together, inflated (ExcelJS holds a workbook in memory several times over). */
  inflatedBytes: 256 * 1024 * 1024,
  /** One part (a sheet's XML, an image), inflated. */
  entryBytes: 64 * 1024 * 1024,
  /** One merged range (ExcelJS creates every cell of it). */
  mergeCells: 100_000,
  /** Data validations of one sheet, in cells (ExcelJS stores one rule per cell); past it they are dropped on reading. */
  validationCells: 200_000,
} as const;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Cells in "B3", "B3:D9", "A:A", "3:3" (absolute or not); unknown forms count as one cell. */
export function areaOf(ref: string): number {
  const local = ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '').trim().toUpperCase();
  const [a = '', b = a] = local.split(':');
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
  const parse = (s: string): { row: number | null; col: number | null } | null => {
    const m = /^([A-Z]{1,3})?(\d{1,7})?$/.exec(s);
    if (!m || (!m[1] && !m[2])) return null;
    return { col: m[1] ? col(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  };
  const p = parse(a);
  const q = parse(b);
  if (!p || !q) return 1;
  const rows = p.row === null || q.row === null ? MAX_ROW : Math.abs(q.row - p.row) + 1;
  const cols = p.col === null || q.col === null ? MAX_COL : Math.abs(q.col - p.col) + 1;
  return rows * cols;
}

const OTHER_KINDS: readonly [string, Msg][] = [
  ['word/document.xml', { vi: 'tài liệu Word .docx', en: 'a Word .docx document' }],
  ['ppt/presentation.xml', { vi: 'bản trình chiếu PowerPoint .pptx', en: 'a PowerPoint .pptx presentation' }],
  ['content.xml', { vi: 'tệp OpenDocument .ods/.odt — hãy lưu lại dạng .xlsx', en: 'an OpenDocument .ods/.odt file — save it as .xlsx' }],
];

const zipMessage = (e: ZipError, file: string): Msg => {
  switch (e.problem) {
    case 'notZip':
      return CLI.notZip(file);
    case 'truncated':
      return CLI.truncated(file);
    case 'encrypted':
      return CLI.legacyOrEncrypted(file);
    case 'unsupported':
      return CLI.unsupportedZip(file, e.detail);
    case 'corrupt':
      return CLI.corrupt(file, e.detail);
    case 'tooLarge':
      return CLI.zipBomb(file);
  }
};

const DOCTYPE = Buffer.from('<!DOCTYPE');
const DOCTYPE_LOWER = Buffer.from('<!doctype');
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Checks an .xlsx's bytes and returns what ExcelJS may be given: the same bytes, or a sanitised copy (stored zip)
 * when a sheet's data validations cover more cells than ExcelJS can expand. `notes` says what was dropped.
 */
export function preflight(bytes: Buffer, file: string): { bytes: Buffer; notes: string[] } {
  if (bytes.length === 0) throw new InputError(CLI.empty(file));
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) {
    throw new InputError(CLI.legacyOrEncrypted(file));
  }
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipError) throw new InputError(zipMessage(e, file));
    throw e;
  }
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (!names.has('xl/workbook.xml')) {
    const kind = OTHER_KINDS.find(([part]) => names.has(part));
    throw new InputError(CLI.notWorkbook(file, kind ? kind[1] : null));
  }
  const total = entries.reduce((s, e) => s + e.size, 0);
  if (total > LIMITS.inflatedBytes || entries.some((e) => e.size > LIMITS.entryBytes)) throw new InputError(CLI.zipBomb(file));

  const parts: { name: string; data: Buffer }[] = [];
  const notes: string[] = [];
  let changed = false;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    let data: Buffer;
    try {
      data = extractEntry(bytes, entry);
    } catch (e) {
      if (e instanceof ZipError) throw new InputError(zipMessage(e, file));
      throw e;
    }
    if (/\.(xml|rels|vml)$/i.test(entry.name) && (data.includes(DOCTYPE) || data.includes(DOCTYPE_LOWER))) {
      throw new InputError(CLI.doctype(file));
    }
    if (WORKSHEET.test(entry.name)) {
      const checked = checkSheetXml(data, file);
      if (checked !== data) {
        changed = true;
        notes.push(entry.name);
        data = checked;
      }
    }
    parts.push({ name: entry.name, data });
  }
  // ExcelJS gets the parts already inflated (a stored zip): JSZip's JavaScript inflate is slower than zlib's, so this
  // costs less than handing it the original bytes, and it reads exactly what was checked.
  return { bytes: writeStoredZip(parts), notes: changed ? notes : [] };
}

const MERGE = /<mergeCell\b[^>]*\bref="([^"]*)"/g;
const VALIDATION_SQREF = /<(?:\w+:)?dataValidation\b[^>]*\bsqref="([^"]*)"/g;
const VALIDATIONS_BLOCK = /<dataValidations\b[\s\S]*?<\/dataValidations>|<dataValidations\b[^>]*\/>/g;

/** Refuses absurd merges; drops data validations ExcelJS would expand into millions of cells (they do not affect scoring). */
function checkSheetXml(data: Buffer, file: string): Buffer {
  const text = data.toString('utf8');
  for (const m of text.matchAll(MERGE)) {
    if (areaOf(m[1]!) > LIMITS.mergeCells) throw new InputError(CLI.hugeMerge(file, m[1]!));
  }
  let validationCells = 0;
  for (const m of text.matchAll(VALIDATION_SQREF)) for (const ref of m[1]!.trim().split(/\s+/)) validationCells += areaOf(ref);
  if (validationCells <= LIMITS.validationCells) return data;
  return Buffer.from(text.replace(VALIDATIONS_BLOCK, ''), 'utf8');
}

/** Reads and opens a workbook; every failure is an InputError with one line for the user (naming the file as `shown`). */
export async function loadWorkbook(full: string, file: string = full): Promise<{ workbook: ExcelJS.Workbook; notes: string[] }> {
  let stat;
  try {
    stat = await fs.stat(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? CLI.notFound(file) : CLI.cannotRead(file, code ?? String(e)));
  }
  if (stat.isDirectory()) throw new InputError(CLI.isDirectory(file));
  if (stat.size > LIMITS.fileBytes) throw new InputError(CLI.tooBig(file, LIMITS.fileBytes / 1024 / 1024));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(full);
  } catch (e) {
    throw new InputError(CLI.cannotRead(file, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  return openWorkbook(bytes, file);
}

/** Opens bytes already in memory (the name is for messages only). */
export async function openWorkbook(bytes: Buffer, file: string): Promise<{ workbook: ExcelJS.Workbook; notes: string[] }> {
  const checked = preflight(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked.bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputError(CLI.unreadableContent(file));
  }
  return { workbook, notes: checked.notes };
}

const sameFile = async (a: string, b: string): Promise<boolean> => {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
};

/** Refuses an output that names (or links to) an input, or that is not an .xlsx name. */
export async function checkOutput(target: string, inputs: readonly string[], shown: string = target): Promise<void> {
  if (!/\.xlsx$/i.test(target)) throw new InputError(CLI.outputNotXlsx(shown));
  for (const input of inputs) if (await sameFile(target, input)) throw new InputError(CLI.outputIsInput(shown));
}

/** Writes to a temporary file beside the target, then renames it over the target: never a half-written file. */
export async function writeFileAtomic(target: string, data: Buffer | Uint8Array, inputs: readonly string[] = [], shown: string = target): Promise<void> {
  await checkOutput(target, inputs, shown);
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(tmp, data, { flag: 'wx' });
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new InputError(CLI.cannotWrite(shown, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
