import { Workbook } from 'exceljs';
import type { Response } from 'supertest';
import type { SignedIn, TestApp } from './test-app';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Collects a binary response body (supertest's parser signature: the raw response and a callback). */
export function binary(response: Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The blank template as the API serves it. */
export async function blankWorkbook(t: TestApp, user: SignedIn): Promise<Workbook> {
  const response = await t
    .http()
    .get('/api/framework-files/blank.xlsx')
    .set(user.auth)
    .buffer(true)
    .parse(binary);
  const workbook = new Workbook();
  await workbook.xlsx.load(response.body as ArrayBuffer);
  return workbook;
}

export async function toBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sets column B of the 「说明」 row whose column A is `label`. */
export function setInfo(workbook: Workbook, label: string, value: string): void {
  const sheet = workbook.getWorksheet('说明');
  sheet?.eachRow((row) => {
    if (String(row.getCell(1).value).trim() === label) row.getCell(2).value = value;
  });
}
