import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  OutboxPlanners,
  ReminderSources,
  type Deliveries,
  type OutboxMessage,
  type OutboxPlanner,
  type OwnerSql,
  type Reminder,
  type ReminderSource,
} from '@jixiao/api-platform';
import { evaluationRecipients } from '@jixiao/api-evaluations';
import { latestDueDateReminded, partyOf, reminderDue, type Message } from '@jixiao/domain';

interface OwedForm {
  evaluation_id: string;
  due_date: string;
}

/**
 * The feedback round's messages: `feedback.signed` tells the firm's team (and the bureau) that the unit
 * head signed the form; the reminder source reminds the unit's contacts of a form still unsigned while
 * the evaluation is in feedback — before, on and after its due date, as `reminderDue` says. (The unit
 * hears that the 交换意见稿 arrived through `evaluation.transitioned` of SEND_FOR_FEEDBACK.)
 */
@Injectable()
export class FeedbackNotifications implements OutboxPlanner, ReminderSource, OnModuleInit {
  readonly name = 'feedback-form-due';

  constructor(
    private readonly planners: OutboxPlanners,
    private readonly sources: ReminderSources,
  ) {}

  onModuleInit(): void {
    this.planners.register('feedback.signed', this);
    this.sources.register(this);
  }

  async plan(message: OutboxMessage, db: OwnerSql): Promise<Deliveries> {
    const id = message.payload['evaluationId'];
    const evaluation = await evaluationRecipients.evaluation(db, typeof id === 'string' ? id : '');
    if (!evaluation) throw new Error(`Evaluation of outbox message ${message.id} not found`);
    const count = message.payload['count'];
    const text: Message = {
      code: 'notification.feedback_signed',
      params: { title: evaluation.title, count: typeof count === 'number' ? count : 0 },
    };
    const recipients = message.payload['recipients'];
    const organisations = Array.isArray(recipients)
      ? recipients.filter((item): item is string => typeof item === 'string')
      : [];
    const notifications: Deliveries['notifications'] = [];
    for (const organisationId of new Set(organisations)) {
      const party = partyOf(evaluation, organisationId);
      if (!party) continue;
      for (const recipient of await evaluationRecipients.of(db, evaluation, party))
        notifications.push({ ...recipient, text, evaluationId: evaluation.id });
    }
    return { notifications, mails: [] };
  }

  async remindersFor(day: string, db: OwnerSql): Promise<Reminder[]> {
    const owed = await db.query<OwedForm>(
      `SELECT f.evaluation_id, to_char(f.due_date, 'YYYY-MM-DD') AS due_date
         FROM evaluation_feedback_form f
         JOIN evaluation e ON e.bureau_org_id = f.bureau_org_id AND e.id = f.evaluation_id
        WHERE f.signed_at IS NULL AND e.status = 'feedback' AND f.due_date <= $1::date
        ORDER BY f.due_date, f.evaluation_id`,
      [latestDueDateReminded(day)],
    );
    const reminders: Reminder[] = [];
    for (const form of owed) {
      const due = reminderDue(form.due_date, day);
      if (!due) continue;
      const evaluation = await evaluationRecipients.evaluation(db, form.evaluation_id);
      if (!evaluation) continue;
      const text: Message = {
        code: `notification.feedback_${due.kind}`,
        params: { title: evaluation.title, dueDate: form.due_date, days: due.days },
      };
      const notifications = (await evaluationRecipients.of(db, evaluation, 'unit')).map((recipient) => ({
        ...recipient,
        text,
        evaluationId: evaluation.id,
      }));
      reminders.push({
        itemKey: `feedback:${form.evaluation_id}:${form.due_date}`,
        deliveries: { notifications, mails: [] },
      });
    }
    return reminders;
  }
}
