import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';

import { SAMPLE_INDICATORS } from '../../testing/sample-indicators';
import { SAMPLE_GRADE, SAMPLE_TOTAL_SCORE, sampleReportDocument } from '../../testing/sample-report-document';
import { writeReportDocx } from './report-docx';
import { A4, LANDSCAPE_MARGINS, PORTRAIT_MARGINS } from './report-type';

const report = sampleReportDocument();
let docx: Buffer;
let documentXml: string;
let stylesXml: string;
let settingsXml: string;
let footers: string[];

beforeAll(async () => {
  docx = await writeReportDocx(report);
  const zip = await JSZip.loadAsync(docx);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  documentXml = await read('word/document.xml');
  stylesXml = await read('word/styles.xml');
  settingsXml = await read('word/settings.xml');
  footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d+\.xml$/.test(name))
      .map(read),
  );
}, 60_000);

describe('the Word writer on a seed-sized report', () => {
  it('lays out A4 pages with the report-format margins, and 附件1 in landscape', () => {
    expect(documentXml).toContain(`<w:pgSz w:w="${A4.width}" w:h="${A4.height}" w:orient="portrait"/>`);
    expect(documentXml).toContain(
      `w:top="${PORTRAIT_MARGINS.top}" w:right="${PORTRAIT_MARGINS.right}" w:bottom="${PORTRAIT_MARGINS.bottom}" w:left="${PORTRAIT_MARGINS.left}"`,
    );
    expect([
      PORTRAIT_MARGINS.top,
      PORTRAIT_MARGINS.left,
      PORTRAIT_MARGINS.right,
      PORTRAIT_MARGINS.bottom,
    ]).toEqual([2098, 1587, 1474, 1984]);
    expect(documentXml).toContain(`<w:pgSz w:w="${A4.height}" w:h="${A4.width}" w:orient="landscape"/>`);
    expect(documentXml).toContain(`w:top="${LANDSCAPE_MARGINS.top}" w:right="${LANDSCAPE_MARGINS.right}"`);
  });

  it('names the Chinese fonts with an East-Asian font on every run', () => {
    // The contents' entries take their fonts from the TOC1/TOC2 styles.
    const body = documentXml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/, '');
    expect(stylesXml).toMatch(/w:styleId="TOC1"[\s\S]*?w:eastAsia="仿宋_GB2312"/);
    const runs = body.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const textRuns = runs.filter((run) => /<w:t[ >]/.test(run));
    expect(textRuns.length).toBeGreaterThan(300);
    expect(textRuns.filter((run) => !/<w:rFonts [^>]*w:eastAsia="/.test(run))).toEqual([]);
    expect(documentXml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(documentXml).toContain('w:ascii="FangSong"');
    expect(documentXml).toContain('w:eastAsia="黑体"');
    expect(documentXml).toContain('w:eastAsia="楷体_GB2312"');
    expect(documentXml).toContain('w:eastAsia="方正小标宋简体"');
    // Body 3号 with a fixed ~29 pt line and a two-character first-line indent.
    expect(documentXml).toMatch(
      /<w:spacing w:line="578" w:lineRule="exact"\/><w:ind w:firstLine="640"\/>|<w:ind w:firstLine="640"\/>/,
    );
    expect(documentXml).toContain('<w:sz w:val="32"/>');
  });

  it('uses Word’s own heading styles for all four levels, and a TOC field that Word updates on open', () => {
    for (const level of [1, 2, 3, 4]) {
      expect(stylesXml).toMatch(
        new RegExp(`w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>`, 'i'),
      );
      expect(documentXml).toContain(`<w:pStyle w:val="Heading${level}"/>`);
    }
    expect(documentXml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(settingsXml).toMatch(/<w:updateFields(?: w:val="true")?\/>/);
    // Filled with the headings already, for viewers that don't update fields.
    const toc = documentXml.slice(documentXml.indexOf('<w:sdt>'), documentXml.indexOf('</w:sdt>'));
    expect(toc).toContain('一、部门概况');
  });

  it('numbers the body pages "— n —" from 1, and leaves the cover and the contents without a number', () => {
    const numbered = footers.filter((footer) => footer.includes('PAGE'));
    expect(numbered.length).toBeGreaterThan(0);
    expect(numbered[0]).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
    expect(footers.some((footer) => !footer.includes('PAGE'))).toBe(true);
    expect(documentXml).toContain('<w:pgNumType w:start="1"/>');
    const sections = documentXml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2 + report.sections.length);
  });

  it('repeats the header rows of every table, with borders and merged cells', () => {
    expect((documentXml.match(/<w:tbl>/g) ?? []).length).toBe(8);
    expect((documentXml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(9);
    expect(documentXml).toContain('<w:insideH w:val="single"');
    expect(documentXml).toContain('<w:vMerge w:val="restart"/>');
    expect(documentXml).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    expect(documentXml).not.toContain('w:tblHeader w:val="off"');
    expect(documentXml).toContain('<w:gridSpan w:val="4"/>');
  });

  it('reads back (mammoth) with the title, the headings, and the scores, total and grade of the data', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    expect(text).toContain(report.title);
    for (const heading of [
      '一、部门概况',
      '（三）资金安排及使用情况',
      '1. 财政收入情况',
      '（1）绩效目标合理性',
      '附件1：部门整体支出绩效评价指标体系打分表',
    ])
      expect(text).toContain(heading);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
    const scoring = tables.find((table) => table.includes('扣分原因')) ?? '';
    for (const indicator of SAMPLE_INDICATORS) {
      const row = scoring.slice(scoring.indexOf(`<td><p>${indicator.name}</p></td>`)).split('</tr>')[0] ?? '';
      expect(row).toMatch(
        new RegExp(`^<td><p>${indicator.name}</p></td><td><p>${indicator.weight}</p></td>`),
      );
      expect(row).toContain(`<td><p>${indicator.score}</p></td>`);
    }
    expect(scoring).toContain(`<td><p>${SAMPLE_TOTAL_SCORE}</p></td>`);
    expect(scoring).toMatch(/<th rowspan="2"><p><strong>扣分原因<\/strong><\/p><\/th>/);
    expect(scoring).toContain(`<p>${SAMPLE_GRADE}</p>`);
    const summary =
      tables.find(
        (table) => table.includes('评价指标') && table.includes('合计') && !table.includes('扣分原因'),
      ) ?? '';
    expect(summary).toContain(`<td><p>${SAMPLE_TOTAL_SCORE}</p></td>`);
    expect(SAMPLE_TOTAL_SCORE).toBe('95.70');
  }, 60_000);
});
