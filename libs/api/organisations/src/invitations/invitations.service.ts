import { Injectable } from '@nestjs/common';
import type { CreatedInvitation, InvitationRecord } from '@jixiao/contracts';
import { abilityFor, allowsOn } from '@jixiao/domain';
import { AppError, AuditTrail, InvitationEntity, RequestContext, TenantDatabase } from '@jixiao/api-platform';
import type { CreateInvitationDto } from './create-invitation.dto';
import { InvitationIssuer, invitationStatus, toInvitationRecord } from './invitation-issuer';

/** An organisation admin's invitations of new users into their own organisation. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
    private readonly issuer: InvitationIssuer,
    private readonly audit: AuditTrail,
  ) {}

  async list(): Promise<InvitationRecord[]> {
    const principal = this.context.requirePrincipal();
    const invitations = await this.db.manager.getRepository(InvitationEntity).find({
      where: { organisationId: principal.organisationId },
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return invitations.map(toInvitationRecord);
  }

  async create(dto: CreateInvitationDto): Promise<CreatedInvitation> {
    const principal = this.context.requirePrincipal();
    return this.issuer.issue({
      organisationId: principal.organisationId,
      organisationKind: principal.organisationKind,
      organisationName: principal.organisationName,
      email: dto.email,
      roles: dto.roles,
    });
  }

  async revoke(id: string): Promise<void> {
    const principal = this.context.requirePrincipal();
    const invitations = this.db.manager.getRepository(InvitationEntity);
    const invitation = await invitations.findOne({
      where: { id, organisationId: principal.organisationId },
      lock: { mode: 'for_no_key_update' },
    });
    if (!invitation || !allowsOn(abilityFor(principal), 'delete', 'Invitation', invitation)) {
      throw AppError.notFound();
    }
    if (invitationStatus(invitation) !== 'pending') throw new AppError('INVITATION_INVALID', 409);
    await invitations.update({ id }, { revokedAt: new Date() });
    await this.audit.record({
      action: 'invitation.revoke',
      targetType: 'invitation',
      targetId: id,
      detail: { email: invitation.email },
    });
  }
}
