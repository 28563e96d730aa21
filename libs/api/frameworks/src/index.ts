export * from './frameworks.module';
export { EXAMPLE_FRAMEWORK } from './excel/example-framework';
export { FRAMEWORKS_SCHEMA } from './frameworks.schema';
export { requireValidFramework } from './templates/framework-problems';
export { FrameworkTemplatesService } from './templates/framework-templates.service';
export { xlsxRefusal } from './excel/xlsx-inspection';
// The archive package (归档包, issue 11): the indicator system with its rules, as Excel
export { exportFrameworkWorkbook } from './excel/framework-workbook';
