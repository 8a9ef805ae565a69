/**
 * Just enough of the zip format to look at an .xlsx before ExcelJS does (ExcelJS inflates whatever it is given, and
 * expands ranges cell by cell): the central directory, bounded inflation with size and CRC checks, and a stored
 * (uncompressed) writer for a sanitised copy kept in memory. No ZIP64, no encryption: an .xlsx needs neither.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export type ZipProblem = 'notZip' | 'truncated' | 'encrypted' | 'unsupported' | 'corrupt' | 'tooLarge';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly detail: string = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries listed in the central directory; throws ZipError when there is none or it points outside the file. */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipError(buf.length >= 4 && buf.readUInt32LE(0) === LOCAL ? 'truncated' : 'notZip');
  const startsLikeZip = buf.readUInt32LE(0) === LOCAL || buf.readUInt32LE(0) === EOCD;
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError(startsLikeZip ? 'truncated' : 'notZip');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('unsupported', 'ZIP64');
  if (cdOffset + cdSize > eocd) throw new ZipError(startsLikeZip ? 'truncated' : 'notZip');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('truncated');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > eocd) throw new ZipError('truncated');
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (localOffset + 30 > cdOffset || localOffset + compressedSize > cdOffset) throw new ZipError('truncated');
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** An entry's bytes, inflated to at most its declared size, checked against its CRC. */
export function extractEntry(buf: Buffer, entry: ZipEntry): Buffer {
  if (entry.flags & 1) throw new ZipError('encrypted', entry.name);
  const p = entry.localOffset;
  if (buf.readUInt32LE(p) !== LOCAL) throw new ZipError('corrupt', entry.name);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipError('truncated', entry.name);
  const raw = buf.subarray(start, end);
  let data: Buffer;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      // One byte more than declared: a stream that inflates beyond its declared size is refused, not followed.
      data = inflateRawSync(raw, { maxOutputLength: entry.size + 1 });
    } catch {
      throw new ZipError('corrupt', entry.name);
    }
  } else throw new ZipError('unsupported', `method ${entry.method}`);
  if (data.length !== entry.size || (crc32(data) >>> 0) !== entry.crc >>> 0) throw new ZipError('corrupt', entry.name);
  return data;
}

/**
 * Writes one entry's local header, name and data at `offset`, and its central-directory record at `central` (both
 * areas zeroed first, then their fields): UTF-8 names, sizes in the header, no data descriptor.
 */
function writeEntry(
  out: Buffer,
  offset: number,
  central: number,
  e: { readonly name: Buffer; readonly data: Buffer; readonly method: number; readonly crc: number; readonly size: number },
): void {
  out.fill(0, offset, offset + 30);
  out.fill(0, central, central + 46);
  out.writeUInt32LE(LOCAL, offset);
  out.writeUInt16LE(20, offset + 4);
  out.writeUInt16LE(0x0800, offset + 6);
  out.writeUInt16LE(e.method, offset + 8);
  out.writeUInt32LE(e.crc >>> 0, offset + 14);
  out.writeUInt32LE(e.data.length, offset + 18);
  out.writeUInt32LE(e.size, offset + 22);
  out.writeUInt16LE(e.name.length, offset + 26);
  e.name.copy(out, offset + 30);
  e.data.copy(out, offset + 30 + e.name.length);
  out.writeUInt32LE(CENTRAL, central);
  out.writeUInt16LE(20, central + 4);
  out.writeUInt16LE(20, central + 6);
  out.writeUInt16LE(0x0800, central + 8);
  out.writeUInt16LE(e.method, central + 10);
  out.writeUInt32LE(e.crc >>> 0, central + 16);
  out.writeUInt32LE(e.data.length, central + 20);
  out.writeUInt32LE(e.size, central + 24);
  out.writeUInt16LE(e.name.length, central + 28);
  out.writeUInt32LE(offset, central + 42);
  e.name.copy(out, central + 46);
}

/** The end-of-central-directory record at `at`, for `count` entries. */
function writeEnd(out: Buffer, at: number, count: number, centralBytes: number, localBytes: number): void {
  out.fill(0, at, at + 22);
  out.writeUInt32LE(EOCD, at);
  out.writeUInt16LE(count, at + 8);
  out.writeUInt16LE(count, at + 10);
  out.writeUInt32LE(centralBytes, at + 12);
  out.writeUInt32LE(localBytes, at + 16);
}

