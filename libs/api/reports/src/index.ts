// Report rendering codecs (issue 10): ReportDocument → Word, Word → PDF, scoring table → Excel.
export * from './codecs';
// The report: versions, the consistency gate, narrative (issue 10)
export { ReportsModule } from './reports.module';
export { REPORTS_SCHEMA } from './reports.schema';
