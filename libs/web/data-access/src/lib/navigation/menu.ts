import type { Me } from '@jixiao/contracts';
import { defineAbilityFor, type OrganisationKind } from '@jixiao/domain/vocabulary';
import type { TranslationKey } from '../i18n/translations.zh-cn';

export interface MenuEntry {
  key: string;
  label: TranslationKey;
  icon: string;
  /** Router link; absent for areas that are not built yet. */
  link?: string;
  /** Shown greyed out with a 即将上线 tag. */
  comingSoon?: boolean;
}

/**
 * Work areas of each kind of organisation that later releases fill in. (The unit's 资料提交 and 意见反馈
 * are built: they are each evaluation's 资料清单 and 反馈 tabs, reached from the evaluations list and the
 * home page's 待办 — a separate menu entry would only lead to the same tabs.)
 */
const WORK_AREAS: Record<OrganisationKind, readonly MenuEntry[]> = {
  platform: [],
  bureau: [{ key: 'bureau-overview', label: 'area.bureauOverview', icon: 'dashboard', comingSoon: true }],
  firm: [],
  unit: [{ key: 'unit-rectification', label: 'area.unitRectification', icon: 'file-done', comingSoon: true }],
};

export function workAreasFor(kind: OrganisationKind): readonly MenuEntry[] {
  return WORK_AREAS[kind];
}

const EVALUATIONS: MenuEntry = {
  key: 'evaluations',
  label: 'area.evaluations',
  icon: 'project',
  link: '/evaluations',
};

/** Bureau staff who commission evaluations (委托评价). */
export function canCommission(me: Me): boolean {
  return (
    me.organisation.kind === 'bureau' &&
    me.roles.some((role) => role === 'bureau_admin' || role === 'performance_officer')
  );
}

/** Bureau admins keep the firm roster (第三方机构库). */
export function canManageRoster(me: Me): boolean {
  return me.organisation.kind === 'bureau' && me.roles.includes('bureau_admin');
}

/** Side-menu entries for the signed-in user, decided by their abilities. */
export function menuFor(me: Me): MenuEntry[] {
  const ability = defineAbilityFor({
    userId: me.id,
    organisationId: me.organisation.id,
    organisationKind: me.organisation.kind,
    roles: me.roles,
  });
  const entries: MenuEntry[] = [{ key: 'home', label: 'shell.home', icon: 'home', link: '/' }];
  if (me.organisation.kind !== 'platform') entries.push(EVALUATIONS);
  if (canManageRoster(me)) {
    entries.push({ key: 'roster', label: 'area.roster', icon: 'solution', link: '/roster' });
  }
  if (ability.can('read', 'Framework')) {
    entries.push({ key: 'frameworks', label: 'area.frameworks', icon: 'database', link: '/frameworks' });
  }
  entries.push(...WORK_AREAS[me.organisation.kind]);
  // Everyone may read their own User record, so "manage users" is keyed on update/invite rights.
  if (ability.can('update', 'User') && ability.can('create', 'Invitation')) {
    entries.push({ key: 'users', label: 'shell.users', icon: 'team', link: '/admin/users' });
  }
  if (ability.can('onboard', 'Organisation')) {
    entries.push({
      key: 'organisations',
      label: 'shell.organisations',
      icon: 'bank',
      link: '/admin/organisations',
    });
  }
  if (ability.can('read', 'AuditEvent')) {
    entries.push({ key: 'audit', label: 'shell.audit', icon: 'audit', link: '/admin/audit' });
  }
  // Reminders and notifications (issue 9): the operator's failed background jobs.
  if (ability.can('read', 'Job')) {
    entries.push({ key: 'jobs', label: 'shell.jobs', icon: 'thunderbolt', link: '/admin/jobs' });
  }
  return entries;
}
