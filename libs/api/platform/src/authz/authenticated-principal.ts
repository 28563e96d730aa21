import type { Principal } from '@jixiao/domain';
import type { TenantScope } from '../tenancy/tenant-scope';

/** A principal verified from an access token and re-read from the database on this request. */
export interface AuthenticatedPrincipal extends Principal {
  sessionId: string;
  email: string;
  displayName: string;
  organisationName: string;
  organisationRegion: string;
}

export function tenantScopeOf(principal: AuthenticatedPrincipal): TenantScope {
  return {
    organisationId: principal.organisationId,
    userId: principal.userId,
    platform: principal.organisationKind === 'platform' && principal.roles.includes('operator'),
  };
}
