import {
  applyEvaluationEvent,
  loadEvaluationSnapshot,
  phaseOf,
  storeEvaluationSnapshot,
  type EvaluationEventType,
  type EvaluationFacts,
  type PhaseDueDates,
  type StoredEvaluationSnapshot,
} from '@jixiao/domain';
import type { EntityManager } from 'typeorm';
import { SEED_FACTS, type DemoActor } from './seed-demo-evaluations';
import { enqueueDemoNotice } from './seed-demo-outbox';

/** One later step of a demo evaluation, and the rows its capability writes in the same transaction. */
export interface DemoLaterStep {
  event: EvaluationEventType;
  by: DemoActor;
  daysAgo: number;
  comment?: string;
  /** What the guards ask of this step (the rows written before it make them true; the triggers check). */
  facts?: Partial<EvaluationFacts>;
  /** The capability's rows, written after the status changed — as a lifecycle hook's `applied`. */
  applied?: () => Promise<void>;
}

interface EvaluationState {
  bureau_org_id: string;
  firm_org_id: string;
  unit_org_id: string;
  status: string;
  version: number;
  due_dates: PhaseDueDates;
  machine_version: number;
  snapshot: Omit<StoredEvaluationSnapshot, 'machineVersion'>;
}

/** What the seed's data satisfies by construction: the first phases' facts, then fieldwork and report. */
const DONE_BEFORE: EvaluationFacts = {
  ...SEED_FACTS,
  fieldworkBlockers: [],
  draftReady: true,
  reportBlockers: [],
};

/**
 * Takes a seeded evaluation further, one transition at a time, the way the transition service does:
 * the machine decides, the evaluation row is updated (so the database's own triggers write the
 * delivery dates and freeze an archived evaluation), the history entry and the outbox notice are
 * written, then the step's own rows. Each step runs as its actor's organisation.
 */
export async function advanceDemoEvaluation(
  manager: EntityManager,
  evaluation: { bureauOrgId: string; id: string },
  steps: readonly DemoLaterStep[],
): Promise<void> {
  const setOrg = (id: string) => manager.query(`SELECT set_config('app.org_id', $1, true)`, [id]);
  for (const step of steps) {
    await setOrg(evaluation.bureauOrgId);
    const [row] = (await manager.query(
      `SELECT bureau_org_id, firm_org_id, unit_org_id, status, version, due_dates, machine_version, snapshot
         FROM evaluation WHERE bureau_org_id = $1 AND id = $2`,
      [evaluation.bureauOrgId, evaluation.id],
    )) as EvaluationState[];
    if (!row) throw new Error(`Demo evaluation ${evaluation.id} missing`);
    const result = applyEvaluationEvent(
      loadEvaluationSnapshot({ machineVersion: row.machine_version, ...row.snapshot }),
      {
        type: step.event,
        actor: { userId: step.by.userId, organisationId: step.by.organisationId, roles: step.by.roles },
        facts: { ...DONE_BEFORE, ...step.facts },
        comment: step.comment,
      },
    );
    if (!result.ok)
      throw new Error(`Demo evaluation ${evaluation.id}: ${step.event} refused (${result.refusal})`);
    const stored = storeEvaluationSnapshot(result.snapshot);
    const phase = phaseOf(result.to);
    const seq = row.version + 1;

    await setOrg(step.by.organisationId);
    await manager.query(
      `UPDATE evaluation
          SET status = $3, snapshot = $4, machine_version = $5, current_due_date = $6, version = $7,
              updated_at = now() - make_interval(days => $8)
        WHERE bureau_org_id = $1 AND id = $2 AND version = $7 - 1`,
      [
        row.bureau_org_id,
        evaluation.id,
        result.to,
        JSON.stringify({ value: stored.value, context: stored.context }),
        stored.machineVersion,
        (phase && row.due_dates[phase]) ?? null,
        seq,
        step.daysAgo,
      ],
    );
    const [actorOrg] = (await manager.query(`SELECT name FROM organisation WHERE id = $1`, [
      step.by.organisationId,
    ])) as { name: string }[];
    await manager.query(
      `INSERT INTO evaluation_history (bureau_org_id, evaluation_id, seq, firm_org_id, unit_org_id, at, actor_user_id,
                                       actor_org_id, actor_name, actor_org_name, event, from_status, to_status, comment)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6), $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        row.bureau_org_id,
        evaluation.id,
        seq,
        row.firm_org_id,
        row.unit_org_id,
        step.daysAgo,
        step.by.userId,
        step.by.organisationId,
        step.by.name,
        actorOrg?.name ?? step.by.organisationName,
        step.event,
        result.from,
        result.to,
        step.comment ?? null,
      ],
    );
    await enqueueDemoNotice(manager, {
      evaluationId: evaluation.id,
      actorOrgId: step.by.organisationId,
      event: step.event,
      from: result.from,
      to: result.to,
      parties: { bureauOrgId: row.bureau_org_id, firmOrgId: row.firm_org_id, unitOrgId: row.unit_org_id },
      daysAgo: step.daysAgo,
    });
    await step.applied?.();
  }
}
