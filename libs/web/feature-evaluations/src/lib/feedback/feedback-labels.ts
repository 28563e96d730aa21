import type { FeedbackFormStatus } from '@jixiao/domain/vocabulary';

/** Tag colour of the form's status: being filled, signed, or overdue (逾期未反馈). */
export function feedbackStatusColor(status: FeedbackFormStatus | null): string {
  if (status === 'signed') return 'green';
  if (status === 'overdue') return 'red';
  return 'gold';
}

/** The tab shows from the moment the 交换意见稿 is sent, to every party. */
export function showsFeedback(status: string): boolean {
  return ['feedback', 'final_draft', 'review', 'issued', 'acknowledged', 'archived'].includes(status);
}
