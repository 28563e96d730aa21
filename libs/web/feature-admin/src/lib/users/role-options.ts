import { ROLE_LABELS, type Locale } from '@jixiao/contracts';
import { rolesForKind, type OrganisationKind } from '@jixiao/domain';

export interface RoleOption {
  label: string;
  value: string;
}

/** Checkbox options for the roles an organisation of `kind` can grant. */
export function roleOptions(kind: OrganisationKind, locale: Locale): RoleOption[] {
  return rolesForKind(kind).map((role) => ({ label: ROLE_LABELS[role][locale], value: role }));
}
