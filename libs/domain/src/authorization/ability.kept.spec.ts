import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../organisation/organisation-kind';
import { ROLES_BY_KIND, type Role } from '../organisation/roles';
import {
  abilityFor,
  allowsAction,
  allowsOn,
  defineAbilityFor,
  type Action,
  type Principal,
  type Subject,
} from './ability';

const ACTIONS: Action[] = ['manage', 'read', 'create', 'update', 'delete', 'onboard', 'verify'];
const SUBJECTS: Subject[] = [
  'Organisation',
  'User',
  'Invitation',
  'AuditEvent',
  'Profile',
  'Home',
  'Framework',
  'Evaluation',
  'FirmRoster',
  'Notification',
  'Job',
  'all',
];

/** Every subset of `roles` (each kind has a handful). */
function subsets(roles: readonly Role[]): Role[][] {
  return roles.reduce<Role[][]>((sets, role) => [...sets, ...sets.map((set) => [...set, role])], [[]]);
}

describe('allowsAction (the route-level check, one ability per role set)', () => {
  it('answers as a freshly built ability for every kind, role set, action and subject', () => {
    let compared = 0;
    for (const kind of ORGANISATION_KINDS) {
      for (const roles of subsets(ROLES_BY_KIND[kind])) {
        const principal: Principal = {
          userId: `user-${compared}`,
          organisationId: `org-${compared}`,
          organisationKind: kind,
          roles,
        };
        const fresh = defineAbilityFor(principal);
        for (const action of ACTIONS)
          for (const subject of SUBJECTS) {
            expect(
              allowsAction(principal, action, subject),
              `${kind} ${roles.join('+')} ${action} ${subject}`,
            ).toBe(fresh.can(action, subject));
            compared += 1;
          }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('does not let one role set answer for another (roles in any order, same answer)', () => {
    const base = { userId: 'u', organisationId: 'o', organisationKind: 'bureau' as const };
    expect(allowsAction({ ...base, roles: ['bureau_admin'] }, 'create', 'Invitation')).toBe(true);
    expect(allowsAction({ ...base, roles: [] }, 'create', 'Invitation')).toBe(false);
    expect(
      allowsAction({ ...base, roles: ['performance_officer', 'bureau_admin'] }, 'create', 'Invitation'),
    ).toBe(allowsAction({ ...base, roles: ['bureau_admin', 'performance_officer'] }, 'create', 'Invitation'));
  });
});

describe('abilityFor (abilities kept per principal)', () => {
  const principal: Principal = {
    userId: 'user-a',
    organisationId: 'org-a',
    organisationKind: 'firm',
    roles: ['firm_admin', 'evaluator'],
  };

  it('answers the same ability for the same principal, roles in any order', () => {
    const first = abilityFor(principal);
    expect(abilityFor({ ...principal, roles: ['evaluator', 'firm_admin'] })).toBe(first);
  });

  it('answers a different ability when anything about the principal differs, with its own answers', () => {
    const base = abilityFor(principal);
    const others = [
      { ...principal, userId: 'user-b' },
      { ...principal, organisationId: 'org-b' },
      { ...principal, roles: ['evaluator' as const] },
    ];
    for (const other of others) {
      const ability = abilityFor(other);
      expect(ability).not.toBe(base);
      for (const record of [
        { id: 'user-a', organisationId: 'org-a' },
        { id: 'user-b', organisationId: 'org-b' },
        { id: 'user-c', organisationId: 'org-a' },
      ])
        for (const action of ['read', 'update'] as const)
          expect(allowsOn(ability, action, 'User', record)).toBe(
            allowsOn(defineAbilityFor(other), action, 'User', record),
          );
    }
  });

  it('keeps a bounded number: the least recently used principal is built again', () => {
    const first = abilityFor({ ...principal, userId: 'evicted' });
    for (let i = 0; i < 1000; i += 1) abilityFor({ ...principal, userId: `filler-${i}` });
    expect(abilityFor({ ...principal, userId: 'evicted' })).not.toBe(first);
  });
});
