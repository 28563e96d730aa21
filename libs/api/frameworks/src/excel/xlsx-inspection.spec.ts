import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stream } from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@jixiao/api-platform';
import { ImportGate, parseWorkerCount } from './bounded-import';
import { MAX_ROWS } from './sheet-table';
import { xlsxRefusal } from './xlsx-inspection';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A workbook of `rows` indicator rows, written by exceljs's streaming writer. */
async function workbookOf(rows: number, cellText = (i: number) => `指标${i}`): Promise<Buffer> {
  const file = join(dir, `${rows}-${Math.random()}.xlsx`);
  const workbook = new stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = workbook.addWorksheet('指标');
  sheet.addRow(['编号', '名称', '分值']).commit();
  for (let i = 0; i < rows; i += 1) sheet.addRow([`1.${i}`, cellText(i), 1]).commit();
  sheet.commit();
  await workbook.commit();
  return readFileSync(file);
}

describe('xlsxRefusal', () => {
  it('accepts a workbook within the row limit', async () => {
    expect(await xlsxRefusal(await workbookOf(MAX_ROWS))).toBeNull();
  });

  it('refuses a worksheet with more rows than the reader reads, without opening the workbook', async () => {
    const data = await workbookOf(50_000);
    const started = performance.now();
    expect(await xlsxRefusal(data)).toBe('file.too_many_rows');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a part that unpacks past the size bound (zip bomb)', async () => {
    const data = await workbookOf(400, () => 'x'.repeat(50_000));
    expect(data.length).toBeLessThan(1_000_000);
    expect(await xlsxRefusal(data)).toBe('file.too_large_unpacked');
  });

  it('refuses what is not a ZIP archive', async () => {
    expect(await xlsxRefusal(Buffer.from('PK\u0003\u0004 but nothing after'))).toBe('file.not_zip');
    expect(await xlsxRefusal(Buffer.alloc(10))).toBe('file.not_zip');
  });
});

describe('ImportGate', () => {
  it('runs two at once, queues a few, and refuses past the queue with 503 and Retry-After', async () => {
    const gate = new ImportGate(2, 1);
    let running = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const work = () =>
      gate.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
      });
    const started = [work(), work(), work()];
    await expect(work()).rejects.toBeInstanceOf(AppError);
    await expect(work()).rejects.toMatchObject({ code: 'IMPORT_BUSY', status: 503, retryAfterSeconds: 5 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(peak).toBe(2);
    while (releases.length > 0 || running > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(started);
    expect(peak).toBe(2);
  });
});

describe('parseWorkerCount', () => {
  it('leaves a core to the event loop, caps at two, and takes 0 for parsing on the event loop', () => {
    expect([1, 2, 3, 8].map((cores) => parseWorkerCount(undefined, cores))).toEqual([1, 1, 2, 2]);
    expect(parseWorkerCount('0', 8)).toBe(0);
    expect(parseWorkerCount('1', 8)).toBe(1);
    expect(parseWorkerCount('9', 8)).toBe(2);
    expect(parseWorkerCount('many', 4)).toBe(2);
  });
});
