import { AlignmentType, type IStylesOptions, LineRuleType } from 'docx';

import { BODY_INDENT, BODY_LINE, FONT, SIZE } from './report-type';

const BLACK = '000000';

const heading = (font: (typeof FONT)[keyof typeof FONT], bold: boolean, outlineLevel: number) => ({
  run: { font, size: SIZE.hao3, bold, italics: false, color: BLACK },
  paragraph: {
    outlineLevel,
    keepNext: true,
    keepLines: true,
    indent: { firstLine: BODY_INDENT },
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  },
});

const tocEntry = (id: string, name: string, left: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  uiPriority: 39,
  run: { font: FONT.fangsong, size: SIZE.hao4 },
  paragraph: { indent: { left }, spacing: { line: 520, lineRule: LineRuleType.EXACT } },
});

/**
 * Word's own styles redefined with the report's type: Heading1..4 keep their built-in names, so Word's
 * navigation pane, outline view and table of contents see them; TOC1/TOC2 shape the contents' entries.
 */
export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT.fangsong, size: SIZE.hao3 },
      paragraph: { spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT } },
    },
    title: {
      run: { font: FONT.title, size: SIZE.hao2, bold: false, color: BLACK },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT } },
    },
    heading1: heading(FONT.heiti, false, 0),
    heading2: heading(FONT.kaiti, false, 1),
    heading3: heading(FONT.fangsong, true, 2),
    heading4: heading(FONT.fangsong, false, 3),
  },
  paragraphStyles: [tocEntry('TOC1', 'toc 1', 0), tocEntry('TOC2', 'toc 2', 420)],
};
