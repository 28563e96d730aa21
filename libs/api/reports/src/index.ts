// Report rendering codecs (issue 10): ReportDocument → Word, Word → PDF, scoring table → Excel.
export * from './codecs';
// The report: versions, the consistency gate, narrative (issue 10)
export { ReportsModule } from './reports.module';
export { REPORTS_SCHEMA } from './reports.schema';
// The archive package (归档包, issue 11)
export { ArchiveModule } from './archive/archive.module';
export { verifyArchiveZip, type ArchiveCheck } from './archive/codec';
export { verifyArchiveFile } from './archive/verify-archive-file';
// Demo data (issue 11): the seed queues the archived demo evaluation's package as the ARCHIVE hook does
export { ARCHIVE_PACKAGE_OUTBOX_KIND } from './archive/archive-package.planner';
export { QUEUE_ARCHIVE_PACKAGES } from './archive/archive-package.repository';
