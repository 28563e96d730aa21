import { describe, expect, it } from 'vitest';
import { NO_FACTS } from './evaluation-actor';
import { allowedWork, workRefusal, type WorkSituation } from './work-actions';
import { missingPlanSections } from './work-plan';
import { actorOf, PARTIES_FIXTURE, READY_FACTS } from './testing/evaluation-fixtures';

function situation(overrides: Partial<WorkSituation>): WorkSituation {
  return {
    status: 'preparation.drafting',
    parties: PARTIES_FIXTURE,
    actor: actorOf(PARTIES_FIXTURE.firmOrgId, 'evaluator'),
    facts: READY_FACTS,
    ...overrides,
  };
}

describe('work on an evaluation', () => {
  it('lets a declared team member edit the plan and the indicator system while planning', () => {
    expect(allowedWork(situation({}))).toEqual(['edit_plan', 'edit_framework']);
  });

  it('asks a member to declare independence before touching the work', () => {
    const undeclared = situation({ facts: { ...READY_FACTS, actorHasDeclared: false } });
    expect(workRefusal('edit_plan', undeclared)).toBe('declaration_required');
    expect(allowedWork(undeclared)).toEqual(['declare_independence']);
  });

  it('keeps people outside the team away from the plan', () => {
    const outsider = situation({ facts: NO_FACTS });
    expect(workRefusal('edit_plan', outsider)).toBe('not_team_member');
    expect(workRefusal('declare_independence', outsider)).toBe('not_team_member');
  });

  it('freezes the plan once it is submitted', () => {
    expect(workRefusal('edit_plan', situation({ status: 'preparation.submitted' }))).toBe('wrong_phase');
  });

  it.each([
    [actorOf(PARTIES_FIXTURE.firmOrgId, 'firm_admin'), null],
    [actorOf(PARTIES_FIXTURE.firmOrgId, 'team_lead'), null],
    [actorOf(PARTIES_FIXTURE.firmOrgId, 'reviewer'), 'wrong_role'],
    [actorOf(PARTIES_FIXTURE.bureauOrgId, 'bureau_admin'), 'wrong_party'],
    [actorOf('org-elsewhere', 'firm_admin'), 'not_a_party'],
  ] as const)('team management by %o → %s', (actor, refusal) => {
    expect(workRefusal('manage_team', situation({ actor, facts: NO_FACTS }))).toBe(refusal);
  });

  it('lets bureau staff upload the engagement letter until the report is issued', () => {
    const bureau = actorOf(PARTIES_FIXTURE.bureauOrgId, 'performance_officer');
    expect(
      workRefusal('upload_engagement_letter', situation({ actor: bureau, status: 'commissioned' })),
    ).toBeNull();
    expect(workRefusal('upload_engagement_letter', situation({ actor: bureau, status: 'issued' }))).toBe(
      'wrong_phase',
    );
  });

  // Delivery (出具, issue 11)
  it.each([
    ['issued', 'firm_admin', null],
    ['acknowledged', 'firm_admin', null],
    ['review', 'firm_admin', 'wrong_phase'],
    ['archived', 'firm_admin', 'wrong_phase'],
    ['issued', 'team_lead', 'wrong_role'],
  ] as const)('sealed report scan in %s by the %s → %s', (status, role, refusal) => {
    const actor = actorOf(PARTIES_FIXTURE.firmOrgId, role);
    expect(workRefusal('upload_sealed_report', situation({ actor, status }))).toBe(refusal);
  });

  it('lists the empty plan sections', () => {
    expect(missingPlanSections({ purpose: '目的', basis: ' ', methods: '方法' })).toEqual([
      'basis',
      'schedule',
      'risks',
    ]);
    expect(missingPlanSections(null)).toHaveLength(5);
  });
});
