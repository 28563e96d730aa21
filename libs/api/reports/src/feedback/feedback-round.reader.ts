import { Injectable } from '@nestjs/common';
import type { EvaluationRow } from '@jixiao/api-evaluations';
import { feedbackFormStatus, type FeedbackForm, type ReportFeedback } from '@jixiao/domain';
import { FeedbackRepository } from './feedback.repository';
import { submitted } from './feedback-submitted';

/** The feedback round as the report carries it in 附件2: the form and the submitted opinions with their answers. */
@Injectable()
export class FeedbackRoundReader {
  constructor(private readonly feedback: FeedbackRepository) {}

  async read(row: EvaluationRow): Promise<ReportFeedback | null> {
    const form = await this.feedback.form(row);
    if (!form) return null;
    const printed: FeedbackForm = {
      evaluationTitle: form.evaluationTitle,
      period: form.period,
      evaluationDates: form.evaluationDates,
      firmName: form.firmName,
      firmContact: form.firmContact,
      firmPhone: form.firmPhone,
      unitName: form.unitName,
      unitContact: form.unitContact,
      unitPhone: form.unitPhone,
      noOpinion: form.noOpinion,
      filledOn: form.filledOn,
      signedByName: form.signedByName,
      signedAt: form.signedAt,
      dueDate: form.dueDate,
    };
    const opinions = (await this.feedback.opinions(row)).filter((opinion) => submitted(opinion, form));
    return {
      form: printed,
      status: feedbackFormStatus(form, row.today),
      opinions: opinions.map((opinion) => ({
        id: opinion.id,
        author: opinion.author,
        anchor: opinion.anchor,
        text: opinion.text,
        answer: opinion.answer && {
          decision: opinion.answer.decision,
          reason: opinion.answer.reason,
          changes: opinion.answer.changes,
          answeredByName: opinion.answer.answeredByName,
          answeredAt: opinion.answer.answeredAt,
        },
      })),
    };
  }
}
