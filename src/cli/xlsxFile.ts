/**
 * Opening and writing .xlsx files safely. An input file is only ever read (one readFile); every output is written to a
 * temporary file in the target's folder and renamed over the target, and is refused when it names an input.
 * Before ExcelJS sees the bytes, the zip is checked (not a zip, truncated, .xls/encrypted, Word or OpenDocument files,
 * sizes, CRCs, DTDs) and the cell ranges ExcelJS would expand cell by cell are bounded; every failure is an InputError
 * carrying one line for the user (exit code 2), never a stack trace.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
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

const DOCTYPE = Buffer.from('DOCTYPE');
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const MARKUP = /\.(xml|rels|vml)$/i;

/** "<!DOCTYPE" in any case, anywhere in the part: one pass for "<!" (rare in an .xlsx), then the word after it. */
function hasDoctype(data: Buffer): boolean {
  for (let i = data.indexOf('<!'); i >= 0; i = data.indexOf('<!', i + 2)) {
    let same = i + 2 + DOCTYPE.length <= data.length;
    for (let k = 0; same && k < DOCTYPE.length; k++) same = (data[i + 2 + k]! & 0xdf) === DOCTYPE[k];
    if (same) return true;
  }
  return false;
}

/** How a workbook is to be read. */
export interface OpenOptions {
  /**
   * The caller reads cell values and formulas only, and never writes the workbook back (summary). Every part is still
   * inflated and checked (sizes, CRC, DOCTYPE, ranges), but ExcelJS is not given what holds nothing a value read uses:
   * notes (each comments part and its VML drawing become empty ones, under the same names, so that the sheets'
   * relationships still resolve), the theme and the document properties. Parsing the notes' VML is most of ExcelJS's
   * work on a filled-in template.
   */
  readonly valuesOnly?: boolean;
}

/** Parts a values-only read hands to ExcelJS empty, or not at all. */
const NOTES = /^xl\/comments\d+\.xml$/i;
const NOTES_VML = /^xl\/drawings\/vmlDrawing\d+\.vml$/i;
const UNREAD = /^(xl\/theme\/[^/]+\.xml|docProps\/[^/]+\.xml)$/i;
const part = (xml: string) => {
  const data = Buffer.from(xml, 'utf8');
  return { data, crc: crc32(data) >>> 0 };
};
const EMPTY_NOTES = part(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors/><commentList/></comments>',
);
const EMPTY_VML = part('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"/>');

/**
 * Checks an .xlsx's bytes and returns what ExcelJS may be given: a stored (uncompressed) zip of the parts as they were
 * checked, inflated once here — with oversized data validations dropped from a sheet (`notes` says where), and with
 * `valuesOnly` the parts a value read does not need emptied or left out.
 */
export function preflight(bytes: Buffer, file: string, options: OpenOptions = {}): { bytes: Buffer; notes: string[] } {
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

  const parts: { name: string; data: Buffer; crc?: number }[] = [];
  const notes: string[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    let data: Buffer;
    try {
      data = extractEntry(bytes, entry);
    } catch (e) {
      if (e instanceof ZipError) throw new InputError(zipMessage(e, file));
      throw e;
    }
    if (MARKUP.test(entry.name) && hasDoctype(data)) throw new InputError(CLI.doctype(file));
    if (WORKSHEET.test(entry.name)) {
      const checked = checkSheetXml(data, file);
      if (checked !== data) {
        notes.push(entry.name);
        parts.push({ name: entry.name, data: checked });
        continue;
      }
    }
    if (options.valuesOnly) {
      if (UNREAD.test(entry.name)) continue;
      const empty = NOTES.test(entry.name) ? EMPTY_NOTES : NOTES_VML.test(entry.name) ? EMPTY_VML : null;
      if (empty) {
        parts.push({ name: entry.name, ...empty });
        continue;
      }
    }
    // Its CRC was just checked against these bytes: the stored copy reuses it.
    parts.push({ name: entry.name, data, crc: entry.crc });
  }
  // ExcelJS gets the parts already inflated (a stored zip): JSZip's JavaScript inflate is slower than zlib's, so this
  // costs less than handing it the original bytes, and it reads exactly what was checked.
  return { bytes: writeStoredZip(parts), notes };
}

const MERGE = /<mergeCell\b[^>]*\bref="([^"]*)"/g;
const VALIDATION_SQREF = /<(?:\w+:)?dataValidation\b[^>]*\bsqref="([^"]*)"/g;
const VALIDATIONS_BLOCK = /<dataValidations\b[\s\S]*?<\/dataValidations>|<dataValidations\b[^>]*\/>/g;

