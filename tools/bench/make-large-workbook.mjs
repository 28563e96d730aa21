// Writes an .xlsx of N indicator rows (streamed, so it can be large) for the import bounds and benchmarks:
//   node tools/bench/make-large-workbook.mjs 300000 /tmp/rows-300000.xlsx
import ExcelJS from 'exceljs';
const rows = Number(process.argv[2] ?? 300000);
const out = process.argv[3] ?? `rows-${rows}.xlsx`;
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: false });
const ws = wb.addWorksheet('指标');
ws.addRow(['编号', '名称', '分值']).commit();
for (let i = 0; i < rows; i++) ws.addRow([`1.${i}`, `指标${i}`, 1]).commit();
ws.commit();
for (const name of ['测算', '等级', '说明']) wb.addWorksheet(name).commit();
await wb.commit();
console.log(out);
