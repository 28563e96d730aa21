import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { allowsAction } from '@jixiao/domain';
import { defaultIfEmpty, from, lastValueFrom, type Observable } from 'rxjs';
import { AuditTrail } from '../audit/audit-trail.service';
import type { RequestWithClaims } from '../authz/access.guard';
import { tenantScopeOf, type AuthenticatedPrincipal } from '../authz/authenticated-principal';
import { ENDPOINT_POLICY, type EndpointPolicy } from '../authz/endpoint.decorator';
import { PrincipalLoader } from '../authz/principal-loader';
import { AppError } from '../errors/app-error';
import { RequestContext } from './request-context';
import { TenantDatabase } from './tenant-database';

/** The principal may not do what the route does: audited after the transaction, answered FORBIDDEN. */
class AccessDenied extends Error {}

/**
 * Runs every authorised request in ONE database transaction scoped to the caller's organisation: its
 * first round trip starts it, sets the tenant context and re-reads the principal (user, organisation,
 * session — so revocation takes effect on the next request), then it checks the route's CASL ability,
 * then runs the handler, whose change, audit entry and outbox messages commit together or not at all.
 * Refusals and handler failures are audited in a transaction of their own, after this one rolled back.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly db: TenantDatabase,
    private readonly principals: PrincipalLoader,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const policy = this.reflector.getAllAndOverride<EndpointPolicy | undefined>(ENDPOINT_POLICY, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (policy?.kind !== 'authorized') return next.handle();
    const request = execution.switchToHttp().getRequest<RequestWithClaims>();
    const claims = request.accessClaims;
    if (!claims) throw AppError.unauthenticated();

    let principal: AuthenticatedPrincipal | null = null;
    const work = this.db
      .runEntering(this.principals.enteringStatement(claims), async (rows) => {
        principal = this.principals.principalOf(claims, rows);
        if (!principal) throw AppError.unauthenticated('AUTH_SESSION_EXPIRED');
        this.context.setPrincipal(principal);
        const scope = tenantScopeOf(principal);
        if (scope.platform) await this.db.setScope(scope);
        if (!allowsAction(principal, policy.action, policy.subject)) throw new AccessDenied();
        return lastValueFrom(next.handle().pipe(defaultIfEmpty(undefined)));
      })
      .catch(async (error: unknown) => {
        const actor: AuthenticatedPrincipal | null = principal;
        if (!actor) throw error;
        if (error instanceof AccessDenied) {
          await this.audit.recordFailure({
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
            action: policy.audit ?? 'access.denied',
            detail: { code: 'FORBIDDEN', method: request.method, path: request.path },
          });
          throw AppError.forbidden();
        }
        if (policy.audit) {
          await this.audit.recordFailure({
            organisationId: actor.organisationId,
            actorUserId: actor.userId,
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
