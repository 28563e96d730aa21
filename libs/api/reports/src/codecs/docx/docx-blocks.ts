import type { DocumentBlock, DocumentHeading, DocumentParagraph, DocumentTable } from '@jixiao/domain';
import {
  AlignmentType,
  Bookmark,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  type Table,
  TextRun,
} from 'docx';

import { bookmarkNamer } from './bookmark-name';
import { docxTable } from './docx-table';
import { BODY_INDENT, BODY_LINE, FONT, SIZE } from './report-type';
import { lines, oneLine } from './text-lines';

const HEADING = {
  1: { level: HeadingLevel.HEADING_1, font: FONT.heiti, bold: false },
  2: { level: HeadingLevel.HEADING_2, font: FONT.kaiti, bold: false },
  3: { level: HeadingLevel.HEADING_3, font: FONT.fangsong, bold: true },
  4: { level: HeadingLevel.HEADING_4, font: FONT.fangsong, bold: false },
} as const;

const PARAGRAPH_ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

type BookmarkName = ReturnType<typeof bookmarkNamer>;

function anchored(
  children: ParagraphChild[],
  anchor: string | undefined,
  name: BookmarkName,
): ParagraphChild[] {
  return anchor ? [new Bookmark({ id: name(anchor), children })] : children;
}

function headingParagraph(block: DocumentHeading, name: BookmarkName): Paragraph {
  const style = HEADING[block.level];
  const run = new TextRun({ text: oneLine(block.text), font: style.font, size: SIZE.hao3, bold: style.bold });
  return new Paragraph({ heading: style.level, children: anchored([run], block.anchor, name) });
}

function bodyParagraph(block: DocumentParagraph, name: BookmarkName): Paragraph {
  // A line break inside a run (pasted text) becomes a manual line break, as Word writes it.
  const runs = block.runs.flatMap((run) =>
    lines(run.text).map(
      (text, index) =>
        new TextRun({
          text,
          break: index > 0 ? 1 : undefined,
          bold: run.bold,
          font: FONT.fangsong,
          size: SIZE.hao3,
        }),
    ),
  );
  return new Paragraph({
    alignment: PARAGRAPH_ALIGN[block.align],
    indent: block.indent ? { firstLine: BODY_INDENT } : undefined,
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT },
    widowControl: true,
    children: anchored(runs, block.anchor, name),
  });
}

function smallLine(
  text: string,
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType],
  keepNext: boolean,
) {
  return new Paragraph({
    alignment,
    keepNext,
    spacing: { line: 360, lineRule: LineRuleType.AT_LEAST, before: 60, after: 60 },
    children: [new TextRun({ text: oneLine(text), font: FONT.fangsong, size: SIZE.xiao4 })],
  });
}

function tableBlocks(block: DocumentTable, typeAreaWidth: number, name: BookmarkName): (Paragraph | Table)[] {
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    keepLines: true,
    spacing: { line: 400, lineRule: LineRuleType.AT_LEAST, before: 120, after: 60 },
    children: anchored(
      [new TextRun({ text: oneLine(block.caption), font: FONT.fangsong, size: SIZE.hao4, bold: true })],
      block.anchor,
      name,
    ),
  });
  return [
    caption,
    ...(block.unit ? [smallLine(block.unit, AlignmentType.RIGHT, true)] : []),
    docxTable(block, typeAreaWidth),
    ...(block.note
      ? [smallLine(block.note, AlignmentType.LEFT, false)]
      : [smallLine('', AlignmentType.LEFT, false)]),
  ];
}

/** The blocks of one section as .docx paragraphs and tables. */
export function docxBlocks(
  blocks: readonly DocumentBlock[],
  typeAreaWidth: number,
  name: BookmarkName,
): (Paragraph | Table)[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [headingParagraph(block, name)];
      case 'paragraph':
        return [bodyParagraph(block, name)];
      case 'table':
        return tableBlocks(block, typeAreaWidth, name);
    }
  });
}
