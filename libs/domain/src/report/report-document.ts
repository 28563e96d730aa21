/**
 * A report ready to render: the one shape the browser preview, the Word (.docx) writer and the PDF
 * converter share, so the three can never show different things. It is built from the report model
 * (outline + narrative + data blocks + resolved placeholders) and carries no layout decisions beyond
 * what an official Chinese report fixes (heading levels 一、（一）1.（1）, tables with header rows,
 * landscape sections for wide tables); page size, margins and type are the writers' business
 * (`docs`: report-format).
 */
export interface ReportDocument {
  /** 昌吉市中山路街道办事处2024年度部门整体支出绩效评价报告 */
  title: string;
  cover: ReportCover;
  /** The body after the cover and the table of contents, in reading order. */
  sections: DocumentSection[];
}

export interface ReportCover {
  title: string;
  /** 交换意见稿, 终稿 … (empty for the issued report). */
  versionLabel: string;
  /** 委托单位, 被评价单位, 评价机构 … as label and value pairs, in order. */
  lines: readonly { label: string; value: string }[];
  /** The report's date as printed: "2025年7月15日". */
  date: string;
}

/** A run of pages with one orientation (附件1's scoring table is often landscape). */
export interface DocumentSection {
  orientation: 'portrait' | 'landscape';
  /** Starts on a new page (附件 do). */
  newPage: boolean;
  blocks: DocumentBlock[];
}

export type DocumentBlock = DocumentHeading | DocumentParagraph | DocumentTable;

export interface DocumentHeading {
  kind: 'heading';
  /** 1: 一、 2: （一） 3: 1. 4: （1）; the numbering is part of `text`. */
  level: 1 | 2 | 3 | 4;
  text: string;
  /** Stable id of the place, for links from the consistency gate and the table of contents. */
  anchor: string;
}

export interface DocumentParagraph {
  kind: 'paragraph';
  runs: DocumentRun[];
  /** Body text is indented two characters; table notes and signatures are not. */
  indent: boolean;
  align: 'left' | 'center' | 'right' | 'justify';
  anchor?: string;
}

export interface DocumentRun {
  text: string;
  bold?: boolean;
  /** Set when the text is a placeholder's resolved value: the placeholder's key (e.g. `budget.execution_rate`). */
  placeholder?: string;
}

export interface DocumentTable {
  kind: 'table';
  anchor: string;
  /** 表1 部门整体支出绩效评价得分情况 (printed above the table). */
  caption: string;
  /** Printed right-aligned between the caption and the table: "单位：万元". */
  unit?: string;
  /**
   * Header rows, repeated on every page the table runs over. In header and body rows alike a cell covered
   * by a span from above (rowSpan) or from the left (colSpan) is left out, as in HTML.
   */
  header: DocumentCell[][];
  rows: DocumentCell[][];
  /** Relative column widths, one per column (they are scaled to the type area). */
  widths: number[];
  /** A line under the table: "注：…". */
  note?: string;
}

export interface DocumentCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Set when the cell shows a placeholder's value (numbers from the data). */
  placeholder?: string;
}
