/** The kinds of organisation (tenant) on the platform. `platform` is the operator's own organisation. */
export const ORGANISATION_KINDS = ['platform', 'bureau', 'firm', 'unit'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Kinds a platform operator can onboard. */
export const ONBOARDABLE_KINDS = ['bureau', 'firm', 'unit'] as const satisfies readonly OrganisationKind[];
export type OnboardableKind = (typeof ONBOARDABLE_KINDS)[number];

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && (ORGANISATION_KINDS as readonly string[]).includes(value);
}
