import { describe, expect, it } from 'vitest';
import { ONBOARDABLE_KINDS, ORGANISATION_KINDS, isOrganisationKind } from './organisation-kind';

describe('organisation kinds', () => {
  it('are platform, bureau, firm and unit', () => {
    expect(ORGANISATION_KINDS).toEqual(['platform', 'bureau', 'firm', 'unit']);
  });

  it('lets the operator onboard every kind except the platform itself', () => {
    expect(ONBOARDABLE_KINDS).toEqual(['bureau', 'firm', 'unit']);
  });

  it.each(['platform', 'bureau', 'firm', 'unit'])('recognises %s', (kind) => {
    expect(isOrganisationKind(kind)).toBe(true);
  });

  it.each([['Bureau'], ['company'], [''], [null], [undefined], [1], [{}], [['firm']]])(
    'rejects %j',
    (value) => {
      expect(isOrganisationKind(value)).toBe(false);
    },
  );
});
