import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  OutboxPlanners,
  type Deliveries,
  type OutboxMessage,
  type OutboxPlanner,
  type OwnerSql,
} from '@jixiao/api-platform';
import { isEvaluationEventType, partyOf, type Message, type Party } from '@jixiao/domain';
import { evaluationRecipients, type EvaluationForNotice } from './evaluation-recipients.repository';

function stringOf(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
}

function organisationsOf(payload: Record<string, unknown>): string[] {
  const value = payload['recipients'];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * `evaluation.commissioned` and `evaluation.transitioned` (written by the evaluations service and the
 * transition service): each organisation named in `recipients` hears about it — the bureau's staff,
 * the firm's team (its managers until the team exists), the unit's contacts.
 */
@Injectable()
export class EvaluationNotifications implements OutboxPlanner, OnModuleInit {
  constructor(private readonly planners: OutboxPlanners) {}

  onModuleInit(): void {
    this.planners.register('evaluation.commissioned', this);
    this.planners.register('evaluation.transitioned', this);
  }

  async plan(message: OutboxMessage, db: OwnerSql): Promise<Deliveries> {
    const evaluation = await evaluationRecipients.evaluation(db, stringOf(message.payload, 'evaluationId'));
    if (!evaluation) throw new Error(`Evaluation of outbox message ${message.id} not found`);
    const text = this.text(message, evaluation);
    const notifications: Deliveries['notifications'] = [];
    for (const organisationId of new Set(organisationsOf(message.payload))) {
      const party = partyOf(evaluation, organisationId);
      if (!party) continue;
      for (const recipient of await evaluationRecipients.of(db, evaluation, party))
        notifications.push({ ...recipient, text, evaluationId: evaluation.id });
    }
    return { notifications, mails: [] };
  }

  private text(message: OutboxMessage, evaluation: EvaluationForNotice): Message {
    if (message.kind === 'evaluation.commissioned')
      return { code: 'notification.evaluation_commissioned', params: { title: evaluation.title } };
    const event = stringOf(message.payload, 'event');
    if (!isEvaluationEventType(event))
      throw new Error(`Outbox message ${message.id}: unknown event ${event}`);
    const actor: Party | null = partyOf(evaluation, message.organisationId);
    return {
      code: 'notification.evaluation_transitioned',
      params: {
        title: evaluation.title,
        actor: actor ? { code: `notification.party.${actor}` } : '',
        event: { code: `notification.event.${event}` },
      },
    };
  }
}
