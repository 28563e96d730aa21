import { Injectable } from '@nestjs/common';
import type { EvaluationDetail } from '@jixiao/contracts';
import {
  applyEvaluationEvent,
  fieldworkBlockerMessage,
  fieldworkBlockersSummary,
  refusalMessage,
  storeEvaluationSnapshot,
  type EvaluationEvent,
  type FieldworkBlocker,
  type ReportBlocker,
  type RefusalCode,
} from '@jixiao/domain';
import { AppError, AuditTrail, IdempotencyStore, Outbox, RequestContext } from '@jixiao/api-platform';
import { HistoryRepository } from '../history/history.repository';
import { LifecycleHooks } from '../lifecycle/lifecycle-hooks';
import { WorkPlanRepository } from '../plan/work-plan.repository';
import { FirmRosterRepository } from '../roster/firm-roster.repository';
import type { TransitionDto } from './evaluation.dto';
import { EvaluationAccess } from './evaluation-access';
import { actorOf, EvaluationDetailReader } from './evaluation-detail';
import { EvaluationFactsReader } from './evaluation-facts';
import { partiesOf, snapshotOf, type EvaluationRow } from './evaluation-row';
import { EvaluationRepository } from './evaluation.repository';

/** Refusals about who is asking answer 403; refusals about the evaluation's state answer 409. */
const FORBIDDEN_REFUSALS: readonly RefusalCode[] = [
  'not_a_party',
  'wrong_party',
  'wrong_role',
  'not_team_lead',
];

/** The field a refusal concerns, so forms show it where the user can act on it. */
function refusalField(refusal: RefusalCode): string {
  if (refusal === 'comment_required') return 'comment';
  if (refusal === 'same_firm' || refusal === 'firm_not_in_roster') return 'firmId';
  return 'event';
}

/**
 * The one path that changes an evaluation's state: lock the row, check the version, compute the next
 * snapshot with the pure machine, then write state, history, audit and outbox in the request's
 * transaction, guarded by `WHERE version = $n`.
 */
@Injectable()
export class EvaluationTransitions {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly evaluations: EvaluationRepository,
    private readonly facts: EvaluationFactsReader,
    private readonly history: HistoryRepository,
    private readonly plans: WorkPlanRepository,
    private readonly roster: FirmRosterRepository,
    private readonly detail: EvaluationDetailReader,
    private readonly audit: AuditTrail,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyStore,
    private readonly hooks: LifecycleHooks,
  ) {}

  async apply(id: string, dto: TransitionDto, idempotencyKey?: string): Promise<EvaluationDetail> {
    return this.idempotency.once(idempotencyKey, { id, ...dto }, () => this.applyOnce(id, dto));
  }

  private async applyOnce(id: string, dto: TransitionDto): Promise<EvaluationDetail> {
    const principal = this.context.requirePrincipal();
    const row = await this.access.require(id, { lock: true });
    if (row.version !== dto.version)
      throw new AppError('CONFLICT', 409, [{ field: 'version', code: 'stale' }]);
    const actor = actorOf(principal);
    const event: EvaluationEvent = {
      type: dto.event,
      actor,
      facts: await this.facts.readForDecision(
        row,
        actor,
        dto.event === 'REASSIGN_FIRM' ? dto.firmId : undefined,
      ),
      comment: dto.comment,
      newFirmOrgId: dto.firmId,
    };
    const result = applyEvaluationEvent(snapshotOf(row), event);
    if (!result.ok)
      throw this.refused(result.refusal, event.facts.fieldworkBlockers, event.facts.reportBlockers);

    const firm = await this.newFirm(row, event);
    const stored = storeEvaluationSnapshot(result.snapshot);
    const changed = await this.evaluations.changeState(row, dto.version, {
      status: result.to,
      snapshot: stored,
      firm,
      cancelReason: dto.event === 'CANCEL' ? dto.comment : undefined,
    });
    if (!changed) throw new AppError('CONFLICT', 409, [{ field: 'version', code: 'stale' }]);
    if (dto.event === 'SUBMIT_PLAN') await this.plans.markSubmitted(row);
    await this.hooks.applied(row, {
      event: dto.event,
      from: result.from,
      to: result.to,
      actor,
      actorName: principal.displayName,
      comment: dto.comment || null,
      version: dto.version + 1,
    });
    await this.history.append(row, {
      seq: dto.version + 1,
      actorUserId: actor.userId,
      actorOrgId: actor.organisationId,
      actorName: principal.displayName,
      actorOrgName: principal.organisationName,
      event: dto.event,
      from: result.from,
      to: result.to,
      comment: dto.comment || null,
      firmOrgId: firm?.id ?? row.firm_org_id,
    });
    await this.audit.record({
      action: `evaluation.${dto.event.toLowerCase()}`,
      targetType: 'evaluation',
      targetId: row.id,
      detail: { from: result.from, to: result.to, version: dto.version + 1 },
    });
    const parties = partiesOf(row);
    await this.outbox.enqueue(actor.organisationId, 'evaluation.transitioned', {
      evaluationId: row.id,
      event: dto.event,
      from: result.from,
      to: result.to,
      recipients: [parties.bureauOrgId, firm?.id ?? parties.firmOrgId, parties.unitOrgId].filter(
        (organisationId) => organisationId !== actor.organisationId,
      ),
    });
    // Read back what was just written (after ARCHIVE too, which the archive's freeze would refuse).
    const updated = await this.access.require(row.id, { afterArchive: true });
    return this.detail.read(updated);
  }

  private refused(
    refusal: RefusalCode,
    fieldworkBlockers: readonly FieldworkBlocker[] = [],
    reportBlockers: readonly ReportBlocker[] = [],
  ): AppError {
    const forbidden = FORBIDDEN_REFUSALS.includes(refusal);
    const locale = this.context.locale;
    return new AppError(
      forbidden ? 'EVALUATION_ACTION_FORBIDDEN' : 'EVALUATION_ACTION_REFUSED',
      forbidden ? 403 : 409,
      [
        {
          field: refusalField(refusal),
          code: `evaluation.${refusal}`,
          message:
            refusal === 'fieldwork_incomplete'
              ? `${refusalMessage(refusal, locale)}${locale === 'zh-CN' ? '：' : ': '}${fieldworkBlockersSummary(fieldworkBlockers, locale)}`
              : refusalMessage(refusal, locale),
        },
        // Closing fieldwork: exactly what is missing, one entry each, named as the user knows it.
        ...(refusal === 'fieldwork_incomplete' ? fieldworkBlockers : []).map((blocker) => ({
          field: `fieldwork.${blocker.kind}`,
          code: `evaluation.fieldwork.${blocker.kind}`,
          message: fieldworkBlockerMessage(blocker, locale),
          params: { id: blocker.id, name: blocker.name },
        })),
        // The report's consistency gate (issue 10): each blocking problem with the place to fix it.
        ...(refusal === 'report_inconsistent' ? reportBlockers : []).map((blocker) => ({
          field: `report.${blocker.anchor}`,
          code: blocker.code,
          message: blocker.message,
          params: { anchor: blocker.anchor },
        })),
      ],
    );
  }

  private async newFirm(
    row: EvaluationRow,
    event: EvaluationEvent,
  ): Promise<{ id: string; name: string } | undefined> {
    if (event.type !== 'REASSIGN_FIRM' || !event.newFirmOrgId) return undefined;
    const entry = await this.roster.find(row.bureau_org_id, event.newFirmOrgId);
    if (!entry) throw this.refused('firm_not_in_roster');
    return { id: entry.firmId, name: entry.name };
  }
}
