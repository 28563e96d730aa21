import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { QueryFailedError, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import type { TenantScope } from './tenant-scope';

const TX_KEY = 'jixiao.tx';

/**
 * The only way to reach the database at request time. `run` opens a transaction, sets the tenant
 * context with transaction-local `set_config` (so nothing survives on the pooled connection) and makes
 * the transaction's EntityManager available through `manager`. Code that asks for `manager` outside
 * `run` fails loudly instead of quietly running on another connection without context.
 *
 * Transactions run at PostgreSQL's default isolation, READ COMMITTED: TypeORM would spend a second
 * round trip on `SET TRANSACTION ISOLATION LEVEL` for naming it.
 */
@Injectable()
export class TenantDatabase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService,
  ) {}

  get manager(): EntityManager {
    const manager = this.cls.isActive() ? this.cls.get<EntityManager | undefined>(TX_KEY) : undefined;
    if (!manager) throw new Error('Database access outside a tenant transaction');
    return manager;
  }

  get inTransaction(): boolean {
    return this.cls.isActive() && this.cls.get<EntityManager | undefined>(TX_KEY) !== undefined;
  }

  async run<T>(scope: TenantScope, work: () => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await setScope(manager, scope);
      return this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set(TX_KEY, manager);
        return work();
      });
    });
  }

  /**
   * Like `run`, for work whose first statement sets the tenant context itself: an authorised request
   * enters with `app_enter_principal` (PrincipalLoader), which sets the context and reads the principal.
   * That statement travels with `START TRANSACTION` in ONE round trip (the simple query protocol takes
   * several statements; it takes no parameters, so `firstStatement` must be built from validated values
   * only), and `work` gets its rows. Until it has run, the transaction has no tenant context and
   * row-level security shows no row.
   */
  async runEntering<T>(firstStatement: string, work: (firstRows: unknown[]) => Promise<T>): Promise<T> {
    const queryRunner = this.dataSource.createQueryRunner();
    try {
      const firstRows = await startTransactionWith(queryRunner, firstStatement);
      try {
        const result = await this.cls.run({ ifNested: 'inherit' }, () => {
          this.cls.set(TX_KEY, queryRunner.manager);
          return work(firstRows);
        });
        await queryRunner.commitTransaction();
        return result;
      } catch (error) {
        if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
    } finally {
      await queryRunner.release();
    }
  }

  /** Changes the tenant context of the current transaction (e.g. once the caller proves to be an operator). */
  async setScope(scope: TenantScope): Promise<void> {
    await setScope(this.manager, scope);
  }

  /** One round trip on a pooled connection, outside any transaction and tenant context. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}

function setScope(manager: EntityManager, scope: TenantScope): Promise<unknown> {
  return manager.query(
    `SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true), set_config('app.platform', $3, true)`,
    [scope.organisationId ?? '', scope.userId ?? '', scope.platform ? 'on' : 'off'],
  );
}

/** What `queryRunner.connect()` answers on PostgreSQL: a pg client. */
interface PgClient {
  query(text: string): Promise<PgResult | PgResult[]>;
}
interface PgResult {
  command: string;
  rows: unknown[];
}
/** TypeORM's own record of an open transaction, which `startTransaction` would keep. */
interface TransactionBookkeeping {
  isTransactionActive: boolean;
  transactionDepth: number;
}

/**
 * `START TRANSACTION; <firstStatement>` in one round trip, then the query runner's transaction state
 * set as TypeORM's `startTransaction` sets it: `commitTransaction`/`rollbackTransaction` end it, and
 * `manager.save` inside it does not open a transaction of its own. Answers the statement's rows.
 */
async function startTransactionWith(queryRunner: QueryRunner, firstStatement: string): Promise<unknown[]> {
  const client = (await queryRunner.connect()) as PgClient;
  const text = `START TRANSACTION; ${firstStatement}`;
  let results: PgResult | PgResult[];
  try {
    results = await client.query(text);
  } catch (error) {
    // A failed statement leaves the opened transaction aborted: end it before the connection goes back.
    await client.query('ROLLBACK').catch(() => undefined);
    throw new QueryFailedError(text, [], error as Error);
  }
  const bookkeeping = queryRunner as unknown as TransactionBookkeeping;
  bookkeeping.isTransactionActive = true;
  bookkeeping.transactionDepth = 1;
  const last = Array.isArray(results) ? results[results.length - 1] : results;
  return last?.rows ?? [];
}
