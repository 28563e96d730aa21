import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { defineAbilityFor } from '@jixiao/domain';
import type { Request } from 'express';
import { AuditTrail } from '../audit/audit-trail.service';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../tenancy/request-context';
import type { AccessTokenClaims } from './access-token';
import { ENDPOINT_POLICY, type EndpointPolicy } from './endpoint.decorator';
import { PrincipalLoader } from './principal-loader';

const JwtGuard = AuthGuard('jwt');

/**
 * The one global guard. Routes without a policy are refused; public routes pass; every other route
 * needs a valid access token for a live session of an active user, and a CASL ability allowing the
 * route's action on its subject. Refusals of authenticated users are audited.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly jwt = new JwtGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalLoader,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<EndpointPolicy | undefined>(ENDPOINT_POLICY, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (!policy) throw AppError.forbidden();
    if (policy.kind === 'public') return true;

    try {
      await this.jwt.canActivate(execution);
    } catch {
      throw AppError.unauthenticated();
    }
    const request = execution.switchToHttp().getRequest<Request & { user?: AccessTokenClaims }>();
    if (!request.user) throw AppError.unauthenticated();
    const principal = await this.principals.load(request.user);
    if (!principal) throw AppError.unauthenticated('AUTH_SESSION_EXPIRED');
    this.context.setPrincipal(principal);

    if (!defineAbilityFor(principal).can(policy.action, policy.subject)) {
      await this.audit.recordFailure({
        organisationId: principal.organisationId,
        actorUserId: principal.userId,
        action: policy.audit ?? 'access.denied',
        detail: { code: 'FORBIDDEN', method: request.method, path: request.path },
      });
      throw AppError.forbidden();
    }
    return true;
  }
}
