import { Client } from 'pg';
import { appDatabaseUrl } from '@jixiao/api-platform';
import { TEST_APP_DB_PASSWORD } from './database.global-setup';

/** What a probe sets, as the API would per transaction: the organisation and the operator flag. */
export interface RuntimeContext {
  organisationId?: string | null;
  platform?: boolean;
}

/** A connection as the runtime role `jixiao_app`, the one the API uses: for probes at the SQL level. */
export interface RuntimeRole {
  client: Client;
  /** Runs `sql` in a transaction with `context` set, then rolls it back. */
  query<T>(context: RuntimeContext, sql: string, params?: unknown[]): Promise<T[]>;
}

export async function connectRuntimeRole(databaseUrl: string): Promise<RuntimeRole> {
  const client = new Client({ connectionString: appDatabaseUrl(databaseUrl, TEST_APP_DB_PASSWORD) });
  await client.connect();
  return {
    client,
    async query<T>(context: RuntimeContext, sql: string, params: unknown[] = []): Promise<T[]> {
      await client.query('BEGIN');
      try {
        await client.query(
          `SELECT set_config('app.org_id', $1, true), set_config('app.platform', $2, true)`,
          [context.organisationId ?? '', context.platform ? 'on' : 'off'],
        );
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.query('ROLLBACK');
      }
    },
  };
}
