import { Injectable } from '@nestjs/common';
import type { CreatedOrganisation, Organisation } from '@jixiao/contracts';
import {
  ADMIN_ROLE_BY_KIND,
  creditCodeProblem,
  allowsFieldOn,
  allowsOn,
  abilityFor,
  normaliseCreditCode,
} from '@jixiao/domain';
import {
  AppError,
  AuditTrail,
  isUniqueViolation,
  OrganisationEntity,
  RequestContext,
  TenantDatabase,
} from '@jixiao/api-platform';
import { InvitationIssuer } from '../invitations/invitation-issuer';
import type { CreateOrganisationDto } from './create-organisation.dto';
import type { UpdateOrganisationDto } from './update-organisation.dto';

export function toOrganisation(organisation: OrganisationEntity): Organisation {
  return {
    id: organisation.id,
    kind: organisation.kind,
    name: organisation.name,
    region: organisation.region,
    creditCode: organisation.creditCode,
    contactName: organisation.contactName,
    contactPhone: organisation.contactPhone,
    status: organisation.status,
    createdAt: organisation.createdAt.toISOString(),
    parentBureauId: organisation.parentBureauId,
  };
}

/** Organisations: each sees its own; the platform operator onboards and sees all. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
    private readonly issuer: InvitationIssuer,
    private readonly audit: AuditTrail,
  ) {}

  async list(): Promise<Organisation[]> {
    const ability = abilityFor(this.context.requirePrincipal());
    const organisations = await this.db.manager
      .getRepository(OrganisationEntity)
      .find({ order: { kind: 'ASC', name: 'ASC' }, take: 1000 });
    return organisations
      .filter((organisation) => allowsOn(ability, 'read', 'Organisation', organisation))
      .map(toOrganisation);
  }

  async get(id: string): Promise<Organisation> {
    return toOrganisation(await this.find(id, 'read'));
  }

  async onboard(dto: CreateOrganisationDto): Promise<CreatedOrganisation> {
    const creditCode = normaliseCreditCode(dto.creditCode);
    const problem = creditCodeProblem(creditCode);
    if (problem)
      throw new AppError('CREDIT_CODE_INVALID', 400, [
        { field: 'creditCode', code: `credit_code.${problem}` },
      ]);
    const repository = this.db.manager.getRepository(OrganisationEntity);
    const parentBureauId = await this.parentBureauFor(dto);
    if (await repository.exists({ where: { creditCode } })) {
      throw new AppError('CREDIT_CODE_TAKEN', 409, [{ field: 'creditCode', code: 'credit_code.taken' }]);
    }
    let organisation: OrganisationEntity;
    try {
      organisation = await repository.save({
        kind: dto.kind,
        name: dto.name,
        region: dto.region,
        creditCode,
        contactName: dto.contactName,
        contactPhone: dto.contactPhone,
        parentBureauId,
        status: 'active' as const,
        version: 1,
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('CREDIT_CODE_TAKEN', 409, [{ field: 'creditCode', code: 'credit_code.taken' }]);
      }
      throw error;
    }
    await this.audit.record({
      action: 'organisation.create',
      targetType: 'organisation',
      targetId: organisation.id,
      detail: { kind: organisation.kind, name: organisation.name, creditCode },
    });
    const adminInvitation = await this.issuer.issue({
      organisationId: organisation.id,
      organisationKind: organisation.kind,
      organisationName: organisation.name,
      email: dto.adminEmail,
      roles: [ADMIN_ROLE_BY_KIND[organisation.kind]],
    });
    return {
      organisation: toOrganisation(await repository.findOneByOrFail({ id: organisation.id })),
      adminInvitation,
    };
  }

  /** A unit belongs to one active finance bureau; other kinds belong to none. */
  private async parentBureauFor(dto: CreateOrganisationDto): Promise<string | null> {
    if (dto.kind !== 'unit') {
      if (dto.parentBureauId)
        throw AppError.validation([{ field: 'parentBureauId', code: 'organisation.parent_only_for_units' }]);
      return null;
    }
    if (!dto.parentBureauId)
      throw AppError.validation([{ field: 'parentBureauId', code: 'organisation.parent_required' }]);
    const bureau = await this.db.manager
      .getRepository(OrganisationEntity)
      .findOneBy({ id: dto.parentBureauId, kind: 'bureau', status: 'active' });
    if (!bureau)
      throw AppError.validation([{ field: 'parentBureauId', code: 'organisation.parent_not_bureau' }]);
    return bureau.id;
  }

  async update(id: string, dto: UpdateOrganisationDto): Promise<Organisation> {
    const organisation = await this.find(id, 'update', true);
    const changes = Object.fromEntries(
      Object.entries(dto).filter(
        ([key, value]) => value !== undefined && organisation[key as keyof OrganisationEntity] !== value,
      ),
    ) as UpdateOrganisationDto;
    const ability = abilityFor(this.context.requirePrincipal());
    const refused = Object.keys(changes).filter(
      (field) => !allowsFieldOn(ability, 'update', 'Organisation', organisation, field),
    );
    if (refused.length > 0) {
      throw new AppError(
        'FORBIDDEN',
        403,
        refused.map((field) => ({ field, code: 'field.operator_only' })),
      );
    }
    if (Object.keys(changes).length > 0) {
      await this.db.manager
        .getRepository(OrganisationEntity)
        .update({ id }, { ...changes, version: () => 'version + 1' });
      await this.audit.record({
        action: 'organisation.update',
        targetType: 'organisation',
        targetId: id,
        detail: { changes },
      });
    }
    return this.get(id);
  }

  /**
   * The operator disables (or enables again) an organisation. Its users lose access on their next
   * request and cannot sign in or refresh; nothing of its data is removed.
   */
  async setStatus(id: string, status: 'active' | 'disabled'): Promise<Organisation> {
    const principal = this.context.requirePrincipal();
    const organisation = await this.find(id, 'onboard', true);
    if (organisation.id === principal.organisationId) throw new AppError('SELF_ACTION', 409);
    if (organisation.status !== status) {
      await this.db.manager
        .getRepository(OrganisationEntity)
        .update({ id }, { status, version: () => 'version + 1' });
      await this.audit.record({
        action: status === 'disabled' ? 'organisation.disable' : 'organisation.enable',
        targetType: 'organisation',
        targetId: id,
        detail: { name: organisation.name },
      });
    }
    return this.get(id);
  }

  private async find(
    id: string,
    action: 'read' | 'update' | 'onboard',
    lock = false,
  ): Promise<OrganisationEntity> {
    const principal = this.context.requirePrincipal();
    const organisation = await this.db.manager.getRepository(OrganisationEntity).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
    });
    if (!organisation || !allowsOn(abilityFor(principal), action, 'Organisation', organisation)) {
      throw AppError.notFound();
    }
    return organisation;
  }
}
