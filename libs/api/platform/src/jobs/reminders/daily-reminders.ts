import { Inject, Injectable, Logger } from '@nestjs/common';
import { calendarDayIn } from '@jixiao/domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { NotificationDispatcher } from '../notification-dispatcher';
import { OwnerDatabase } from '../owner-database';
import { ReminderSources } from './reminder-sources';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `reminders.daily`: asks every reminder source for today's reminders and delivers each in its own
 * transaction, guarded by `reminder_sent (item_key, day)` — a second worker, or a retry after a
 * crash, finds the row and skips the item, so each due item is reminded about once per day.
 */
@Injectable()
export class DailyReminders {
  private readonly logger = new Logger(DailyReminders.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: OwnerDatabase,
    private readonly sources: ReminderSources,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  /** Returns how many items were reminded about (by this run). */
  async handleRemindersDaily(data: { day?: string } = {}): Promise<number> {
    const day = data.day && DAY.test(data.day) ? data.day : calendarDayIn(this.config.jobs.reminderTimeZone);
    let sent = 0;
    for (const source of this.sources.all()) {
      for (const reminder of await source.remindersFor(day, this.db)) {
        const delivered = await this.db.transaction(async (tx) => {
          const claimed = await tx.query(
            `INSERT INTO reminder_sent (item_key, day) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING item_key`,
            [reminder.itemKey, day],
          );
          if (claimed.length === 0) return false;
          await this.dispatcher.deliver(tx, `reminder:${reminder.itemKey}:${day}`, reminder.deliveries);
          return true;
        });
        if (delivered) sent++;
      }
    }
    if (sent > 0) this.logger.log(`Reminders for ${day}: ${sent} item(s)`);
    return sent;
  }
}
