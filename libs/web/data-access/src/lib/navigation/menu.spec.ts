import type { Me } from '@jixiao/contracts';
import type { OrganisationKind, Role } from '@jixiao/domain';
import { canCommission, canManageRoster, menuFor } from './menu';

function user(kind: OrganisationKind, roles: Role[]): Me {
  return {
    id: 'u1',
    email: 'a@b.cn',
    displayName: '张三',
    roles,
    organisation: { id: 'o1', kind, name: '单位', region: '地区' },
  };
}

const keys = (me: Me): string[] => menuFor(me).map((entry) => entry.key);
const linked = (me: Me): string[] =>
  menuFor(me)
    .filter((entry) => !entry.comingSoon)
    .map((entry) => entry.key);

describe('menuFor', () => {
  it('gives the platform operator home, users, organisations, audit and failed jobs', () => {
    expect(keys(user('platform', ['operator']))).toEqual(['home', 'users', 'organisations', 'audit', 'jobs']);
  });

  it('gives a bureau admin user management and audit plus the bureau work areas', () => {
    const me = user('bureau', ['bureau_admin']);
    expect(linked(me)).toEqual(['home', 'evaluations', 'roster', 'frameworks', 'users', 'audit']);
    expect(keys(me)).not.toContain('bureau-projects');
    expect(keys(me)).toContain('bureau-overview');
    expect(keys(me)).not.toContain('organisations');
  });

  it('gives a firm evaluator home, the evaluations and the indicator-system library', () => {
    const me = user('firm', ['evaluator']);
    expect(keys(me)).toEqual(['home', 'evaluations', 'frameworks']);
  });

  it('gives the firm roster to bureau admins only', () => {
    expect(keys(user('bureau', ['performance_officer']))).not.toContain('roster');
    expect(keys(user('firm', ['firm_admin']))).not.toContain('roster');
    expect(canManageRoster(user('bureau', ['bureau_admin']))).toBe(true);
  });

  it('lets bureau admins and performance officers commission, nobody else', () => {
    expect(canCommission(user('bureau', ['performance_officer']))).toBe(true);
    expect(canCommission(user('bureau', ['bureau_admin']))).toBe(true);
    expect(canCommission(user('firm', ['firm_admin']))).toBe(false);
    expect(canCommission(user('unit', ['unit_admin']))).toBe(false);
  });

  it('links the indicator-system library for bureau and firm users only', () => {
    const link = (me: Me) => menuFor(me).find((entry) => entry.key === 'frameworks')?.link;
    expect(link(user('bureau', ['performance_officer']))).toBe('/frameworks');
    expect(link(user('firm', ['reviewer']))).toBe('/frameworks');
    expect(link(user('unit', ['unit_admin']))).toBeUndefined();
    expect(link(user('platform', ['operator']))).toBeUndefined();
  });

  it('shows the unit’s rectification as coming soon, and no entry for feedback (each evaluation’s 反馈 tab)', () => {
    const entries = menuFor(user('unit', ['liaison']));
    const areas = entries.filter((entry) => entry.comingSoon).map((entry) => entry.key);
    expect(areas).toEqual(['unit-rectification']);
    expect(entries.filter((entry) => entry.comingSoon).every((entry) => entry.link === undefined)).toBe(true);
  });

  it('does not treat a non-admin role as admin', () => {
    expect(linked(user('unit', ['head', 'liaison']))).toEqual(['home', 'evaluations']);
    expect(linked(user('unit', ['unit_admin']))).toEqual(['home', 'evaluations', 'users', 'audit']);
  });
});
