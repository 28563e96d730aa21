import { createSecretKey } from 'node:crypto';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { localeFromAcceptLanguage } from '@jixiao/contracts';
import type { Request, Response } from 'express';
import { ClsModule, ClsService } from 'nestjs-cls';
import { AuditTrail } from './audit/audit-trail.service';
import { AccessGuard } from './authz/access.guard';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './authz/access-token';
import { AccessTokenVerifier } from './authz/access-token-verifier';
import { PrincipalLoader } from './authz/principal-loader';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import type { DatabaseSchema } from './database/database-schema';
import { AppExceptionFilter } from './errors/app-exception.filter';
import { DatabaseReadiness } from './health/database-readiness';
import { HealthController } from './health/health.controller';
import { IdempotencyStore } from './idempotency/idempotency-store';
import { FileStorageModule } from './storage/file-storage.module';
import { Outbox } from './outbox/outbox.service';
import { RequestContext } from './tenancy/request-context';
import { requestIdOf } from './tenancy/request-id';
import { TenantDatabase } from './tenancy/tenant-database';
import { TenantTransactionInterceptor } from './tenancy/tenant-transaction.interceptor';

/** Database, tenancy, request context, authentication guard, errors, audit and file storage: what every feature stands on. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, schema: DatabaseSchema): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ClsModule.forRoot({
          global: true,
          middleware: {
            mount: true,
            generateId: true,
            // No proxy providers and no plugins here: resolving them costs every request a require()
            // lookup (file-system stats) and two awaited hooks (tools/bench/bare-vs-product.mjs profile).
            resolveProxyProviders: false,
            initializePlugins: false,
            idGenerator: requestIdOf,
            setup: (cls: ClsService, request: Request, response: Response) => {
              response.setHeader('x-request-id', cls.getId());
              new RequestContext(cls).setClient(
                localeFromAcceptLanguage(request.headers['accept-language']),
                request.ip ?? null,
                request.headers['user-agent'] ?? null,
              );
            },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(config.appDatabaseUrl, 'jixiao-api', schema)),
        PassportModule,
        FileStorageModule.forRoot(config.storage),
        JwtModule.register({
          // A KeyObject: given a string, jsonwebtoken tries (and fails) to parse a public key on every call.
          secret: createSecretKey(Buffer.from(config.jwtSecret)),
          signOptions: {
            algorithm: ACCESS_TOKEN_ALGORITHM,
            issuer: ACCESS_TOKEN_ISSUER,
            audience: ACCESS_TOKEN_AUDIENCE,
            expiresIn: config.accessTokenTtlSeconds,
          },
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        TenantDatabase,
        RequestContext,
        AuditTrail,
        Outbox,
        IdempotencyStore,
        PrincipalLoader,
        AccessTokenVerifier,
        DatabaseReadiness,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
      ],
      exports: [APP_CONFIG, TenantDatabase, RequestContext, AuditTrail, Outbox, IdempotencyStore, JwtModule],
    };
  }
}
