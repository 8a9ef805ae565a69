/**
 * Opening and writing .xlsx files safely. An input file is only ever read (one readFile); every output is written to a
 * temporary file in the target's folder and renamed over the target, and is refused when it names an input.
 * Before ExcelJS sees the bytes, the zip is checked (not a zip, truncated, .xls/encrypted, Word or OpenDocument files,
 * sizes, CRCs, DTDs) and the cell ranges ExcelJS would expand cell by cell are bounded; every failure is an InputError
 * carrying one line for the user (exit code 2), never a stack trace.
 */
import { areaOf } from '../sheet/a1';
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Msg } from '../scoring';
import { CLI } from './messages';
import { extractEntry, readCentralDirectory, spliceEntries, writeStoredZip, ZipError, type StoredPart, type ZipEntry } from './zip';

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
  /**
   * Rows holding cells and cells, in all the sheets of a workbook, counted from the sheets' XML before ExcelJS builds
   * anything: ExcelJS holds about 200 bytes a row and 100 a cell, so these keep a read of any file under 512 MB.
   */
  workbookRows: 250_000,
  workbookCells: 1_500_000,
  /** Data validations of one sheet, in cells (ExcelJS stores one rule per cell); past it they are dropped on reading. */
  validationCells: 200_000,
} as const;

/** Cells in a reference (shared with the preview's preflight: src/sheet/a1.ts). */
export { areaOf };

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

/** Occurrences in `data` of `<tag` followed by a space, ">" or "/" (so "<c" is not counted inside "<col"). */
function countTags(data: Buffer, tag: Buffer): number {
  let n = 0;
  for (let i = data.indexOf(tag); i >= 0; i = data.indexOf(tag, i + tag.length)) {
    const next = data[i + tag.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) n++;
  }
  return n;
}

const CELL_TAG = Buffer.from('<c');
const ROW_TAG = Buffer.from('<row');

/** Rows of a sheet part that hold cells (an empty `<row …/>`, as LibreOffice writes, holds none), and its cells. */
export function countSheet(data: Buffer): { rows: number; cells: number } {
  let rows = 0;
  for (let i = data.indexOf(ROW_TAG); i >= 0; i = data.indexOf(ROW_TAG, i + 4)) {
    const next = data[i + 4];
    if (next !== 0x20 && next !== 0x3e) continue;
    const close = data.indexOf(0x3e, i);
    if (close > 0 && data[close - 1] !== 0x2f) rows++;
  }
  return { rows, cells: countTags(data, CELL_TAG) };
}

const EMPTY_RESULTS = ['<v></v>', '<v/>', '<v />', '"></v>'].map((p) => Buffer.from(p));
const CELL_OPEN = Buffer.from('<c ');
const CELL_CLOSE = Buffer.from('</c>');
const FORMULA_OPEN = Buffer.from('<f');
const CELL_REF = /\br="([A-Za-z]{1,3}\d{1,7})"/;

/**
 * The cells of a sheet part holding a formula whose cached result is empty (`<f>…</f><v></v>`, with or without
 * t="str"): a formula that gave "" when the file was last computed. ExcelJS reads them as it reads a formula never
 * computed (no `<v>` at all), with no result, so they are found here. Only the places around an empty `<v>` are decoded.
 */
export function emptyResultCells(data: Buffer): string[] {
  const found = new Set<string>();
  for (const probe of EMPTY_RESULTS) {
    for (let i = data.indexOf(probe); i >= 0; i = data.indexOf(probe, i + probe.length)) {
      // `"></v>`: an empty <v …attributes…>, if that is what the quote closes.
      const v = probe[0] === 0x22 ? data.lastIndexOf('<v', i) : i;
      if (v < 0 || (probe[0] === 0x22 && (data[v + 2] !== 0x20 || data.indexOf(0x3e, v) !== i + 1))) continue;
      const start = data.lastIndexOf(CELL_OPEN, v);
      if (start < 0) continue;
      const tagEnd = data.indexOf(0x3e, start);
      // The cell the <v> belongs to: its tag not self-closing, not closed before the <v>.
      if (tagEnd < 0 || tagEnd > v || data[tagEnd - 1] === 0x2f) continue;
      const closed = data.indexOf(CELL_CLOSE, tagEnd);
      if (closed >= 0 && closed < v) continue;
      const f = data.indexOf(FORMULA_OPEN, tagEnd);
      if (f < 0 || f > v || ![0x20, 0x3e, 0x2f].includes(data[f + 2]!)) continue;
      const ref = CELL_REF.exec(data.toString('utf8', start, tagEnd));
      if (ref) found.add(ref[1]!.toUpperCase());
    }
  }
  return [...found];
}

