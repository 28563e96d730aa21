/**
 * When the daily reminder job reminds about an item with a due date (DOMAIN.md: 提醒 before and after
 * due dates): three days before, the day before, on the day, every day of the first overdue week,
 * then once a week. Dates are calendar days `YYYY-MM-DD` in the bureau's time zone (Asia/Shanghai).
 */
export type ReminderKind = 'due_soon' | 'due_today' | 'overdue';

export interface ReminderDue {
  kind: ReminderKind;
  /** Days left (due_soon) or days overdue (overdue); 0 on the day. */
  days: number;
}

const DAYS_BEFORE = [3, 1];
const DAILY_OVERDUE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Whether an item due on `dueDate` is reminded about on `today`, and how; null when not today. */
export function reminderDue(dueDate: string, today: string): ReminderDue | null {
  const left = daysBetween(today, dueDate);
  if (left > 0) return DAYS_BEFORE.includes(left) ? { kind: 'due_soon', days: left } : null;
  if (left === 0) return { kind: 'due_today', days: 0 };
  const overdue = -left;
  return overdue <= DAILY_OVERDUE_DAYS || overdue % 7 === 0 ? { kind: 'overdue', days: overdue } : null;
}

/** The earliest due date `reminderDue` can answer for on `today` (due_soon's widest window). */
export function latestDueDateReminded(today: string): string {
  const date = new Date(Date.parse(`${today}T00:00:00Z`) + Math.max(...DAYS_BEFORE) * DAY_MS);
  return date.toISOString().slice(0, 10);
}

/** Today's date in a time zone, as `YYYY-MM-DD`. */
export function calendarDayIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
