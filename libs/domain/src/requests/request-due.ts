import { requestAwaitsUnit, type RequestStatus } from './request-status';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  if (!DATE.test(date)) throw new Error(`Not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/**
 * Whole days by which `dueDate` has passed on `today` (both `YYYY-MM-DD`, calendar days); 0 when it
 * has not passed or there is none. The one definition of "overdue": due before today.
 */
export function daysPastDue(dueDate: string | null, today: string): number {
  if (dueDate === null) return 0;
  return Math.max(0, dayNumber(today) - dayNumber(dueDate));
}

export function isPastDue(dueDate: string | null, today: string): boolean {
  return daysPastDue(dueDate, today) > 0;
}

export interface RequestDue {
  overdue: boolean;
  daysOverdue: number;
}

/** An item is overdue while the unit still owes its answer after the due date. */
export function requestDue(status: RequestStatus, dueDate: string | null, today: string): RequestDue {
  const days = requestAwaitsUnit(status) ? daysPastDue(dueDate, today) : 0;
  return { overdue: days > 0, daysOverdue: days };
}
