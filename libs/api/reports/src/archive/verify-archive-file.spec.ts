import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArchiveZip } from './codec';
import { verifyArchiveFile } from './verify-archive-file';

describe('verify-archive (issue 11)', () => {
  let dir: string;
  let zip: Buffer;
  const evidence = Buffer.alloc(3000);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-verify-'));
    // Bytes deflate cannot shrink, so they appear verbatim in the zip and one can be flipped.
    let state = 7;
    for (let i = 0; i < evidence.length; i += 1) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      evidence[i] = state >> 16;
    }
    zip = (
      await writeArchiveZip([{ section: '04 证据', name: 'a.bin', bytes: evidence, source: 's' }], {
        evaluationId: 'e',
        title: 't',
        assembledAt: new Date('2026-12-01T00:00:00Z'),
      })
    ).bytes;
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('passes an untouched package and names the file of a tampered one', async () => {
    await writeFile(join(dir, 'ok.zip'), zip);
    expect(await verifyArchiveFile(join(dir, 'ok.zip'))).toEqual({
      ok: true,
      report: 'OK: 2 files present and matching their SHA-256',
    });
    const tampered = Buffer.from(zip);
    const at = zip.indexOf(evidence.subarray(1500, 1532));
    expect(at).toBeGreaterThan(0);
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    await writeFile(join(dir, 'bad.zip'), tampered);
    const result = await verifyArchiveFile(join(dir, 'bad.zip'));
    expect(result.ok).toBe(false);
    expect(result.report).toContain('04 证据/a.bin');
  });

  it('asks for a file', async () => {
    expect((await verifyArchiveFile(undefined)).ok).toBe(false);
  });
});
