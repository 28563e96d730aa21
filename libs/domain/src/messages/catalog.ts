import { IMPORT_MESSAGES } from './import.catalog';
// Reminders and notifications (issue 9)
import { NOTIFICATION_MESSAGES } from './notification.catalog';
import { SCORING_MESSAGES } from './scoring.catalog';
import { VALIDATION_MESSAGES } from './validation.catalog';
// The report's consistency gate (issue 10)
import { REPORT_MESSAGES } from './report.catalog';
// Feedback (征求意见, issue 11)
import { FEEDBACK_MESSAGES } from './feedback.catalog';

/** Every message code with its zh-CN and en-US text. */
export const CATALOG = {
  ...SCORING_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...IMPORT_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...REPORT_MESSAGES,
  // Feedback (征求意见, issue 11)
  ...FEEDBACK_MESSAGES,
} as const;

export type MessageCode = keyof typeof CATALOG;
