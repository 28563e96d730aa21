import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '@jixiao/api-platform';
import { DATABASE_SCHEMA } from '../../apps/api/src/app/database-schema';
import { createScratchDatabase, dropScratchDatabase } from './test-database';

export const TEST_APP_DB_PASSWORD = 'jixiao_app_test_only';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One database per test run, migrated, dropped afterwards. Suites seed what they need. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = await createScratchDatabase('jixiao_test');
  await migrateDatabase(url, TEST_APP_DB_PASSWORD, DATABASE_SCHEMA);
  project.provide('databaseUrl', url);
  return () => dropScratchDatabase(url);
}
