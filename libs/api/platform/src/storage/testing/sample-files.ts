import ExcelJS from 'exceljs';

/** Small real-format files for upload tests. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

export const SAMPLE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A Windows executable: "MZ", DOS header, then padding. */
export const SAMPLE_EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)]);

/** An OLE2 compound file header, as Word 97–2003 (.doc) and Excel 97–2003 (.xls) files start. */
export const SAMPLE_OLE2 = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(1016),
]);

/** A real .xlsx workbook (a ZIP archive underneath). */
export async function sampleXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('评价').addRow(['指标', '分值']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Deterministic pseudo-random bytes (incompressible, no accidental magic numbers after the first bytes). */
export function bytesOf(length: number, seed = 1): Buffer {
  const buffer = Buffer.alloc(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    buffer[index] = state >> 16;
  }
  return buffer;
}
