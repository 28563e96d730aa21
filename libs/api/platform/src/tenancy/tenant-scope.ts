/** The organisation (and user) whose rows a database transaction may see. */
export interface TenantScope {
  organisationId: string | null;
  userId: string | null;
  /** Only for a verified platform operator: may list and onboard organisations. */
  platform: boolean;
}

export const NO_TENANT: TenantScope = { organisationId: null, userId: null, platform: false };
