import { describe, expect, it } from 'vitest';
import type { OrganisationKind } from '../organisation/organisation-kind';
import { ADMIN_ROLE_BY_KIND } from '../organisation/roles';
import { allowsFieldOn, allowsOn, defineAbilityFor } from './ability';

const OWN = { id: 'org-own' };
const IDENTITY_FIELDS = ['name', 'region', 'creditCode'];
const CONTACT_FIELDS = ['contactName', 'contactPhone'];

describe('who edits which organisation fields', () => {
  it.each(['bureau', 'firm', 'unit'] as const)(
    'a %s admin edits its contact details, not its verified identity',
    (kind: OrganisationKind) => {
      const ability = defineAbilityFor({
        userId: 'u',
        organisationId: OWN.id,
        organisationKind: kind,
        roles: [ADMIN_ROLE_BY_KIND[kind]],
      });
      expect(allowsOn(ability, 'update', 'Organisation', OWN)).toBe(true);
      for (const field of CONTACT_FIELDS) {
        expect(allowsFieldOn(ability, 'update', 'Organisation', OWN, field)).toBe(true);
      }
      for (const field of IDENTITY_FIELDS) {
        expect(allowsFieldOn(ability, 'update', 'Organisation', OWN, field)).toBe(false);
      }
    },
  );

  it('the platform operator edits every field of any organisation', () => {
    const ability = defineAbilityFor({
      userId: 'u',
      organisationId: 'org-platform',
      organisationKind: 'platform',
      roles: ['operator'],
    });
    for (const field of [...IDENTITY_FIELDS, ...CONTACT_FIELDS]) {
      expect(allowsFieldOn(ability, 'update', 'Organisation', { id: 'org-other' }, field)).toBe(true);
    }
  });
});
