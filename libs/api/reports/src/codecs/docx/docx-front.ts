import type { ReportCover } from '@jixiao/domain';
import { AlignmentType, HeadingLevel, LineRuleType, Paragraph, TableOfContents, TextRun } from 'docx';

import { FONT, SIZE } from './report-type';
import { oneLine } from './text-lines';

const blank = (lines: number): Paragraph[] =>
  Array.from({ length: lines }, () => new Paragraph({ children: [] }));

/** The cover: title in 方正小标宋简体 2号, the version label, the parties and the date; no page number. */
export function coverParagraphs(cover: ReportCover): Paragraph[] {
  return [
    ...blank(4),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: oneLine(cover.title), font: FONT.title, size: SIZE.hao2 })],
    }),
    ...(cover.versionLabel
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240 },
            children: [
              new TextRun({ text: `（${oneLine(cover.versionLabel)}）`, font: FONT.kaiti, size: SIZE.hao3 }),
            ],
          }),
        ]
      : []),
    ...blank(6),
    ...cover.lines.map(
      (line) =>
        new Paragraph({
          indent: { left: 1280 },
          children: [
            new TextRun({
              text: oneLine(`${line.label}：${line.value}`),
              font: FONT.fangsong,
              size: SIZE.hao3,
            }),
          ],
        }),
    ),
    ...blank(3),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: oneLine(cover.date), font: FONT.fangsong, size: SIZE.hao3 })],
    }),
  ];
}

/**
 * 目录: a real TOC field over Heading1–2, hyperlinked, filled with the headings when written (so viewers that
 * don't update fields still list them) and updated by Word on open (`updateFields`).
 */
export function contentsParagraphs(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 240 },
      children: [new TextRun({ text: '目  录', font: FONT.heiti, size: SIZE.hao2 })],
    }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}
