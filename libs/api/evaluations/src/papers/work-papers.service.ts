import { Injectable } from '@nestjs/common';
import type { WorkPaper, WorkPaperList } from '@jixiao/contracts';
import {
  refusalMessage,
  workPaperReviewRefusal,
  type IndicatorNode,
  type RefusalCode,
  type WorkPaperSubject,
} from '@jixiao/domain';
import { AppError, AuditTrail, RequestContext, type FieldProblem } from '@jixiao/api-platform';
import { actorOf } from '../evaluations/evaluation-detail';
import { partiesOf, type EvaluationRow } from '../evaluations/evaluation-row';
import { WorkGuard } from '../evaluations/work-guard';
import { EvaluationFrameworkRepository } from '../framework/evaluation-framework.repository';
import { TeamRepository } from '../team/team.repository';
import type { CreateWorkPaperDto, ReviewWorkPaperDto, SaveWorkPaperDto } from './work-paper.dto';
import { WorkPaperAccess } from './work-paper-access';
import { WorkPaperRepository, type PaperReviewer, type StoredWorkPaper } from './work-paper.repository';

function indicatorIds(nodes: readonly IndicatorNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    into.add(node.id);
    indicatorIds(node.children ?? [], into);
  }
  return into;
}

const stale = () => new AppError('CONFLICT', 409, [{ field: 'version', code: 'stale' }]);

/**
 * Work papers (工作底稿): the team writes them per indicator or per topic, a firm user reviews them.
 * Internal to the firm (see `WorkPaperAccess`); every change is versioned, audited and in the history.
 */
@Injectable()
export class WorkPapersService {
  constructor(
    private readonly context: RequestContext,
    private readonly door: WorkPaperAccess,
    private readonly guard: WorkGuard,
    private readonly papers: WorkPaperRepository,
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly team: TeamRepository,
    private readonly audit: AuditTrail,
  ) {}

  async list(id: string): Promise<WorkPaperList> {
    const row = await this.door.requireFirm(id);
    const papers = await this.papers.list(row);
    const canWrite = await this.door.canWrite(row);
    const users = await this.team.candidates(row.firm_org_id);
    return {
      papers,
      canWrite,
      reviewers: users.map((user) => ({ userId: user.userId, displayName: user.displayName })),
    };
  }

  async get(id: string, paperId: string): Promise<WorkPaper> {
    const { row, paper } = await this.door.requirePaper(id, paperId);
    return this.read(row, paper);
  }

  async create(id: string, dto: CreateWorkPaperDto): Promise<WorkPaper> {
    const row = await this.door.requireFirm(id);
    await this.guard.require('edit_work_papers', row);
    const subject = await this.subjectOf(row, dto);
    const author = this.author();
    const reviewer = await this.reviewerOf(row, dto.reviewerUserId ?? null, author.userId);
    const paperId = await this.papers.insert(row, { subject, body: dto.body, reviewer }, author);
    await this.papers.appendHistory(row, paperId, {
      actor: author,
      event: 'created',
      version: 1,
      body: dto.body,
      note: null,
    });
    await this.record('evaluation.work_paper_create', row, {
      paperId,
      ...subject,
      reviewer: reviewer?.userId,
    });
    return this.get(id, paperId);
  }

  async save(id: string, paperId: string, dto: SaveWorkPaperDto): Promise<WorkPaper> {
    const { row, paper } = await this.door.requirePaper(id, paperId, true);
    await this.guard.require('edit_work_papers', row);
    if (paper.version !== dto.version) throw stale();
    const editor = this.author();
    const reviewer = await this.reviewerOf(row, dto.reviewerUserId, paper.authorUserId);
    const topic = paper.topic === null ? null : dto.topic || null;
    const saved = await this.papers.update(row, paperId, dto.version, {
      topic,
      body: dto.body,
      reviewer,
      editorName: editor.name,
    });
    if (!saved) throw stale();
    await this.papers.appendHistory(row, paperId, {
      actor: editor,
      event: 'edited',
      version: dto.version + 1,
      body: dto.body,
      note: null,
    });
    await this.record('evaluation.work_paper_save', row, {
      paperId,
      version: dto.version + 1,
      reviewer: reviewer?.userId ?? null,
    });
    return this.get(id, paperId);
  }

