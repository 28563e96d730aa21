import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importMessage, parseDate, readRequestWorkbook, writeRequestWorkbook } from './request-workbook';

const KNOWN = new Set(['1', '1.1', '2.3.1']);

async function sheet(rows: unknown[][], name = '资料清单'): Promise<Buffer> {
  const workbook = new Workbook();
  const worksheet = workbook.addWorksheet(name);
  for (const row of rows) worksheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('request-list workbook codec', () => {
  it('reads back what it writes', async () => {
    const items = [
      {
        seq: 1,
        status: 'sent' as const,
        title: '年度部门决算报表',
        reason: '核实支出',
        indicatorIds: ['1.1', '2.3.1'],
        dueDate: '2025-07-05',
        required: true,
      },
      {
        seq: 2,
        status: 'draft' as const,
        title: '满意度调查资料',
        reason: '',
        indicatorIds: [],
        dueDate: null,
        required: false,
      },
    ];
    const read = await readRequestWorkbook(await writeRequestWorkbook(items), KNOWN);
    expect(read.problems).toEqual([]);
    expect(read.items).toEqual(
      items.map(({ title, reason, indicatorIds, dueDate, required }) => ({
        title,
        reason,
        indicatorIds,
        dueDate,
        required,
      })),
    );
  });

  it('accepts the ways people write dates, yes/no and indicator lists, and skips empty rows', async () => {
    const data = await sheet([
      ['资料名称', '截止日期', '是否必需', '关联指标'],
      ['预算批复', '2025/7/5', '否', '1，1.1、2.3.1'],
      [],
      ['决算报表', new Date(Date.UTC(2025, 6, 31)), '', ''],
    ]);
    const read = await readRequestWorkbook(data, KNOWN);
    expect(read.problems).toEqual([]);
    expect(read.items).toEqual([
      {
        title: '预算批复',
        reason: '',
        indicatorIds: ['1', '1.1', '2.3.1'],
        dueDate: '2025-07-05',
        required: false,
      },
      { title: '决算报表', reason: '', indicatorIds: [], dueDate: '2025-07-31', required: true },
    ]);
  });

  it('names every bad cell by row and column and imports nothing', async () => {
    const data = await sheet([
      ['序号', '资料名称', '截止日期', '是否必需', '关联指标'],
      [1, '预算批复', '2025-13-01', '也许', '9.9'],
      [2, '', '', '', ''],
      [3, '好的一行', '', '', ''],
    ]);
    const read = await readRequestWorkbook(data, KNOWN);
    expect(read.items).toEqual([]);
    expect(read.problems.map(({ row, column, code }) => [row, column, code])).toEqual([
      [2, '截止日期', 'bad_date'],
      [2, '是否必需', 'bad_required'],
      [2, '关联指标', 'unknown_indicator'],
      [3, '资料名称', 'title_missing'],
    ]);
    expect(importMessage(read.problems[0], 'zh-CN')).toBe(
      '第 2 行：截止日期“2025-13-01”不是有效日期（格式 YYYY-MM-DD）',
    );
    expect(importMessage(read.problems[3], 'en-US')).toBe('Row 3: the title is empty');
  });

  it('refuses what is not a request list', async () => {
    expect((await readRequestWorkbook(Buffer.from('not a zip'), KNOWN)).problems[0]?.code).toBe('unreadable');
    expect((await readRequestWorkbook(await sheet([['名称', '日期']]), KNOWN)).problems[0]?.code).toBe(
      'sheet_missing',
    );
    expect((await readRequestWorkbook(await sheet([['资料名称']]), KNOWN)).problems[0]?.code).toBe('empty');
    const tooMany = await sheet([
      ['资料名称'],
      ...Array.from({ length: 501 }, (_, index) => [`资料${index}`]),
    ]);
    const read = await readRequestWorkbook(tooMany, KNOWN);
    expect(read).toEqual({ items: [], problems: [{ row: 502, column: null, code: 'too_many_rows' }] });
  });

  it('parses calendar dates only', () => {
    expect(parseDate('2025年7月5日')).toBe('2025-07-05');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2025-02-29')).toBeNull();
    expect(parseDate('下周')).toBeNull();
  });
});
