export * from './frameworks.module';
export { EXAMPLE_FRAMEWORK } from './excel/example-framework';
