import { Injectable } from '@nestjs/common';
import type { InvitationPreview } from '@jixiao/contracts';
import {
  AppError,
  AuditTrail,
  isUniqueViolation,
  InvitationEntity,
  OrganisationEntity,
  TenantDatabase,
  UserEntity,
} from '@jixiao/api-platform';
import { IsNull, MoreThan } from 'typeorm';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordPolicy } from '../passwords/password-policy';
import { parseOpaqueToken } from '../sessions/opaque-token';
import type { AcceptInvitationDto } from './accept-invitation.dto';

const invalid = () => new AppError('INVITATION_INVALID', 404);
const emailTaken = () => new AppError('EMAIL_TAKEN', 409, [{ field: 'email', code: 'email.taken' }]);

/** Opening and accepting an invitation link: the link's token is the only credential. */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
  ) {}

  async preview(token: string): Promise<InvitationPreview> {
    const parsed = parseOpaqueToken(token);
    if (!parsed) throw invalid();
    return this.db.run({ organisationId: parsed.organisationId, userId: null, platform: false }, async () => {
      const invitation = await this.findPending(parsed.hash, false);
      const organisation = await this.organisation(invitation.organisationId);
      return {
        email: invitation.email,
        roles: invitation.roles,
        expiresAt: invitation.expiresAt.toISOString(),
        organisation: {
          id: organisation.id,
          kind: organisation.kind,
          name: organisation.name,
          region: organisation.region,
        },
      };
    });
  }

  async accept(dto: AcceptInvitationDto): Promise<{ email: string }> {
    const parsed = parseOpaqueToken(dto.token);
    if (!parsed) throw invalid();
    const displayName = dto.displayName.trim();
    if (!displayName) throw AppError.validation([{ field: 'displayName', code: 'isNotEmpty' }]);
    const passwordHash = await this.prepareHash(
      parsed.organisationId,
      parsed.hash,
      dto.password,
      displayName,
    );

    return this.db.run({ organisationId: parsed.organisationId, userId: null, platform: false }, async () => {
      const invitation = await this.findPending(parsed.hash, true);
      const taken = (await this.db.manager.query(`SELECT 1 FROM auth_find_login($1)`, [
        invitation.email,
      ])) as unknown[];
      if (taken.length > 0) throw emailTaken();
      const user = await this.db.manager
        .getRepository(UserEntity)
        .save({
          organisationId: invitation.organisationId,
          email: invitation.email,
          displayName,
          passwordHash,
          roles: invitation.roles,
          status: 'active' as const,
        })
        .catch((error: unknown) => {
          // Another organisation's invitation for the same address was accepted at the same moment.
          if (isUniqueViolation(error)) throw emailTaken();
          throw error;
        });
      await this.db.manager
        .getRepository(InvitationEntity)
        .update({ id: invitation.id }, { acceptedAt: new Date(), acceptedUserId: user.id });
      await this.audit.record({
        organisationId: invitation.organisationId,
        actorUserId: user.id,
        action: 'invitation.accept',
        targetType: 'user',
        targetId: user.id,
        detail: { invitationId: invitation.id, roles: invitation.roles },
      });
      return { email: invitation.email };
    });
  }

  /** Checks the policy and hashes before the write transaction, so the slow hash holds no row lock. */
  private async prepareHash(
    organisationId: string,
    hash: string,
    password: string,
    displayName: string,
  ): Promise<string> {
    const { email, organisationName } = await this.db.run(
      { organisationId, userId: null, platform: false },
      async () => {
        const invitation = await this.findPending(hash, false);
        return { email: invitation.email, organisationName: (await this.organisation(organisationId)).name };
      },
    );
    assertPasswordPolicy('password', password, { email, displayName, organisationName });
    return this.hasher.hash(password);
  }

  private async findPending(hash: string, lock: boolean): Promise<InvitationEntity> {
    const invitation = await this.db.manager.getRepository(InvitationEntity).findOne({
      where: { tokenHash: hash, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
    });
    if (!invitation) throw invalid();
    return invitation;
  }

  private async organisation(id: string): Promise<OrganisationEntity> {
    const organisation = await this.db.manager.getRepository(OrganisationEntity).findOne({ where: { id } });
    if (!organisation || organisation.status !== 'active') throw invalid();
    return organisation;
  }
}
