import type { OwnerSql } from '@jixiao/api-platform';
import type { Party, Role } from '@jixiao/domain';

/** An evaluation as the notification jobs need it (owner connection, any organisation). */
export interface EvaluationForNotice {
  id: string;
  title: string;
  status: string;
  currentDueDate: string | null;
  bureauOrgId: string;
  firmOrgId: string;
  unitOrgId: string;
}

export interface Recipient {
  organisationId: string;
  userId: string;
  email: string;
}

interface EvaluationNoticeRow {
  id: string;
  title: string;
  status: string;
  current_due_date: string | null;
  bureau_org_id: string;
  firm_org_id: string;
  unit_org_id: string;
}

interface RecipientRow {
  organisation_id: string;
  id: string;
  email: string;
}

function toEvaluation(row: EvaluationNoticeRow): EvaluationForNotice {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    currentDueDate: row.current_due_date,
    bureauOrgId: row.bureau_org_id,
    firmOrgId: row.firm_org_id,
    unitOrgId: row.unit_org_id,
  };
}

const EVALUATION_COLUMNS = `id, title, status, to_char(current_due_date, 'YYYY-MM-DD') AS current_due_date,
  bureau_org_id, firm_org_id, unit_org_id`;

/** Who in each party hears about an evaluation: the bureau's staff, the firm's team, the unit's contacts. */
const PARTY_ROLES: Record<Party, readonly Role[]> = {
  bureau: ['bureau_admin', 'performance_officer'],
  // Before the team exists (commissioned), the firm's managers decide; afterwards, the team.
  firm: ['firm_admin', 'team_lead'],
  unit: ['unit_admin', 'liaison', 'head'],
};

/** SQL of the evaluation notification planner and reminder source (owner connection). */
export const evaluationRecipients = {
  async evaluation(db: OwnerSql, id: string): Promise<EvaluationForNotice | undefined> {
    const [row] = await db.query<EvaluationNoticeRow>(
      `SELECT ${EVALUATION_COLUMNS} FROM evaluation WHERE id = $1`,
      [id],
    );
    return row && toEvaluation(row);
  },

  /** Open evaluations whose current phase is due on or before `latest`. */
  async dueBy(db: OwnerSql, latest: string): Promise<EvaluationForNotice[]> {
    const rows = await db.query<EvaluationNoticeRow>(
      `SELECT ${EVALUATION_COLUMNS} FROM evaluation
        WHERE current_due_date IS NOT NULL AND current_due_date <= $1::date
          AND status NOT IN ('archived', 'cancelled', 'declined')
        ORDER BY current_due_date, id`,
      [latest],
    );
    return rows.map(toEvaluation);
  },

  /** The active users of `party` in the evaluation who are told about it. */
  async of(db: OwnerSql, evaluation: EvaluationForNotice, party: Party): Promise<Recipient[]> {
    const organisationId =
      party === 'bureau'
        ? evaluation.bureauOrgId
        : party === 'firm'
          ? evaluation.firmOrgId
          : evaluation.unitOrgId;
    const rows = await db.query<RecipientRow>(
      party === 'firm'
        ? `SELECT u.organisation_id, u.id, u.email FROM app_user u
            WHERE u.organisation_id = $1 AND u.status = 'active'
              AND (EXISTS (SELECT 1 FROM evaluation_member m
                            WHERE m.evaluation_id = $3 AND m.firm_org_id = $1 AND m.user_id = u.id)
                   OR (u.roles && $2::text[] AND NOT EXISTS (
                         SELECT 1 FROM evaluation_member m WHERE m.evaluation_id = $3 AND m.firm_org_id = $1)))
            ORDER BY u.id`
        : `SELECT u.organisation_id, u.id, u.email FROM app_user u
            WHERE u.organisation_id = $1 AND u.status = 'active' AND u.roles && $2::text[]
            ORDER BY u.id`,
      party === 'firm'
        ? [organisationId, PARTY_ROLES[party], evaluation.id]
        : [organisationId, PARTY_ROLES[party]],
    );
    return rows.map((row) => ({ organisationId: row.organisation_id, userId: row.id, email: row.email }));
  },
};
