export * from './frameworks.module';
export { EXAMPLE_FRAMEWORK } from './excel/example-framework';
export { FRAMEWORKS_SCHEMA } from './frameworks.schema';
export { requireValidFramework } from './templates/framework-problems';
export { FrameworkTemplatesService } from './templates/framework-templates.service';
export { xlsxRefusal } from './excel/xlsx-inspection';
