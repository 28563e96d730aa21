import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  ReportDiff,
  ReportDraft,
  ReportVersionDetail,
  ReportView,
  SaveReportDraftRequest,
  SaveReportVersionRequest,
} from '@jixiao/contracts';
import {
  EvaluationAccess,
  EvaluationFactsReader,
  WorkGuard,
  actorOf,
  partiesOf,
  type EvaluationRow,
} from '@jixiao/api-evaluations';
import { AppError, AuditTrail, RequestContext } from '@jixiao/api-platform';
import {
  canonicalJson,
  checkNarrative,
  reportDocumentOf,
  reportGate,
  scoreChanges,
  textChanges,
  workRefusal,
  type GateProblem,
  type ReportModel,
} from '@jixiao/domain';
import { ReviewChangeNotices } from '../review/review-change-notices';
import { ReportSourceReader } from './report-source.reader';
import { GATED_STAGES, STAGE_LABELS, STAGES_BY_STATUS } from './report-stages';
import { ReportRepository } from './report.repository';

/** sha256 of the canonical JSON of a model, hex. */
export function contentHash(model: ReportModel): string {
  return createHash('sha256').update(canonicalJson(model), 'utf8').digest('hex');
}

/**
 * The report workspace: the live model (data + the team's narrative) with its rendering and the gate,
 * the working draft, saved versions (immutable snapshots), and the difference between two versions.
 */
@Injectable()
export class ReportVersionsService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: WorkGuard,
    private readonly facts: EvaluationFactsReader,
    private readonly reports: ReportRepository,
    private readonly source: ReportSourceReader,
    private readonly audit: AuditTrail,
    private readonly reviewNotices: ReviewChangeNotices,
  ) {}

  async view(id: string): Promise<ReportView> {
    const row = await this.access.require(id);
    const principal = this.context.requirePrincipal();
    const versions = await this.reports.versions(row);
    if (principal.organisationId !== row.firm_org_id) {
      return {
        draft: null,
        model: null,
        document: null,
        problems: [],
        versions,
        canWrite: false,
        stages: [],
      };
    }
    const draft = await this.reports.draft(row);
    const state = await this.source.read(row, draft?.narrative, draft?.options);
    const facts = await this.facts.read(row, principal.userId);
    const canWrite =
      workRefusal('write_report', {
        status: row.status,
        parties: partiesOf(row),
        actor: actorOf(principal),
        facts,
      }) === null;
    return {
      draft: draft ?? (state ? { ...emptyDraft(), narrative: state.model.narrative } : null),
      model: state?.model ?? null,
      document: state ? reportDocumentOf(state.model) : null,
      problems: state ? reportGate(state.model, state.result) : [],
      versions,
      canWrite,
      stages: canWrite ? [...(STAGES_BY_STATUS[row.status] ?? [])] : [],
    };
  }

  async saveDraft(id: string, request: SaveReportDraftRequest): Promise<ReportView> {
    const row = await this.access.require(id);
    await this.guard.require('write_report', row);
    const checked = checkNarrative(request.narrative);
    if (checked.narrative === null) {
      throw new AppError(
        'VALIDATION_FAILED',
        400,
        checked.problems.map((problem) => ({ field: problem.field, code: problem.code })),
      );
    }
    const current = await this.reports.draft(row);
    const options = { summaryTable: false, versionLabel: '', ...current?.options, ...request.options };
    const saved = await this.reports.saveDraft(row, request.version, {
      narrative: checked.narrative,
      options,
      userName: this.context.requirePrincipal().displayName,
    });
    if (!saved) {
      throw new AppError(
        'REPORT_CONFLICT',
        409,
        [{ field: 'version', code: 'stale' }],
        await this.reports.draft(row),
      );
    }
    await this.record('evaluation.report_draft_save', row, { version: request.version + 1 });
    await this.reviewNotices.reportChanged(row);
    return this.view(id);
  }

  async saveVersion(id: string, request: SaveReportVersionRequest): Promise<ReportVersionDetail> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('write_report', row);
    if (!(STAGES_BY_STATUS[row.status] ?? []).includes(request.stage)) {
      throw new AppError('REPORT_STAGE_REFUSED', 409, [{ field: 'stage', code: 'report.stage_refused' }]);
    }
    const draft = await this.reports.draft(row);
    const state = await this.source.read(row, draft?.narrative, {
      ...draft?.options,
      versionLabel: STAGE_LABELS[request.stage],
    });
    if (!state)
      throw new AppError('REPORT_STAGE_REFUSED', 409, [{ field: 'stage', code: 'report.no_framework' }]);
    const blocking = reportGate(state.model, state.result).filter(
      (problem) => problem.severity === 'blocking',
    );
    if (GATED_STAGES.includes(request.stage) && blocking.length > 0) throw inconsistent(blocking);
    const principal = this.context.requirePrincipal();
    const hash = contentHash(state.model);
    const versionId = await this.reports.append(row, {
      stage: request.stage,
      model: state.model,
      contentHash: hash,
      userId: principal.userId,
      userName: principal.displayName,
    });
    await this.record('evaluation.report_version_save', row, {
      versionId,
      stage: request.stage,
      contentHash: hash,
    });
    await this.reviewNotices.reportChanged(row);
    return this.version(id, versionId);
  }

  async version(id: string, versionId: string): Promise<ReportVersionDetail> {
    const row = await this.access.require(id);
    const found = await this.reports.version(row, versionId);
    if (!found) throw AppError.notFound();
    return { ...found.summary, model: found.model, document: reportDocumentOf(found.model) };
  }

  async diff(id: string, fromId: string, toId: string): Promise<ReportDiff> {
    const row = await this.access.require(id);
    const [from, to] = await Promise.all([
      this.reports.version(row, fromId),
      this.reports.version(row, toId),
    ]);
    if (!from || !to) throw AppError.notFound();
    return {
      from: from.summary,
      to: to.summary,
      text: textChanges(from.model, to.model),
      scores: scoreChanges(from.model, to.model),
    };
  }

  private async record(action: string, row: EvaluationRow, detail: Record<string, unknown>): Promise<void> {
    await this.audit.record({ action, targetType: 'evaluation', targetId: row.id, detail });
  }
}

function emptyDraft(): ReportDraft {
  return {
    narrative: { slots: {}, problems: [], waivers: {} },
    options: { summaryTable: false, versionLabel: '' },
    version: 0,
    updatedByName: null,
    updatedAt: null,
  };
}

/** 409 listing each blocking problem of the gate with the place to fix it. */
export function inconsistent(blocking: readonly GateProblem[]): AppError {
  return new AppError(
    'REPORT_INCONSISTENT',
    409,
    blocking.map((problem) => ({
      field: `report.${problem.anchor}`,
      code: problem.code,
      message: problem.message,
      params: { anchor: problem.anchor },
    })),
  );
}
