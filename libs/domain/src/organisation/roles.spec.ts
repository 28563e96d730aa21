import { describe, expect, it } from 'vitest';
import {
  ADMIN_ROLE_BY_KIND,
  ALL_ROLES,
  ROLES_BY_KIND,
  invalidRolesForKind,
  isAdminRole,
  isRole,
  rolesForKind,
} from './roles';

describe('roles per organisation kind', () => {
  it.each([
    ['platform', ['operator']],
    ['bureau', ['bureau_admin', 'performance_officer']],
    ['firm', ['firm_admin', 'team_lead', 'evaluator', 'reviewer', 'archivist']],
    ['unit', ['unit_admin', 'liaison', 'head']],
  ] as const)('%s has roles %j', (kind, roles) => {
    expect(rolesForKind(kind)).toEqual(roles);
  });

  it('lists every role exactly once across the kinds', () => {
    expect(ALL_ROLES).toHaveLength(11);
    expect(new Set(ALL_ROLES).size).toBe(ALL_ROLES.length);
  });

  it.each(Object.entries(ADMIN_ROLE_BY_KIND))(
    'the admin role of %s (%s) is one of its roles',
    (kind, admin) => {
      expect(ROLES_BY_KIND[kind as keyof typeof ROLES_BY_KIND]).toContain(admin);
    },
  );
});

describe('isRole', () => {
  it.each(['operator', 'evaluator', 'head'])('accepts %s', (role) => {
    expect(isRole(role)).toBe(true);
  });

  it.each([['admin'], ['Operator'], [''], [null], [42]])('rejects %j', (value) => {
    expect(isRole(value)).toBe(false);
  });
});

describe('invalidRolesForKind', () => {
  it('is empty when every role belongs to the kind', () => {
    expect(invalidRolesForKind('firm', ['firm_admin', 'evaluator', 'archivist'])).toEqual([]);
    expect(invalidRolesForKind('unit', [])).toEqual([]);
  });

  it('names the roles of other kinds and unknown roles, in the given order', () => {
    expect(invalidRolesForKind('bureau', ['operator', 'bureau_admin', 'evaluator', 'boss'])).toEqual([
      'operator',
      'evaluator',
      'boss',
    ]);
  });

  it('does not let anyone but the platform grant operator', () => {
    expect(invalidRolesForKind('platform', ['operator'])).toEqual([]);
    for (const kind of ['bureau', 'firm', 'unit'] as const) {
      expect(invalidRolesForKind(kind, ['operator'])).toEqual(['operator']);
    }
  });

  it('is case-sensitive', () => {
    expect(invalidRolesForKind('unit', ['Unit_Admin'])).toEqual(['Unit_Admin']);
  });
});

describe('isAdminRole', () => {
  it.each([
    ['platform', ['operator'], true],
    ['bureau', ['bureau_admin'], true],
    ['bureau', ['performance_officer'], false],
    ['firm', ['evaluator', 'firm_admin'], true],
    ['firm', ['team_lead', 'reviewer', 'archivist', 'evaluator'], false],
    ['unit', ['unit_admin'], true],
    ['unit', ['liaison', 'head'], false],
    ['unit', [], false],
  ] as const)('%s with %j is admin: %s', (kind, roles, expected) => {
    expect(isAdminRole(kind, roles)).toBe(expected);
  });

  it("does not treat another kind's admin role as admin", () => {
    expect(isAdminRole('firm', ['bureau_admin', 'unit_admin', 'operator'])).toBe(false);
    expect(isAdminRole('bureau', ['firm_admin'])).toBe(false);
  });
});
