import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { defaultIfEmpty, from, lastValueFrom, type Observable } from 'rxjs';
import { AuditTrail } from '../audit/audit-trail.service';
import { tenantScopeOf } from '../authz/authenticated-principal';
import { ENDPOINT_POLICY, type EndpointPolicy } from '../authz/endpoint.decorator';
import { AppError } from '../errors/app-error';
import { RequestContext } from './request-context';
import { TenantDatabase } from './tenant-database';

/**
 * Runs every authorised handler in one database transaction scoped to the caller's organisation:
 * the change, its audit entry and its outbox messages commit together or not at all. When the
 * handler fails, the failure is audited in a transaction of its own.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const policy = this.reflector.getAllAndOverride<EndpointPolicy | undefined>(ENDPOINT_POLICY, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    const principal = this.context.principal;
    if (policy?.kind !== 'authorized' || !principal) return next.handle();

    const request = execution.switchToHttp().getRequest<Request>();
    const work = this.db
      .run(tenantScopeOf(principal), () => lastValueFrom(next.handle().pipe(defaultIfEmpty(undefined))))
      .catch(async (error: unknown) => {
        if (policy.audit) {
          await this.audit.recordFailure({
            organisationId: principal.organisationId,
            actorUserId: principal.userId,
            action: policy.audit,
            targetId: typeof request.params['id'] === 'string' ? request.params['id'].slice(0, 100) : null,
            detail: { code: error instanceof AppError ? error.code : 'INTERNAL' },
          });
        }
        throw error;
      });
    return from(work);
  }
}
