import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  OutboxPlanners,
  type Deliveries,
  type OutboxMessage,
  type OutboxPlanner,
  type OwnerSql,
} from '@jixiao/api-platform';
import { partyOf, REQUEST_DECISIONS, type Message, type RequestDecision } from '@jixiao/domain';
import { evaluationRecipients } from './evaluation-recipients.repository';
import { requestRecipients } from './request-recipients.repository';

const KINDS = [
  'evaluation.requests_sent',
  'evaluation.request_submitted',
  'evaluation.request_decided',
] as const;
type RequestKind = (typeof KINDS)[number];

function stringOf(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
}

function isDecision(value: string): value is RequestDecision {
  return (REQUEST_DECISIONS as readonly string[]).includes(value);
}

/**
 * The request list's messages (written by the requests services): the unit hears that items were sent
 * or decided, the team that an answer came in. Recipients are the organisations named in the message.
 */
@Injectable()
export class RequestNotifications implements OutboxPlanner, OnModuleInit {
  constructor(private readonly planners: OutboxPlanners) {}

  onModuleInit(): void {
    for (const kind of KINDS) this.planners.register(kind, this);
  }

  async plan(message: OutboxMessage, db: OwnerSql): Promise<Deliveries> {
    const evaluation = await evaluationRecipients.evaluation(db, stringOf(message.payload, 'evaluationId'));
    if (!evaluation) throw new Error(`Evaluation of outbox message ${message.id} not found`);
    const text = await this.text(message.kind as RequestKind, message, evaluation.title, db);
    const recipients = message.payload['recipients'];
    const organisations = Array.isArray(recipients)
      ? recipients.filter((item): item is string => typeof item === 'string')
      : [];
    const notifications: Deliveries['notifications'] = [];
    for (const organisationId of new Set(organisations)) {
      const party = partyOf(evaluation, organisationId);
      if (!party) continue;
      for (const recipient of await evaluationRecipients.of(db, evaluation, party))
        notifications.push({ ...recipient, text, evaluationId: evaluation.id });
    }
    return { notifications, mails: [] };
  }

  private async text(
    kind: RequestKind,
    message: OutboxMessage,
    title: string,
    db: OwnerSql,
  ): Promise<Message> {
    if (kind === 'evaluation.requests_sent') {
      const count = message.payload['count'];
      return {
        code: 'notification.requests_sent',
        params: { title, count: typeof count === 'number' ? count : 0 },
      };
    }
    const item = (await requestRecipients.itemTitle(db, stringOf(message.payload, 'itemId'))) ?? '';
    if (kind === 'evaluation.request_submitted')
      return { code: 'notification.request_submitted', params: { title, item } };
    const decision = stringOf(message.payload, 'decision');
    if (!isDecision(decision)) throw new Error(`Outbox message ${message.id}: unknown decision ${decision}`);
    return {
      code: 'notification.request_decided',
      params: { title, item, decision: { code: `notification.request_decision.${decision}` } },
    };
  }
}
