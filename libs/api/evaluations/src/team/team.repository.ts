import { Injectable } from '@nestjs/common';
import type { TeamCandidate, TeamMember, TeamRole } from '@jixiao/contracts';
import { TenantDatabase } from '@jixiao/api-platform';
import { evaluationKeys, MANY_EVALUATIONS, type EvaluationRow } from '../evaluations/evaluation-row';

interface MemberRow {
  user_id: string;
  display_name: string;
  team_role: TeamRole;
  duties: string;
  declared_at: Date | null;
  declaration: string | null;
}

export interface TeamStanding {
  members: number;
  hasLead: boolean;
  undeclared: number;
  actorIsMember: boolean;
  actorIsLead: boolean;
  actorHasDeclared: boolean;
}

const NO_STANDING: TeamStanding = {
  members: 0,
  hasLead: false,
  undeclared: 0,
  actorIsMember: false,
  actorIsLead: false,
  actorHasDeclared: false,
};

export interface NewMember {
  userId: string;
  displayName: string;
  teamRole: TeamRole;
  duties: string;
}

/** The evaluation team (评价小组): firm users with a role in this evaluation and their declarations. */
@Injectable()
export class TeamRepository {
  constructor(private readonly db: TenantDatabase) {}

  async list(evaluation: EvaluationRow): Promise<TeamMember[]> {
    const rows = (await this.db.manager.query(
      `SELECT user_id, display_name, team_role, duties, declared_at, declaration FROM evaluation_member
        WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY team_role = 'lead' DESC, display_name`,
      [evaluation.bureau_org_id, evaluation.id],
    )) as MemberRow[];
    return rows.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      teamRole: row.team_role,
      duties: row.duties,
      declaredAt: row.declared_at?.toISOString() ?? null,
      declaration: row.declaration,
    }));
  }

  async standing(evaluation: EvaluationRow, actorUserId: string): Promise<TeamStanding> {
    return (await this.standings([evaluation], actorUserId)).get(evaluation.id) ?? NO_STANDING;
  }

  /** The team standing of many evaluations in one query (the to-do list reads every open evaluation). */
  async standings(
    evaluations: readonly EvaluationRow[],
    actorUserId: string,
  ): Promise<Map<string, TeamStanding>> {
    if (evaluations.length === 0) return new Map();
    const rows = (await this.db.manager.query(
      `SELECT evaluation_id,
              count(*)::int AS members,
              coalesce(bool_or(team_role = 'lead'), false) AS has_lead,
              (count(*) FILTER (WHERE declared_at IS NULL))::int AS undeclared,
              coalesce(bool_or(user_id = $3), false) AS actor_is_member,
              coalesce(bool_or(user_id = $3 AND team_role = 'lead'), false) AS actor_is_lead,
              coalesce(bool_or(user_id = $3 AND declared_at IS NOT NULL), false) AS actor_has_declared
         FROM evaluation_member WHERE (bureau_org_id, evaluation_id) IN (${MANY_EVALUATIONS})
        GROUP BY evaluation_id`,
      [...evaluationKeys(evaluations), actorUserId],
    )) as {
      evaluation_id: string;
      members: number;
      has_lead: boolean;
      undeclared: number;
      actor_is_member: boolean;
      actor_is_lead: boolean;
      actor_has_declared: boolean;
    }[];
    return new Map(
      rows.map((row) => [
        row.evaluation_id,
        {
          members: row.members,
          hasLead: row.has_lead,
          undeclared: row.undeclared,
          actorIsMember: row.actor_is_member,
          actorIsLead: row.actor_is_lead,
          actorHasDeclared: row.actor_has_declared,
        },
      ]),
    );
  }

  /** Active users of the firm (the caller's organisation) who could join the team. */
  async candidates(firmOrgId: string): Promise<TeamCandidate[]> {
    const rows = (await this.db.manager.query(
      `SELECT id, display_name, email FROM app_user
        WHERE organisation_id = $1 AND status = 'active' ORDER BY display_name LIMIT 500`,
      [firmOrgId],
    )) as { id: string; display_name: string; email: string }[];
    return rows.map((row) => ({ userId: row.id, displayName: row.display_name, email: row.email }));
  }

  /** Users of `firmOrgId` among `userIds` who are active, with their names. */
  async activeFirmUsers(firmOrgId: string, userIds: readonly string[]): Promise<Map<string, string>> {
    const rows = (await this.db.manager.query(
      `SELECT id, display_name FROM app_user WHERE organisation_id = $1 AND status = 'active' AND id = ANY($2::uuid[])`,
      [firmOrgId, userIds],
    )) as { id: string; display_name: string }[];
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  /**
   * Replaces the team: members who stay keep their declarations, new members must declare, and
   * members who leave are removed. Role and duties of those who stay are updated.
   */
  async replace(evaluation: EvaluationRow, members: readonly NewMember[], addedBy: string): Promise<void> {
    const manager = this.db.manager;
    await manager.query(
      `DELETE FROM evaluation_member WHERE bureau_org_id = $1 AND evaluation_id = $2 AND NOT (user_id = ANY($3::uuid[]))`,
      [evaluation.bureau_org_id, evaluation.id, members.map((member) => member.userId)],
    );
    // Demote first so the one-lead index never sees two leads in between.
    await manager.query(
      `UPDATE evaluation_member SET team_role = 'evaluator' WHERE bureau_org_id = $1 AND evaluation_id = $2`,
      [evaluation.bureau_org_id, evaluation.id],
    );
    for (const member of members) {
      await manager.query(
        `INSERT INTO evaluation_member (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, user_id, display_name,
                                        team_role, duties, added_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (bureau_org_id, evaluation_id, user_id)
         DO UPDATE SET team_role = EXCLUDED.team_role, duties = EXCLUDED.duties, display_name = EXCLUDED.display_name`,
        [
          evaluation.bureau_org_id,
          evaluation.id,
          evaluation.firm_org_id,
          evaluation.unit_org_id,
          member.userId,
          member.displayName,
          member.teamRole,
          member.duties,
          addedBy,
        ],
      );
    }
  }

  async declare(evaluation: EvaluationRow, userId: string, text: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE evaluation_member SET declaration = $4, declared_at = now()
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND user_id = $3 AND declared_at IS NULL`,
      [evaluation.bureau_org_id, evaluation.id, userId, text],
    );
  }
}
