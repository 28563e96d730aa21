import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { MAX_ROWS } from './sheet-table';

/**
 * Bounds checked on an uploaded .xlsx before exceljs sees it. exceljs builds the whole workbook in
 * memory (a 3.4 MB file of 300,000 rows took 660 MB and 7 s of event loop), so size and rows are
 * checked first: sizes from the ZIP directory, rows by streaming each worksheet through zlib (which
 * inflates off the event loop) and stopping at the limit.
 */
export const XLSX_LIMITS = {
  maxEntries: 200,
  /** Uncompressed bytes of any one part (a sheet of 2,000 full rows is one or two MB). */
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 48 * 1024 * 1024,
  /** Rows of any one worksheet: the reader's data rows plus title and header rows. */
  maxSheetRows: MAX_ROWS + 20,
} as const;

export type XlsxRefusal = 'file.not_zip' | 'file.too_large_unpacked' | 'file.too_many_rows';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

/** The central directory of a ZIP archive, or null when it is not one this reader accepts. */
function readDirectory(data: Buffer): ZipEntry[] | null {
  const searchFrom = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let offset = data.length - 22; offset >= searchFrom; offset -= 1) {
    if (data.readUInt32LE(offset) === END_OF_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  if (count > XLSX_LIMITS.maxEntries || offset === ZIP64_MARKER) return null;
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const nameLength = data.readUInt16LE(offset + 28);
    const entry: ZipEntry = {
      method: data.readUInt16LE(offset + 10),
      compressedSize: data.readUInt32LE(offset + 20),
      uncompressedSize: data.readUInt32LE(offset + 24),
      localHeaderOffset: data.readUInt32LE(offset + 42),
      name: data.toString('utf8', offset + 46, offset + 46 + nameLength),
    };
    if (entry.compressedSize === ZIP64_MARKER || entry.uncompressedSize === ZIP64_MARKER) return null;
    entries.push(entry);
    offset += 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
  }
  return entries;
}

/** The compressed bytes of an entry, or null when its local header does not match the directory. */
function entryData(data: Buffer, entry: ZipEntry): Buffer | null {
  const offset = entry.localHeaderOffset;
  if (offset + 30 > data.length || data.readUInt32LE(offset) !== LOCAL_HEADER) return null;
  const start = offset + 30 + data.readUInt16LE(offset + 26) + data.readUInt16LE(offset + 28);
  const end = start + entry.compressedSize;
  return end <= data.length ? data.subarray(start, end) : null;
}

const ROW_START = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;

/**
 * Inflates a worksheet in chunks and counts its `<row>` elements, stopping as soon as the count or
 * the inflated size passes its limit. Also stops when the declared size was a lie.
 */
async function sheetWithinLimits(compressed: Buffer, entry: ZipEntry): Promise<XlsxRefusal | null> {
  const source = Readable.from([compressed]);
  const stream = entry.method === 0 ? source : source.pipe(createInflateRaw());
  let rows = 0;
  let bytes = 0;
  let carry = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > entry.uncompressedSize || bytes > XLSX_LIMITS.maxEntryBytes)
        return 'file.too_large_unpacked';
      const text = carry + chunk.toString('latin1');
      rows += text.match(ROW_START)?.length ?? 0;
      if (rows > XLSX_LIMITS.maxSheetRows) return 'file.too_many_rows';
      // A tag cut between two chunks is counted with the next one.
      const cut = text.lastIndexOf('<');
      carry = cut >= 0 && text.length - cut < 64 ? text.slice(cut) : '';
      if (carry) rows -= carry.match(ROW_START)?.length ?? 0;
    }
  } catch {
    return 'file.not_zip';
  } finally {
    stream.destroy();
  }
  return null;
}

/** Why the upload is refused before it is opened, or null when it is within every bound. */
export async function xlsxRefusal(data: Buffer): Promise<XlsxRefusal | null> {
  const entries = readDirectory(data);
  if (entries === null) return 'file.not_zip';
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > XLSX_LIMITS.maxEntryBytes || total > XLSX_LIMITS.maxTotalBytes) {
      return 'file.too_large_unpacked';
    }
    if (entry.method !== 0 && entry.method !== 8) return 'file.not_zip';
  }
  for (const entry of entries.filter((candidate) => /^xl\/worksheets\/[^/]+\.xml$/i.test(candidate.name))) {
    const compressed = entryData(data, entry);
    if (compressed === null) return 'file.not_zip';
    const refusal = await sheetWithinLimits(compressed, entry);
    if (refusal) return refusal;
  }
  return null;
}
