import { Injectable } from '@nestjs/common';
import { isRole, type OrganisationKind } from '@jixiao/domain';
import { TenantDatabase } from '../tenancy/tenant-database';
import type { AccessTokenClaims } from './access-token';
import type { AuthenticatedPrincipal } from './authenticated-principal';

interface PrincipalRow {
  email: string;
  display_name: string;
  roles: string[];
  user_status: string;
  kind: OrganisationKind;
  organisation_name: string;
  region: string;
  organisation_status: string;
  revoked_at: Date | null;
  expires_at: Date;
}

/**
 * Re-reads the user, organisation and session behind an access token on every request, so that a
 * disabled user, a revoked session or a role change takes effect at once, not when the token expires.
 * `enter` is an authorised request's first statement: `app_enter_principal` (migration
 * 1764390000000) sets the transaction's tenant context to the token's organisation and user — never
 * platform — and reads the principal under row-level security, in one round trip.
 */
@Injectable()
export class PrincipalLoader {
  constructor(private readonly db: TenantDatabase) {}

  /** Sets the tenant context of the current transaction from the token and reads the principal in it. */
  async enter(claims: AccessTokenClaims): Promise<AuthenticatedPrincipal | null> {
    const rows = (await this.db.manager.query(`SELECT * FROM app_enter_principal($1, $2, $3)`, [
      claims.org,
      claims.sub,
      claims.sid,
    ])) as PrincipalRow[];
    const row = rows[0];
    if (!row) return null;
    const usable =
      row.user_status === 'active' &&
      row.organisation_status === 'active' &&
      row.revoked_at === null &&
      row.expires_at.getTime() > Date.now();
    if (!usable) return null;
    return {
      userId: claims.sub,
      organisationId: claims.org,
      sessionId: claims.sid,
      organisationKind: row.kind,
      roles: row.roles.filter(isRole),
      email: row.email,
      displayName: row.display_name,
      organisationName: row.organisation_name,
      organisationRegion: row.region,
    };
  }
}
