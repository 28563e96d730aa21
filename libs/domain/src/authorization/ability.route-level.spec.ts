import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../organisation/organisation-kind';
import { ROLES_BY_KIND, type Role } from '../organisation/roles';
import { allowsAction, defineAbilityFor, type Action, type Principal, type Subject } from './ability';

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
