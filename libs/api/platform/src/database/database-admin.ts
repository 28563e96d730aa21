import { DataSource } from 'typeorm';
import { APP_DATABASE_ROLE } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import type { DatabaseSchema } from './database-schema';

/** Opens an owner connection, runs `fn`, closes it. */
export async function withOwnerDataSource<T>(
  ownerUrl: string,
  schema: DatabaseSchema,
  fn: (ds: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions(ownerUrl, 'jixiao-admin', schema));
  await dataSource.initialize();
  try {
    return await fn(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Applies pending migrations, then lets the runtime role log in with the configured password.
 * Returns the names of the migrations applied.
 */
export async function migrateDatabase(
  ownerUrl: string,
  appPassword: string,
  schema: DatabaseSchema,
): Promise<string[]> {
  return withOwnerDataSource(ownerUrl, schema, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const [{ quoted }] = (await dataSource.query(`SELECT quote_literal($1) AS quoted`, [appPassword])) as [
      { quoted: string },
    ];
    await dataSource.query(`ALTER ROLE ${APP_DATABASE_ROLE} LOGIN PASSWORD ${quoted}`);
    const [{ db }] = (await dataSource.query(`SELECT quote_ident(current_database()) AS db`)) as [
      { db: string },
    ];
    // docs/operations.md "Database roles": the database is not open to PUBLIC; the runtime role may
    // connect to it (and to no other), but not create temporary tables.
    await dataSource.query(`REVOKE CONNECT, TEMPORARY ON DATABASE ${db} FROM PUBLIC`);
    await dataSource.query(`GRANT CONNECT ON DATABASE ${db} TO ${APP_DATABASE_ROLE}`);
    return applied.map((migration) => migration.name);
  });
}

/** Drops every object in the public schema and migrates again. Development and tests only. */
export async function resetDatabase(
  ownerUrl: string,
  appPassword: string,
  schema: DatabaseSchema,
): Promise<string[]> {
  await withOwnerDataSource(ownerUrl, schema, async (dataSource) => {
    await dataSource.query(`DROP SCHEMA public CASCADE`);
    await dataSource.query(`CREATE SCHEMA public`);
  });
  return migrateDatabase(ownerUrl, appPassword, schema);
}
