import type { MigrationInterface } from 'typeorm';

type Constructor<T = unknown> = new (...args: never[]) => T;

/**
 * The tables a capability owns: its TypeORM entities and its migrations. Each capability library
 * exports one; the app combines them (`combineSchemas`) and hands the result to the platform.
 */
export interface DatabaseSchema {
  entities: readonly Constructor[];
  migrations: readonly Constructor<MigrationInterface>[];
}

/** One schema of many; migrations run in the order of their timestamps, whatever the order here. */
export function combineSchemas(...schemas: readonly DatabaseSchema[]): DatabaseSchema {
  return {
    entities: schemas.flatMap((schema) => schema.entities),
    migrations: schemas
      .flatMap((schema) => schema.migrations)
      .sort((a, b) => migrationTimestamp(a) - migrationTimestamp(b)),
  };
}

function migrationTimestamp(migration: Constructor<MigrationInterface>): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration class ${migration.name} does not end in a 13-digit timestamp`);
  return Number(match[1]);
}
