import { describe, expect, it } from 'vitest';
import { allowsOn, defineAbilityFor, type Principal } from './ability';

const base = { userId: 'user-self', organisationId: 'org-own' };
const colleague = { id: 'user-colleague', organisationId: 'org-own' };

describe('defineAbilityFor: unusual principals', () => {
  it('grants admin rights when the admin role is one of several', () => {
    const ability = defineAbilityFor({
      ...base,
      organisationKind: 'firm',
      roles: ['evaluator', 'firm_admin'],
    });
    expect(allowsOn(ability, 'update', 'User', colleague)).toBe(true);
  });

  it("does not grant admin rights for another kind's admin role", () => {
    const ability = defineAbilityFor({
      ...base,
      organisationKind: 'firm',
      roles: ['bureau_admin', 'unit_admin'],
    });
    expect(allowsOn(ability, 'read', 'User', colleague)).toBe(false);
    expect(allowsOn(ability, 'update', 'Organisation', { id: 'org-own' })).toBe(false);
  });

  it('does not let an operator role outside the platform onboard or read other organisations', () => {
    const ability = defineAbilityFor({ ...base, organisationKind: 'bureau', roles: ['operator'] });
    expect(allowsOn(ability, 'onboard', 'Organisation', { id: 'org-new' })).toBe(false);
    expect(allowsOn(ability, 'read', 'Organisation', { id: 'org-other' })).toBe(false);
  });

  it('leaves a platform member without roles with only the basics', () => {
    const principal: Principal = { ...base, organisationKind: 'platform', roles: [] };
    const ability = defineAbilityFor(principal);
    expect(allowsOn(ability, 'read', 'Organisation', { id: 'org-own' })).toBe(true);
    expect(allowsOn(ability, 'read', 'Organisation', { id: 'org-other' })).toBe(false);
    expect(allowsOn(ability, 'onboard', 'Organisation', { id: 'org-new' })).toBe(false);
    expect(allowsOn(ability, 'read', 'User', colleague)).toBe(false);
  });

  it('gives nobody manage on everything', () => {
    const ability = defineAbilityFor({ ...base, organisationKind: 'platform', roles: ['operator'] });
    expect(ability.can('manage', 'all')).toBe(false);
    expect(ability.can('delete', 'Organisation')).toBe(false);
  });

  it('denies an admin a record that has no organisationId', () => {
    const ability = defineAbilityFor({ ...base, organisationKind: 'unit', roles: ['unit_admin'] });
    expect(allowsOn(ability, 'read', 'Invitation', { id: 'inv-1' })).toBe(false);
    expect(allowsOn(ability, 'read', 'AuditEvent', { id: 'ev-1' })).toBe(false);
  });
});