/** The worksheet parts' sheet names (xl/workbook.xml through its relationships), by part name in lower case. */
function sheetNamesByPart(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id === undefined || target === undefined) continue;
    const t = xmlDecode(target);
    targets.set(id, (t.startsWith('/') ? t.slice(1) : path.posix.normalize(`xl/${t}`)).toLowerCase());
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) out.set(part, xmlDecode(name));
  }
  return out;
}

/**
 * What ExcelJS is given: the checked copy, the sheet parts whose data validations were dropped (`notes`), and the
 * images handed over empty (`media`): no read uses them, and a copy written back gets the originals again
 * (restoreMedia), so that ExcelJS never holds them.
 */
export interface Checked {
  readonly bytes: Buffer;
  readonly notes: string[];
  readonly media: string[];
  /** By sheet name in lower case: the cells whose formula's cached result is an empty string (emptyResultCells). */
  readonly emptyResults: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What becomes of a part in the copy handed to ExcelJS. */
type PartFate = { readonly keep: ZipEntry } | { readonly replace: Buffer } | { readonly empty: { data: Buffer; crc: number } } | null;

const MEDIA = /^xl\/media\//i;
// One byte, not none: ExcelJS keeps no buffer for an empty image and then refuses to write it.
const EMPTY_PART = part('\0');

/**
 * Checks an .xlsx's bytes and returns what ExcelJS may be given: a stored (uncompressed) zip of the parts as they were
 * checked — with oversized data validations dropped from a sheet (`notes` says where), and with `valuesOnly` the parts
 * a value read does not need emptied or left out. Nothing is built before everything is counted: a first pass inflates
 * one part at a time (sizes, CRC, DOCTYPE, merges) and counts the rows and cells of every sheet from its XML, and the
 * workbook is refused past the limits; only then does a second pass inflate the parts again, one at a time, straight
 * into the copy. At most the input, the copy and one part are held at once.
 */
export function preflight(bytes: Buffer, file: string, options: OpenOptions = {}): Checked {
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

  const extract = (entry: ZipEntry): Buffer => {
    try {
      return extractEntry(bytes, entry);
    } catch (e) {
      if (e instanceof ZipError) throw new InputError(zipMessage(e, file));
      throw e;
    }
  };
  const fates: { name: string; fate: PartFate }[] = [];
  const notes: string[] = [];
  const media: string[] = [];
  const emptyByPart = new Map<string, string[]>();
  let rows = 0;
  let cells = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const data = extract(entry);
    if (MARKUP.test(entry.name) && hasDoctype(data)) throw new InputError(CLI.doctype(file));
    if (WORKSHEET.test(entry.name)) {
      const counted = countSheet(data);
      rows += counted.rows;
      cells += counted.cells;
      if (rows > LIMITS.workbookRows) throw new InputError(CLI.workbookTooLarge(file, rows, LIMITS.workbookRows, 'rows'));
      if (cells > LIMITS.workbookCells) throw new InputError(CLI.workbookTooLarge(file, cells, LIMITS.workbookCells, 'cells'));
      const empty = emptyResultCells(data);
      if (empty.length > 0) emptyByPart.set(entry.name.toLowerCase(), empty);
      const checked = checkSheetXml(data, file);
      if (checked !== data) {
        notes.push(entry.name);
        fates.push({ name: entry.name, fate: { replace: checked } });
        continue;
      }
    }
    if (options.valuesOnly && UNREAD.test(entry.name)) {
      fates.push({ name: entry.name, fate: null });
      continue;
    }
    const empty = options.valuesOnly && NOTES.test(entry.name) ? EMPTY_NOTES : options.valuesOnly && NOTES_VML.test(entry.name) ? EMPTY_VML : MEDIA.test(entry.name) ? EMPTY_PART : null;
    if (empty === EMPTY_PART) media.push(entry.name);
    fates.push({ name: entry.name, fate: empty ? { empty } : { keep: entry } });
  }
  // ExcelJS gets the parts already inflated (a stored zip): JSZip's JavaScript inflate is slower than zlib's, so this
  // costs less than handing it the original bytes, and it reads exactly what was checked.
  const stored: StoredPart[] = [];
  for (const { name, fate } of fates) {
    if (fate === null) continue;
    if ('keep' in fate) {
      const entry = fate.keep;
      // Its CRC was checked against these bytes in the first pass; inflated again only when copied.
      stored.push({ name, size: entry.size, crc: entry.crc, data: () => extract(entry) });
    } else if ('replace' in fate) stored.push({ name, data: fate.replace });
    else stored.push({ name, ...fate.empty });
  }
  const emptyResults = new Map<string, ReadonlySet<string>>();
  if (emptyByPart.size > 0) {
    const partText = (name: string) => {
      const entry = entries.find((e) => e.name.toLowerCase() === name);
      return entry ? extract(entry).toString('utf8') : '';
    };
    const names = sheetNamesByPart(partText('xl/workbook.xml'), partText('xl/_rels/workbook.xml.rels'));
    for (const [part, refs] of emptyByPart) {
      const sheet = names.get(part);
      if (sheet !== undefined) emptyResults.set(sheet.toLowerCase(), new Set(refs));
    }
  }
  return { bytes: writeStoredZip(stored), notes, media, emptyResults };
}

