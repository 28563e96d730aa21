import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReminderSources, type OwnerSql, type Reminder, type ReminderSource } from '@jixiao/api-platform';
import { latestDueDateReminded, reminderDue, type Message } from '@jixiao/domain';
import { evaluationRecipients, type EvaluationForNotice } from './evaluation-recipients.repository';
import { requestRecipients } from './request-recipients.repository';

/**
 * Reminds the unit's contacts of each request item it still owes an answer to (资料清单): before, on
 * and after the item's due date, as `reminderDue` says — once per item per day, whatever the workers.
 */
@Injectable()
export class RequestDueReminders implements ReminderSource, OnModuleInit {
  readonly name = 'request-item-due';

  constructor(private readonly sources: ReminderSources) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async remindersFor(day: string, db: OwnerSql): Promise<Reminder[]> {
    const reminders: Reminder[] = [];
    const evaluations = new Map<string, EvaluationForNotice | undefined>();
    for (const item of await requestRecipients.owedBy(db, latestDueDateReminded(day))) {
      const due = reminderDue(item.dueDate, day);
      if (!due) continue;
      if (!evaluations.has(item.evaluationId))
        evaluations.set(item.evaluationId, await evaluationRecipients.evaluation(db, item.evaluationId));
      const evaluation = evaluations.get(item.evaluationId);
      if (!evaluation) continue;
      const text: Message = {
        code: `notification.request_${due.kind}`,
        params: { title: evaluation.title, item: item.title, dueDate: item.dueDate, days: due.days },
      };
      const notifications = (await evaluationRecipients.of(db, evaluation, 'unit')).map((recipient) => ({
        ...recipient,
        text,
        evaluationId: evaluation.id,
      }));
      reminders.push({
        itemKey: `request:${item.id}:${item.dueDate}`,
        deliveries: { notifications, mails: [] },
      });
    }
    return reminders;
  }
}
