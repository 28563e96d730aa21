import { Injectable } from '@nestjs/common';
import type { OwnerSql } from '../owner-database';
import type { Deliveries } from '../outbox/outbox-planners';

/** One reminder about one due item, for the day the job runs. */
export interface Reminder {
  /** Stable key of the item (e.g. `evaluation:<id>:fieldwork`): reminded at most once per day. */
  itemKey: string;
  deliveries: Deliveries;
}

/**
 * Something with due dates: evaluation phases today, request items and feedback forms later. A
 * source answers which of its items to remind about on `day` (`YYYY-MM-DD`, Asia/Shanghai) and who
 * is told; the daily job does the rest (once per item and day, notifications and mails).
 */
export interface ReminderSource {
  readonly name: string;
  remindersFor(day: string, db: OwnerSql): Promise<Reminder[]>;
}

/** The registered reminder sources; capabilities add theirs when their module starts. */
@Injectable()
export class ReminderSources {
  private readonly sources = new Map<string, ReminderSource>();

  register(source: ReminderSource): void {
    if (this.sources.has(source.name)) throw new Error(`Reminder source ${source.name} registered twice`);
    this.sources.set(source.name, source);
  }

  all(): ReminderSource[] {
    return [...this.sources.values()];
  }
}
