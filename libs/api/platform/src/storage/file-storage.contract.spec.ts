import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer as collect } from 'node:stream/consumers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StoredObjectNotFoundError } from './file-storage';
import { InvalidStorageKeyError } from './storage-key';
import { bytesOf } from './testing/sample-files';
import { DRIVERS, S3_TEST_PART_SIZE, startStorage, type StorageUnderTest } from './testing/storage-drivers';

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** Yields the chunks, then fails as a client that went away would. */
function brokenStream(chunks: Buffer[]): Readable {
  return Readable.from(
    (async function* () {
      for (const chunk of chunks) yield chunk;
      throw new Error('client went away');
    })(),
  );
}

function chunked(data: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < data.length; offset += size)
    chunks.push(data.subarray(offset, offset + size));
  return Readable.from(chunks);
}

describe.each(DRIVERS)('FileStorage contract: %s driver', (driver) => {
  let under: StorageUnderTest;

  beforeAll(async () => {
    under = await startStorage(driver);
  });
  afterAll(async () => {
    await under.stop();
  });
  beforeEach(async () => {
    for (const key of await under.leftovers()) {
      if (!key.startsWith('.')) await under.storage.delete(key);
    }
  });

  it('stores a buffer and returns its exact bytes, size and SHA-256', async () => {
    const data = bytesOf(10_000);
    const stored = await under.storage.put('evaluation/b1/e1/f1', data);
    expect(stored).toEqual({ size: 10_000, sha256: sha256(data) });
    expect(await collect(await under.storage.get('evaluation/b1/e1/f1'))).toEqual(data);
    expect(await under.storage.stat('evaluation/b1/e1/f1')).toEqual({ size: 10_000 });
    expect(await under.storage.exists('evaluation/b1/e1/f1')).toBe(true);
  });

  it('stores a stream larger than one S3 part (multipart) intact', { timeout: 60_000 }, async () => {
    const data = bytesOf(S3_TEST_PART_SIZE + 512 * 1024 + 123, 7);
    const stored = await under.storage.put('big/one', chunked(data, 64 * 1024));
    expect(stored).toEqual({ size: data.length, sha256: sha256(data) });
    const back = await collect(await under.storage.get('big/one'));
    expect(back.length).toBe(data.length);
    expect(sha256(back)).toBe(sha256(data));
  });

  it('stores an empty object', async () => {
    expect(await under.storage.put('empty', Buffer.alloc(0))).toEqual({
      size: 0,
      sha256: sha256(Buffer.alloc(0)),
    });
    expect(await under.storage.stat('empty')).toEqual({ size: 0 });
  });

  it('replaces an object stored under the same key', async () => {
    await under.storage.put('same', Buffer.from('first version'));
    await under.storage.put('same', Buffer.from('second'));
    expect((await collect(await under.storage.get('same'))).toString()).toBe('second');
  });

  it('deletes, and deleting a missing object is not an error', async () => {
    await under.storage.put('to/delete', Buffer.from('x'));
    await under.storage.delete('to/delete');
    expect(await under.storage.exists('to/delete')).toBe(false);
    expect(await under.storage.stat('to/delete')).toBeNull();
    await expect(under.storage.delete('to/delete')).resolves.toBeUndefined();
    await expect(under.storage.delete('never/stored')).resolves.toBeUndefined();
  });

  it('answers a missing object with StoredObjectNotFoundError', async () => {
    await expect(under.storage.get('never/stored')).rejects.toBeInstanceOf(StoredObjectNotFoundError);
    expect(await under.storage.stat('never/stored')).toBeNull();
  });

  it.each([
    ['a small', [bytesOf(1000)]],
    ['a multipart-sized', [bytesOf(S3_TEST_PART_SIZE), bytesOf(1024)]],
  ])('leaves nothing behind when %s stream fails mid-way', async (_label, chunks) => {
    await expect(under.storage.put('aborted/file', brokenStream(chunks))).rejects.toThrow('client went away');
    expect(await under.storage.exists('aborted/file')).toBe(false);
    expect(await under.leftovers()).toEqual([]);
  });

  it('keeps the previous object when a replacement fails mid-way', async () => {
    await under.storage.put('kept', Buffer.from('original'));
    await expect(under.storage.put('kept', brokenStream([bytesOf(100)]))).rejects.toThrow();
    expect((await collect(await under.storage.get('kept'))).toString()).toBe('original');
  });

  it.each([
    '',
    '/absolute/path',
    '../escape',
    'a/../../escape',
    'a/./b',
    'a//b',
    'trailing/',
    '.hidden',
    '.partial/x',
    'back\\slash',
    'nul\u0000byte',
    'space here',
    '中文',
    'C:/windows',
    'a'.repeat(513),
  ])('refuses the key %j for every operation, storing nothing', async (key) => {
    await expect(under.storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(under.storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(under.storage.stat(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(under.storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(await under.leftovers()).toEqual([]);
  });
});
