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
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      await manager.query(
        `SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true), set_config('app.platform', $3, true)`,
        [scope.organisationId ?? '', scope.userId ?? '', scope.platform ? 'on' : 'off'],
      );
      return this.cls.run({ ifNested: 'inherit' }, () => {
        this.cls.set(TX_KEY, manager);
        return work();
      });
    });
  }
}