const MERGE = /<mergeCell\b[^>]*\bref="([^"]*)"/g;
const VALIDATION_SQREF = /<(?:\w+:)?dataValidation\b[^>]*\bsqref="([^"]*)"/g;
const VALIDATIONS_BLOCK = /<dataValidations\b[\s\S]*?<\/dataValidations>|<dataValidations\b[^>]*\/>/g;

/**
 * Refuses absurd merges; drops data validations ExcelJS would expand into millions of cells (they do not affect
 * scoring). Only the tail of the part from its first merge or validation is decoded: the cells before it never are.
 */
function checkSheetXml(data: Buffer, file: string): Buffer {
  const mergeAt = data.indexOf('<mergeCell');
  const validationAt = data.indexOf('dataValidation');
  if (mergeAt < 0 && validationAt < 0) return data;
  const from = Math.max(0, Math.min(...[mergeAt, validationAt].filter((i) => i >= 0)) - 1);
  const text = data.toString('utf8', from);
  const mergeText = text.indexOf('<mergeCell');
  if (mergeText >= 0) {
    MERGE.lastIndex = mergeText;
    for (let m = MERGE.exec(text); m; m = MERGE.exec(text)) {
      if (areaOf(m[1]!) > LIMITS.mergeCells) throw new InputError(CLI.hugeMerge(file, m[1]!));
    }
  }
  const validationText = text.indexOf('dataValidation');
  if (validationText < 0) return data;
  let validationCells = 0;
  VALIDATION_SQREF.lastIndex = Math.max(0, text.lastIndexOf('<', validationText));
  for (let m = VALIDATION_SQREF.exec(text); m; m = VALIDATION_SQREF.exec(text)) {
    for (const ref of m[1]!.trim().split(/\s+/)) validationCells += areaOf(ref);
  }
  if (validationCells <= LIMITS.validationCells) return data;
  return Buffer.concat([data.subarray(0, from), Buffer.from(text.replace(VALIDATIONS_BLOCK, ''), 'utf8')]);
}

/**
 * Reads and opens a workbook; every failure is an InputError with one line for the user (naming the file as `shown`).
 * The file is read synchronously: a command reads its inputs one after the other, and each asynchronous step is a
 * round trip through libuv's thread pool (stat + readFile took ~0.3 s of a 500-file summary, ~0.04 s read this way).
 */
