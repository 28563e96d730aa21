import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CreatedInvitation, InvitationRecord } from '@jixiao/contracts';
import { invalidRolesForKind, type OrganisationKind, type Role } from '@jixiao/domain';
import {
  APP_CONFIG,
  AppError,
  AuditTrail,
  InvitationEntity,
  Outbox,
  RequestContext,
  TenantDatabase,
  type AppConfig,
} from '@jixiao/api-platform';
import { newOpaqueToken } from '@jixiao/api-auth';
import { IsNull } from 'typeorm';

export function invitationStatus(invitation: InvitationEntity, now = Date.now()): InvitationRecord['status'] {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now) return 'expired';
  return 'pending';
}

export function toInvitationRecord(invitation: InvitationEntity): InvitationRecord {
  return {
    id: invitation.id,
    email: invitation.email,
    roles: invitation.roles,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
    status: invitationStatus(invitation),
  };
}

export interface InvitationRequest {
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationName: string;
  email: string;
  roles: Role[];
}

/**
 * Creates a single-use invitation link in the current transaction. There is no mail server: the link
 * goes back to the inviting admin, and the message that would be mailed is written to the outbox.
 * A pending invitation for the same address in the same organisation is replaced.
 */
@Injectable()
export class InvitationIssuer {
  constructor(
    private readonly db: TenantDatabase,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(request: InvitationRequest): Promise<CreatedInvitation> {
    const email = request.email.trim().toLowerCase();
    const invalidRoles = invalidRolesForKind(request.organisationKind, request.roles);
    if (invalidRoles.length > 0) {
      throw new AppError('ROLE_NOT_ALLOWED', 400, [{ field: 'roles', code: 'roles.not_allowed' }]);
    }
    // Only this organisation's own users are checked (RLS scopes the query): whether the address has
    // an account in another organisation is not the inviting admin's business. Such an invitation is
    // issued like any other and its acceptance answers EMAIL_TAKEN to the person who owns the address.
    const taken = (await this.db.manager.query(
      `SELECT 1 FROM app_user WHERE organisation_id = $1 AND email = $2`,
      [request.organisationId, email],
    )) as unknown[];
    if (taken.length > 0) throw new AppError('EMAIL_TAKEN', 409, [{ field: 'email', code: 'email.taken' }]);

    const invitations = this.db.manager.getRepository(InvitationEntity);
    await invitations.update(
      { organisationId: request.organisationId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    const { token, hash } = newOpaqueToken(request.organisationId);
    // Written without RETURNING: the platform operator may insert the first admin's invitation of a
    // new organisation, but RLS does not let it read that organisation's rows back.
    const invitation = {
      id: randomUUID(),
      organisationId: request.organisationId,
      email,
      roles: [...new Set(request.roles)],
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + this.config.invitationTtlSeconds * 1000),
    };
    await this.db.manager.query(
      `INSERT INTO invitation (id, organisation_id, email, roles, token_hash, invited_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        invitation.id,
        invitation.organisationId,
        email,
        invitation.roles,
        hash,
        this.context.principal?.userId ?? null,
        invitation.createdAt,
        invitation.expiresAt,
      ],
    );
    const link = `${this.config.publicUrl}/invite/${encodeURIComponent(token)}`;
    await this.outbox.enqueue(request.organisationId, 'email.invitation', {
      to: email,
      organisationName: request.organisationName,
      roles: invitation.roles,
      link,
      expiresAt: invitation.expiresAt.toISOString(),
    });
    await this.audit.record({
      action: 'user.invite',
      targetType: 'invitation',
      targetId: invitation.id,
      detail: { email, roles: invitation.roles, organisationId: request.organisationId },
    });
    return {
      invitation: toInvitationRecord({
        ...invitation,
        tokenHash: hash,
        invitedBy: null,
        acceptedAt: null,
        acceptedUserId: null,
        revokedAt: null,
      }),
      link,
    };
  }
}
