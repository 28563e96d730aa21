import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Workbook } from 'exceljs';
import { BUILTIN_FRAMEWORKS, type Framework } from '@jixiao/domain';
import { exportBlankTemplate, exportFrameworkWorkbook, importFrameworkWorkbook } from './framework-workbook';
import { frameworkArbitrary } from './framework.arbitrary';
import { EXAMPLE_FRAMEWORK } from './example-framework';
import { INDICATOR_COLUMNS, SHEETS } from './sheet-layout';

async function roundTrip(framework: Framework): Promise<Framework | null> {
  const preview = await importFrameworkWorkbook(await exportFrameworkWorkbook(framework));
  const errors = preview.problems.filter((p) => !p.code.startsWith('warning.'));
  expect(errors).toEqual([]);
  return preview.framework;
}

async function edit(data: Buffer, change: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function columnOf(workbook: Workbook, header: string): number {
  let found = 0;
  workbook
    .getWorksheet(SHEETS.indicators)
    ?.getRow(1)
    .eachCell((cell, column) => {
      if (cell.value === header) found = column;
    });
  return found;
}

function rowOf(workbook: Workbook, id: string): number {
  let found = 0;
  workbook.getWorksheet(SHEETS.indicators)?.eachRow((row, number) => {
    if (row.getCell(1).value === id) found = number;
  });
  return found;
}

describe('indicator-system workbook', () => {
  it.each(BUILTIN_FRAMEWORKS.map((framework) => [framework.key, framework] as const))(
    'gives back the built-in system %s exactly',
    async (_key, framework) => {
      expect(await roundTrip(framework)).toEqual(framework);
    },
  );

  it('gives back any valid framework exactly', async () => {
    await fc.assert(
      fc.asyncProperty(frameworkArbitrary, async (framework) => {
        expect(await roundTrip(framework)).toEqual(framework);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('gives back the blank template as its example system', async () => {
    expect((await importFrameworkWorkbook(await exportBlankTemplate())).framework).toEqual(EXAMPLE_FRAMEWORK);
  });

  it('changes exactly what was edited in the spreadsheet', async () => {
    const original = EXAMPLE_FRAMEWORK;
    const data = await edit(await exportFrameworkWorkbook(original), (workbook) => {
      const sheet = workbook.getWorksheet(SHEETS.indicators);
      if (!sheet) throw new Error('no indicator sheet');
      const weight = columnOf(workbook, INDICATOR_COLUMNS.weight);
      const standard = columnOf(workbook, INDICATOR_COLUMNS.standard);
      sheet.getCell(rowOf(workbook, '1.1'), weight).value = 55;
      sheet.getCell(rowOf(workbook, '1.2'), weight).value = '45';
      sheet.getCell(rowOf(workbook, '1.2'), standard).value = '每发现一项扣 15 分。';
    });
    const expected = structuredClone(original);
    const [first, second] = expected.indicators[0]?.children ?? [];
    if (!first || !second) throw new Error('example changed');
    first.weight = '55';
    second.weight = '45';
    second.standard = '每发现一项扣 15 分。';
    const preview = await importFrameworkWorkbook(data);
    expect(preview.problems).toEqual([]);
    expect(preview.framework).toEqual(expected);
  });

  it('answers an unreadable file with a problem instead of throwing', async () => {
    const preview = await importFrameworkWorkbook(Buffer.from('not a workbook'));
    expect(preview).toEqual({
      framework: null,
      indicatorCount: 0,
      problems: [expect.objectContaining({ code: 'file.unreadable' })],
    });
  });
});
