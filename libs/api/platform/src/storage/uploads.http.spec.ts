import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { buffer as collect } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ErrorResponse, UploadedFileInfo } from '@jixiao/contracts';
import supertest from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bytesOf, SAMPLE_EXE, SAMPLE_OLE2, SAMPLE_PDF, sampleXlsx } from './testing/sample-files';
import { DRIVERS, S3_TEST_PART_SIZE, startStorage, type StorageUnderTest } from './testing/storage-drivers';
import { startUploadTestApp, type UploadTestApp } from './testing/upload-test-app';

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const BOUNDARY = 'jixiao-test-boundary';

function pdfOf(size: number): Buffer {
  return Buffer.concat([SAMPLE_PDF, bytesOf(size - SAMPLE_PDF.length)]);
}

function multipartHead(filename: string, field = 'file'): Buffer {
  return Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
}

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 400; attempt++) {
    if (await condition()) return;
    await sleep(25);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe.each(DRIVERS)('upload and download over HTTP: %s driver', (driver) => {
  let under: StorageUnderTest;
  let server: UploadTestApp;
  const http = () => supertest(server.app.getHttpServer());

  beforeAll(async () => {
    under = await startStorage(driver);
    server = await startUploadTestApp(under.storage);
  });
  afterAll(async () => {
    await server.close();
    await under.stop();
  });
  beforeEach(async () => {
    for (const key of await under.leftovers()) await under.storage.delete(key);
    server.outcomes.length = 0;
  });

  async function refused(response: supertest.Response, status: number, code: string, fieldCode: string) {
    expect(response.status).toBe(status);
    const body = response.body as ErrorResponse;
    expect(body.code).toBe(code);
    expect(body.details).toEqual([expect.objectContaining({ field: 'file', code: fieldCode })]);
    expect(await under.leftovers()).toEqual([]);
  }

  it('stores an accepted file and reports its key, size, SHA-256, media type and name', async () => {
    const response = await http().post('/files/documents').attach('file', SAMPLE_PDF, '报告.pdf').expect(201);
    const info = response.body as UploadedFileInfo;
    expect(info).toEqual({
      key: expect.stringMatching(/^test\/[0-9a-f-]{36}$/),
      size: SAMPLE_PDF.length,
      sha256: sha256(SAMPLE_PDF),
      mediaType: 'application/pdf',
      originalName: '报告.pdf',
    });
    expect(await under.leftovers()).toEqual([info.key]);
    expect(await collect(await under.storage.get(info.key))).toEqual(SAMPLE_PDF);
  });

  it('downloads with the Chinese name intact, an ASCII fallback, the stored type and nosniff', async () => {
    const name = '绩效评价委托书（2026 年）.pdf';
    const uploaded = await http().post('/files/pdf').attach('file', SAMPLE_PDF, name).expect(201);
    const info = uploaded.body as UploadedFileInfo;
    expect(info.originalName).toBe(name);

    const query = new URLSearchParams({ key: info.key, name: info.originalName, type: info.mediaType });
    const response = await fetch(`http://127.0.0.1:${server.port}/files?${query.toString()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(
      /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/,
    );
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(SAMPLE_PDF);
  });

  it('answers 404 NOT_FOUND for a download of a missing object', async () => {
    const response = await http()
      .get('/files')
      .query({ key: 'test/missing', name: 'x.pdf', type: 'application/pdf' });
    expect(response.status).toBe(404);
    expect((response.body as ErrorResponse).code).toBe('NOT_FOUND');
  });

  it('refuses a file over the limit with 413 FILE_TOO_LARGE and keeps nothing', async () => {
    const response = await http()
      .post('/files/small')
      .set('Accept-Language', 'en-US')
      .attach('file', pdfOf(64 * 1024), 'big.pdf');
    await refused(response, 413, 'FILE_TOO_LARGE', 'file.too_large');
    expect((response.body as ErrorResponse).message).toBe('The file is larger than allowed');
  });

  it('accepts a file of exactly the limit', async () => {
    const response = await http().post('/files/small').attach('file', pdfOf(1024), 'limit.pdf').expect(201);
    expect((response.body as UploadedFileInfo).size).toBe(1024);
  });

  it('refuses an executable named .pdf with 415 FILE_TYPE_NOT_ALLOWED and keeps nothing', async () => {
    const response = await http().post('/files/documents').attach('file', SAMPLE_EXE, 'invoice.pdf');
    await refused(response, 415, 'FILE_TYPE_NOT_ALLOWED', 'file.type_not_allowed');
    expect((response.body as ErrorResponse).message).toMatch(/文件/);
  });

  it('recognises an .xlsx by its content, and refuses it where only PDF is accepted', async () => {
    const xlsx = await sampleXlsx();
    const accepted = await http().post('/files/spreadsheets').attach('file', xlsx, 'data.pdf').expect(201);
    expect((accepted.body as UploadedFileInfo).mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await under.storage.delete((accepted.body as UploadedFileInfo).key);
    await refused(
      await http().post('/files/pdf').attach('file', xlsx, 'data.xlsx'),
      415,
      'FILE_TYPE_NOT_ALLOWED',
      'file.type_not_allowed',
    );
  });

  it('tells an .xls from other OLE2 files by the name, only among what the content allows', async () => {
    const accepted = await http()
      .post('/files/spreadsheets')
      .attach('file', SAMPLE_OLE2, '旧表.XLS')
      .expect(201);
    expect((accepted.body as UploadedFileInfo).mediaType).toBe('application/vnd.ms-excel');
    await under.storage.delete((accepted.body as UploadedFileInfo).key);
    await refused(
      await http().post('/files/spreadsheets').attach('file', SAMPLE_OLE2, 'setup.msi'),
      415,
      'FILE_TYPE_NOT_ALLOWED',
      'file.type_not_allowed',
    );
  });

  it.each([
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['..\\..\\Windows\\system32\\evil.pdf', 'evil.pdf'],
    ['/var/www/html/shell.pdf', 'shell.pdf'],
    ['..', 'file'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['  ..hidden  report\t.pdf', 'hidden report.pdf'],
  ])('stores %j under its generated key only, shown as %j', async (filename, shown) => {
    const response = await http().post('/files/pdf').attach('file', SAMPLE_PDF, filename).expect(201);
    const info = response.body as UploadedFileInfo;
    expect(info.originalName).toBe(shown);
    expect(await under.leftovers()).toEqual([info.key]);
  });

  it('answers 400 FILE_MISSING when the request has no file', async () => {
    await refused(await http().post('/files/pdf').send({ file: 'x' }), 400, 'FILE_MISSING', 'file.missing');
    await refused(
      await http().post('/files/pdf').field('note', 'text only'),
      400,
      'FILE_MISSING',
      'file.missing',
    );
    await refused(
      await http().post('/files/pdf').attach('attachment', SAMPLE_PDF, 'wrong-field.pdf'),
      400,
      'FILE_MISSING',
      'file.missing',
    );
  });

  it('answers 400 FILE_MISSING for an empty file (what a form sends when no file was chosen)', async () => {
    await refused(
      await http().post('/files/pdf').attach('file', Buffer.alloc(0), 'empty.pdf'),
      400,
      'FILE_MISSING',
      'file.empty',
    );
  });

  it('answers 400 UPLOAD_INTERRUPTED for a form cut off before its end, and keeps nothing', async () => {
    const truncated = Buffer.concat([multipartHead('cut.pdf'), pdfOf(4096)]);
    const response = await http()
      .post('/files/pdf')
      .set('Content-Type', `multipart/form-data; boundary=${BOUNDARY}`)
      .send(truncated);
    await refused(response, 400, 'UPLOAD_INTERRUPTED', 'file.interrupted');
  });

  it('keeps nothing when the client goes away mid-upload', { timeout: 60_000 }, async () => {
    // Past one S3 part, so the S3 driver has a multipart upload under way to abort.
    const sent = S3_TEST_PART_SIZE + 256 * 1024;
    const client = httpRequest({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/files/documents',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': String(sent * 4),
      },
    });
    client.on('error', () => undefined);
    client.write(multipartHead('abandoned.pdf'));
    client.write(pdfOf(sent));
    if (driver === 'local') {
      await until(
        async () => (await under.leftovers()).some((file) => file.startsWith('.partial/')),
        'a partial file',
      );
    } else {
      await sleep(1000);
    }
    client.destroy();

    await until(() => server.outcomes.length === 1, 'the upload handler to finish');
    expect(server.outcomes[0]).toEqual({ error: expect.objectContaining({ code: 'UPLOAD_INTERRUPTED' }) });
    expect(await under.leftovers()).toEqual([]);
  });
});
