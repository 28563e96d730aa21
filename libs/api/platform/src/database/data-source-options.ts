import type { DataSourceOptions } from 'typeorm';
import type { DatabaseSchema } from './database-schema';

/** Options for a connection; `url` decides the role (owner for migrations, jixiao_app at runtime). */
export function dataSourceOptions(
  url: string,
  applicationName: string,
  schema: DatabaseSchema,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...schema.entities],
    migrations: [...schema.migrations],
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging: ['error', 'migration'],
    applicationName,
    extra: { max: 10 },
  };
}
