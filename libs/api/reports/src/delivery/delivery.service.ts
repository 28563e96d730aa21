import { Injectable } from '@nestjs/common';
import type { Amendment, AmendmentApprover, DeliveryView } from '@jixiao/contracts';
import {
  EvaluationAccess,
  EvaluationFactsReader,
  actorOf,
  partiesOf,
  type EvaluationRow,
} from '@jixiao/api-evaluations';
import { AppError, AuditTrail, RequestContext } from '@jixiao/api-platform';
import { workRefusal } from '@jixiao/domain';
import type { AddAmendmentDto } from './delivery.dto';
import { DeliveryRepository } from './delivery.repository';

/** Firm roles that may record an amendment (the evaluation's team lead may too). */
const AMENDING_ROLES = ['firm_admin', 'team_lead'] as const;

/**
 * Delivery of an evaluation (出具, 验收, 归档): the issued version, the sealed scans, the archive
 * deadline and retention, and the amendments (更正记录) that correct an archived evaluation without
 * editing it.
 */
@Injectable()
export class DeliveryService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly facts: EvaluationFactsReader,
    private readonly delivery: DeliveryRepository,
    private readonly audit: AuditTrail,
  ) {}

  async view(id: string): Promise<DeliveryView> {
    const row = await this.access.require(id);
    const dates = await this.delivery.dates(row);
    const principal = this.context.requirePrincipal();
    return {
      issuedAt: dates.issued_at?.toISOString() ?? null,
      archiveDueDate: dates.archive_due_date,
      archiveOverdue: dates.archive_overdue ?? false,
      acknowledgedAt: dates.acknowledged_at?.toISOString() ?? null,
      archivedAt: dates.archived_at?.toISOString() ?? null,
      retainUntil: dates.retain_until,
      issuedVersion: await this.delivery.issuedVersion(row),
      sealedScans: await this.delivery.sealedScans(row),
      canUploadSealedScan:
        workRefusal('upload_sealed_report', {
          status: row.status,
          parties: partiesOf(row),
          actor: actorOf(principal),
          facts: await this.facts.read(row, principal.userId),
        }) === null,
      amendments: await this.delivery.amendments(row),
      canAmend: row.status === 'archived' && (await this.mayAmend(row)),
    };
  }

  async approvers(id: string): Promise<AmendmentApprover[]> {
    const row = await this.access.require(id);
    if (!(await this.mayAmend(row))) throw refused('evaluation.wrong_role', 403);
    const author = this.context.requirePrincipal().userId;
    return (await this.delivery.approvers(row)).filter((approver) => approver.userId !== author);
  }

  async addAmendment(id: string, dto: AddAmendmentDto): Promise<Amendment> {
    const row = await this.access.require(id, { afterArchive: true });
    if (!(await this.mayAmend(row))) throw refused('evaluation.wrong_role', 403);
    if (row.status !== 'archived') throw refused('evaluation.not_archived', 409);
    const principal = this.context.requirePrincipal();
    const approver = (await this.delivery.approvers(row)).find(
      (candidate) => candidate.userId === dto.approverUserId,
    );
    if (!approver || approver.userId === principal.userId)
      throw AppError.validation([
        {
          field: 'approverUserId',
          code: 'amendment.approver_not_reviewer',
          messages: {
            'zh-CN': '批准人须为本机构的复核人员，且不能是更正记录的填写人',
            'en-US': 'The approver must be a reviewer of the firm and not the author',
          },
        },
      ]);
    const amendment = await this.delivery.addAmendment(row, {
      correction: dto.correction.trim(),
      reason: dto.reason.trim(),
      conclusionImpact: dto.conclusionImpact.trim(),
      conclusionsChanged: dto.conclusionsChanged,
      authorUserId: principal.userId,
      authorName: principal.displayName,
      approver,
    });
    await this.audit.record({
      action: 'evaluation.amendment_add',
      targetType: 'evaluation',
      targetId: row.id,
      detail: {
        amendmentId: amendment.id,
        seq: amendment.seq,
        approverUserId: approver.userId,
        conclusionsChanged: amendment.conclusionsChanged,
      },
    });
    return amendment;
  }

  /** The firm's admin or team lead, or the evaluation's own team lead. */
  private async mayAmend(row: EvaluationRow): Promise<boolean> {
    const principal = this.context.requirePrincipal();
    if (principal.organisationId !== row.firm_org_id) return false;
    if (principal.roles.some((role) => (AMENDING_ROLES as readonly string[]).includes(role))) return true;
    return (await this.facts.read(row, principal.userId)).actorIsTeamLead === true;
  }
}

const REFUSALS = {
  'evaluation.wrong_role': {
    'zh-CN': '仅评价机构管理员或项目负责人可添加更正记录',
    'en-US': 'Only the firm admin or the team lead may add an amendment',
  },
  'evaluation.not_archived': {
    'zh-CN': '评价项目归档后才能添加更正记录；归档前请直接修改',
    'en-US': 'Amendments are for archived evaluations; before archiving, edit the record itself',
  },
} as const;

function refused(code: keyof typeof REFUSALS, status: 403 | 409): AppError {
  return new AppError('AMENDMENT_REFUSED', status, [{ field: 'amendment', code, messages: REFUSALS[code] }]);
}
