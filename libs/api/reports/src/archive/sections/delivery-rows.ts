import { beijingTime } from './archive-section';
import type { FieldRow } from './feedback-rows';

/** The delivery columns of `evaluation`, written by the database (`evaluation_delivery_dates()`). */
export interface DeliveryDatesRow {
  issued_at: Date | null;
  archive_due_date: string | null;
  acknowledged_at: Date | null;
  archived_at: Date | null;
  retain_until: string | null;
  /**
   * Archived by the deadline: computed in SQL (`archived_at::date <= archive_due_date`), the same calendar
   * the database used to set the deadline (`current_date + 60`); null before archiving or without a deadline.
   */
  archived_on_time: boolean | null;
}

/** An issued version (正式报告) with the content hash recorded when it was issued. */
export interface IssuedVersionRow {
  seq: number;
  version_label: string;
  content_hash: string;
  created_by_name: string;
  created_at: Date;
}

/** The delivery dates as one row each: issued, archive deadline (60 days), acknowledged, archived, retention. */
export function deliveryDateFields(dates: DeliveryDatesRow): FieldRow[] {
  return [
    { field: '出具时间（北京时间）', value: beijingTime(dates.issued_at) },
    { field: '归档期限（出具后 60 日）', value: dates.archive_due_date ?? '' },
    { field: '验收时间（北京时间）', value: beijingTime(dates.acknowledged_at) },
    { field: '归档时间（北京时间）', value: beijingTime(dates.archived_at) },
    { field: '保管期限（归档后 10 年）', value: dates.retain_until ?? '' },
    {
      field: '是否按期归档',
      value: dates.archived_on_time === null ? '' : dates.archived_on_time ? '是' : '否（逾期归档）',
    },
  ];
}
