import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReminderSources, type OwnerSql, type Reminder, type ReminderSource } from '@jixiao/api-platform';
import { latestDueDateReminded, reminderDue, type Message } from '@jixiao/domain';

interface ArchiveDueRow {
  id: string;
  title: string;
  archive_due_date: string;
  firm_org_id: string;
}

interface RecipientRow {
  organisation_id: string;
  id: string;
  email: string;
}

/** Who archives: the firm's admins and archivists. */
const ARCHIVING_ROLES = ['firm_admin', 'archivist'];

/**
 * Reminds the firm of the archive deadline (归档期限, 60 days after issue) of an issued or acknowledged
 * evaluation: before, on and after it, as `reminderDue` says.
 */
@Injectable()
export class ArchiveDueReminders implements ReminderSource, OnModuleInit {
  readonly name = 'evaluation-archive-due';

  constructor(private readonly sources: ReminderSources) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async remindersFor(day: string, db: OwnerSql): Promise<Reminder[]> {
    const reminders: Reminder[] = [];
    const due = await db.query<ArchiveDueRow>(
      `SELECT id, title, archive_due_date::text AS archive_due_date, firm_org_id FROM evaluation
        WHERE archive_due_date IS NOT NULL AND archive_due_date <= $1::date
          AND status IN ('issued', 'acknowledged')
        ORDER BY archive_due_date, id`,
      [latestDueDateReminded(day)],
    );
    for (const evaluation of due) {
      const when = reminderDue(evaluation.archive_due_date, day);
      if (!when) continue;
      const text: Message = {
        code: `notification.archive_${when.kind}`,
        params: { title: evaluation.title, dueDate: evaluation.archive_due_date, days: when.days },
      };
      const recipients = await db.query<RecipientRow>(
        `SELECT organisation_id, id, email FROM app_user
          WHERE organisation_id = $1 AND status = 'active' AND roles && $2::text[] ORDER BY id`,
        [evaluation.firm_org_id, ARCHIVING_ROLES],
      );
      reminders.push({
        itemKey: `evaluation:${evaluation.id}:archive:${evaluation.archive_due_date}`,
        deliveries: {
          notifications: recipients.map((recipient) => ({
            organisationId: recipient.organisation_id,
            userId: recipient.id,
            email: recipient.email,
            text,
            evaluationId: evaluation.id,
          })),
          mails: [],
        },
      });
    }
    return reminders;
  }
}