/** A part of a stored zip: its bytes, or (with their size and CRC already known) a function giving them when copied. */
export type StoredPart =
  | { readonly name: string; readonly data: Buffer; readonly crc?: number }
  | { readonly name: string; readonly size: number; readonly crc: number; readonly data: () => Buffer };

/**
 * A zip of stored (uncompressed) entries, for handing a checked copy to ExcelJS in memory. `crc` may be given when it is
 * already known (a part extracted by extractEntry, whose CRC was checked against these very bytes); it is computed
 * otherwise. One buffer, written in place; a part given as a function is produced only when it is copied, so that no
 * more than one inflated part is held beside the result.
 */
export function writeStoredZip(files: readonly StoredPart[]): Buffer {
  const names = files.map((f) => Buffer.from(f.name, 'utf8'));
  const sizeOf = (f: StoredPart) => (typeof f.data === 'function' ? (f as { size: number }).size : f.data.length);
  let localBytes = 0;
  let centralBytes = 0;
  files.forEach((f, i) => {
    localBytes += 30 + names[i]!.length + sizeOf(f);
    centralBytes += 46 + names[i]!.length;
  });
  // Not zero-filled: every byte is written below (headers zeroed first, then their fields; names and data copied).
  const out = Buffer.allocUnsafe(localBytes + centralBytes + 22);
  let offset = 0;
  let central = localBytes;
  files.forEach((f, i) => {
    const name = names[i]!;
    const data = typeof f.data === 'function' ? f.data() : f.data;
    if (data.length !== sizeOf(f)) throw new ZipError('corrupt', f.name);
    writeEntry(out, offset, central, { name, data, method: 0, crc: f.crc ?? crc32(data), size: data.length });
    offset += 30 + name.length + data.length;
    central += 46 + name.length;
  });
  writeEnd(out, central, files.length, centralBytes, localBytes);
  return out;
}

/**
 * A zip made of the entries of `target`, each copied as it is compressed, except that the entries named in `fromSource`
 * are copied (still compressed) from `source` instead, and those in `replaced` are these bytes (deflated). `score -o` hands ExcelJS a workbook with empty images and puts
 * the original images back this way: they are never inflated, nor held by ExcelJS.
 */
export function spliceEntries(target: Buffer, source: Buffer, fromSource: ReadonlySet<string>, replaced: ReadonlyMap<string, Buffer> = new Map()): Buffer {
  const sourceEntries = new Map(fromSource.size > 0 ? readCentralDirectory(source).map((e) => [e.name, e]) : []);
  const raw = (buf: Buffer, e: ZipEntry) => {
    const p = e.localOffset;
    if (buf.readUInt32LE(p) !== LOCAL) throw new ZipError('corrupt', e.name);
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    if (start + e.compressedSize > buf.length) throw new ZipError('truncated', e.name);
    return buf.subarray(start, start + e.compressedSize);
  };
  const parts = readCentralDirectory(target).map((e) => {
    const replacement = replaced.get(e.name);
    if (replacement) {
      const entry: ZipEntry = { ...e, method: 8, crc: crc32(replacement) >>> 0, size: replacement.length, compressedSize: 0 };
      return { entry, name: Buffer.from(e.name, 'utf8'), data: deflateRawSync(replacement) };
    }
    const original = fromSource.has(e.name) ? sourceEntries.get(e.name) : undefined;
    const from = original ?? e;
    return { entry: from, name: Buffer.from(e.name, 'utf8'), data: raw(original ? source : target, from) };
  });
  const localBytes = parts.reduce((n, p) => n + 30 + p.name.length + p.data.length, 0);
  const centralBytes = parts.reduce((n, p) => n + 46 + p.name.length, 0);
  const out = Buffer.allocUnsafe(localBytes + centralBytes + 22);
  let offset = 0;
  let central = localBytes;
  for (const { entry, name, data } of parts) {
    writeEntry(out, offset, central, { name, data, method: entry.method, crc: entry.crc, size: entry.size });
    offset += 30 + name.length + data.length;
    central += 46 + name.length;
  }
  writeEnd(out, central, parts.length, centralBytes, localBytes);
  return out;
}
