import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Action, SubjectName } from '@jixiao/domain';

export const ENDPOINT_POLICY = 'jixiao:endpoint-policy';

export type EndpointPolicy =
  | { kind: 'public'; audit?: string }
  | { kind: 'authorized'; action: Action; subject: SubjectName; audit?: string };

/**
 * Every route carries exactly one of `@Authorized` or `@PublicEndpoint`. The global access guard
 * refuses a route without either (fail closed), and a test lists every route to check.
 *
 * `audit` names the action recorded in the audit trail when the request fails, so that refused and
 * failed changes leave a trace too; successful changes are recorded by the service in its transaction.
 */
export function Authorized(action: Action, subject: SubjectName, options: { audit?: string } = {}) {
  const policy: EndpointPolicy = { kind: 'authorized', action, subject, audit: options.audit };
  return applyDecorators(
    SetMetadata(ENDPOINT_POLICY, policy),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'AUTH_REQUIRED / AUTH_SESSION_EXPIRED' }),
    ApiForbiddenResponse({ description: 'FORBIDDEN' }),
  );
}

/** A route anyone may call (sign-in, refresh, health, invitation acceptance). */
export function PublicEndpoint(options: { audit?: string } = {}) {
  const policy: EndpointPolicy = { kind: 'public', audit: options.audit };
  return SetMetadata(ENDPOINT_POLICY, policy);
}
