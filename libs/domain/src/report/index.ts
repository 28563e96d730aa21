export * from './report-document';
