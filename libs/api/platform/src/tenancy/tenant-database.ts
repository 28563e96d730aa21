import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { DataSource, EntityManager } from 'typeorm';
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
   * enters with `PrincipalLoader.enter`, which sets the context and reads the principal in one round
   * trip. Until that statement has run, the transaction has no tenant context and row-level security
   * shows no row.
   */
  async runSettingOwnScope<T>(work: () => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) =>
      this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set(TX_KEY, manager);
        return work();
      }),
    );
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