  async review(id: string, paperId: string, dto: ReviewWorkPaperDto): Promise<WorkPaper> {
    const { row, paper } = await this.door.requirePaper(id, paperId, true);
    this.requireReviewer(row, paper);
    if (paper.version !== dto.version) throw stale();
    const note = dto.note || null;
    if (!(await this.papers.markReviewed(row, paperId, dto.version, note))) throw stale();
    await this.papers.appendHistory(row, paperId, {
      actor: this.author(),
      event: 'reviewed',
      version: dto.version,
      body: null,
      note,
    });
    await this.record('evaluation.work_paper_review', row, { paperId, version: dto.version });
    return this.get(id, paperId);
  }

  private async read(row: EvaluationRow, paper: StoredWorkPaper): Promise<WorkPaper> {
    const attachments = await this.papers.attachments(row, paper.id);
    const history = await this.papers.history(row, paper.id);
    const canEdit = await this.door.canWrite(row);
    const canReview = this.reviewRefusal(row, paper) === null;
    return {
      id: paper.id,
      indicatorId: paper.indicatorId,
      topic: paper.topic,
      body: paper.body,
      authorUserId: paper.authorUserId,
      authorName: paper.authorName,
      reviewerUserId: paper.reviewerUserId,
      reviewerName: paper.reviewerName,
      reviewedAt: paper.reviewedAt,
      reviewNote: paper.reviewNote,
      attachmentCount: paper.attachmentCount,
      createdAt: paper.createdAt,
      updatedAt: paper.updatedAt,
      updatedByName: paper.updatedByName,
      version: paper.version,
      attachments,
      history,
      canEdit,
      canReview,
    };
  }

  private reviewRefusal(row: EvaluationRow, paper: StoredWorkPaper): RefusalCode | null {
    return workPaperReviewRefusal(paper, {
      status: row.status,
      parties: partiesOf(row),
      actor: actorOf(this.context.requirePrincipal()),
    });
  }

  private requireReviewer(row: EvaluationRow, paper: StoredWorkPaper): void {
    const refusal = this.reviewRefusal(row, paper);
    if (refusal === null) return;
    const forbidden = refusal === 'not_work_paper_reviewer';
    throw new AppError(
      forbidden ? 'EVALUATION_ACTION_FORBIDDEN' : 'EVALUATION_ACTION_REFUSED',
      forbidden ? 403 : 409,
      [
        {
          field: 'action',
          code: `evaluation.${refusal}`,
          message: refusalMessage(refusal, this.context.locale),
        },
      ],
    );
  }

  /** Exactly one of an indicator of the adopted system and a topic. */
  private async subjectOf(row: EvaluationRow, dto: CreateWorkPaperDto): Promise<WorkPaperSubject> {
    const indicatorId = dto.indicatorId || null;
    const topic = dto.topic || null;
    if ((indicatorId === null) === (topic === null))
      throw AppError.validation([{ field: 'indicatorId', code: 'work_paper.subject_required' }]);
    if (topic !== null) return { indicatorId: null, topic };
    const adopted = await this.frameworks.find(row);
    if (!adopted || !indicatorIds(adopted.framework.indicators).has(indicatorId ?? ''))
      throw AppError.validation([{ field: 'indicatorId', code: 'work_paper.unknown_indicator' }]);
    return { indicatorId: indicatorId ?? '', topic: null };
  }

  /** The reviewer must be an active user of the firm, and not the paper's author. */
  private async reviewerOf(
    row: EvaluationRow,
    userId: string | null,
    authorUserId: string,
  ): Promise<PaperReviewer | null> {
    if (userId === null) return null;
    const problems: FieldProblem[] = [];
    const names = await this.team.activeFirmUsers(row.firm_org_id, [userId]);
    const name = names.get(userId);
    if (name === undefined)
      problems.push({ field: 'reviewerUserId', code: 'work_paper.reviewer_not_firm_user' });
    else if (userId === authorUserId)
      problems.push({ field: 'reviewerUserId', code: 'work_paper.reviewer_is_author' });
    if (problems.length > 0 || name === undefined) throw AppError.validation(problems);
    return { userId, name };
  }

  private author(): { userId: string; name: string } {
    const principal = this.context.requirePrincipal();
    return { userId: principal.userId, name: principal.displayName };
  }

  private async record(action: string, row: EvaluationRow, detail: Record<string, unknown>): Promise<void> {
    await this.audit.record({ action, targetType: 'evaluation', targetId: row.id, detail });
  }
}
