import type { DocumentSection, ReportDocument } from '@jixiao/domain';
import {
  AlignmentType,
  Document,
  Footer,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  SectionType,
  Paragraph,
  TextRun,
} from 'docx';

import { bookmarkNamer } from './bookmark-name';
import { docxBlocks } from './docx-blocks';
import { contentsParagraphs, coverParagraphs } from './docx-front';
import { REPORT_STYLES } from './report-styles';
import { oneLine } from './text-lines';
import { A4, FONT, LANDSCAPE_MARGINS, PORTRAIT_MARGINS, SIZE, TYPE_AREA_WIDTH } from './report-type';

/** "— 1 —" in 宋体 4号, centred. */
const pageNumberFooter = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONT.songti, size: SIZE.hao4 }),
        ],
      }),
    ],
  });

const page = (orientation: DocumentSection['orientation']) =>
  orientation === 'landscape'
    ? {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: LANDSCAPE_MARGINS,
      }
    : {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
        margin: PORTRAIT_MARGINS,
      };

/**
 * ReportDocument → .docx bytes (pure: no I/O beyond packing in memory). The cover and the contents carry no
 * page number; the body is numbered from 1. Each model section becomes a Word section, so 附件1 can turn
 * landscape.
 */
export async function writeReportDocx(report: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(reportDocxDocument(report));
}

/** The `docx` Document of a report, before packing (the benchmark packs it on its own to compare). */
export function reportDocxDocument(report: ReportDocument): Document {
  const name = bookmarkNamer();
  const blank = { default: new Footer({ children: [new Paragraph({ children: [] })] }) };
  const body: ISectionOptions[] = report.sections.map((section, index) => ({
    properties: {
      // The body starts after the contents on a new page; a model section starts one when it asks to or turns.
      type:
        index === 0 || section.newPage || section.orientation !== report.sections[index - 1]?.orientation
          ? SectionType.NEXT_PAGE
          : SectionType.CONTINUOUS,
      page: { ...page(section.orientation), pageNumbers: index === 0 ? { start: 1 } : undefined },
    },
    footers: { default: pageNumberFooter() },
    children: docxBlocks(section.blocks, TYPE_AREA_WIDTH[section.orientation], name),
  }));
  return new Document({
    title: oneLine(report.title),
    creator: '绩效评价协同平台',
    features: { updateFields: true },
    styles: REPORT_STYLES,
    sections: [
      { properties: { page: page('portrait') }, footers: blank, children: coverParagraphs(report.cover) },
      { properties: { page: page('portrait') }, footers: blank, children: contentsParagraphs() },
      ...body,
    ],
  });
}