/** Refuses absurd merges; drops data validations ExcelJS would expand into millions of cells (they do not affect scoring). */
function checkSheetXml(data: Buffer, file: string): Buffer {
  const text = data.toString('utf8');
  // Each search starts where its element can first be (a match holds the element's name): the regexes then only run
  // over the tail of the sheet that holds merges and validations, not over every cell's "<".
  const mergeAt = text.indexOf('<mergeCell');
  if (mergeAt >= 0) {
    MERGE.lastIndex = mergeAt;
    for (let m = MERGE.exec(text); m; m = MERGE.exec(text)) {
      if (areaOf(m[1]!) > LIMITS.mergeCells) throw new InputError(CLI.hugeMerge(file, m[1]!));
    }
  }
  const validationAt = text.indexOf('dataValidation');
  if (validationAt < 0) return data;
  let validationCells = 0;
  VALIDATION_SQREF.lastIndex = Math.max(0, text.lastIndexOf('<', validationAt));
  for (let m = VALIDATION_SQREF.exec(text); m; m = VALIDATION_SQREF.exec(text)) {
    for (const ref of m[1]!.trim().split(/\s+/)) validationCells += areaOf(ref);
  }
  if (validationCells <= LIMITS.validationCells) return data;
  return Buffer.from(text.replace(VALIDATIONS_BLOCK, ''), 'utf8');
}

/**
 * Reads and opens a workbook; every failure is an InputError with one line for the user (naming the file as `shown`).
 * The file is read synchronously: a command reads its inputs one after the other, and each asynchronous step is a
 * round trip through libuv's thread pool (stat + readFile took ~0.3 s of a 500-file summary, ~0.04 s read this way).
 */
export async function loadWorkbook(full: string, file: string = full, options: OpenOptions = {}): Promise<{ workbook: ExcelJS.Workbook; notes: string[] }> {
  return openWorkbook(readInput(full, file), file, options);
}

/** An input file's bytes (one stat, one read); refusals as InputError. */
export function readInput(full: string, file: string = full): Buffer {
  let stat;
  try {
    stat = statSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? CLI.notFound(file) : CLI.cannotRead(file, code ?? String(e)));
  }
  if (stat.isDirectory()) throw new InputError(CLI.isDirectory(file));
  if (stat.size > LIMITS.fileBytes) throw new InputError(CLI.tooBig(file, LIMITS.fileBytes / 1024 / 1024));
  try {
    return readFileSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EISDIR' ? CLI.isDirectory(file) : CLI.cannotRead(file, code ?? String(e)));
  }
}

/** Opens bytes already in memory (the name is for messages only). */
export async function openWorkbook(bytes: Buffer, file: string, options: OpenOptions = {}): Promise<{ workbook: ExcelJS.Workbook; notes: string[] }> {
  const checked = preflight(bytes, file, options);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked.bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputError(CLI.unreadableContent(file));
  }
  return { workbook, notes: checked.notes };
}

/** Where a path leads: its real path (links and "..", "." resolved) and, when it exists, its device and inode. */
interface FileIdentity {
  readonly real: string;
  readonly id?: { readonly dev: number; readonly ino: number };
}

/** The identity of `file`; a missing file is named by its folder's real path and its own name (null: no such folder). */
function identity(file: string): FileIdentity | null {
  const resolved = path.resolve(file);
  let st: { dev: number; ino: number } | undefined;
  try {
    st = statSync(resolved, { throwIfNoEntry: false });
  } catch {
    st = undefined;
  }
  try {
    const real = realpathSync(resolved);
    return { real, ...(st ? { id: { dev: st.dev, ino: st.ino } } : {}) };
  } catch {
    try {
      return { real: path.join(realpathSync(path.dirname(resolved)), path.basename(resolved)) };
    } catch {
      return null;
    }
  }
}

/**
 * Refuses an output that is, or leads to, one of the inputs — the same path written otherwise, a symbolic link either
 * way, a hard link (same device and inode) — or that is not an .xlsx name, or whose folder does not exist. Called before
 * any input is read, and again just before writing. Synchronous: a summary checks hundreds of inputs.
 */
export async function checkOutput(target: string, inputs: readonly string[], shown: string = target): Promise<void> {
  if (!/\.xlsx$/i.test(target)) throw new InputError(CLI.outputNotXlsx(shown));
  const out = identity(target);
  if (!out) throw new InputError(CLI.outputFolderMissing(shown));
  let folder;
  try {
    folder = statSync(path.dirname(out.real));
  } catch {
    folder = undefined;
  }
  if (!folder?.isDirectory()) throw new InputError(CLI.outputFolderMissing(shown));
  for (const input of inputs) {
    const inp = identity(input);
    if (!inp) continue;
    if (inp.real === out.real) throw new InputError(CLI.outputIsInput(shown));
    if (out.id && inp.id && inp.id.dev === out.id.dev && inp.id.ino === out.id.ino) throw new InputError(CLI.outputIsInput(shown));
  }
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
