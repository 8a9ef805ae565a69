/**
 * Just enough of the zip format to look at an .xlsx before ExcelJS does (ExcelJS inflates whatever it is given, and
 * expands ranges cell by cell): the central directory, bounded inflation with size and CRC checks, and a stored
 * (uncompressed) writer for a sanitised copy kept in memory. No ZIP64, no encryption: an .xlsx needs neither.
 */
import { crc32, inflateRawSync } from 'node:zlib';

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

/** A zip of stored (uncompressed) entries, for handing a sanitised copy to ExcelJS in memory. */
export function writeStoredZip(files: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const crc = crc32(f.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(f.data.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(f.data.length, 20);
    central.writeUInt32LE(f.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, f.data);
    centrals.push(central, name);
    offset += 30 + name.length + f.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
