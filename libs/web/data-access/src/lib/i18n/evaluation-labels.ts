import { Pipe, PipeTransform, inject } from '@angular/core';
import type { EvaluationEventType, EvaluationPhase, EvaluationStatus, WorkAction } from '@jixiao/domain';
import { REQUEST_TODO_ACTIONS, type RequestTodoAction } from '@jixiao/contracts';
import { EVALUATION_EVENT_TYPES, WORK_ACTIONS } from '@jixiao/domain/vocabulary';
import { I18nService } from './i18n.service';
import type { TranslationKey } from './translations.zh-cn';

/** Translation key of an evaluation status. */
export function statusKey(status: EvaluationStatus): TranslationKey {
  return `evaluation.status.${status}`;
}

export function phaseKey(phase: EvaluationPhase): TranslationKey {
  return `evaluation.phase.${phase}`;
}

/** An event (button, history entry), a piece of work or request-list work (to-do): its label key. */
export function actionKey(
  action: EvaluationEventType | WorkAction | RequestTodoAction | 'COMMISSION',
): TranslationKey {
  if ((REQUEST_TODO_ACTIONS as readonly string[]).includes(action)) {
    return `requests.todo.${action as RequestTodoAction}`;
  }
  if (action === 'COMMISSION' || (EVALUATION_EVENT_TYPES as readonly string[]).includes(action)) {
    return `evaluation.event.${action as EvaluationEventType | 'COMMISSION'}`;
  }
  if ((WORK_ACTIONS as readonly string[]).includes(action)) {
    return `evaluation.work.${action as WorkAction}`;
  }
  return 'evaluation.event.COMMISSION';
}

/** Tag colour of a status: where the evaluation waits and whether it is over. */
export function statusColor(status: EvaluationStatus): string {
  switch (status) {
    case 'commissioned':
    case 'preparation.submitted':
      return 'gold';
    case 'declined':
    case 'preparation.returned':
      return 'orange';
    case 'cancelled':
      return 'default';
    case 'archived':
    case 'acknowledged':
    case 'issued':
      return 'green';
    case 'preparation.drafting':
    case 'fieldwork':
    case 'draft':
    case 'feedback':
    case 'final_draft':
    case 'review':
      return 'blue';
  }
}

/** `{{ status | evaluationStatus }}` */
@Pipe({ name: 'evaluationStatus', pure: false })
export class EvaluationStatusPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(status: EvaluationStatus | null | undefined): string {
    return status ? this.i18n.t(statusKey(status)) : '';
  }
}

/** `{{ phase | evaluationPhase }}` */
@Pipe({ name: 'evaluationPhase', pure: false })
export class EvaluationPhasePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(phase: EvaluationPhase | null | undefined): string {
    return phase ? this.i18n.t(phaseKey(phase)) : '';
  }
}

/** `{{ event | evaluationAction }}` for events, work actions and the commission entry. */
@Pipe({ name: 'evaluationAction', pure: false })
export class EvaluationActionPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(action: EvaluationEventType | WorkAction | RequestTodoAction | 'COMMISSION'): string {
    return this.i18n.t(actionKey(action));
  }
}
