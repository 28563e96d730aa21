import { Injectable } from '@nestjs/common';
import { isRole, type OrganisationKind } from '@jixiao/domain';
import { TenantDatabase } from '../tenancy/tenant-database';
import type { TenantScope } from '../tenancy/tenant-scope';
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
 * Reads in the current transaction, whose tenant context must be the token's organisation and user.
 */
@Injectable()
export class PrincipalLoader {
  constructor(private readonly db: TenantDatabase) {}

  /** The tenant context the principal is read in: the token's organisation and user, never platform. */
  static scopeOf(claims: AccessTokenClaims): TenantScope {
    return { organisationId: claims.org, userId: claims.sub, platform: false };
  }

  async load(claims: AccessTokenClaims): Promise<AuthenticatedPrincipal | null> {
    const rows = (await this.db.manager.query(
      `SELECT u.email, u.display_name, u.roles, u.status AS user_status,
              o.kind, o.name AS organisation_name, o.region, o.status AS organisation_status,
              s.revoked_at, s.expires_at
         FROM app_user u
         JOIN organisation o ON o.id = u.organisation_id
         JOIN auth_session s ON s.user_id = u.id AND s.organisation_id = u.organisation_id
        WHERE u.id = $1 AND u.organisation_id = $2 AND s.id = $3`,
      [claims.sub, claims.org, claims.sid],
    )) as PrincipalRow[];
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
