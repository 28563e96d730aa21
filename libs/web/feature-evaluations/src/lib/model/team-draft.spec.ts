import type { TeamMember } from '@jixiao/contracts';
import { draftFromTeam, newRow, setRole, teamProblem, teamRequest, type TeamDraftRow } from './team-draft';

const row = (userId: string | null, teamRole: TeamDraftRow['teamRole'], duties = ''): TeamDraftRow => ({
  userId,
  teamRole,
  duties,
});

describe('team draft', () => {
  it('starts from the stored team', () => {
    const team: TeamMember[] = [
      {
        userId: 'u1',
        displayName: '李组长',
        teamRole: 'lead',
        duties: '统筹',
        declaredAt: null,
        declaration: null,
      },
    ];
    expect(draftFromTeam(team)).toEqual([row('u1', 'lead', '统筹')]);
  });

  it('makes the first new member the lead and later ones evaluators', () => {
    expect(newRow([]).teamRole).toBe('lead');
    expect(newRow([row('u1', 'lead')]).teamRole).toBe('evaluator');
  });

  it.each([
    [[], 'noMembers'],
    [[row(null, 'lead')], 'unpicked'],
    [[row('u1', 'lead'), row('u1', 'evaluator')], 'duplicate'],
    [[row('u1', 'evaluator'), row('u2', 'evaluator')], 'oneLead'],
    [[row('u1', 'lead'), row('u2', 'lead')], 'oneLead'],
    [[row('u1', 'lead'), row('u2', 'evaluator')], null],
  ] as const)('checks %j → %s', (rows, problem) => {
    expect(teamProblem(rows)).toBe(problem);
  });

  it('moves the lead role to the chosen member', () => {
    const rows = setRole([row('u1', 'lead'), row('u2', 'evaluator')], 1, 'lead');
    expect(rows.map((r) => r.teamRole)).toEqual(['evaluator', 'lead']);
  });

  it('sends trimmed duties', () => {
    expect(teamRequest([row('u1', 'lead', ' 统筹协调 ')])).toEqual({
      members: [{ userId: 'u1', teamRole: 'lead', duties: '统筹协调' }],
    });
  });
});
