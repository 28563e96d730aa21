import { createHash } from 'node:crypto';
import { ZipArchive } from 'archiver';
import type { ArchiveEntry } from '@jixiao/contracts';
import { INDEX_NAME, MANIFEST_FORMAT, MANIFEST_NAME, type ArchiveFile } from './archive-file';
import { writeTableXlsx } from './table-xlsx';

export interface ArchiveManifest {
  format: typeof MANIFEST_FORMAT;
  evaluationId: string;
  title: string;
  /** When the package was assembled (ISO 8601, UTC); also every entry's date in the zip. */
  assembledAt: string;
  files: ArchiveEntry[];
}

export interface ArchiveZip {
  bytes: Buffer;
  sha256: string;
  manifest: ArchiveManifest;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Names the same path twice? The later file gets ` (2)`, ` (3)` … before its extension. */
function uniquePaths(files: readonly ArchiveFile[]): string[] {
  const seen = new Set<string>();
  return files.map((file) => {
    const clean = file.name.replace(/[\\/]/g, '_');
    const dot = clean.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
    let path = `${file.section}/${clean}`;
    for (let n = 2; seen.has(path); n += 1) path = `${file.section}/${stem} (${n})${extension}`;
    seen.add(path);
    return path;
  });
}

const INDEX_COLUMNS = [
  { header: '分类', width: 24, value: (entry: ArchiveEntry) => entry.section },
  { header: '文件', width: 60, value: (entry: ArchiveEntry) => entry.path },
  { header: '大小（字节）', width: 14, value: (entry: ArchiveEntry) => entry.size },
  { header: 'SHA-256', width: 68, value: (entry: ArchiveEntry) => entry.sha256 },
  { header: '来源', width: 40, value: (entry: ArchiveEntry) => entry.source },
];

/**
 * The engagement file as one zip (pure: files in, bytes out): every file under its section's folder,
 * the index `索引.xlsx` (one row per file: section, name, size, SHA-256, source) and `manifest.json`
 * listing every file — the index included — with its SHA-256. Every entry carries `assembledAt` as
 * its date, so the same files give the same bytes (a job that runs twice stores the same zip).
 */
export async function writeArchiveZip(
  files: readonly ArchiveFile[],
  about: { evaluationId: string; title: string; assembledAt: Date },
): Promise<ArchiveZip> {
  const paths = uniquePaths(files);
  const entries: ArchiveEntry[] = files.map((file, i) => ({
    section: file.section,
    path: paths[i] ?? file.name,
    size: file.bytes.length,
    sha256: sha256Hex(file.bytes),
    source: file.source,
  }));
  const index = await writeTableXlsx('索引', INDEX_COLUMNS, entries);
  const indexEntry: ArchiveEntry = {
    section: '',
    path: INDEX_NAME,
    size: index.length,
    sha256: sha256Hex(index),
    source: 'index',
  };
  const manifest: ArchiveManifest = {
    format: MANIFEST_FORMAT,
    evaluationId: about.evaluationId,
    title: about.title,
    assembledAt: about.assembledAt.toISOString(),
    files: [indexEntry, ...entries],
  };
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  zip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    zip.on('end', () => resolve());
    zip.on('error', reject);
  });
  const date = about.assembledAt;
  zip.append(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), { name: MANIFEST_NAME, date });
  zip.append(index, { name: INDEX_NAME, date });
  files.forEach((file, i) => zip.append(file.bytes, { name: paths[i] ?? file.name, date }));
  await zip.finalize();
  await finished;
  const bytes = Buffer.concat(chunks);
  return { bytes, sha256: sha256Hex(bytes), manifest };
}
