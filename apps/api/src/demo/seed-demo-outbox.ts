import type { EntityManager } from 'typeorm';

/** One step of a demo evaluation's history, as the transition service would have announced it. */
export interface DemoNotice {
  evaluationId: string;
  actorOrgId: string;
  event: string;
  from: string | null;
  to: string;
  parties: { bureauOrgId: string; firmOrgId: string; unitOrgId: string };
  /** When the step happened, as in the evaluation's history. */
  daysAgo: number;
}

/**
 * Writes the outbox message the API writes for a commission or a transition (reminders and
 * notifications, issue 9), so the relay delivers the demo history to the bell on first start —
 * through the same path as a real change, not as ready-made notifications.
 */
export async function enqueueDemoNotice(manager: EntityManager, notice: DemoNotice): Promise<void> {
  const { bureauOrgId, firmOrgId, unitOrgId } = notice.parties;
  const [kind, payload] =
    notice.event === 'COMMISSION'
      ? ['evaluation.commissioned', { evaluationId: notice.evaluationId, recipients: [firmOrgId] }]
      : [
          'evaluation.transitioned',
          {
            evaluationId: notice.evaluationId,
            event: notice.event,
            from: notice.from,
            to: notice.to,
            recipients: [bureauOrgId, firmOrgId, unitOrgId].filter((id) => id !== notice.actorOrgId),
          },
        ];
  await manager.query(
    `INSERT INTO outbox_message (organisation_id, kind, payload, created_at)
     VALUES ($1, $2, $3, now() - make_interval(days => $4))`,
    [notice.actorOrgId, kind, JSON.stringify(payload), notice.daysAgo],
  );
}
