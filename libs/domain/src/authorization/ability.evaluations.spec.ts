import { describe, expect, it } from 'vitest';
import type { OrganisationKind } from '../organisation/organisation-kind';
import type { Role } from '../organisation/roles';
import { allowsOn, defineAbilityFor } from './ability';

const evaluation = { bureauOrgId: 'org-bureau', firmOrgId: 'org-firm', unitOrgId: 'org-unit' };

function can(kind: OrganisationKind, organisationId: string, role: Role, action: 'read' | 'create') {
  return allowsOn(
    defineAbilityFor({ userId: 'u', organisationId, organisationKind: kind, roles: [role] }),
    action,
    'Evaluation',
    evaluation,
  );
}

describe('evaluation permissions follow the party columns', () => {
  it.each([
    ['bureau', 'org-bureau', 'performance_officer', true],
    ['firm', 'org-firm', 'evaluator', true],
    ['unit', 'org-unit', 'liaison', true],
    ['bureau', 'org-bureau-2', 'bureau_admin', false],
    ['firm', 'org-firm-2', 'firm_admin', false],
    ['unit', 'org-unit-2', 'unit_admin', false],
    ['platform', 'org-platform', 'operator', false],
    // an organisation named in the wrong column is not that party
    ['firm', 'org-unit', 'firm_admin', false],
    ['unit', 'org-firm', 'unit_admin', false],
  ] as const)('%s %s (%s) reads: %s', (kind, org, role, expected) => {
    expect(can(kind, org, role, 'read')).toBe(expected);
  });

  it('lets only the commissioning bureau create it', () => {
    expect(can('bureau', 'org-bureau', 'performance_officer', 'create')).toBe(true);
    expect(can('bureau', 'org-bureau-2', 'bureau_admin', 'create')).toBe(false);
    expect(can('firm', 'org-firm', 'firm_admin', 'create')).toBe(false);
  });

  it('keeps the firm roster to bureau admins for changes', () => {
    const roster = { bureauOrgId: 'org-bureau' };
    const officer = defineAbilityFor({
      userId: 'u',
      organisationId: 'org-bureau',
      organisationKind: 'bureau',
      roles: ['performance_officer'],
    });
    const admin = defineAbilityFor({
      userId: 'u',
      organisationId: 'org-bureau',
      organisationKind: 'bureau',
      roles: ['bureau_admin'],
    });
    expect(allowsOn(officer, 'read', 'FirmRoster', roster)).toBe(true);
    expect(allowsOn(officer, 'update', 'FirmRoster', roster)).toBe(false);
    expect(allowsOn(admin, 'update', 'FirmRoster', roster)).toBe(true);
    expect(allowsOn(admin, 'update', 'FirmRoster', { bureauOrgId: 'org-bureau-2' })).toBe(false);
  });
});
