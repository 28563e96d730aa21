import type { FeedbackFormView } from '@jixiao/contracts';
import type { StoredOpinion } from './feedback-rows';

/** An opinion counts (is shown to the others, must be answered): the bureau's always, the unit's once its head signed. */
export function submitted(opinion: StoredOpinion, form: Pick<FeedbackFormView, 'signedAt'>): boolean {
  return opinion.author === 'bureau' || form.signedAt !== null;
}
