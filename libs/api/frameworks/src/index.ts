export * from './frameworks.module';
