import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  loadAppConfig,
  RequestContext,
  TenantDatabase,
  tenantScopeOf,
  type AuthenticatedPrincipal,
} from '@jixiao/api-platform';
import type { OrganisationKind } from '@jixiao/domain';
import { ClsService } from 'nestjs-cls';
import { inject } from 'vitest';
import { AppModule } from '../../apps/api/src/app/app.module';
import type { BuiltOrganisation, BuiltUser } from '../factories';
import { TEST_APP_DB_PASSWORD } from './database.global-setup';

/**
 * The application's services on the run's database, without HTTP: the medium test tier. `as(principal, work)`
 * runs `work` the way a request would — request context, the principal, one tenant transaction.
 */
export interface ServiceContext {
  app: INestApplicationContext;
  databaseUrl: string;
  as<T>(organisation: BuiltOrganisation, user: BuiltUser, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function startServiceContext(): Promise<ServiceContext> {
  const databaseUrl = inject('databaseUrl');
  const config = loadAppConfig({
    DATABASE_URL: databaseUrl,
    APP_DB_PASSWORD: TEST_APP_DB_PASSWORD,
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://localhost:3000',
  });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  const cls = app.get(ClsService);
  const context = app.get(RequestContext);
  const db = app.get(TenantDatabase);
  return {
    app,
    databaseUrl,
    as: (organisation, user, work) =>
      cls.run(() => {
        const principal: AuthenticatedPrincipal = {
          userId: user.id,
          organisationId: organisation.id,
          organisationKind: organisation.kind as OrganisationKind,
          roles: user.roles,
          sessionId: '00000000-0000-4000-8000-000000000000',
          email: user.email,
          displayName: user.displayName,
          organisationName: organisation.name,
          organisationRegion: '测试地区',
        };
        context.setPrincipal(principal);
        return db.run(tenantScopeOf(principal), work);
      }),
    close: () => app.close(),
  };
}
