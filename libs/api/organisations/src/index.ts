export * from './organisations.module';
