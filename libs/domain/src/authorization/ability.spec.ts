import { describe, expect, it } from 'vitest';
import type { OrganisationKind } from '../organisation/organisation-kind';
import { ROLES_BY_KIND, type Role } from '../organisation/roles';
import { allowsOn, defineAbilityFor, type Action, type Principal, type SubjectName } from './ability';

const SELF = 'user-self';
const OWN = 'org-own';
const OTHER = 'org-other';

/** Who the principal is: the platform operator, an organisation's admin, or anyone else in it. */
type Standing = 'operator' | 'admin' | 'member';

interface Case {
  action: Action;
  subject: SubjectName;
  record: object;
  label: string;
  allowed: Record<Standing, boolean>;
}

const all = { operator: true, admin: true, member: true };
const none = { operator: false, admin: false, member: false };
const admins = { operator: true, admin: true, member: false };
const operatorOnly = { operator: true, admin: false, member: false };

const ownOrg = { id: OWN };
const otherOrg = { id: OTHER };
const self = { id: SELF, organisationId: OWN };
const colleague = { id: 'user-colleague', organisationId: OWN };
const stranger = { id: 'user-stranger', organisationId: OTHER };
const ownInvitation = { id: 'inv-own', organisationId: OWN };
const otherInvitation = { id: 'inv-other', organisationId: OTHER };
const ownEvent = { id: 'ev-own', organisationId: OWN };
const otherEvent = { id: 'ev-other', organisationId: OTHER };

const CASES: Case[] = [
  { action: 'read', subject: 'Home', record: {}, label: 'home', allowed: all },
  { action: 'read', subject: 'Profile', record: self, label: 'own profile', allowed: all },
  { action: 'update', subject: 'Profile', record: self, label: 'own profile', allowed: all },
  { action: 'delete', subject: 'Profile', record: self, label: 'own profile', allowed: none },
  {
    action: 'read',
    subject: 'Profile',
    record: { id: colleague.id },
    label: "colleague's profile",
    allowed: none,
  },
  {
    action: 'update',
    subject: 'Profile',
    record: { id: colleague.id },
    label: "colleague's profile",
    allowed: none,
  },

  { action: 'read', subject: 'Organisation', record: ownOrg, label: 'own organisation', allowed: all },
  { action: 'update', subject: 'Organisation', record: ownOrg, label: 'own organisation', allowed: admins },
  { action: 'delete', subject: 'Organisation', record: ownOrg, label: 'own organisation', allowed: none },
  {
    action: 'onboard',
    subject: 'Organisation',
    record: otherOrg,
    label: 'other organisation',
    allowed: operatorOnly,
  },
  {
    action: 'read',
    subject: 'Organisation',
    record: otherOrg,
    label: 'other organisation',
    allowed: operatorOnly,
  },
  {
    action: 'update',
    subject: 'Organisation',
    record: otherOrg,
    label: 'other organisation',
    allowed: operatorOnly,
  },
  { action: 'delete', subject: 'Organisation', record: otherOrg, label: 'other organisation', allowed: none },

  { action: 'read', subject: 'User', record: self, label: 'themselves', allowed: all },
  { action: 'update', subject: 'User', record: self, label: 'themselves', allowed: admins },
  { action: 'read', subject: 'User', record: colleague, label: 'colleague', allowed: admins },
  { action: 'update', subject: 'User', record: colleague, label: 'colleague', allowed: admins },
  { action: 'create', subject: 'User', record: colleague, label: 'colleague', allowed: none },
  { action: 'delete', subject: 'User', record: colleague, label: 'colleague', allowed: none },
  { action: 'read', subject: 'User', record: stranger, label: 'user of other org', allowed: none },
  { action: 'update', subject: 'User', record: stranger, label: 'user of other org', allowed: none },

  { action: 'read', subject: 'Invitation', record: ownInvitation, label: 'own org', allowed: admins },
  { action: 'create', subject: 'Invitation', record: ownInvitation, label: 'own org', allowed: admins },
  { action: 'delete', subject: 'Invitation', record: ownInvitation, label: 'own org', allowed: admins },
  { action: 'update', subject: 'Invitation', record: ownInvitation, label: 'own org', allowed: none },
  { action: 'read', subject: 'Invitation', record: otherInvitation, label: 'other org', allowed: none },
  { action: 'create', subject: 'Invitation', record: otherInvitation, label: 'other org', allowed: none },
  { action: 'delete', subject: 'Invitation', record: otherInvitation, label: 'other org', allowed: none },

  { action: 'read', subject: 'AuditEvent', record: ownEvent, label: 'own org', allowed: admins },
  { action: 'verify', subject: 'AuditEvent', record: ownEvent, label: 'own org', allowed: admins },
  { action: 'update', subject: 'AuditEvent', record: ownEvent, label: 'own org', allowed: none },
  { action: 'delete', subject: 'AuditEvent', record: ownEvent, label: 'own org', allowed: none },
  { action: 'read', subject: 'AuditEvent', record: otherEvent, label: 'other org', allowed: none },
  { action: 'verify', subject: 'AuditEvent', record: otherEvent, label: 'other org', allowed: none },
];

function standingOf(kind: OrganisationKind, role: Role): Standing {
  if (kind === 'platform') return 'operator';
  return role.endsWith('_admin') ? 'admin' : 'member';
}

const PRINCIPALS = (Object.entries(ROLES_BY_KIND) as [OrganisationKind, readonly Role[]][]).flatMap(
  ([kind, roles]) => roles.map((role) => ({ kind, role, standing: standingOf(kind, role) })),
);

describe('defineAbilityFor: permission matrix', () => {
  it('covers one operator, three admins and seven other roles', () => {
    const counts = PRINCIPALS.reduce<Record<string, number>>(
      (total, { standing }) => ({ ...total, [standing]: (total[standing] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ operator: 1, admin: 3, member: 7 });
  });

  describe.each(PRINCIPALS)('$kind $role ($standing)', ({ kind, role, standing }) => {
    const principal: Principal = { userId: SELF, organisationId: OWN, organisationKind: kind, roles: [role] };
    const ability = defineAbilityFor(principal);

    it.each(CASES)('$action $subject ($label)', ({ action, subject, record, allowed }) => {
      expect(allowsOn(ability, action, subject, record)).toBe(allowed[standing]);
    });
  });
});
