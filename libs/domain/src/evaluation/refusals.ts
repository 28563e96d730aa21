import type { MessageLocale } from '../messages';

/** Why an event or action is refused; each has a message per locale. */
export const REFUSAL_MESSAGES = {
  wrong_phase: { 'zh-CN': '评价项目当前阶段不能执行此操作', 'en-US': 'Not possible in the current phase' },
  not_a_party: { 'zh-CN': '您的单位不是该评价项目的参与方', 'en-US': 'Your organisation is not a party' },
  wrong_party: { 'zh-CN': '此操作应由其他参与方执行', 'en-US': 'Another party does this' },
  wrong_role: { 'zh-CN': '您的角色不能执行此操作', 'en-US': 'Your role cannot do this' },
  not_team_lead: {
    'zh-CN': '只有本项目的项目负责人可以执行此操作',
    'en-US': "Only the evaluation's team lead can do this",
  },
  not_team_member: {
    'zh-CN': '只有本项目评价小组成员可以执行此操作',
    'en-US': 'Only members of the team can do this',
  },
  declaration_required: {
    'zh-CN': '请先签署回避声明',
    'en-US': 'Declare your independence first',
  },
  comment_required: { 'zh-CN': '请填写原因或意见', 'en-US': 'A reason or comment is required' },
  team_without_lead: { 'zh-CN': '评价小组尚未指定项目负责人', 'en-US': 'The team has no lead yet' },
  declarations_missing: {
    'zh-CN': '尚有评价小组成员未签署回避声明',
    'en-US': 'Some team members have not declared independence',
  },
  framework_missing: { 'zh-CN': '尚未选定评价指标体系', 'en-US': 'No indicator system adopted yet' },
  plan_incomplete: {
    'zh-CN': '评价方案尚有必填内容未填写',
    'en-US': 'The work plan has empty required sections',
  },
  firm_not_in_roster: {
    'zh-CN': '所选机构不在本局第三方机构库中或已暂停',
    'en-US': "The chosen firm is not active in the bureau's roster",
  },
  same_firm: { 'zh-CN': '请选择另一家评价机构', 'en-US': 'Choose another firm' },
  fieldwork_incomplete: { 'zh-CN': '评价实施尚未完成', 'en-US': 'Fieldwork is not complete' },
  draft_missing: { 'zh-CN': '报告初稿尚未生成', 'en-US': 'The draft report does not exist yet' },
  opinions_unanswered: { 'zh-CN': '尚有反馈意见未答复', 'en-US': 'Some feedback opinions are unanswered' },
  reviewer_is_author: {
    'zh-CN': '复核人不能是报告撰写人',
    'en-US': 'A reviewer cannot be an author of the report',
  },
  reviewer_signed_already: {
    'zh-CN': '同一人不能签署两级复核',
    'en-US': 'One person cannot sign two review levels',
  },
  review_incomplete: { 'zh-CN': '三级复核尚未全部完成', 'en-US': 'Not every review level has signed' },
  not_available_yet: { 'zh-CN': '该阶段功能尚未开放', 'en-US': 'This phase is not available yet' },
  // Fieldwork: work papers (工作底稿)
  not_work_paper_reviewer: {
    'zh-CN': '只有该底稿指定的复核人可以签署复核',
    'en-US': "Only the work paper's reviewer can sign it off",
  },
  work_paper_reviewed_already: {
    'zh-CN': '该底稿的当前版本已复核',
    'en-US': 'This version of the work paper is already reviewed',
  },
  // The report's consistency gate (issue 10)
  report_inconsistent: {
    'zh-CN': '报告未通过一致性检查',
    'en-US': 'The report does not pass the consistency check',
  },
  // Three-level review (三级复核, issue 11)
  review_notes_open: {
    'zh-CN': '尚有复核意见未解决，不能签署',
    'en-US': 'Review notes are still open; resolve them before signing',
  },
  // Feedback (征求意见, issue 11)
  feedback_pending: {
    'zh-CN': '被评价单位尚未签署征求意见表，且未到反馈截止日期',
    'en-US': 'The unit has not signed its feedback form and its due date has not passed',
  },
} as const satisfies Record<string, Record<MessageLocale, string>>;

export type RefusalCode = keyof typeof REFUSAL_MESSAGES;

export function refusalMessage(code: RefusalCode, locale: MessageLocale): string {
  return REFUSAL_MESSAGES[code][locale];
}
