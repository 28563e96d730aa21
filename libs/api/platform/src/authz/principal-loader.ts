import { Injectable } from '@nestjs/common';
import { isRole, type OrganisationKind } from '@jixiao/domain';
import { isUuid, type AccessTokenClaims } from './access-token';
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
 * `enteringStatement` is an authorised request's first statement: `app_enter_principal` (migration
 * 1764390000000) sets the transaction's tenant context to the token's organisation and user — never
 * platform — and reads the principal under row-level security; `TenantDatabase.runEntering` sends it
 * with `START TRANSACTION` in one round trip.
 */
@Injectable()
export class PrincipalLoader {
  /**
   * The entering statement for verified claims. It is sent without parameters, so the ids are written
   * into it — only after they are proven to be UUIDs (hex digits and dashes), which cannot break out
   * of a string literal.
   */
  enteringStatement(claims: AccessTokenClaims): string {
    const ids = [claims.org, claims.sub, claims.sid];
    if (!ids.every(isUuid)) throw new Error('Access token claims are not UUIDs');
    return `SELECT * FROM app_enter_principal(${ids.map((id) => `'${id}'::uuid`).join(', ')})`;
  }

  /** The principal from the entering statement's rows, or null if it may not act (any more). */
  principalOf(claims: AccessTokenClaims, rows: unknown[]): AuthenticatedPrincipal | null {
    const row = rows[0] as PrincipalRow | undefined;
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
