import { IMPORT_MESSAGES } from './import.catalog';
// Reminders and notifications (issue 9)
import { NOTIFICATION_MESSAGES } from './notification.catalog';
import { SCORING_MESSAGES } from './scoring.catalog';
import { VALIDATION_MESSAGES } from './validation.catalog';
// The report's consistency gate (issue 10)
import { REPORT_MESSAGES } from './report.catalog';

/** Every message code with its zh-CN and en-US text. */
export const CATALOG = {
  ...SCORING_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...IMPORT_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...REPORT_MESSAGES,
} as const;

export type MessageCode = keyof typeof CATALOG;
