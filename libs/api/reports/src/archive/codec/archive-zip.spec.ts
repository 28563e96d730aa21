import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { INDEX_NAME, MANIFEST_NAME, type ArchiveFile } from './archive-file';
import { writeArchiveZip } from './archive-zip';
import { compareWithManifest, verifyArchiveZip } from './verify-archive-zip';

/** Bytes deflate cannot shrink (a linear congruential sequence), so they appear verbatim in the zip. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >> 16;
  }
  return bytes;
}

const EVIDENCE = noise(4000, 42);
const FILES: ArchiveFile[] = [
  {
    section: '01 委托与独立性',
    name: '委托书.pdf',
    bytes: Buffer.from('%PDF-1.7 委托书'),
    source: 'evaluation_file:a',
  },
  {
    section: '01 委托与独立性',
    name: '委托书.pdf',
    bytes: Buffer.from('second letter'),
    source: 'evaluation_file:b',
  },
  { section: '04 资料清单与证据', name: '凭证.bin', bytes: EVIDENCE, source: 'evaluation_file:c' },
];
const ABOUT = { evaluationId: 'e1', title: '测试评价', assembledAt: new Date('2026-12-01T10:00:00Z') };
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function names(bytes: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const found: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => found.push(entry.fileName));
      zip.on('end', () => resolve(found));
    }),
  );
}

describe('the archive package zip (issue 11)', () => {
  it('writes every file under its section, the index and a manifest whose hashes verify', async () => {
    const zip = await writeArchiveZip(FILES, ABOUT);
    expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.sha256).toBe(sha(zip.bytes));
    expect((await names(zip.bytes)).sort()).toEqual(
      [
        MANIFEST_NAME,
        INDEX_NAME,
        '01 委托与独立性/委托书.pdf',
        '01 委托与独立性/委托书 (2).pdf',
        '04 资料清单与证据/凭证.bin',
      ].sort(),
    );
    const evidence = zip.manifest.files.find((file) => file.path === '04 资料清单与证据/凭证.bin');
    expect(evidence).toMatchObject({ sha256: sha(EVIDENCE), size: 4000, source: 'evaluation_file:c' });
    const check = await verifyArchiveZip(zip.bytes);
    expect(check.problems).toEqual([]);
    expect(check.checkedFiles).toBe(4);
  });

  it('gives the same bytes for the same files (a job that runs twice stores the same zip)', async () => {
    const [first, second] = [await writeArchiveZip(FILES, ABOUT), await writeArchiveZip(FILES, ABOUT)];
    expect(second.sha256).toBe(first.sha256);
  });

  it('detects one flipped byte in a file’s data', async () => {
    const zip = await writeArchiveZip(FILES, ABOUT);
    const at = zip.bytes.indexOf(EVIDENCE.subarray(1000, 1032));
    expect(at).toBeGreaterThan(0);
    const tampered = Buffer.from(zip.bytes);
    tampered[at + 5] = (tampered[at + 5] ?? 0) ^ 0x01;
    const check = await verifyArchiveZip(tampered);
    expect(check.problems).toEqual([{ kind: 'hash_mismatch', path: '04 资料清单与证据/凭证.bin' }]);
  });

  it('reports a zip that is not one, and a zip without a manifest', async () => {
    expect((await verifyArchiveZip(Buffer.from('not a zip'))).problems).toEqual([
      { kind: 'unreadable', path: null },
    ]);
    const zip = await writeArchiveZip(FILES, ABOUT);
    const renamed = Buffer.from(
      zip.bytes.toString('latin1').replaceAll(MANIFEST_NAME, 'manifest.jsom'),
      'latin1',
    );
    expect((await verifyArchiveZip(renamed)).problems).toEqual([
      { kind: 'manifest_missing', path: MANIFEST_NAME },
    ]);
  });

  it('names a changed, a missing and an unlisted file against the manifest', () => {
    const found = new Map([
      ['a.txt', { size: 1, sha256: 'a' }],
      ['b.txt', { size: 1, sha256: 'b' }],
      ['c.txt', { size: 2, sha256: 'c' }],
      ['extra.txt', { size: 1, sha256: 'e' }],
      [MANIFEST_NAME, { size: 9, sha256: 'm' }],
    ]);
    expect(
      compareWithManifest(found, [
        { path: 'a.txt', size: 1, sha256: 'a' },
        { path: 'b.txt', size: 1, sha256: 'B' },
        { path: 'c.txt', size: 3, sha256: 'c' },
        { path: 'gone.txt', size: 1, sha256: 'g' },
      ]),
    ).toEqual([
      { kind: 'hash_mismatch', path: 'b.txt' },
      { kind: 'size_mismatch', path: 'c.txt' },
      { kind: 'missing', path: 'gone.txt' },
      { kind: 'unlisted', path: 'extra.txt' },
    ]);
  });
});
