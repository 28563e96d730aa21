import { Injectable } from '@nestjs/common';
import type { RequestBlocker, RequestBoard, RequestHistoryEntry, RequestItem } from '@jixiao/contracts';
import {
  decisionOutcome,
  DEPARTMENT_REQUEST_LIST,
  type RequestDecision,
  type RequestEvent,
} from '@jixiao/domain';
import { AppError, AuditTrail, IdempotencyStore, Outbox, RequestContext } from '@jixiao/api-platform';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import { partiesOf, type EvaluationRow } from '../evaluations/evaluation-row';
import { EvaluationRepository } from '../evaluations/evaluation.repository';
import { EvaluationFrameworkRepository } from '../framework/evaluation-framework.repository';
import { itemStatus, toRequestBoard, toRequestItem } from './request-board';
import { RequestGuard } from './request-guard';
import { RequestAnswersRepository } from './request-answers.repository';
import { RequestHistoryRepository } from './request-history.repository';
import { RequestItemsRepository } from './request-items.repository';
import type { ItemFields, ItemRow } from './request-rows';
import type {
  RequestDecisionDto,
  RequestItemDto,
  SendRequestsDto,
  UpdateRequestItemDto,
} from './requests.dto';

const STALE = () => new AppError('CONFLICT', 409, [{ field: 'version', code: 'stale' }]);

