import { Injectable } from '@nestjs/common';
import type {
  CommissionOptions,
  EvaluationDetail,
  EvaluationListQuery,
  EvaluationPage,
  TodoItem,
} from '@jixiao/contracts';
import {
  EVALUATION_KINDS,
  EVALUATION_PHASES,
  startEvaluation,
  statusOf,
  storeEvaluationSnapshot,
  type PhaseDueDates,
} from '@jixiao/domain';
import { AppError, AuditTrail, Outbox, RequestContext } from '@jixiao/api-platform';
import { FirmRosterRepository } from '../roster/firm-roster.repository';
import { HistoryRepository } from '../history/history.repository';
import type { CommissionEvaluationDto } from './evaluation.dto';
import { EvaluationAccess } from './evaluation-access';
import { EvaluationDetailReader } from './evaluation-detail';
import { toSummary } from './evaluation-row';
import { EvaluationRepository } from './evaluation.repository';
import { TodoReader } from './todo-reader';

const KIND_TITLES: Record<(typeof EVALUATION_KINDS)[number], string> = {
  department_overall: '部门整体支出绩效评价',
  project: '项目支出绩效评价',
  self_evaluation: '绩效自评',
};

/** Commissioning, listing and reading evaluations. Changes of state go through `EvaluationTransitions`. */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly context: RequestContext,
    private readonly evaluations: EvaluationRepository,
    private readonly access: EvaluationAccess,
    private readonly detail: EvaluationDetailReader,
    private readonly roster: FirmRosterRepository,
    private readonly history: HistoryRepository,
    private readonly todos: TodoReader,
    private readonly audit: AuditTrail,
    private readonly outbox: Outbox,
  ) {}

  async list(query: EvaluationListQuery): Promise<EvaluationPage> {
    const principal = this.context.requirePrincipal();
    const { rows, total } = await this.evaluations.list(
      principal.organisationId,
      principal.organisationKind,
      query,
    );
    return {
      items: rows.map((row) => toSummary(row, principal.organisationId)),
      total,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    };
  }

  async get(id: string): Promise<EvaluationDetail> {
    return this.detail.read(await this.access.require(id));
  }

  async todo(): Promise<TodoItem[]> {
    return this.todos.read();
  }

  async commissionOptions(): Promise<CommissionOptions> {
    const { organisationId } = this.context.requirePrincipal();
    return {
      units: await this.roster.units(organisationId),
      firms: await this.roster.activeFirms(organisationId),
    };
  }

  async commission(dto: CommissionEvaluationDto): Promise<EvaluationDetail> {
    const principal = this.context.requirePrincipal();
    const bureauOrgId = principal.organisationId;
    const unit = (await this.roster.units(bureauOrgId)).find((candidate) => candidate.id === dto.unitId);
    const firm = (await this.roster.activeFirms(bureauOrgId)).find(
      (candidate) => candidate.id === dto.firmId,
    );
    const problems = [
      ...(unit ? [] : [{ field: 'unitId', code: 'evaluation.unit_not_overseen' }]),
      ...(firm ? [] : [{ field: 'firmId', code: 'evaluation.firm_not_in_roster' }]),
      ...dueDateProblems(dto.dueDates),
    ];
    if (!unit || !firm || problems.length > 0) throw AppError.validation(problems);
    const snapshot = startEvaluation({
      parties: { bureauOrgId, firmOrgId: firm.id, unitOrgId: unit.id },
    });
    const status = statusOf(snapshot);
    const id = await this.evaluations.insert({
      bureauOrgId,
      firmOrgId: firm.id,
      unitOrgId: unit.id,
      bureauName: principal.organisationName,
      firmName: firm.name,
      unitName: unit.name,
      kind: dto.kind,
      title: dto.title || `${unit.name}${dto.fiscalYear}年度${KIND_TITLES[dto.kind]}`,
      fiscalYear: dto.fiscalYear,
      fundsInScope: dto.fundsInScope,
      focus: dto.focus,
      requirements: dto.requirements,
      dueDates: { ...dto.dueDates },
      status,
      snapshot: storeEvaluationSnapshot(snapshot),
      createdBy: principal.userId,
    });
    const row = await this.access.require(id);
    await this.history.append(row, {
      seq: 1,
      actorUserId: principal.userId,
      actorOrgId: bureauOrgId,
      actorName: principal.displayName,
      actorOrgName: principal.organisationName,
      event: 'COMMISSION',
      from: null,
      to: status,
      comment: null,
      firmOrgId: firm.id,
    });
    await this.audit.record({
      action: 'evaluation.commission',
      targetType: 'evaluation',
      targetId: id,
      detail: { unitId: unit.id, firmId: firm.id, fiscalYear: dto.fiscalYear },
    });
    await this.outbox.enqueue(bureauOrgId, 'evaluation.commissioned', {
      evaluationId: id,
      recipients: [firm.id],
    });
    return this.detail.read(row);
  }
}

/** Due dates must not run backwards: each phase ends no earlier than the one before it. */
function dueDateProblems(dueDates: PhaseDueDates) {
  const problems: { field: string; code: string }[] = [];
  let previous: string | undefined;
  for (const phase of EVALUATION_PHASES) {
    const due = dueDates[phase];
    if (!due) continue;
    if (previous && due < previous)
      problems.push({ field: `dueDates.${phase}`, code: 'evaluation.due_date_order' });
    previous = due;
  }
  return problems;
}
