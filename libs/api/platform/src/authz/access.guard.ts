import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import type { AccessTokenClaims } from './access-token';
import { AccessTokenVerifier } from './access-token-verifier';
import { ENDPOINT_POLICY, type EndpointPolicy } from './endpoint.decorator';

/** The verified claims of an authorised request's access token, set by the AccessGuard. */
export type RequestWithClaims = Request & { accessClaims?: AccessTokenClaims };

/**
 * The one global guard. Routes without a policy are refused; public routes pass; every other route
 * needs a valid access token. The rest of the check — a live session of an active user in an active
 * organisation, and a CASL ability allowing the route's action — happens in the request's own
 * transaction (TenantTransactionInterceptor), so one transaction serves the check and the handler.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
  ) {}

  canActivate(execution: ExecutionContext): boolean {
    const policy = this.reflector.getAllAndOverride<EndpointPolicy | undefined>(ENDPOINT_POLICY, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (!policy) throw AppError.forbidden();
    if (policy.kind === 'public') return true;

    const request = execution.switchToHttp().getRequest<RequestWithClaims>();
    const claims = this.tokens.verify(request.headers.authorization);
    if (!claims) throw AppError.unauthenticated();
    request.accessClaims = claims;
    return true;
  }
}
