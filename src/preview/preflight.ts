/**
 * A look at an .xlsx before ExcelJS reads it in the browser, as src/cli/xlsxFile.ts's preflight does for the command
 * line (which needs Node's zlib): ExcelJS inflates whatever it is given and creates every cell of a merged range or of
 * a list's range, so a hostile or runaway file (a zip bomb, "A1:XFD1048576" merged) would take the tab down, unsaved
 * work with it. Here: the zip's directory, the declared sizes, and each worksheet inflated with a cap (the browser's
 * DecompressionStream) to bound its merges and lists. A refusal is an Error with the person's message.
 */
import { areaOf } from '../sheet/a1';

/** The command line's limits (src/cli/xlsxFile.ts LIMITS), the same file being refused by both. */
export const PREFLIGHT_LIMITS = { inflatedBytes: 256 * 1024 * 1024, entryBytes: 64 * 1024 * 1024, mergeCells: 100_000, validationCells: 200_000 } as const;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const refuse = (vi: string, en: string): never => {
  throw new Error(`${vi} / ${en}`);
};

/** Cells in a reference, as the CLI counts them (src/sheet/a1.ts). */
export const cellsIn = areaOf;

function directory(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) return null;
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (cdOffset >= eocd) return null;
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLen = view.getUint16(p + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** An entry's text, inflated to at most `cap` bytes; null when it cannot be (ExcelJS then says the file is damaged). */
async function entryText(bytes: Uint8Array, e: Entry, cap: number, fileName: string): Promise<string | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== LOCAL) return null;
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  const raw = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
  if (e.method === 0) return new TextDecoder().decode(raw);
  if (e.method !== 8) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = new Blob([raw as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel();
        refuse(`Tệp “${fileName}” giải nén ra quá lớn: không mở (có thể là tệp độc hại)`, `“${fileName}” expands to too much data: not opened (it may be hostile)`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof Error && e.message.includes(fileName)) throw e;
    return null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return new TextDecoder().decode(out);
}

const MERGE = /<mergeCell\b[^>]*\bref="([^"]*)"/g;
const VALIDATION_SQREF = /<(?:\w+:)?dataValidation\b[^>]*\bsqref="([^"]*)"/g;

/** Throws (with the person's message) what ExcelJS must not be given; returns for anything else, readable or not. */
export async function preflightXlsx(buffer: ArrayBuffer, fileName: string): Promise<void> {
  const bytes = new Uint8Array(buffer);
  const entries = directory(bytes);
  if (!entries) return; // not a zip, or a damaged one: ExcelJS refuses it without expanding anything
  const tooBig = () => refuse(`Tệp “${fileName}” giải nén ra quá lớn: không mở (có thể là tệp độc hại)`, `“${fileName}” expands to too much data: not opened (it may be hostile)`);
  const total = entries.reduce((s, e) => s + e.size, 0);
  if (total > PREFLIGHT_LIMITS.inflatedBytes || entries.some((e) => e.size > PREFLIGHT_LIMITS.entryBytes)) tooBig();
  let inflated = 0;
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) continue;
    const text = await entryText(bytes, e, PREFLIGHT_LIMITS.entryBytes, fileName);
    if (text === null) continue;
    inflated += text.length;
    if (inflated > PREFLIGHT_LIMITS.inflatedBytes) tooBig();
    for (const m of text.matchAll(MERGE)) {
      if (cellsIn(m[1]!) > PREFLIGHT_LIMITS.mergeCells) refuse(`Tệp “${fileName}” có vùng gộp ô quá lớn (${m[1]}): không mở`, `“${fileName}” has an oversized merged range (${m[1]}): not opened`);
    }
    let listCells = 0;
    for (const m of text.matchAll(VALIDATION_SQREF)) for (const ref of m[1]!.trim().split(/\s+/)) listCells += cellsIn(ref);
    if (listCells > PREFLIGHT_LIMITS.validationCells) {
      refuse(
        `Tệp “${fileName}” có danh sách chọn phủ quá nhiều ô (${listCells.toLocaleString('vi-VN')} ô): không mở trong bản xem thử; chamdiem check đọc được tệp này`,
        `“${fileName}” has dropdown lists over too many cells (${listCells} cells): not opened in the preview; chamdiem check reads it`,
      );
    }
  }
}
