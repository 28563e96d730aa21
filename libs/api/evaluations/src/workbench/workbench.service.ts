import { Injectable } from '@nestjs/common';
import type {
  SaveWorkbenchRowResponse,
  StoredScoreResult,
  WorkbenchRow,
  WorkbenchView,
} from '@jixiao/contracts';
import {
  ENGINE_VERSION,
  deductionReasonRequired,
  localiseProblem,
  ownsObservation,
  partyOf,
  refusalMessage,
  unscoredIndicators,
  validateOverrides,
  validateScoringInputs,
  type Framework,
  type IndicatorNode,
} from '@jixiao/domain';
import { AppError, AuditTrail, RequestContext, type FieldProblem } from '@jixiao/api-platform';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import { partiesOf, type EvaluationRow } from '../evaluations/evaluation-row';
import { WorkGuard } from '../evaluations/work-guard';
import { RequestItemsRepository } from '../requests/request-items.repository';
import { EvaluationFilesRepository } from '../files/evaluation-files.repository';
import { FiguresRepository } from '../figures/figures.repository';
import { EvaluationFrameworkRepository } from '../framework/evaluation-framework.repository';
import { computeState, declaredUnscored, stateOf, staleness, type ScoringState } from './workbench-inputs';
import { SaveWorkbenchRowDto } from './workbench.dto';
import { WorkbenchRepository, type WorkbenchInput } from './workbench.repository';

function findNode(nodes: readonly IndicatorNode[], id: string): IndicatorNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children ?? [], id);
    if (found) return found;
  }
  return undefined;
}

const EMPTY_INPUT: WorkbenchInput = {
  observations: {},
  override: null,
  findings: '',
  deductionReason: '',
  unscoredReason: null,
  referenceText: '',
  evidenceFileIds: [],
  requestItemIds: [],
};

/**
 * The scoring workbench (评分工作台): per indicator of the adopted system, the team's inputs (observations,
 * findings, deduction reason, override, unscored reason, evidence), each row with its own version; on
 * every save the whole evaluation is recomputed with the domain's `evaluate` and stored with the
 * framework and engine versions. Internal to the firm until the report.
 */
