import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EvaluationRow } from '@jixiao/api-evaluations';
import {
  Outbox,
  OutboxPlanners,
  type Deliveries,
  type OutboxMessage,
  type OutboxPlanner,
  type OwnerSql,
} from '@jixiao/api-platform';
import { ReviewRepository } from './review.repository';

const KIND = 'review.report_changed';

function stringOf(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
}

/**
 * "签署后报告已修改": when the team saves the narrative or a version while reviewers of the current
 * round have signed, each of them is told (a notification and its mail, after commit via the outbox).
 */
@Injectable()
export class ReviewChangeNotices implements OutboxPlanner, OnModuleInit {
  constructor(
    private readonly planners: OutboxPlanners,
    private readonly outbox: Outbox,
    private readonly reviews: ReviewRepository,
  ) {}

  onModuleInit(): void {
    this.planners.register(KIND, this);
  }

  /** Called in the transaction of a report change. */
  async reportChanged(row: EvaluationRow): Promise<void> {
    if (row.status !== 'review') return;
    const round = await this.reviews.openRound(row);
    if (!round) return;
    const signOffs = await this.reviews.signOffs(row, round.round);
    if (signOffs.length === 0) return;
    await this.outbox.enqueue(row.firm_org_id, KIND, {
      evaluationId: row.id,
      signers: signOffs.map((signOff) => signOff.signer_user_id),
    });
  }

  async plan(message: OutboxMessage, db: OwnerSql): Promise<Deliveries> {
    const value = message.payload['signers'];
    const signers = Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];
    const recipients = await db.query<{ organisation_id: string; id: string; email: string; title: string }>(
      `SELECT u.organisation_id, u.id, u.email, e.title FROM app_user u
         JOIN evaluation e ON e.id = $1 AND e.firm_org_id = u.organisation_id
        WHERE u.id = ANY($2::uuid[]) AND u.status = 'active'`,
      [stringOf(message.payload, 'evaluationId'), signers],
    );
    return {
      notifications: recipients.map((recipient) => ({
        organisationId: recipient.organisation_id,
        userId: recipient.id,
        email: recipient.email,
        text: { code: 'notification.review_report_changed', params: { title: recipient.title } },
        evaluationId: stringOf(message.payload, 'evaluationId'),
      })),
      mails: [],
    };
  }
}
