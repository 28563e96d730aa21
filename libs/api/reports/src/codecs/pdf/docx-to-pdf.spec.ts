import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SAMPLE_GRADE, SAMPLE_TOTAL_SCORE, sampleReportDocument } from '../../testing/sample-report-document';
import { writeReportDocx } from '../docx/report-docx';
import { createPdfConverter } from './docx-to-pdf';
import { PdfConversionError } from './pdf-conversion-error';

const run = promisify(execFile);
const OUT = 'test-results/report';
const converter = createPdfConverter();
const report = sampleReportDocument();
let pdf: Buffer;
let pages: string[];

const squeeze = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  pdf = await converter.convert(await writeReportDocx(report));
  await mkdir(OUT, { recursive: true });
  await writeFile(`${OUT}/sample-report.pdf`, pdf);
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  pages = (await parser.getText()).pages.map((page) => page.text);
  await parser.destroy();
}, 240_000);

afterAll(() => converter.dispose());

describe('the PDF converter (LibreOffice headless) on a seed-sized report', () => {
  it('holds the title, the headings and the data’s scores, total and grade', () => {
    const text = squeeze(pages.join('\n'));
    expect(pages.length).toBeGreaterThan(35);
    expect(pages.length).toBeLessThan(80);
    expect(text).toContain(squeeze(report.title));
    for (const heading of [
      '一、部门概况',
      '三、绩效评价综合情况及结论',
      '（1）绩效目标合理性',
      '附件1：部门整体支出绩效评价指标体系打分表',
    ])
      expect(text).toContain(heading);
    expect(text).toContain(`得分为${SAMPLE_TOTAL_SCORE}分，评价等级为“${SAMPLE_GRADE}”`);
    const appendix = squeeze(
      pages.slice(pages.findIndex((page) => page.includes('扣分原因') && page.includes('指标解释'))).join(''),
    );
    expect(appendix).toContain(`累计得分${SAMPLE_TOTAL_SCORE}95.70%`);
  });

  it('repeats the scoring table’s header rows on every page it runs over', () => {
    const first = pages.findIndex((page) => squeeze(page).includes('附件1：') && page.includes('扣分原因'));
    const following = pages.slice(first + 1).filter((page) => squeeze(page).includes('扣分原因'));
    expect(first).toBeGreaterThan(0);
    expect(following.length).toBeGreaterThan(5);
    for (const page of following) expect(squeeze(page)).toMatch(/^评价指标.*一级指标二级指标三级指标权重/);
  });

  it('fills the contents with page numbers that match the pages the headings are on', () => {
    const contents = squeeze(`${pages[1] ?? ''}${pages[2] ?? ''}`);
    const entry = /附件2：绩效评价报告主管部门意见反馈表\.+(\d+)/.exec(contents);
    expect(entry).not.toBeNull();
    const printed = Number(entry?.[1]);
    const page = pages.find((text) => squeeze(text).startsWith('附件2：'));
    expect(page && squeeze(page)).toContain(`—${printed}—`);
  });

  it('numbers the body "— 1 —" onwards and leaves the cover and the contents unnumbered', () => {
    expect(squeeze(pages[0] ?? '')).not.toMatch(/—\d+—/);
    const first = pages.findIndex((text) => squeeze(text).includes('—1—'));
    expect(first).toBeGreaterThan(1);
    expect(squeeze(pages[first] ?? '')).toContain('摘要');
  });

  it('embeds only the free CJK stand-ins: no Latin fallback font', async () => {
    const { stdout } = await run('pdffonts', [`${OUT}/sample-report.pdf`]);
    const fonts = stdout
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.split(/\s+/)[0] ?? '');
    expect(fonts.length).toBeGreaterThan(2);
    expect(fonts.filter((font) => !/NotoSerifCJK|NotoSansCJK|UKai/.test(font))).toEqual([]);
    expect(fonts.some((font) => font.includes('UKai'))).toBe(true);
  }, 60_000);

  it('renders the first pages and the landscape 附件1 to PNG for a person to look at', async () => {
    const appendix = pages.findIndex((page) => page.includes('指标解释')) + 1;
    await run('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '5',
      `${OUT}/sample-report.pdf`,
      `${OUT}/page`,
    ]);
    await run('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      String(appendix),
      '-l',
      String(appendix + 1),
      `${OUT}/sample-report.pdf`,
      `${OUT}/appendix`,
    ]);
    const { stdout } = await run('ls', [OUT]);
    expect(stdout).toMatch(/page-0?1\.png/);
    expect(stdout).toMatch(/appendix-\d+\.png/);
  }, 60_000);
});

describe('the PDF converter’s failures', () => {
  it('says the converter is missing when soffice is not installed', async () => {
    const missing = createPdfConverter({ soffice: '/nonexistent/soffice' });
    await expect(missing.convert(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
      name: 'PdfConversionError',
      failure: 'converter_missing',
    });
  });

  it('kills a conversion that runs past its timeout', async () => {
    const hasty = createPdfConverter({ timeoutMs: 200 });
    const attempt = hasty.convert(await writeReportDocx(report));
    await expect(attempt).rejects.toBeInstanceOf(PdfConversionError);
    await expect(attempt).rejects.toMatchObject({ failure: 'conversion_timeout' });
    await hasty.dispose();
  }, 30_000);

  it('reports a broken .docx as a failed conversion, and converts the next ones', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('a zip cut short')]);
    await expect(converter.convert(broken)).rejects.toMatchObject({
      failure: 'conversion_failed',
    });
    const small = await writeReportDocx({ ...report, sections: report.sections.slice(2) });
    const [first, second] = await Promise.all([converter.convert(small), converter.convert(small)]);
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(second.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