@Injectable()
export class WorkbenchService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: WorkGuard,
    private readonly workbench: WorkbenchRepository,
    private readonly figures: FiguresRepository,
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly files: EvaluationFilesRepository,
    private readonly requests: RequestItemsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async view(id: string): Promise<WorkbenchView> {
    const row = await this.access.require(id);
    this.requireFirm(row);
    const state = await this.state(row);
    const stored = await this.workbench.findResult(row);
    const files = await this.files.list(row);
    return {
      framework: state.framework,
      frameworkVersion: state.frameworkVersion,
      engineVersion: ENGINE_VERSION,
      figures: state.figures,
      rows: state.rows,
      stored: stored && { ...stored, stale: staleness(stored, state) },
      unscored: unscoredIndicators(state.framework, computeState(state), declaredUnscored(state.rows)),
      files: files.map((file) => ({ id: file.id, name: file.name, purpose: file.purpose })),
    };
  }

  async save(id: string, indicatorId: string, dto: SaveWorkbenchRowDto): Promise<SaveWorkbenchRowResponse> {
    // The evaluation row is locked so that saves recompute one after another: each stored result
    // includes every indicator saved before it, whoever saved it.
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('score', row);
    const state = await this.state(row);
    const node = findNode(state.framework.indicators, indicatorId);
    if (node === undefined)
      throw AppError.validation([{ field: 'indicatorId', code: 'score.unknown_indicator' }]);
    const current = state.rows.find((candidate) => candidate.indicatorId === indicatorId);
    if ((current?.version ?? 0) !== dto.version) this.conflict(current ?? null);
    const input = this.merge(current, dto);
    await this.validate(row, state.framework, node, input);
    const next: ScoringState = {
      ...state,
      rows: [
        ...state.rows.filter((candidate) => candidate.indicatorId !== indicatorId),
        { ...input, indicatorId, updatedByName: '', updatedAt: '', version: dto.version + 1 },
      ],
    };
    const result = computeState(next);
    const scored = result.nodes.find((candidate) => candidate.id === indicatorId);
    if (
      scored !== undefined &&
      deductionReasonRequired(scored) &&
      input.deductionReason === '' &&
      input.unscoredReason === null
    ) {
      throw AppError.validation([{ field: 'deductionReason', code: 'score.deduction_reason_required' }]);
    }
    const principal = this.context.requirePrincipal();
    const saved = await this.workbench.save(row, indicatorId, input, dto.version, {
      userId: principal.userId,
      name: principal.displayName,
    });
    if (!saved) this.conflict(await this.workbench.find(row, indicatorId));
    const stored = await this.store(row, next, result);
    await this.audit.record({
      action: 'evaluation.score_save',
      targetType: 'evaluation',
      targetId: row.id,
      detail: {
        indicatorId,
        final: scored?.final ?? null,
        override: input.override,
        total: result.total,
        engineVersion: ENGINE_VERSION,
      },
    });
    const saving = await this.workbench.find(row, indicatorId);
    if (!saving) throw AppError.notFound();
    return { row: saving, stored };
  }

  /** Recomputes and stores the result on a person's request (after figures or the engine changed). */
  async recompute(id: string): Promise<StoredScoreResult> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('score', row);
    const state = await this.state(row);
    const stored = await this.store(row, state, computeState(state));
    await this.audit.record({
      action: 'evaluation.score_recompute',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { total: stored.result.total, engineVersion: ENGINE_VERSION },
    });
    return stored;
  }

  private async store(
    row: EvaluationRow,
    state: ScoringState,
    result: StoredScoreResult['result'],
  ): Promise<StoredScoreResult> {
    const stored = {
      result,
      figures: state.figures,
      frameworkVersion: state.frameworkVersion,
      engineVersion: ENGINE_VERSION,
    };
    await this.workbench.storeResult(row, stored, this.context.requirePrincipal().userId);
    return { ...stored, computedAt: new Date().toISOString(), stale: [] };
  }

  private merge(current: WorkbenchRow | undefined, dto: SaveWorkbenchRowDto): WorkbenchInput {
    const base: WorkbenchInput = current ?? EMPTY_INPUT;
    return {
      observations: dto.observations ?? base.observations,
      override: dto.override === undefined ? base.override : dto.override,
      findings: dto.findings ?? base.findings,
      deductionReason: dto.deductionReason ?? base.deductionReason,
      unscoredReason:
        dto.unscoredReason === undefined
          ? base.unscoredReason
          : dto.unscoredReason === null || dto.unscoredReason === ''
            ? null
            : dto.unscoredReason,
      referenceText: dto.referenceText ?? base.referenceText,
      evidenceFileIds: dto.evidenceFileIds ?? base.evidenceFileIds,
      requestItemIds: dto.requestItemIds ?? base.requestItemIds,
    };
  }

  private async validate(
    row: EvaluationRow,
    framework: Framework,
    node: IndicatorNode,
    input: WorkbenchInput,
  ): Promise<void> {
    const locale = this.context.locale;
    const problems: FieldProblem[] = [];
    for (const key of Object.keys(input.observations)) {
      if (!ownsObservation(node.id, key)) {
        problems.push({ field: `observations.${key}`, code: 'score.observation_foreign' });
      }
    }
    for (const problem of validateScoringInputs(framework, {}, input.observations)) {
      problems.push({
        field: problem.field,
        code: problem.code,
        message: localiseProblem(problem, locale).message,
      });
    }
    if (input.override !== null) {
      for (const problem of validateOverrides(framework, { [node.id]: input.override })) {
        if (problem.severity !== 'error') continue;
        const field = problem.code === 'override.missing_reason' ? 'override.reason' : 'override.score';
        problems.push({ field, code: problem.code, message: localiseProblem(problem, locale).message });
      }
    }
    if (input.evidenceFileIds.length > 0) {
      const known = new Set((await this.files.list(row)).map((file) => file.id));
      input.evidenceFileIds.forEach((fileId, index) => {
        if (!known.has(fileId))
          problems.push({ field: `evidenceFileIds.${index}`, code: 'score.evidence_not_found' });
      });
    }
    for (const [index, itemId] of input.requestItemIds.entries()) {
      if (!(await this.requests.find(row, itemId)))
        problems.push({ field: `requestItemIds.${index}`, code: 'score.request_item_not_found' });
    }
    if (problems.length > 0) throw AppError.validation(problems);
  }

  private async state(row: EvaluationRow): Promise<ScoringState> {
    const framework = await this.frameworks.find(row);
    if (!framework) {
      throw new AppError('EVALUATION_ACTION_REFUSED', 409, [
        {
          field: 'framework',
          code: 'evaluation.framework_missing',
          message: refusalMessage('framework_missing', this.context.locale),
        },
      ]);
    }
    return stateOf(framework, await this.figures.list(row), await this.workbench.list(row));
  }

  /** Scores are the firm's own until the report: the unit and the bureau are refused (RLS hides the rows too). */
  private requireFirm(row: EvaluationRow): void {
    const party = partyOf(partiesOf(row), this.context.requirePrincipal().organisationId);
    if (party !== 'firm') {
      throw new AppError('EVALUATION_ACTION_FORBIDDEN', 403, [
        {
          field: 'action',
          code: 'evaluation.wrong_party',
          message: refusalMessage('wrong_party', this.context.locale),
        },
      ]);
    }
  }

  private conflict(current: WorkbenchRow | null): never {
    throw new AppError('SCORE_CONFLICT', 409, [{ field: 'version', code: 'stale' }], current);
  }
}
