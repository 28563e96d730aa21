import type { SetTeamRequest, TeamMember, TeamRole } from '@jixiao/contracts';

/** One row of the team editor; `userId` is null until a candidate is picked. */
export interface TeamDraftRow {
  userId: string | null;
  teamRole: TeamRole;
  duties: string;
}

export type TeamProblem = 'noMembers' | 'oneLead' | 'unpicked' | 'duplicate';

export function draftFromTeam(team: readonly TeamMember[]): TeamDraftRow[] {
  return team.map((member) => ({ userId: member.userId, teamRole: member.teamRole, duties: member.duties }));
}

/** A new row: the first member becomes the lead, later ones evaluators. */
export function newRow(rows: readonly TeamDraftRow[]): TeamDraftRow {
  return {
    userId: null,
    teamRole: rows.some((row) => row.teamRole === 'lead') ? 'evaluator' : 'lead',
    duties: '',
  };
}

/** What keeps the draft from being saved, or null. */
export function teamProblem(rows: readonly TeamDraftRow[]): TeamProblem | null {
  if (rows.length === 0) return 'noMembers';
  if (rows.some((row) => !row.userId)) return 'unpicked';
  const ids = rows.map((row) => row.userId);
  if (new Set(ids).size !== ids.length) return 'duplicate';
  if (rows.filter((row) => row.teamRole === 'lead').length !== 1) return 'oneLead';
  return null;
}

/** Making one row the lead turns the previous lead into an evaluator. */
export function setRole(rows: readonly TeamDraftRow[], index: number, role: TeamRole): TeamDraftRow[] {
  return rows.map((row, i) => {
    if (i === index) return { ...row, teamRole: role };
    if (role === 'lead' && row.teamRole === 'lead') return { ...row, teamRole: 'evaluator' };
    return row;
  });
}

export function teamRequest(rows: readonly TeamDraftRow[]): SetTeamRequest {
  return {
    members: rows.flatMap((row) =>
      row.userId ? [{ userId: row.userId, teamRole: row.teamRole, duties: row.duties.trim() }] : [],
    ),
  };
}
