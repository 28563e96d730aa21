import { Workbook } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

import type { DocumentTable } from '@jixiao/domain';

import { SAMPLE_INDICATORS } from '../../testing/sample-indicators';
import { SAMPLE_TOTAL_SCORE, sampleReportDocument } from '../../testing/sample-report-document';
import { numericCell } from './numeric-cell';
import { writeScoringTableXlsx } from './scoring-table-xlsx';

const scoringTable = sampleReportDocument()
  .sections.flatMap((section) => section.blocks)
  .find((block): block is DocumentTable => block.kind === 'table' && block.anchor === 'appendix-1-table');

describe('numericCell', () => {
  it('turns decimal and percent text into numbers only at the last step, with formats showing the same decimals', () => {
    expect(numericCell('4.40')).toEqual({ value: 4.4, numFmt: '0.00' });
    expect(numericCell('100')).toEqual({ value: 100, numFmt: '0' });
    expect(numericCell('95.35%')).toEqual({ value: 0.9535, numFmt: '0.00%' });
    expect(numericCell('0.5%')).toEqual({ value: 0.005, numFmt: '0.0%' });
    expect(numericCell('-1.25')).toEqual({ value: -1.25, numFmt: '0.00' });
    expect(numericCell('优')).toBeNull();
    expect(numericCell('2024年')).toBeNull();
    expect(numericCell('1234567890123456')).toBeNull();
  });
});

describe('the scoring table as Excel', () => {
  const workbook = new Workbook();
  beforeAll(async () => {
    expect(scoringTable).toBeDefined();
    await workbook.xlsx.load(
      (await writeScoringTableXlsx(scoringTable as DocumentTable)) as unknown as ArrayBuffer,
    );
  }, 60_000);

  it('has the caption as a title, bold frozen header rows printed on every page, A4 landscape fitted to width', () => {
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe(scoringTable?.caption);
    expect(sheet?.getCell('A2').value).toBe('评价指标');
    expect(sheet?.getCell('A3').value).toBe('一级指标');
    expect(sheet?.getCell('E2').value).toBe('指标解释');
    expect(sheet?.getCell('A3').font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
    });
  });

  it('merges the spans of the header and of the level-1 and level-2 names', () => {
    const merges = (workbook.worksheets[0]?.model as { merges?: string[] }).merges ?? [];
    expect(merges).toEqual(expect.arrayContaining(['A1:J1', 'A2:D2', 'E2:E3', 'J2:J3', 'A4:A9', 'B4:B5']));
  });

  it('writes weights, scores and rates as numbers with the decimals the report prints, and the total', () => {
    const sheet = workbook.worksheets[0];
    SAMPLE_INDICATORS.forEach((indicator, index) => {
      const row = sheet?.getRow(4 + index);
      expect(row?.getCell(3).value).toBe(indicator.name);
      expect(row?.getCell(4).value).toBe(Number(indicator.weight));
      expect(row?.getCell(4).numFmt).toBe('0.00');
      expect(row?.getCell(7).value).toBe(Number(indicator.score));
      expect(row?.getCell(8).numFmt).toBe('0.00%');
    });
    const total = sheet?.getRow(4 + SAMPLE_INDICATORS.length);
    expect(total?.getCell(1).value).toBe('合计');
    expect(total?.getCell(7).value).toBe(Number(SAMPLE_TOTAL_SCORE));
    expect(total?.getCell(8).value).toBe(0.957);
    expect(sheet?.getRow(5).getCell(8).value).toBe(1);
  });
});
