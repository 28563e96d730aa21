import { AbilityBuilder, createMongoAbility, subject, type MongoAbility } from '@casl/ability';
import type { OrganisationKind } from '../organisation/organisation-kind';
import { ADMIN_ROLE_BY_KIND, type Role } from '../organisation/roles';

export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete' | 'onboard' | 'verify';
export type SubjectName =
  | 'Organisation'
  | 'User'
  | 'Invitation'
  | 'AuditEvent'
  | 'Profile'
  | 'Home'
  | 'Framework'
  | 'Evaluation'
  | 'FirmRoster'
  // Reminders and notifications (issue 9)
  | 'Notification'
  | 'Job';
export type Subject = SubjectName | 'all';
export type AppAbility = MongoAbility<[Action, Subject | Record<string, unknown>]>;

/** Roles that design and edit indicator systems (评价指标体系). */
export const FRAMEWORK_EDITORS: readonly Role[] = [
  'bureau_admin',
  'performance_officer',
  'firm_admin',
  'team_lead',
  'evaluator',
];

/** The evaluation column that names an organisation of each kind as a party. */
const EVALUATION_PARTY_COLUMN: Record<OrganisationKind, 'bureauOrgId' | 'firmOrgId' | 'unitOrgId' | null> = {
  platform: null,
  bureau: 'bureauOrgId',
  firm: 'firmOrgId',
  unit: 'unitOrgId',
};
/** Roles that retire and restore the templates of the library: its admins and the firm's team leads. */
export const FRAMEWORK_CURATORS: readonly Role[] = ['bureau_admin', 'firm_admin', 'team_lead'];

/**
 * The organisation fields its own admins keep up to date. Legal name, region and credit code are the
 * identity the platform operator verified at onboarding; only the operator changes them.
 */
export const ORGANISATION_CONTACT_FIELDS = ['contactName', 'contactPhone'] as const;

/** Who is acting: the verified user, their organisation and the roles they hold in it. */
export interface Principal {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  roles: readonly Role[];
}

/**
 * What a principal may do. Conditions name the fields of the records (organisationId, id) so the
 * same rules check single records; lists are filtered by organisation in SQL and by RLS.
 */
export function defineAbilityFor(principal: Principal): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const own = { organisationId: principal.organisationId };

  can('read', 'Home');
  const self = { id: principal.userId, organisationId: principal.organisationId };
  can(['read', 'update'], 'Profile', self);
  can('read', 'Organisation', { id: principal.organisationId });
  can('read', 'User', self);
  // Reminders and notifications (issue 9): everyone reads and marks their own notifications.
  can(['read', 'update'], 'Notification', { userId: principal.userId });

  if (principal.roles.includes(ADMIN_ROLE_BY_KIND[principal.organisationKind])) {
    can('update', 'Organisation', [...ORGANISATION_CONTACT_FIELDS], { id: principal.organisationId });
    can(['read', 'update'], 'User', own);
    can(['read', 'create', 'delete'], 'Invitation', own);
    can(['read', 'verify'], 'AuditEvent', own);
  }

  // Indicator systems: bureaus and firms keep libraries; the people who design evaluations edit them.
  if (principal.organisationKind === 'bureau' || principal.organisationKind === 'firm') {
    can('read', 'Framework', own);
    if (principal.roles.some((role) => FRAMEWORK_EDITORS.includes(role))) {
      can(['create', 'update'], 'Framework', own);
    }
    if (principal.roles.some((role) => FRAMEWORK_CURATORS.includes(role))) {
      can('delete', 'Framework', own);
    }
  }

  // Evaluations: each party reads the evaluations it is a party to (conditions on the party columns);
  // bureau staff commission them. What each may do inside one is the lifecycle machine's rule table.
  const partyColumn = EVALUATION_PARTY_COLUMN[principal.organisationKind];
  if (partyColumn) {
    can('read', 'Evaluation', { [partyColumn]: principal.organisationId });
    if (principal.organisationKind === 'bureau') {
      can('create', 'Evaluation', { bureauOrgId: principal.organisationId });
      can('read', 'FirmRoster', { bureauOrgId: principal.organisationId });
      if (principal.roles.includes('bureau_admin'))
        can(['create', 'update'], 'FirmRoster', { bureauOrgId: principal.organisationId });
    }
  }

  if (principal.organisationKind === 'platform' && principal.roles.includes('operator')) {
    can(['read', 'onboard', 'update'], 'Organisation');
    // Reminders and notifications (issue 9): the operator sees failed background jobs and retries them.
    can(['read', 'update'], 'Job');
  }

  return build();
}

/** Abilities of the principals seen most recently, least recently used first (a Map keeps insertion order). */
const principalAbilities = new Map<string, AppAbility>();
const PRINCIPAL_ABILITIES_KEPT = 1000;

/**
 * The ability of `principal`, as `defineAbilityFor` builds it, kept for the principals seen most
 * recently: an ability is a function of who acts (organisation, user, kind, roles) alone and is never
 * changed once built, while building it — and compiling its conditions on first use — cost every
 * request that checks a record.
 */
export function abilityFor(principal: Principal): AppAbility {
  const key = `${principal.organisationKind}|${principal.organisationId}|${principal.userId}|${[...principal.roles].sort().join(',')}`;
  const kept = principalAbilities.get(key);
  if (kept) {
    principalAbilities.delete(key);
    principalAbilities.set(key, kept);
    return kept;
  }
  const ability = defineAbilityFor(principal);
  principalAbilities.set(key, ability);
  if (principalAbilities.size > PRINCIPAL_ABILITIES_KEPT) {
    const oldest = principalAbilities.keys().next().value;
    if (oldest !== undefined) principalAbilities.delete(oldest);
  }
  return ability;
}

/** Route-level abilities by organisation kind and role set; bounded, as the role sets in use are few. */
const routeAbilities = new Map<string, AppAbility>();
const ROUTE_ABILITIES_KEPT = 256;

/**
 * Whether `principal` may do `action` on `subjectName` at all — the route-level check, which looks at
 * which rules exist, not at their conditions. Its answer depends only on the organisation kind and the
 * roles, so the ability behind it is built once per role set instead of on every request.
 */
export function allowsAction(principal: Principal, action: Action, subjectName: Subject): boolean {
  const key = `${principal.organisationKind}:${[...principal.roles].sort().join(',')}`;
  let ability = routeAbilities.get(key);
  if (!ability) {
    if (routeAbilities.size >= ROUTE_ABILITIES_KEPT) routeAbilities.clear();
    ability = defineAbilityFor({ ...principal, userId: '', organisationId: '' });
    routeAbilities.set(key, ability);
  }
  return ability.can(action, subjectName);
}

/** Whether `ability` allows `action` on one record of `subjectName` (conditions checked against its fields). */
export function allowsOn(
  ability: AppAbility,
  action: Action,
  subjectName: SubjectName,
  record: object,
): boolean {
  return ability.can(action, subject(subjectName, { ...(record as Record<string, unknown>) }));
}

/** Whether `ability` allows `action` on `field` of one record of `subjectName`. */
export function allowsFieldOn(
  ability: AppAbility,
  action: Action,
  subjectName: SubjectName,
  record: object,
  field: string,
): boolean {
  return ability.can(action, subject(subjectName, { ...(record as Record<string, unknown>) }), field);
}
