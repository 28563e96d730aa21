import type { OrganisationKind, Role } from '@jixiao/domain';
import type { Locale } from './errors';

export const ROLE_LABELS: Record<Role, Record<Locale, string>> = {
  operator: { 'zh-CN': '平台运营', 'en-US': 'Platform operator' },
  bureau_admin: { 'zh-CN': '财政局管理员', 'en-US': 'Bureau admin' },
  performance_officer: { 'zh-CN': '绩效科人员', 'en-US': 'Performance officer' },
  firm_admin: { 'zh-CN': '机构管理员', 'en-US': 'Firm admin' },
  team_lead: { 'zh-CN': '项目负责人', 'en-US': 'Team lead' },
  evaluator: { 'zh-CN': '评价人员', 'en-US': 'Evaluator' },
  reviewer: { 'zh-CN': '复核人员', 'en-US': 'Reviewer' },
  archivist: { 'zh-CN': '档案管理员', 'en-US': 'Archivist' },
  unit_admin: { 'zh-CN': '单位管理员', 'en-US': 'Unit admin' },
  liaison: { 'zh-CN': '联系人', 'en-US': 'Liaison' },
  head: { 'zh-CN': '单位负责人', 'en-US': 'Head of unit' },
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, Record<Locale, string>> = {
  platform: { 'zh-CN': '平台运营方', 'en-US': 'Platform' },
  bureau: { 'zh-CN': '财政局（委托单位）', 'en-US': 'Finance bureau' },
  firm: { 'zh-CN': '评价机构', 'en-US': 'Evaluating firm' },
  unit: { 'zh-CN': '被评价单位', 'en-US': 'Evaluated unit' },
};
