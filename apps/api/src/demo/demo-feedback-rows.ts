import {
  FEEDBACK_DUE_DAYS,
  feedbackChangeCandidates,
  opinionAnchors,
  periodOf,
  type FeedbackChange,
  type ReportModel,
} from '@jixiao/domain';
import type { EntityManager } from 'typeorm';
import type { DemoActor } from './seed-demo-evaluations';

/** The evaluation the round is about, and the 交换意见稿 the firm sent. */
export interface DemoFeedbackRound {
  key: { bureauOrgId: string; evaluationId: string; firmOrgId: string; unitOrgId: string };
  fiscalYear: number;
  sent: { id: string; model: ReportModel };
  /** Days before today: ACCEPT (the dates the form prints) and SEND_FOR_FEEDBACK. */
  acceptedDaysAgo: number;
  sentDaysAgo: number;
  lead: DemoActor;
}

/** One opinion of the unit (or the bureau), and the firm's answer if there is one. */
export interface DemoOpinion {
  by: DemoActor;
  anchor: string;
  text: string;
  daysAgo: number;
  answer?: {
    by: DemoActor;
    decision: 'adopted' | 'partly_adopted' | 'rejected';
    reason: string;
    daysAgo: number;
    /** Which changes between the 交换意见稿 and the 终稿 it caused (adopted only). */
    changes?: { now: ReportModel; pick: (change: FeedbackChange) => boolean };
  };
}

const DAY_MS = 86_400_000;
const dayOf = (daysAgo: number): string => new Date(Date.now() - daysAgo * DAY_MS).toISOString().slice(0, 10);
const MINUTE_MS = 60_000;
const instantOf = (daysAgo: number): Date => new Date(Date.now() - daysAgo * DAY_MS);
const monthOf = (daysAgo: number): string => {
  const [year, month] = dayOf(daysAgo).split('-').map(Number);
  return `${year}年${month}月`;
};

async function asOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
  await manager.query(`SELECT set_config('app.org_id', $1, true)`, [organisationId]);
}

/**
 * Feedback (征求意见, issue 11): the rows the API writes for a round, through the same columns — the
 * firm opens the form on the 交换意见稿 it sent (due FEEDBACK_DUE_DAYS later), the unit fills its part
 * and writes its opinions (each anchored to a heading or an indicator of the sent version), the head
 * signs if `signedBy` is given, and the firm answers. Row-level security and the form's triggers apply:
 * each write runs as the organisation that makes it.
 */
export async function writeDemoFeedback(
  manager: EntityManager,
  round: DemoFeedbackRound,
  unit: { liaison: DemoActor; filledDaysAgo: number },
  opinions: readonly DemoOpinion[],
  signedBy?: { head: DemoActor; daysAgo: number },
): Promise<void> {
  const { bureauOrgId, evaluationId, firmOrgId, unitOrgId } = round.key;
  const key = [bureauOrgId, evaluationId];
  const phoneOf = async (organisationId: string): Promise<string> => {
    const [row] = (await manager.query(`SELECT contact_phone FROM organisation WHERE id = $1`, [
      organisationId,
    ])) as { contact_phone: string }[];
    return row?.contact_phone ?? '';
  };
  const due = new Date(`${dayOf(round.sentDaysAgo)}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + FEEDBACK_DUE_DAYS);

  await asOrganisation(manager, firmOrgId);
  await manager.query(
    `INSERT INTO evaluation_feedback_form
       (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, report_version_id, period, evaluation_dates,
        firm_contact, firm_phone, due_date, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
    [
      ...key,
      firmOrgId,
      unitOrgId,
      round.sent.id,
      periodOf(round.fiscalYear),
      `${monthOf(round.acceptedDaysAgo)}—${monthOf(round.sentDaysAgo)}`,
      round.lead.name,
      await phoneOf(firmOrgId),
      due.toISOString().slice(0, 10),
      instantOf(round.sentDaysAgo),
    ],
  );

  await asOrganisation(manager, unitOrgId);
  await manager.query(
    `UPDATE evaluation_feedback_form
        SET unit_contact = $3, unit_phone = $4, no_opinion = $5, filled_on = $6, updated_at = $7,
            version = version + 1
      WHERE bureau_org_id = $1 AND evaluation_id = $2 AND signed_at IS NULL`,
    [
      ...key,
      unit.liaison.name,
      await phoneOf(unitOrgId),
      opinions.length === 0,
      dayOf(unit.filledDaysAgo),
      instantOf(unit.filledDaysAgo),
    ],
  );

  const anchors = new Set(opinionAnchors(round.sent.model).map((entry) => entry.anchor));
  const ids: string[] = [];
  for (const [index, opinion] of opinions.entries()) {
    if (!anchors.has(opinion.anchor)) throw new Error(`Demo feedback: unknown anchor ${opinion.anchor}`);
    await asOrganisation(manager, opinion.by.organisationId);
    const [{ id }] = (await manager.query(
      `INSERT INTO evaluation_feedback_opinion
         (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, author_org_id, anchor, text,
          created_by_user_id, created_by_name, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id`,
      [
        ...key,
        firmOrgId,
        unitOrgId,
        opinion.by.organisationId,
        opinion.anchor,
        opinion.text,
        opinion.by.userId,
        opinion.by.name,
        // Opinions of one day a minute apart, in the order given, ending at that day's instant: they are
        // listed by time, and two rows of the same millisecond would fall back to the order of their ids.
        new Date(instantOf(opinion.daysAgo).getTime() - (opinions.length - index) * MINUTE_MS),
      ],
    )) as [{ id: string }];
    ids.push(id);
  }

  if (!signedBy) return;
  await asOrganisation(manager, unitOrgId);
  await manager.query(
    `UPDATE evaluation_feedback_form
        SET signed_by_user_id = $3, signed_by_name = $4, signed_at = $5::timestamptz, updated_at = $5::timestamptz,
            filled_on = coalesce(filled_on, ($5::timestamptz)::date), version = version + 1
      WHERE bureau_org_id = $1 AND evaluation_id = $2 AND signed_at IS NULL`,
    [...key, signedBy.head.userId, signedBy.head.name, instantOf(signedBy.daysAgo)],
  );

  await asOrganisation(manager, firmOrgId);
  for (const [index, opinion] of opinions.entries()) {
    const answer = opinion.answer;
    if (!answer) continue;
    const changes = answer.changes
      ? feedbackChangeCandidates(round.sent.model, answer.changes.now).filter(answer.changes.pick)
      : [];
    if (answer.decision !== 'rejected' && changes.length === 0)
      throw new Error(`Demo feedback: the ${answer.decision} opinion ${opinion.anchor} links to no change`);
    await manager.query(
      `INSERT INTO evaluation_feedback_answer
         (bureau_org_id, opinion_id, evaluation_id, firm_org_id, unit_org_id, decision, reason, changes,
          answered_by_user_id, answered_by_name, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        bureauOrgId,
        ids[index],
        evaluationId,
        firmOrgId,
        unitOrgId,
        answer.decision,
        answer.reason,
        JSON.stringify(changes),
        answer.by.userId,
        answer.by.name,
        instantOf(answer.daysAgo),
      ],
    );
  }
}
