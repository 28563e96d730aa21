import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectMediaType, matchFileKind } from './file-kinds';
import { SAMPLE_EXE, SAMPLE_OLE2, SAMPLE_PDF, SAMPLE_PNG, sampleXlsx } from './testing/sample-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('detectMediaType (file-type, loaded as ESM)', () => {
  it.each([
    ['PDF', SAMPLE_PDF, 'application/pdf'],
    ['PNG', SAMPLE_PNG, 'image/png'],
    ['EXE', SAMPLE_EXE, 'application/x-msdownload'],
    ['OLE2', SAMPLE_OLE2, 'application/x-cfb'],
    ['text', Buffer.from('just some text'), undefined],
  ])('%s', async (_label, data, expected) => {
    expect(await detectMediaType(Readable.from([data]))).toBe(expected);
  });

  it('looks inside a ZIP to tell an .xlsx', async () => {
    expect(await detectMediaType(Readable.from([await sampleXlsx()]))).toBe(XLSX);
  });

  it('closes the stream it read from', async () => {
    const stream = Readable.from([SAMPLE_PDF, Buffer.alloc(100_000)]);
    await detectMediaType(stream);
    expect(stream.destroyed).toBe(true);
  });
});

describe('matchFileKind', () => {
  it.each([
    ['application/pdf', 'x.bin', ['pdf'], 'pdf'],
    ['application/pdf', 'x.pdf', ['docx'], null],
    [XLSX, 'x.pdf', ['pdf', 'xlsx'], 'xlsx'],
    ['application/zip', 'x.docx', ['docx'], null],
    ['application/zip', 'x.zip', ['zip'], 'zip'],
    ['application/x-cfb', 'x.doc', ['doc', 'xls'], 'doc'],
    ['application/x-cfb', 'X.XLS', ['doc', 'xls'], 'xls'],
    ['application/x-cfb', 'x.xls', ['doc'], null],
    ['application/x-cfb', 'x.msi', ['doc', 'xls'], null],
    ['image/jpeg', 'x.png', ['jpeg', 'png'], 'jpeg'],
    ['application/x-msdownload', 'x.pdf', ['pdf'], null],
    [undefined, 'x.pdf', ['pdf'], null],
  ] as const)('%s named %s, accepting %j → %s', (detected, name, accept, kind) => {
    expect(matchFileKind(detected, name, accept)).toBe(kind);
  });
});
