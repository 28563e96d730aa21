import type { ReportDocument } from '@jixiao/domain';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

import { sampleReportDocument } from '../../testing/sample-report-document';

import { bookmarkNamer } from './bookmark-name';
import { scaleWidths } from './docx-table';
import { writeReportDocx } from './report-docx';
import { TYPE_AREA_WIDTH } from './report-type';
import { lines, oneLine } from './text-lines';

describe('bookmarkNamer', () => {
  it('makes Word-safe, distinct bookmark names of at most 40 characters', () => {
    const name = bookmarkNamer();
    expect(name('table-family-0')).toBe('r_table_family_0');
    expect(name('table_family_0')).toBe('r_table_family_0_2');
    expect(name('指标-1')).toBe('r____1');
    const long = name('x'.repeat(80));
    expect(long.length).toBeLessThanOrEqual(40);
    expect(name('x'.repeat(80))).not.toBe(long);
  });
});

describe('scaleWidths', () => {
  it('scales relative widths to the type area exactly', () => {
    const widths = scaleWidths([1, 2, 1], TYPE_AREA_WIDTH.portrait);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TYPE_AREA_WIDTH.portrait);
    expect(widths[1]).toBe(Math.floor(TYPE_AREA_WIDTH.portrait / 2));
    expect(scaleWidths([], 100)).toEqual([]);
  });

  it('has a 156 mm portrait and a 225 mm landscape type area', () => {
    expect(Math.round((TYPE_AREA_WIDTH.portrait * 25.4) / 1440)).toBe(156);
    expect(Math.round((TYPE_AREA_WIDTH.landscape * 25.4) / 1440)).toBe(225);
  });
});

describe('line breaks in the text', () => {
  it('turns breaks into spaces on one line, and splits lines at \\n, \\r\\n and Word’s vertical tab', () => {
    expect(oneLine('一\n二\r\n三')).toBe('一 二 三');
    expect(lines('第一行\u000B第二行\r\n第三行')).toEqual(['第一行', '第二行', '第三行']);
  });

  it('writes a pasted manual line break as a Word line break, a cell’s lines as paragraphs, and drops control characters', async () => {
    const report = sampleReportDocument();
    const pasted: ReportDocument = {
      ...report,
      sections: [
        {
          orientation: 'portrait',
          newPage: true,
          blocks: [
            { kind: 'heading', level: 1, text: '一、概况\u0000', anchor: 'a' },
            {
              kind: 'paragraph',
              indent: true,
              align: 'justify',
              runs: [{ text: '第一行\u000B第二行\u0007' }],
            },
            {
              kind: 'table',
              anchor: 't',
              caption: '表1',
              header: [[{ text: '项目' }]],
              rows: [[{ text: '甲\n乙' }]],
              widths: [1],
            },
          ],
        },
      ],
    };
    const zip = await JSZip.loadAsync(await writeReportDocx(pasted));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(
      />第一行<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t xml:space="preserve">第二行</,
    );
    expect(xml).toMatch(/>甲<\/w:t><\/w:r><\/w:p><w:p>.*?>乙</);
    expect(xml.includes('\u0000') || xml.includes('\u0007')).toBe(false);
  }, 60_000);
});
