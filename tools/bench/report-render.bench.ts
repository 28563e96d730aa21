/// <reference types="node" />
/**
 * Report rendering benchmark (issue 10): the seed-sized sample report (≈50 pages, 30 indicators, 6 body tables,
 * a landscape 附件1) → .docx with our writer, against the `docx` library's own time to pack the same
 * Document built beforehand (the bar: < 2×), and → PDF with LibreOffice headless (the bar: a few seconds),
 * the first conversion (a new LibreOffice profile) and warm ones apart.
 *
 * Run:  npx vitest bench --run --project 'domain (bench)' tools/bench/report-render.bench.ts
 * (picked up through `benchmark.include` of the `domain` project, like scoring.bench.ts). Prints the
 * figures; no timing assertion (a 2-core machine shared with other work varies too much).
 */
import { Packer } from 'docx';
import { expect, test } from 'vitest';

import { reportDocxDocument, writeReportDocx } from '../../libs/api/reports/src/codecs/docx/report-docx';
import { createPdfConverter } from '../../libs/api/reports/src/codecs/pdf/docx-to-pdf';
import { sampleReportDocument } from '../../libs/api/reports/src/testing/sample-report-document';

const RUNS = 9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** Wall time and this process's CPU time of one call, in ms (CPU time is steadier on a loaded machine). */
async function timed(task: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  await task();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

test('report → .docx, against docx’s own packing, and → PDF', async () => {
  const report = sampleReportDocument();
  await writeReportDocx(report); // warm-up
  const ours: { wall: number; cpu: number }[] = [];
  const packOnly: { wall: number; cpu: number }[] = [];
  let docx: Buffer = Buffer.alloc(0);
  for (let run = 0; run < RUNS; run += 1) {
    ours.push(await timed(async () => (docx = await writeReportDocx(report))));
    const document = reportDocxDocument(report);
    packOnly.push(await timed(() => Packer.toBuffer(document)));
  }
  const converter = createPdfConverter();
  const pdfTimes: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    pdf = await converter.convert(docx);
    pdfTimes.push(performance.now() - start);
  }
  await converter.dispose();
  const [oursMs, packMs] = [median(ours.map((t) => t.wall)), median(packOnly.map((t) => t.wall))];
  const [oursCpu, packCpu] = [median(ours.map((t) => t.cpu)), median(packOnly.map((t) => t.cpu))];
  console.log(
    [
      `sample report: ${(docx.length / 1024).toFixed(0)} KiB .docx, ${(pdf.length / 1024).toFixed(0)} KiB PDF`,
      `.docx (ours: build + pack), median of ${RUNS}: ${oursMs.toFixed(0)} ms`,
      `.docx (docx library packing the same Document), median of ${RUNS}: ${packMs.toFixed(0)} ms`,
      `ratio: ${(oursMs / packMs).toFixed(2)}× wall (bar < 2×)`,
      `CPU time, medians: ours ${oursCpu.toFixed(0)} ms, packing only ${packCpu.toFixed(0)} ms, ratio ${(oursCpu / packCpu).toFixed(2)}×`,
      `PDF: first (new profile) ${pdfTimes[0]?.toFixed(0)} ms, then ${pdfTimes
        .slice(1)
        .map((ms) => ms.toFixed(0))
        .join(' ms, ')} ms`,
    ].join('\n'),
  );
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
}, 600_000);
