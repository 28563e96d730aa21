import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Pool, type PoolClient } from 'pg';
import type { Db as IDatabase } from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** SQL on the owner connection, in or outside a transaction. */
export interface OwnerSql {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** One owner transaction: savepoints for per-item failures, and pg-boss sends that commit with it. */
export interface OwnerTransaction extends OwnerSql {
  /** Runs `work` under a savepoint: when it throws, only its changes are rolled back (and it rethrows). */
  savepoint<T>(work: () => Promise<T>): Promise<T>;
  /** This transaction as pg-boss's `db` option, so a job is queued exactly when the transaction commits. */
  readonly boss: IDatabase;
}

/**
 * The jobs' connection: the owner role (DATABASE_URL), which reads every tenant's outbox and writes
 * notifications across organisations. Only job handlers use it; requests go through `TenantDatabase`
 * as the runtime role under row-level security (docs/operations.md "Database roles").
 */
@Injectable()
export class OwnerDatabase implements OnModuleDestroy {
  private pool: Pool | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private connect(): Pool {
    this.pool ??= new Pool({
      connectionString: this.config.ownerDatabaseUrl,
      application_name: 'jixiao-jobs',
      max: 3,
    });
    return this.pool;
  }

  async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.connect().query(sql, [...params])).rows as T[];
  }

  async transaction<T>(work: (tx: OwnerTransaction) => Promise<T>): Promise<T> {
    const client = await this.connect().connect();
    try {
      await client.query('BEGIN');
      const result = await work(transactionOn(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.end();
  }
}

function transactionOn(client: PoolClient): OwnerTransaction {
  let savepoints = 0;
  const query = async <T>(sql: string, params: readonly unknown[] = []): Promise<T[]> =>
    (await client.query(sql, [...params])).rows as T[];
  return {
    query,
    async savepoint<T>(work: () => Promise<T>): Promise<T> {
      const name = `item_${++savepoints}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        const result = await work();
        await client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    },
    boss: {
      executeSql: async (text: string, values?: unknown[]) => ({
        rows: (await client.query(text, values)).rows as unknown[],
      }),
    } as IDatabase,
  };
}
