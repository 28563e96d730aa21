import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../organisation/organisation-kind';
import { ALL_ROLES } from '../organisation/roles';
import { allowsOn, defineAbilityFor, type Action } from './ability';

const ACTIONS: Action[] = ['manage', 'read', 'create', 'update', 'delete', 'onboard', 'verify'];

describe("nobody can act on another organisation's records", () => {
  it('denies every action on User, Invitation and AuditEvent of another organisation, whatever the roles', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORGANISATION_KINDS),
        fc.subarray([...ALL_ROLES]),
        fc.constantFrom(...ACTIONS),
        fc.constantFrom('User' as const, 'Invitation' as const, 'AuditEvent' as const),
        fc.uuid(),
        fc.uuid(),
        (kind, roles, action, subject, ownOrg, otherOrg) => {
          fc.pre(ownOrg !== otherOrg);
          const ability = defineAbilityFor({
            userId: 'user-self',
            organisationId: ownOrg,
            organisationKind: kind,
            roles,
          });
          expect(allowsOn(ability, action, subject, { id: 'record-1', organisationId: otherOrg })).toBe(
            false,
          );
        },
      ),
    );
  });

  it('denies every action on profiles of other users, whatever the roles', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORGANISATION_KINDS),
        fc.subarray([...ALL_ROLES]),
        fc.constantFrom(...ACTIONS),
        (kind, roles, action) => {
          const ability = defineAbilityFor({
            userId: 'user-self',
            organisationId: 'org',
            organisationKind: kind,
            roles,
          });
          expect(allowsOn(ability, action, 'Profile', { id: 'user-other' })).toBe(false);
        },
      ),
    );
  });
});
