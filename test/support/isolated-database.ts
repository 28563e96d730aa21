import { migrateDatabase } from '@jixiao/api-platform';
import { DATABASE_SCHEMA } from '../../apps/api/src/app/database-schema';
import { TEST_APP_DB_PASSWORD } from './database.global-setup';
import { createScratchDatabase, dropScratchDatabase } from './test-database';

/**
 * A migrated database of the suite's own. Job workers take every queued job of their database, so every
 * suite that starts workers has one: it would take other suites' jobs (mails, renders, archive packages),
 * and theirs would delay its own.
 */
export async function isolatedDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = await createScratchDatabase(prefix);
  await migrateDatabase(url, TEST_APP_DB_PASSWORD, DATABASE_SCHEMA);
  return { url, drop: () => dropScratchDatabase(url) };
}
