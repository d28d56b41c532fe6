import { inflateRawSync } from 'node:zlib';

/**
 * The little of ZIP that type detection needs: list the central directory and read one small
 * entry. Written here rather than taken from a library so that every limit is ours: a hostile
 * .docx may declare billions of bytes (a zip bomb), lie about its sizes or nest thousands of
 * entries, and none of that may cost more than the caps below.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_MARKER = 0xffffffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x1;

/** Limits that make a ZIP container unacceptable before anything is inflated. */
export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxTotalUncompressed: number;
  /** Declared uncompressed / compressed size of any entry above 1 MiB uncompressed. */
  maxCompressionRatio: number;
  /** Bytes one read entry may inflate to, whatever it declares. */
  maxEntryRead: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxTotalUncompressed: 512 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxEntryRead: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why a buffer is not a ZIP container we accept. */
export class ZipRejected extends Error {
  override readonly name = 'ZipRejected';
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH);
  for (let offset = bytes.length - EOCD_MIN_LENGTH; offset >= earliest; offset--) {
    if (bytes.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  throw new ZipRejected('no end of central directory');
}

/** Lists the entries of a ZIP, refusing ZIP64, too many entries and bomb-like declarations. */
export function listZipEntries(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  if (bytes.length < EOCD_MIN_LENGTH) throw new ZipRejected('too short');
  const eocd = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === ZIP64_MARKER) throw new ZipRejected('zip64');
  if (count > limits.maxEntries) throw new ZipRejected(`${count} entries`);
  if (directoryOffset + directorySize > eocd)
    throw new ZipRejected('central directory out of range');

  const entries: ZipEntry[] = [];
  let total = 0;
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > eocd || bytes.readUInt32LE(offset) !== CENTRAL_ENTRY_SIGNATURE) {
      throw new ZipRejected('broken central directory');
    }
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(offset + 8),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
    };
    if (
      entry.compressedSize === ZIP64_MARKER ||
      entry.uncompressedSize === ZIP64_MARKER ||
      entry.localHeaderOffset === ZIP64_MARKER
    ) {
      throw new ZipRejected('zip64 entry');
    }
    total += entry.uncompressedSize;
    if (total > limits.maxTotalUncompressed) throw new ZipRejected('declared size too large');
    const bombLike =
      entry.uncompressedSize > 1024 * 1024 &&
      entry.uncompressedSize > Math.max(entry.compressedSize, 1) * limits.maxCompressionRatio;
    if (bombLike) throw new ZipRejected(`entry ${entry.name} compresses suspiciously well`);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Reads one entry's bytes, inflating at most `limits.maxEntryRead` whatever it declares. */
export function readZipEntry(
  bytes: Buffer,
  entry: ZipEntry,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Buffer {
  if (entry.flags & FLAG_ENCRYPTED) throw new ZipRejected('encrypted entry');
  if (entry.uncompressedSize > limits.maxEntryRead)
    throw new ZipRejected('entry too large to read');
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER_SIGNATURE) {
    throw new ZipRejected('broken local header');
  }
  const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipRejected('entry data out of range');
  const data = bytes.subarray(start, end);
  if (entry.method === METHOD_STORED) return data.subarray(0, limits.maxEntryRead);
  if (entry.method !== METHOD_DEFLATE) throw new ZipRejected(`compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: limits.maxEntryRead });
  } catch {
    // Corrupt data, or more output than allowed (the entry lied about its size).
    throw new ZipRejected('entry does not inflate within limits');
  }
}
