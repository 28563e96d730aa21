import type { OrganisationKind } from './organisation-kind';

/** Roles per organisation kind (DOMAIN.md "The three parties and their people"). */
export const ROLES_BY_KIND = {
  platform: ['operator'],
  bureau: ['bureau_admin', 'performance_officer'],
  firm: ['firm_admin', 'team_lead', 'evaluator', 'reviewer', 'archivist'],
  unit: ['unit_admin', 'liaison', 'head'],
} as const satisfies Record<OrganisationKind, readonly string[]>;

export type Role = (typeof ROLES_BY_KIND)[OrganisationKind][number];

export const ALL_ROLES: readonly Role[] = Object.values(ROLES_BY_KIND).flat();

/** The role that administers an organisation of the given kind (manages its users). */
export const ADMIN_ROLE_BY_KIND = {
  platform: 'operator',
  bureau: 'bureau_admin',
  firm: 'firm_admin',
  unit: 'unit_admin',
} as const satisfies Record<OrganisationKind, Role>;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}

export function rolesForKind(kind: OrganisationKind): readonly Role[] {
  return ROLES_BY_KIND[kind];
}

/** Roles in `roles` that an organisation of `kind` cannot grant. Empty when all are valid. */
export function invalidRolesForKind(kind: OrganisationKind, roles: readonly string[]): string[] {
  const valid: readonly string[] = ROLES_BY_KIND[kind];
  return roles.filter((role) => !valid.includes(role));
}

export function isAdminRole(kind: OrganisationKind, roles: readonly Role[]): boolean {
  return roles.includes(ADMIN_ROLE_BY_KIND[kind]);
}