/** The team's side of the request list (资料清单): items, sending, decisions; and every party's board. */
@Injectable()
export class RequestsService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: RequestGuard,
    private readonly items: RequestItemsRepository,
    private readonly answers: RequestAnswersRepository,
    private readonly history: RequestHistoryRepository,
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly evaluations: EvaluationRepository,
    private readonly audit: AuditTrail,
    private readonly outbox: Outbox,
    private readonly idempotency: IdempotencyStore,
  ) {}

  async board(id: string): Promise<RequestBoard> {
    const row = await this.access.require(id);
    return this.readBoard(row);
  }

  async create(id: string, dto: RequestItemDto): Promise<RequestItem> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('create', row, { status: null });
    await this.checkIndicators(row, [dto]);
    const [itemId] = await this.items.insert(row, [fieldsOf(dto)], this.context.requirePrincipal().userId);
    await this.record(row, 'evaluation.request_create', { itemId, title: dto.title });
    return this.readItem(row, itemId);
  }

  /** Adds the standard department list (部门整体支出绩效评价资料清单), skipping titles already listed. */
  async addStandard(id: string): Promise<RequestBoard> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('create', row, { status: null });
    const listed = new Set((await this.items.list(row)).map((item) => item.title));
    const missing = DEPARTMENT_REQUEST_LIST.filter((entry) => !listed.has(entry.title));
    const dueDate = row.due_dates.fieldwork ?? null;
    await this.items.insert(
      row,
      missing.map((entry) => ({ ...entry, indicatorIds: [], dueDate })),
      this.context.requirePrincipal().userId,
    );
    await this.record(row, 'evaluation.request_standard', { added: missing.length });
    return this.readBoard(row);
  }

  /** Adds imported items (already read and checked by the workbook codec). */
  async addMany(row: EvaluationRow, fields: readonly ItemFields[]): Promise<RequestBoard> {
    await this.guard.require('create', row, { status: null });
    await this.checkIndicators(row, fields);
    await this.items.insert(row, fields, this.context.requirePrincipal().userId);
    await this.record(row, 'evaluation.request_import', { added: fields.length });
    return this.readBoard(row);
  }

  async update(id: string, itemId: string, dto: UpdateRequestItemDto): Promise<RequestItem> {
    const row = await this.access.require(id);
    const item = await this.requireItem(row, itemId);
    await this.guard.require('edit', row, { status: await this.statusOf(row, item) });
    await this.checkIndicators(row, [dto]);
    if (!(await this.items.update(row, itemId, dto.version, fieldsOf(dto)))) throw STALE();
    if (item.state !== 'draft') await this.appendEvent(row, item, 'edited', null);
    await this.record(row, 'evaluation.request_edit', { itemId, version: dto.version + 1 });
    return this.readItem(row, itemId);
  }

  async remove(id: string, itemId: string, version: number): Promise<void> {
    const row = await this.access.require(id);
    const item = await this.requireItem(row, itemId);
    await this.guard.require('delete', row, { status: await this.statusOf(row, item) });
    if (!(await this.items.delete(row, itemId, version))) throw STALE();
    await this.record(row, 'evaluation.request_delete', { itemId, title: item.title });
  }

  /** Sends drafts to the unit (all of them, or those named): one history entry and one notice each. */
  async send(id: string, dto: SendRequestsDto, idempotencyKey?: string): Promise<RequestBoard> {
    return this.idempotency.once(idempotencyKey, { id, send: dto }, async () => {
      const row = await this.access.require(id, { lock: true });
      await this.guard.require('send', row, { status: 'draft' });
      const drafts = (await this.items.list(row)).filter(
        (item) => item.state === 'draft' && (!dto.itemIds || dto.itemIds.includes(item.id)),
      );
      if (dto.itemIds && drafts.length !== dto.itemIds.length)
        throw this.guard.refused('request_wrong_status');
      for (const item of drafts) {
        if (
          !(await this.items.decide(row, item.id, item.version, {
            state: 'sent',
            newRound: false,
            reason: null,
          }))
        )
          throw STALE();
        await this.appendEvent(row, item, 'send', null);
      }
      await this.record(row, 'evaluation.request_send', { itemIds: drafts.map((item) => item.id) });
      if (drafts.length > 0) await this.notify(row, 'evaluation.requests_sent', { count: drafts.length });
      return this.readBoard(row);
    });
  }

  async decide(
    id: string,
    itemId: string,
    dto: RequestDecisionDto,
    idempotencyKey?: string,
  ): Promise<RequestItem> {
    return this.idempotency.once(idempotencyKey, { id, itemId, ...dto }, async () => {
      const row = await this.access.require(id);
      const item = await this.requireItem(row, itemId);
      const status = await this.statusOf(row, item);
      await this.guard.require(dto.decision, row, { status, reason: dto.reason });
      const outcome = decisionOutcome(dto.decision);
      const reason = reasonOf(dto.decision, dto.reason);
      if (!(await this.items.decide(row, itemId, dto.version, { ...outcome, reason }))) throw STALE();
      await this.appendEvent(row, item, dto.decision, reason);
      await this.record(row, `evaluation.request_${dto.decision}`, {
        itemId,
        from: status,
        to: outcome.state,
      });
      await this.notify(row, 'evaluation.request_decided', { itemId, decision: dto.decision });
      return this.readItem(row, itemId);
    });
  }

  async itemHistory(id: string, itemId: string): Promise<RequestHistoryEntry[]> {
    const row = await this.access.require(id);
    await this.requireItem(row, itemId);
    return this.history.list(row, itemId);
  }

  /** Required items neither accepted nor waived: what blocks closing fieldwork on the request side. */
  async blockers(id: string): Promise<RequestBlocker[]> {
    const row = await this.access.require(id);
    return this.items.blockers(row);
  }

  async readBoard(row: EvaluationRow): Promise<RequestBoard> {
    const situation = await this.guard.situation(row);
    const items = await this.items.list(row);
    const answers = await this.answers.list(row);
    const files = await this.answers.files(row, answers);
    const today = await this.items.today();
    const framework = await this.frameworks.find(row);
    return toRequestBoard(items, answers, files, situation, today, framework?.framework.indicators ?? []);
  }

  async readItem(row: EvaluationRow, itemId: string): Promise<RequestItem> {
    const item = await this.requireItem(row, itemId);
    const answers = await this.answers.list(row, itemId);
    return toRequestItem(
      item,
      answers,
      await this.answers.files(row, answers, itemId),
      await this.guard.situation(row),
      await this.items.today(),
    );
  }

  async requireItem(row: EvaluationRow, itemId: string): Promise<ItemRow> {
    const item = await this.items.find(row, itemId);
    if (!item) throw AppError.notFound();
    return item;
  }

  async statusOf(row: EvaluationRow, item: ItemRow) {
    return itemStatus(item, await this.answers.list(row, item.id));
  }

  async appendEvent(
    row: EvaluationRow,
    item: ItemRow,
    event: RequestEvent,
    comment: string | null,
  ): Promise<void> {
    const principal = this.context.requirePrincipal();
    // the round the entry concerns: a rejection belongs to the round it rejects, not the next one
    await this.history.append(row, {
      itemId: item.id,
      event,
      round: item.round,
      comment,
      actorUserId: principal.userId,
      actorOrgId: principal.organisationId,
      actorName: principal.displayName,
      actorOrgName: principal.organisationName,
    });
  }

  async record(row: EvaluationRow, action: string, detail: Record<string, unknown>): Promise<void> {
    await this.audit.record({ action, targetType: 'evaluation', targetId: row.id, detail });
    await this.evaluations.touch(row);
  }

  async notify(row: EvaluationRow, topic: string, payload: Record<string, unknown>): Promise<void> {
    const actorOrg = this.context.requirePrincipal().organisationId;
    const parties = partiesOf(row);
    await this.outbox.enqueue(actorOrg, topic, {
      evaluationId: row.id,
      ...payload,
      recipients: [parties.firmOrgId, parties.unitOrgId].filter((org) => org !== actorOrg),
    });
  }

  /** Linked indicators must exist in the evaluation's adopted system. */
  private async checkIndicators(
    row: EvaluationRow,
    items: readonly Pick<ItemFields, 'indicatorIds'>[],
  ): Promise<void> {
    if (items.every((item) => item.indicatorIds.length === 0)) return;
    const framework = await this.frameworks.find(row);
    const known = new Set<string>();
    const walk = (nodes: readonly { id: string; children?: { id: string }[] }[]): void => {
      for (const node of nodes) {
        known.add(node.id);
        walk(node.children ?? []);
      }
    };
    walk(framework?.framework.indicators ?? []);
    const problems = items.flatMap((item, index) =>
      item.indicatorIds
        .filter((indicatorId) => !known.has(indicatorId))
        .map((indicatorId) => ({
          field: items.length === 1 ? 'indicatorIds' : `items.${index}.indicatorIds`,
          code: 'request.unknown_indicator',
          params: { id: indicatorId },
        })),
    );
    if (problems.length > 0) throw AppError.validation(problems);
  }
}

function fieldsOf(dto: RequestItemDto): ItemFields {
  return {
    title: dto.title,
    reason: dto.reason,
    indicatorIds: dto.indicatorIds,
    dueDate: dto.dueDate,
    required: dto.required,
  };
}

/** Reasons are kept for reject, ask-for-more and waive only; accept clears the last one. */
function reasonOf(decision: RequestDecision, reason: string | undefined): string | null {
  return decision === 'reject' || decision === 'ask_more' || decision === 'waive' ? (reason ?? null) : null;
}
