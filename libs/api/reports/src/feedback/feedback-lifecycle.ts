import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  HistoryRepository,
  LifecycleHooks,
  type AppliedTransition,
  type EvaluationRow,
  type LifecycleHook,
} from '@jixiao/api-evaluations';
import { AppError, RequestContext } from '@jixiao/api-platform';
import {
  FEEDBACK_DUE_DAYS,
  feedbackPending,
  feedbackRefusalMessage,
  periodOf,
  type EvaluationFacts,
} from '@jixiao/domain';
import { FeedbackRepository } from './feedback.repository';

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function monthOf(iso: string): string {
  const [year, month] = iso.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月`;
}

/**
 * Feedback in the lifecycle: SEND_FOR_FEEDBACK opens the unit's form on the latest 交换意见稿 with its
 * due date (FEEDBACK_DUE_DAYS after sending); in feedback the firm learns how many opinions are still
 * unanswered (`unansweredOpinions`) and whether the unit's form is still awaited (`feedbackPending`:
 * neither signed nor past its due date), so PRODUCE_FINAL waits for both.
 */
@Injectable()
export class FeedbackLifecycle implements LifecycleHook, OnModuleInit {
  constructor(
    private readonly hooks: LifecycleHooks,
    private readonly feedback: FeedbackRepository,
    private readonly history: HistoryRepository,
    private readonly context: RequestContext,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async addFacts(
    row: EvaluationRow,
    actor: { organisationId: string },
    facts: EvaluationFacts,
  ): Promise<void> {
    if (row.status !== 'feedback' || actor.organisationId !== row.firm_org_id) return;
    const form = await this.feedback.form(row);
    // An evaluation sent before feedback forms existed has none: nothing to wait for or answer.
    facts.unansweredOpinions = form ? await this.feedback.unanswered(row) : 0;
    facts.feedbackPending = form ? feedbackPending(form, row.today) : false;
  }

  async applied(row: EvaluationRow, transition: AppliedTransition): Promise<void> {
    if (transition.event !== 'SEND_FOR_FEEDBACK') return;
    const reportVersionId = await this.feedback.sentVersionId(row);
    if (!reportVersionId) {
      throw new AppError('EVALUATION_ACTION_REFUSED', 409, [
        {
          field: 'event',
          code: 'feedback.feedback_version_missing',
          message: feedbackRefusalMessage('feedback_version_missing', this.context.locale),
        },
      ]);
    }
    const accepted = (await this.history.list(row)).find((entry) => entry.event === 'ACCEPT');
    await this.feedback.open(row, {
      reportVersionId,
      period: periodOf(row.fiscal_year),
      evaluationDates: `${monthOf(accepted?.at ?? row.today)}—${monthOf(row.today)}`,
      firmContact: transition.actorName,
      firmPhone: await this.feedback.firmPhone(row),
      dueDate: addDays(row.today, FEEDBACK_DUE_DAYS),
    });
  }
}
