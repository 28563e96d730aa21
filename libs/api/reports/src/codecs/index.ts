// The report codecs are pure: a ReportDocument (or a DocumentTable) in, bytes out.
export { writeReportDocx } from './docx/report-docx';
export { createPdfConverter, type PdfConverter, type PdfConverterOptions } from './pdf/docx-to-pdf';
export { FONT_ALIASES, SERVER_FONT_PACKAGES } from './pdf/fonts-conf';
export {
  PDF_CONVERSION_MESSAGES,
  PdfConversionError,
  type PdfConversionFailure,
} from './pdf/pdf-conversion-error';
export { writeScoringTableXlsx } from './excel/scoring-table-xlsx';
