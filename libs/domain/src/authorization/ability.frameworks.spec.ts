import { describe, expect, it } from 'vitest';
import type { OrganisationKind } from '../organisation/organisation-kind';
import type { Role } from '../organisation/roles';
import { allowsOn, defineAbilityFor } from './ability';

const OWN = 'org-own';
const OTHER = 'org-other';

function ability(kind: OrganisationKind, role: Role) {
  return defineAbilityFor({ userId: 'u', organisationId: OWN, organisationKind: kind, roles: [role] });
}

describe('indicator-system library permissions', () => {
  it.each([
    ['bureau', 'bureau_admin', true, true, true],
    ['bureau', 'performance_officer', true, true, false],
    ['firm', 'firm_admin', true, true, true],
    ['firm', 'team_lead', true, true, true],
    ['firm', 'evaluator', true, true, false],
    ['firm', 'reviewer', true, false, false],
    ['firm', 'archivist', true, false, false],
    ['unit', 'unit_admin', false, false, false],
    ['unit', 'liaison', false, false, false],
    ['platform', 'operator', false, false, false],
  ] as const)('%s %s: read %s, edit %s, retire/restore %s', (kind, role, canRead, canEdit, canRetire) => {
    const a = ability(kind, role);
    expect(allowsOn(a, 'read', 'Framework', { organisationId: OWN })).toBe(canRead);
    for (const action of ['create', 'update'] as const) {
      expect(allowsOn(a, action, 'Framework', { organisationId: OWN })).toBe(canEdit);
    }
    expect(allowsOn(a, 'delete', 'Framework', { organisationId: OWN })).toBe(canRetire);
  });

  it('never reaches another organisation’s templates', () => {
    for (const [kind, role] of [
      ['bureau', 'bureau_admin'],
      ['firm', 'team_lead'],
    ] as const) {
      const a = ability(kind, role);
      for (const action of ['read', 'create', 'update', 'delete'] as const) {
        expect(allowsOn(a, action, 'Framework', { organisationId: OTHER })).toBe(false);
      }
    }
  });
});
