import type { EvaluationDetail } from '@jixiao/contracts';
import type { EvaluationStatus } from '@jixiao/domain';

/** Statuses in which the report has been issued at least once and delivery matters. */
const DELIVERY_STATUSES: readonly EvaluationStatus[] = ['issued', 'acknowledged', 'archived'];

/** The delivery tab (出具与验收) is shown from issue on. */
export function showsDelivery(evaluation: EvaluationDetail): boolean {
  return DELIVERY_STATUSES.includes(evaluation.status);
}
