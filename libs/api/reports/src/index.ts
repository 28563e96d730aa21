// Report rendering codecs (issue 10): ReportDocument → Word, Word → PDF, scoring table → Excel.
export * from './codecs';
