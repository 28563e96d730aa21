import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReminderSources, type OwnerSql, type Reminder, type ReminderSource } from '@jixiao/api-platform';
import {
  isEvaluationStatus,
  latestDueDateReminded,
  phaseOf,
  reminderDue,
  responsibleParties,
  type Message,
} from '@jixiao/domain';
import { evaluationRecipients } from './evaluation-recipients.repository';

/**
 * Reminds the parties whose move it is about the due date of an evaluation's current phase
 * (`evaluation.current_due_date`): before, on and after it, as `reminderDue` says.
 */
@Injectable()
export class EvaluationDueReminders implements ReminderSource, OnModuleInit {
  readonly name = 'evaluation-phase-due';

  constructor(private readonly sources: ReminderSources) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async remindersFor(day: string, db: OwnerSql): Promise<Reminder[]> {
    const reminders: Reminder[] = [];
    for (const evaluation of await evaluationRecipients.dueBy(db, latestDueDateReminded(day))) {
      const dueDate = evaluation.currentDueDate;
      if (!dueDate || !isEvaluationStatus(evaluation.status)) continue;
      const due = reminderDue(dueDate, day);
      if (!due) continue;
      const text: Message = {
        code: `notification.${due.kind}`,
        params: { title: evaluation.title, dueDate, days: due.days },
      };
      const notifications: Reminder['deliveries']['notifications'] = [];
      for (const party of responsibleParties(evaluation.status))
        for (const recipient of await evaluationRecipients.of(db, evaluation, party))
          notifications.push({ ...recipient, text, evaluationId: evaluation.id });
      reminders.push({
        itemKey: `evaluation:${evaluation.id}:${phaseOf(evaluation.status) ?? evaluation.status}:${dueDate}`,
        deliveries: { notifications, mails: [] },
      });
    }
    return reminders;
  }
}
