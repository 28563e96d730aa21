import type { Locale } from '@jixiao/contracts';

/** Messages for field-level problems, keyed by the stable code sent in `details[].code`. */
const FIELD_MESSAGES: Record<string, Record<Locale, string>> = {
  isNotEmpty: { 'zh-CN': '不能为空', 'en-US': 'must not be empty' },
  isString: { 'zh-CN': '必须是文本', 'en-US': 'must be text' },
  isEmail: { 'zh-CN': '邮箱格式不正确', 'en-US': 'must be an e-mail address' },
  isIn: { 'zh-CN': '取值不在允许范围内', 'en-US': 'is not one of the allowed values' },
  isArray: { 'zh-CN': '必须是列表', 'en-US': 'must be a list' },
  arrayNotEmpty: { 'zh-CN': '至少选择一项', 'en-US': 'must contain at least one item' },
  arrayUnique: { 'zh-CN': '不能包含重复项', 'en-US': 'must not contain duplicates' },
  maxLength: { 'zh-CN': '不能超过 {max} 个字符', 'en-US': 'must have at most {max} characters' },
  minLength: { 'zh-CN': '至少需要 {min} 个字符', 'en-US': 'must have at least {min} characters' },
  isInt: { 'zh-CN': '必须是整数', 'en-US': 'must be an integer' },
  min: { 'zh-CN': '不能小于 {min}', 'en-US': 'must be at least {min}' },
  max: { 'zh-CN': '不能大于 {max}', 'en-US': 'must be at most {max}' },
  isUUID: { 'zh-CN': '标识格式不正确', 'en-US': 'is not a valid id' },
  matches: { 'zh-CN': '格式不正确', 'en-US': 'has the wrong format' },
  forbiddenKey: { 'zh-CN': '不允许使用该字段名', 'en-US': 'is a forbidden key' },
  whitelistValidation: { 'zh-CN': '不允许提交该字段', 'en-US': 'is not an accepted field' },
  'credit_code.length': { 'zh-CN': '统一社会信用代码应为 18 位', 'en-US': 'must have 18 characters' },
  'credit_code.character': {
    'zh-CN': '统一社会信用代码含有不允许的字符',
    'en-US': 'contains a character not allowed in credit codes',
  },
  'credit_code.check_character': {
    'zh-CN': '统一社会信用代码校验位不正确',
    'en-US': 'has a wrong check character',
  },
  'credit_code.taken': { 'zh-CN': '该统一社会信用代码已登记', 'en-US': 'is already registered' },
  'password.too_short': { 'zh-CN': '密码至少 12 位', 'en-US': 'must have at least 12 characters' },
  'password.too_long': { 'zh-CN': '密码不能超过 128 位', 'en-US': 'must have at most 128 characters' },
  'password.too_common': { 'zh-CN': '密码过于常见', 'en-US': 'is too common' },
  'password.contains_context': {
    'zh-CN': '密码不能包含邮箱、姓名或单位名称',
    'en-US': 'must not contain your e-mail, name or organisation',
  },
  'password.repetitive': { 'zh-CN': '密码字符过于单一', 'en-US': 'uses too few different characters' },
  'password.wrong': { 'zh-CN': '当前密码不正确', 'en-US': 'is not your current password' },
  'email.taken': { 'zh-CN': '该邮箱已被使用', 'en-US': 'is already in use' },
  'roles.not_allowed': {
    'zh-CN': '包含不适用于本单位类型的角色',
    'en-US': 'contains a role this kind of organisation does not have',
  },
  'organisation.parent_required': {
    'zh-CN': '请选择所属财政局',
    'en-US': 'choose the finance bureau the unit belongs to',
  },
  'organisation.parent_not_bureau': {
    'zh-CN': '所选单位不是有效的财政局',
    'en-US': 'is not an active finance bureau',
  },
  'organisation.parent_only_for_units': {
    'zh-CN': '只有被评价单位可以指定所属财政局',
    'en-US': 'only units belong to a bureau',
  },
  'evaluation.unit_not_overseen': {
    'zh-CN': '请选择本局所属的被评价单位',
    'en-US': 'choose one of the bureau’s units',
  },
  'evaluation.firm_not_in_roster': {
    'zh-CN': '请选择本局第三方机构库中的在用机构',
    'en-US': 'choose an active firm of the bureau’s roster',
  },
  'evaluation.due_date_order': {
    'zh-CN': '截止日期不能早于前一阶段的截止日期',
    'en-US': 'must not be before the previous phase’s due date',
  },
  decimal: {
    'zh-CN': '请输入不超过 4 位小数的非负数',
    'en-US': 'must be a non-negative number with at most 4 decimals',
  },
  isISO8601: { 'zh-CN': '日期格式应为 YYYY-MM-DD', 'en-US': 'must be a date (YYYY-MM-DD)' },
  isBoolean: { 'zh-CN': '必须是是/否', 'en-US': 'must be true or false' },
  equals: { 'zh-CN': '请勾选确认', 'en-US': 'must be confirmed' },
  stale: {
    'zh-CN': '数据已被他人修改，请刷新后重试',
    'en-US': 'was changed by someone else; reload and try again',
  },
  'team.duplicate_member': { 'zh-CN': '同一人员不能重复加入', 'en-US': 'must not list a person twice' },
  'team.one_lead': { 'zh-CN': '评价小组须有且只有一名项目负责人', 'en-US': 'must have exactly one lead' },
  'team.not_firm_user': {
    'zh-CN': '只能选择本机构的在用人员',
    'en-US': 'must be an active user of the firm',
  },
  'roster.firm_unknown': {
    'zh-CN': '未找到使用该统一社会信用代码的评价机构',
    'en-US': 'no evaluating firm has this code',
  },
  'roster.firm_exists': { 'zh-CN': '该机构已在机构库中', 'en-US': 'is already in the roster' },
  'file.missing': { 'zh-CN': '请选择文件', 'en-US': 'choose a file' },
  'file.empty': { 'zh-CN': '文件是空的', 'en-US': 'the file is empty' },
  'file.too_large': { 'zh-CN': '文件超过允许的大小', 'en-US': 'the file is larger than allowed' },
  'file.type_not_allowed': {
    'zh-CN': '文件内容不是允许的类型',
    'en-US': 'the content is not of an accepted kind',
  },
  'file.interrupted': {
    'zh-CN': '上传中断，请重新选择文件上传',
    'en-US': 'the upload broke off; upload the file again',
  },
  'text.invalid': {
    'zh-CN': '包含无法保存的字符（空字符或不成对的代理字符）',
    'en-US': 'contains characters that cannot be stored (NUL or an unpaired surrogate)',
  },
  'json.too_deep': { 'zh-CN': '数据嵌套层级过深', 'en-US': 'is nested too deeply' },
  'json.too_many_keys': { 'zh-CN': '单个对象的字段过多', 'en-US': 'has an object with too many keys' },
  'json.array_too_long': { 'zh-CN': '列表项过多', 'en-US': 'has a list with too many items' },
  'json.too_many_values': { 'zh-CN': '数据项总数过多', 'en-US': 'has too many values in total' },
  'field.operator_only': {
    'zh-CN': '单位名称、地区和统一社会信用代码由平台运营方核定，请联系运营方修改',
    'en-US': 'is verified by the platform operator; ask the operator to change it',
  },
  // Request list (资料清单)
  'request.unknown_indicator': {
    'zh-CN': '指标“{id}”不在本项目的评价指标体系中',
    'en-US': 'indicator “{id}” is not in the evaluation’s indicator system',
  },
  'request.file_not_in_answer': {
    'zh-CN': '该文件不在本轮答复中',
    'en-US': 'the file is not part of this round’s answer',
  },
  // Fieldwork: fiscal figures and the scoring workbench (issue 9)
  amount: {
    'zh-CN': '请输入不小于 0 的数字，最多 4 位小数',
    'en-US': 'must be a number of at least 0 with at most 4 decimals',
  },
  'figure.unknown_key': { 'zh-CN': '没有这项基础数据', 'en-US': 'is not a known figure' },
  'figure.source_required': {
    'zh-CN': '请上传来源文件或填写数据来源说明',
    'en-US': 'upload the source document or describe the source',
  },
  'figure.source_not_found': {
    'zh-CN': '来源文件不存在或不是本项目的基础数据来源文件',
    'en-US': 'is not a figure source file of this evaluation',
  },
  'figure.not_entered': {
    'zh-CN': '被评价单位尚未填报该数据',
    'en-US': 'has not been entered by the unit yet',
  },
  'figure.comment_required': {
    'zh-CN': '存疑或更正时请填写说明',
    'en-US': 'is required when questioning or correcting a figure',
  },
  'figure.corrected_value_required': {
    'zh-CN': '更正时请填写更正后的数值',
    'en-US': 'is required when correcting a figure',
  },
  'score.unknown_indicator': { 'zh-CN': '指标不存在', 'en-US': 'is not an indicator of the adopted system' },
  'score.observation_foreign': {
    'zh-CN': '观测值不属于该指标',
    'en-US': 'is an observation of another indicator',
  },
  'score.deduction_reason_required': {
    'zh-CN': '得分低于分值，请填写扣分原因',
    'en-US': 'is required when the score is below the weight',
  },
  'score.evidence_not_found': {
    'zh-CN': '所选佐证文件不存在',
    'en-US': 'names a file that is not in this evaluation',
  },
  'score.request_item_not_found': {
    'zh-CN': '所选资料清单项不存在',
    'en-US': 'names a request item that is not in this evaluation',
  },
  'score.framework_missing': {
    'zh-CN': '尚未选定评价指标体系',
    'en-US': 'no indicator system has been adopted',
  },
  'project.not_found': { 'zh-CN': '项目不存在', 'en-US': 'is not a project of this evaluation' },
  // Fieldwork: work papers (工作底稿)
  'work_paper.subject_required': {
    'zh-CN': '请选择一个指标，或填写底稿主题（二者选一）',
    'en-US': 'choose one indicator or give a topic (exactly one of them)',
  },
  'work_paper.unknown_indicator': {
    'zh-CN': '该指标不在本项目的评价指标体系中',
    'en-US': "is not an indicator of this evaluation's indicator system",
  },
  'work_paper.reviewer_not_firm_user': {
    'zh-CN': '复核人须为本机构的在职用户',
    'en-US': 'must be an active user of the firm',
  },
  'work_paper.reviewer_is_author': {
    'zh-CN': '复核人不能是底稿编写人',
    'en-US': 'must not be the author of the work paper',
  },
  'work_paper.too_many_attachments': {
    'zh-CN': '每份底稿最多 {max} 个附件',
    'en-US': 'a work paper has at most {max} attachments',
  },
  // The report (issue 10)
  'report.narrative.shape': { 'zh-CN': '报告正文格式不正确', 'en-US': 'the report text is malformed' },
  'report.narrative.not_text': { 'zh-CN': '请填写文字', 'en-US': 'must be text' },
  'report.narrative.too_long': { 'zh-CN': '文字过长', 'en-US': 'is too long' },
  'report.narrative.too_many': { 'zh-CN': '条目过多', 'en-US': 'has too many entries' },
  'report.stage_refused': {
    'zh-CN': '当前阶段不能保存此类报告版本',
    'en-US': 'a version of this kind cannot be saved in this phase',
  },
  'report.no_framework': {
    'zh-CN': '尚未采用评价指标体系，无法生成报告',
    'en-US': 'no indicator system is adopted yet, so there is no report',
  },
  // Three-level review (三级复核, issue 11)
  'review.levels_count': { 'zh-CN': '复核级次应为 1 至 5 级', 'en-US': 'must have 1 to 5 levels' },
  'review.level_title_required': { 'zh-CN': '请填写该级次的名称', 'en-US': 'a title is required' },
  'review.level_title_too_long': { 'zh-CN': '名称不超过 40 个字', 'en-US': 'at most 40 characters' },
  'review.anchor_invalid': {
    'zh-CN': '请选择报告章节或指标（如 indicator:2.1.1）',
    'en-US': 'choose a report section or an indicator (e.g. indicator:2.1.1)',
  },
  'review.note_required': { 'zh-CN': '请填写复核意见', 'en-US': 'the note is required' },
  'review.note_too_long': { 'zh-CN': '复核意见不超过 2000 字', 'en-US': 'at most 2000 characters' },
  'review.not_in_review': { 'zh-CN': '报告当前不在内部复核阶段', 'en-US': 'the report is not in review' },
  'review.no_round': { 'zh-CN': '没有进行中的复核轮次', 'en-US': 'no review round is open' },
  'review.nothing_to_sign': {
    'zh-CN': '没有待签署的级次或报告版本',
    'en-US': 'there is no level or report version to sign',
  },
  'review.reviewer_is_author': {
    'zh-CN': '复核人不能是报告撰写人',
    'en-US': 'a reviewer cannot be an author of the report',
  },
  'review.reviewer_signed_already': {
    'zh-CN': '同一人不能签署两级复核',
    'en-US': 'one person cannot sign two levels',
  },
  'review.level_signed_already': { 'zh-CN': '该级次已由他人签署', 'en-US': 'this level is already signed' },
  'review.previous_level_unsigned': {
    'zh-CN': '上一级复核尚未签署',
    'en-US': 'the previous level has not signed yet',
  },
  'review.not_reviewer': {
    'zh-CN': '签署人须为本机构的复核人员',
    'en-US': "must be one of the firm's reviewers",
  },
  'review.review_notes_open': {
    'zh-CN': '尚有复核意见未解决',
    'en-US': 'review notes are still open',
  },
  'review.round_closed': { 'zh-CN': '该复核轮次已结束', 'en-US': 'this review round is closed' },
};

/** Said when a limit's value is unknown. */
const WITHOUT_LIMIT: Record<Locale, string> = { 'zh-CN': '超出允许范围', 'en-US': 'is out of range' };

/** The message for a code with its `{param}` placeholders filled. */
export function fieldMessage(
  code: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const text = FIELD_MESSAGES[code]?.[locale] ?? FIELD_MESSAGES['matches']?.[locale] ?? code;
  let missing = false;
  const filled = text.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (name in params) return String(params[name]);
    missing = true;
    return match;
  });
  return missing ? WITHOUT_LIMIT[locale] : filled;
}
