import { Injectable } from '@nestjs/common';
import type {
  AnswerOpinionRequest,
  FeedbackFormView,
  FeedbackView,
  SaveFeedbackFormRequest,
  SaveOpinionRequest,
  SignFeedbackRequest,
} from '@jixiao/contracts';
import {
  EvaluationAccess,
  EvaluationFactsReader,
  WorkGuard,
  actorOf,
  partiesOf,
  type EvaluationRow,
} from '@jixiao/api-evaluations';
import { AppError, AuditTrail, Outbox, RequestContext } from '@jixiao/api-platform';
import {
  answerProblems,
  contactProblems,
  feedbackChangeCandidates,
  feedbackFormStatus,
  opinionAnchors,
  opinionProblems,
  partyOf,
  signProblems,
  workRefusal,
  type FeedbackChange,
  type ReportModel,
  type WorkAction,
} from '@jixiao/domain';
import { ReportSourceReader } from '../versions/report-source.reader';
import { ReportRepository } from '../versions/report.repository';
import { feedbackInvalid, feedbackRefused, stale } from './feedback-refused';
import { FeedbackRepository } from './feedback.repository';
import { submitted } from './feedback-submitted';

/**
 * Feedback (征求意见) on the 交换意见稿: the unit fills its form and its head signs it, the bureau may add
 * its own opinions, the declared team answers each one (采纳 / 部分采纳 / 不予采纳 with the reason and, when
 * adopted, the changes since the 交换意见稿 it caused).
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: WorkGuard,
    private readonly facts: EvaluationFactsReader,
    private readonly feedback: FeedbackRepository,
    private readonly reports: ReportRepository,
    private readonly source: ReportSourceReader,
    private readonly audit: AuditTrail,
    private readonly outbox: Outbox,
  ) {}

  async view(id: string): Promise<FeedbackView> {
    const row = await this.access.require(id);
    const principal = this.context.requirePrincipal();
    const form = await this.feedback.form(row);
    const empty: FeedbackView = {
      form: null,
      status: null,
      opinions: [],
      counts: { total: 0, answered: 0, unanswered: 0 },
      anchors: [],
      changes: [],
      can: { fill: false, sign: false, addBureauOpinions: false, answer: false },
    };
    if (!form) return empty;
    const party = partyOf(partiesOf(row), principal.organisationId);
    const allowed = await this.allowedWork(row);
    const signed = form.signedAt !== null;
    const sent = await this.reports.version(row, form.reportVersionId);
    const anchors = sent ? opinionAnchors(sent.model) : [];
    const labels = new Map(anchors.map((entry) => [entry.anchor, entry.label]));
    const all = await this.feedback.opinions(row);
    // The unit's draft opinions are its own until the head signs; the others see them from then on.
    const shown = all.filter((opinion) => party === 'unit' || submitted(opinion, form));
    const counted = all.filter((opinion) => submitted(opinion, form));
    const answered = counted.filter((opinion) => opinion.answer !== null).length;
    const open = row.status === 'feedback';
    return {
      form,
      status: feedbackFormStatus(form, row.today),
      opinions: shown.map((opinion) => ({
        id: opinion.id,
        author: opinion.author,
        anchor: opinion.anchor,
        anchorLabel: labels.get(opinion.anchor) ?? opinion.anchor,
        text: opinion.text,
        createdByName: opinion.createdByName,
        createdAt: opinion.createdAt,
        version: opinion.version,
        canEdit:
          open &&
          opinion.authorOrgId === principal.organisationId &&
          opinion.answer === null &&
          (opinion.author === 'bureau'
            ? allowed.has('add_bureau_opinions')
            : allowed.has('fill_feedback') && !signed),
        answer: opinion.answer,
      })),
      counts: { total: counted.length, answered, unanswered: counted.length - answered },
      anchors,
      changes: party === 'firm' && sent ? await this.changes(row, sent.model) : [],
      can: {
        fill: allowed.has('fill_feedback') && !signed,
        sign: allowed.has('sign_feedback') && !signed,
        addBureauOpinions: allowed.has('add_bureau_opinions'),
        answer: allowed.has('answer_feedback'),
      },
    };
  }

  async saveForm(id: string, request: SaveFeedbackFormRequest): Promise<FeedbackView> {
    const { row, form } = await this.unitForm(id, 'fill_feedback');
    const problems = contactProblems(request);
    const own = (await this.feedback.opinions(row)).filter((opinion) => opinion.author === 'unit');
    if (request.noOpinion && own.length > 0)
      problems.push({ field: 'noOpinion', code: 'feedback.no_opinion_with_opinions' });
    if (problems.length > 0) throw feedbackInvalid(problems, this.context.locale);
    if (!(await this.feedback.fill(row, request.version, request))) throw stale();
    await this.record('evaluation.feedback_form_save', row, { version: form.version + 1 });
    return this.view(id);
  }

  async addOpinion(id: string, request: SaveOpinionRequest): Promise<FeedbackView> {
    const row = await this.access.require(id);
    const principal = this.context.requirePrincipal();
    const bureau = principal.organisationId === row.bureau_org_id;
    let form: FeedbackFormView;
    if (bureau) {
      await this.guard.require('add_bureau_opinions', row);
      form = await this.requireForm(row);
    } else {
      ({ form } = await this.unitForm(id, 'fill_feedback'));
      if (form.noOpinion)
        throw feedbackInvalid(
          [{ field: 'noOpinion', code: 'feedback.no_opinion_with_opinions' }],
          this.context.locale,
        );
    }
    await this.checkOpinion(row, form, request);
    const opinionId = await this.feedback.addOpinion(row, {
      authorOrgId: principal.organisationId,
      anchor: request.anchor,
      text: request.text,
      userId: principal.userId,
      userName: principal.displayName,
    });
    await this.record('evaluation.feedback_opinion_add', row, { opinionId, anchor: request.anchor });
    return this.view(id);
  }

  async editOpinion(id: string, opinionId: string, request: SaveOpinionRequest): Promise<FeedbackView> {
    const { row, form } = await this.ownOpinion(id, opinionId);
    await this.checkOpinion(row, form, request);
    if (!(await this.feedback.editOpinion(row, opinionId, request.version ?? 0, request))) throw stale();
    await this.record('evaluation.feedback_opinion_edit', row, { opinionId, anchor: request.anchor });
    return this.view(id);
  }

  async deleteOpinion(id: string, opinionId: string, version: number): Promise<FeedbackView> {
    const { row } = await this.ownOpinion(id, opinionId);
    if (!(await this.feedback.deleteOpinion(row, opinionId, version))) throw stale();
    await this.record('evaluation.feedback_opinion_delete', row, { opinionId });
    return this.view(id);
  }

  async sign(id: string, request: SignFeedbackRequest): Promise<FeedbackView> {
    const { row, form } = await this.unitForm(id, 'sign_feedback');
    const own = (await this.feedback.opinions(row)).filter((opinion) => opinion.author === 'unit');
    const problems = signProblems({ ...form, unitOpinions: own.length });
    if (request.scanFileId && !(await this.feedback.scanFileExists(row, request.scanFileId)))
      problems.push({ field: 'scanFileId', code: 'feedback.scan_unknown' });
    if (problems.length > 0) throw feedbackRefused('feedback_invalid', this.context.locale, problems);
    const principal = this.context.requirePrincipal();
    const signed = await this.feedback.sign(row, request.version, {
      userId: principal.userId,
      userName: principal.displayName,
      scanFileId: request.scanFileId ?? null,
    });
    if (!signed) throw stale();
    await this.record('evaluation.feedback_sign', row, {
      opinions: own.length,
      noOpinion: form.noOpinion,
      scanFileId: request.scanFileId ?? null,
    });
    await this.outbox.enqueue(principal.organisationId, 'feedback.signed', {
      evaluationId: row.id,
      count: own.length,
      recipients: [row.firm_org_id, row.bureau_org_id],
    });
    return this.view(id);
  }

  async answer(id: string, opinionId: string, request: AnswerOpinionRequest): Promise<FeedbackView> {
    const row = await this.access.require(id);
    await this.guard.require('answer_feedback', row);
    const form = await this.requireForm(row);
    const opinion = await this.feedback.opinion(row, opinionId);
    if (!opinion || !submitted(opinion, form)) {
      if (opinion && !submitted(opinion, form))
        throw feedbackRefused('feedback_not_signed', this.context.locale);
      throw AppError.notFound();
    }
    const sent = await this.reports.version(row, form.reportVersionId);
    const candidates = sent ? await this.changes(row, sent.model) : [];
    const problems = answerProblems(request, candidates);
    if (problems.length > 0) throw feedbackInvalid(problems, this.context.locale);
    const chosen = new Set(request.changeKeys);
    const principal = this.context.requirePrincipal();
    const written = await this.feedback.answer(row, opinionId, request.version, {
      decision: request.decision,
      reason: request.reason.trim(),
      changes: candidates.filter((change) => chosen.has(change.key)),
      userId: principal.userId,
      userName: principal.displayName,
    });
    if (!written) throw stale();
    await this.record('evaluation.feedback_answer', row, {
      opinionId,
      decision: request.decision,
      changes: request.changeKeys,
    });
    return this.view(id);
  }

  /** The changes since the 交换意见稿: to the team's working report now (draft narrative and current scores). */
  private async changes(row: EvaluationRow, sentModel: ReportModel): Promise<FeedbackChange[]> {
    const draft = await this.reports.draft(row);
    const now = await this.source.read(row, draft?.narrative, draft?.options);
    return now ? feedbackChangeCandidates(sentModel, now.model) : [];
  }

  private async checkOpinion(
    row: EvaluationRow,
    form: FeedbackFormView,
    request: SaveOpinionRequest,
  ): Promise<void> {
    const sent = await this.reports.version(row, form.reportVersionId);
    const anchors = new Set(sent ? opinionAnchors(sent.model).map((entry) => entry.anchor) : []);
    const problems = opinionProblems({ anchor: request.anchor, text: request.text }, anchors);
    if (problems.length > 0) throw feedbackInvalid(problems, this.context.locale);
  }

  /** The caller's own opinion, still editable: its author's organisation, unanswered, the unit's unsigned. */
  private async ownOpinion(
    id: string,
    opinionId: string,
  ): Promise<{ row: EvaluationRow; form: FeedbackFormView }> {
    const row = await this.access.require(id);
    const principal = this.context.requirePrincipal();
    const bureau = principal.organisationId === row.bureau_org_id;
    let form: FeedbackFormView;
    if (bureau) {
      await this.guard.require('add_bureau_opinions', row);
      form = await this.requireForm(row);
    } else {
      ({ form } = await this.unitForm(id, 'fill_feedback'));
    }
    const opinion = await this.feedback.opinion(row, opinionId);
    if (!opinion) throw AppError.notFound();
    if (opinion.authorOrgId !== principal.organisationId)
      throw feedbackRefused('opinion_not_own', this.context.locale);
    if (opinion.answer !== null) throw feedbackRefused('opinion_answered', this.context.locale);
    return { row, form };
  }

  /** The unit's form, locked, for work of the unit: refused once signed. */
  private async unitForm(
    id: string,
    action: WorkAction,
  ): Promise<{ row: EvaluationRow; form: FeedbackFormView }> {
    const row = await this.access.require(id);
    await this.guard.require(action, row);
    const form = await this.feedback.form(row);
    if (!form) throw feedbackRefused('feedback_version_missing', this.context.locale);
    if (form.signedAt !== null) throw feedbackRefused('feedback_signed', this.context.locale);
    const locked = await this.feedback.form(row, true);
    if (!locked) throw feedbackRefused('feedback_signed', this.context.locale);
    return { row, form: locked };
  }

  private async requireForm(row: EvaluationRow): Promise<FeedbackFormView> {
    const form = await this.feedback.form(row);
    if (!form) throw feedbackRefused('feedback_version_missing', this.context.locale);
    return form;
  }

  private async allowedWork(row: EvaluationRow): Promise<Set<WorkAction>> {
    const principal = this.context.requirePrincipal();
    const facts = await this.facts.read(row, principal.userId);
    const situation = { status: row.status, parties: partiesOf(row), actor: actorOf(principal), facts };
    const actions: WorkAction[] = [
      'fill_feedback',
      'sign_feedback',
      'add_bureau_opinions',
      'answer_feedback',
    ];
    return new Set(actions.filter((action) => workRefusal(action, situation) === null));
  }

  private async record(action: string, row: EvaluationRow, detail: Record<string, unknown>): Promise<void> {
    await this.audit.record({ action, targetType: 'evaluation', targetId: row.id, detail });
  }
}