export async function loadWorkbook(full: string, file: string = full, options: OpenOptions = {}): Promise<Opened> {
  // The input's bytes are dropped once checked: only the checked copy is alive while ExcelJS builds the workbook.
  return loadChecked(preflight(readInput(full, file), file, options), file);
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
export async function openWorkbook(bytes: Buffer, file: string, options: OpenOptions = {}): Promise<Opened> {
  return loadChecked(preflight(bytes, file, options), file);
}

/** What preflight found in a loaded workbook's sheet XML that ExcelJS does not keep (emptyResultsOf). */
const EMPTY_RESULTS_OF = new WeakMap<ExcelJS.Workbook, ReadonlyMap<string, ReadonlySet<string>>>();
const NONE: ReadonlySet<string> = new Set();

/**
 * The cells of a sheet of a workbook opened here whose formula's cached result is an empty string, as opposed to a
 * formula with no cached result (both read as "" through ExcelJS). A1 references as in the file.
 */
export function emptyResultsOf(workbook: ExcelJS.Workbook, sheet: string): ReadonlySet<string> {
  return EMPTY_RESULTS_OF.get(workbook)?.get(sheet.toLowerCase()) ?? NONE;
}

async function loadChecked(checked: Checked, file: string): Promise<Opened> {
  const workbook = new ExcelJS.Workbook();
  const { notes, media, emptyResults } = checked;
  let copy: Buffer | null = checked.bytes;
  (checked as { bytes: Buffer | null }).bytes = null;
  try {
    const loading = workbook.xlsx.load(copy as unknown as ArrayBuffer);
    copy = null; // JSZip keeps what it needs; the copy itself can go once it is read
    await loading;
  } catch {
    throw new InputError(CLI.unreadableContent(file));
  }
  if (emptyResults.size > 0) EMPTY_RESULTS_OF.set(workbook, emptyResults);
  return { workbook, notes, media };
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

/** An opened workbook, with what preflight says of it. */
export interface Opened {
  readonly workbook: ExcelJS.Workbook;
  readonly notes: string[];
  /** Images handed to ExcelJS empty (Checked.media). */
  readonly media: string[];
}

/** A copy written by ExcelJS with the original's images put back (still compressed, as the original holds them). */
export function restoreMedia(copy: Buffer, original: Buffer, media: readonly string[]): Buffer {
  return media.length === 0 ? copy : spliceEntries(copy, original, new Set(media));
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xmlText = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
const xmlDecode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()]!);

/**
 * Print areas and print titles as Excel writes them: ExcelJS writes a sheet name holding an apostrophe unescaped
 * ('Xã Đông'A'!…, which no program reads back, ExcelJS included) and turns "$A$1:$H$120" into "$A1:$H120" when it
 * writes a workbook it read (LibreOffice then ignores the area and prints every column). Each is rewritten from the
 * sheet it belongs to: the name quoted with its apostrophes doubled, every row and column absolute.
 */
export function fixPrintNames(workbookXml: string): string {
  const sheets = [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => xmlDecode(m[1]!));
  return workbookXml.replace(
    /(<definedName\b[^>]*\bname="_xlnm\.(Print_Area|Print_Titles)"[^>]*\blocalSheetId="(\d+)"[^>]*>)([^<]*)(<\/definedName>)/g,
    (whole, open: string, kind: string, id: string, body: string, close: string) => {
      const sheet = sheets[Number(id)];
      if (sheet === undefined) return whole;
      const quoted = `'${sheet.replace(/'/g, "''")}'`;
      const refs = xmlDecode(body)
        .split(',')
        .map((part) => part.slice(part.lastIndexOf('!') + 1).trim())
        .map((ref) => (kind === 'Print_Area' ? ref.replace(/\$?([A-Z]{1,3})\$?(\d+)/g, '$$$1$$$2') : ref))
        .map((ref) => `${quoted}!${ref}`);
      return `${open}${xmlText(refs.join(','))}${close}`;
    },
  );
}

/** The workbook as .xlsx bytes, its print areas as Excel writes them (fixPrintNames). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const entry = readCentralDirectory(bytes).find((e) => e.name === 'xl/workbook.xml');
  if (!entry) return bytes;
  const xml = extractEntry(bytes, entry).toString('utf8');
  const fixed = fixPrintNames(xml);
  return fixed === xml ? bytes : spliceEntries(bytes, bytes, new Set(), new Map([['xl/workbook.xml', Buffer.from(fixed, 'utf8')]]));
}
