import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ArchiveEntry, ArchiveProblem } from '@jixiao/contracts';
import { MANIFEST_NAME } from './archive-file';

/** What reading a package back found: the manifest's files and everything wrong with them. */
export interface ArchiveCheck {
  checkedFiles: number;
  problems: ArchiveProblem[];
  manifest: { files: ArchiveEntry[] } | null;
}

interface ReadEntry {
  size: number;
  sha256: string;
  bytes: Buffer | null;
}

function open(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error || !zip ? reject(error ?? new Error('no zip')) : resolve(zip),
    ),
  );
}

function streamOf(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(error ?? new Error('no stream')) : resolve(stream),
    ),
  );
}

/** Every file of the zip with its size and hash (and the manifest's bytes), read entry by entry. */
async function readEntries(bytes: Buffer): Promise<Map<string, ReadEntry>> {
  const zip = await open(bytes);
  const found = new Map<string, ReadEntry>();
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve(found));
    zip.on('entry', (entry: Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      streamOf(zip, entry)
        .then((stream) => {
          const hash = createHash('sha256');
          const kept: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            hash.update(chunk);
            size += chunk.length;
            if (entry.fileName === MANIFEST_NAME) kept.push(chunk);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            found.set(entry.fileName, {
              size,
              sha256: hash.digest('hex'),
              bytes: entry.fileName === MANIFEST_NAME ? Buffer.concat(kept) : null,
            });
            zip.readEntry();
          });
        })
        .catch(reject);
    });
    zip.readEntry();
  });
}

function manifestOf(entry: ReadEntry | undefined): { files: ArchiveEntry[] } | null {
  if (!entry?.bytes) return null;
  try {
    const parsed = JSON.parse(entry.bytes.toString('utf8')) as { files?: unknown };
    if (!Array.isArray(parsed.files)) return null;
    const files = parsed.files.filter(
      (file): file is ArchiveEntry =>
        typeof file === 'object' &&
        file !== null &&
        typeof (file as ArchiveEntry).path === 'string' &&
        typeof (file as ArchiveEntry).sha256 === 'string' &&
        typeof (file as ArchiveEntry).size === 'number',
    );
    return files.length === parsed.files.length ? { files } : null;
  } catch {
    return null;
  }
}

/** What differs between the files found in a zip and the files its manifest lists. */
export function compareWithManifest(
  found: ReadonlyMap<string, { size: number; sha256: string }>,
  listed: readonly Pick<ArchiveEntry, 'path' | 'size' | 'sha256'>[],
): ArchiveProblem[] {
  const problems: ArchiveProblem[] = [];
  const paths = new Set<string>([MANIFEST_NAME]);
  for (const file of listed) {
    paths.add(file.path);
    const entry = found.get(file.path);
    if (!entry) problems.push({ kind: 'missing', path: file.path });
    else if (entry.sha256 !== file.sha256) problems.push({ kind: 'hash_mismatch', path: file.path });
    else if (entry.size !== file.size) problems.push({ kind: 'size_mismatch', path: file.path });
  }
  for (const path of found.keys()) if (!paths.has(path)) problems.push({ kind: 'unlisted', path });
  return problems;
}

/**
 * Reads a package back and checks it against its own manifest: every listed file present with its
 * size and SHA-256, no file that the manifest does not list. An empty `problems` means it verifies.
 */
export async function verifyArchiveZip(bytes: Buffer): Promise<ArchiveCheck> {
  let entries: Map<string, ReadEntry>;
  try {
    entries = await readEntries(bytes);
  } catch {
    return { checkedFiles: 0, problems: [{ kind: 'unreadable', path: null }], manifest: null };
  }
  const manifest = manifestOf(entries.get(MANIFEST_NAME));
  if (!manifest)
    return { checkedFiles: 0, problems: [{ kind: 'manifest_missing', path: MANIFEST_NAME }], manifest };
  const problems = compareWithManifest(entries, manifest.files);
  return { checkedFiles: manifest.files.length, problems, manifest };
}
