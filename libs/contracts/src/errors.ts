/** Stable error codes of the API, with the message shown to users in each language. */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: { 'zh-CN': '提交的数据不符合要求', 'en-US': 'The submitted data is not valid' },
  MALFORMED_JSON: { 'zh-CN': '请求内容不是有效的 JSON', 'en-US': 'The request body is not valid JSON' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '请求内容过大', 'en-US': 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '不支持的请求内容类型', 'en-US': 'Unsupported content type' },
  AUTH_REQUIRED: { 'zh-CN': '请先登录', 'en-US': 'Please sign in' },
  AUTH_INVALID_CREDENTIALS: { 'zh-CN': '账号或密码错误', 'en-US': 'Wrong e-mail or password' },
  AUTH_LOCKED: {
    'zh-CN': '登录失败次数过多，请稍后再试',
    'en-US': 'Too many failed sign-in attempts; please try again later',
  },
  AUTH_SESSION_EXPIRED: {
    'zh-CN': '登录已过期，请重新登录',
    'en-US': 'Your session has expired; please sign in again',
  },
  AUTH_CSRF: { 'zh-CN': '请求来源校验失败', 'en-US': 'The request origin could not be verified' },
  AUTH_WRONG_PASSWORD: { 'zh-CN': '当前密码不正确', 'en-US': 'The current password is wrong' },
  PASSWORD_POLICY: { 'zh-CN': '密码不符合安全要求', 'en-US': 'The password does not meet the policy' },
  FORBIDDEN: { 'zh-CN': '您没有执行此操作的权限', 'en-US': 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': '记录不存在', 'en-US': 'Not found' },
  ROUTE_NOT_FOUND: { 'zh-CN': '接口不存在', 'en-US': 'No such endpoint' },
  CONFLICT: { 'zh-CN': '数据已被他人修改，请刷新后重试', 'en-US': 'The record was changed by someone else' },
  EMAIL_TAKEN: { 'zh-CN': '该邮箱已被使用', 'en-US': 'This e-mail address is already in use' },
  CREDIT_CODE_TAKEN: {
    'zh-CN': '该统一社会信用代码已登记',
    'en-US': 'An organisation with this unified social credit code exists',
  },
  CREDIT_CODE_INVALID: {
    'zh-CN': '统一社会信用代码无效（请核对校验位）',
    'en-US': 'The unified social credit code is not valid (check character)',
  },
  ROLE_NOT_ALLOWED: {
    'zh-CN': '所选角色不适用于该类型的单位',
    'en-US': 'A chosen role does not exist for this kind of organisation',
  },
  LAST_ADMIN: {
    'zh-CN': '不能移除或停用本单位最后一位管理员',
    'en-US': 'The last administrator of the organisation cannot be removed or disabled',
  },
  SELF_ACTION: { 'zh-CN': '不能对自己的账号执行此操作', 'en-US': 'You cannot do this to your own account' },
  INVITATION_INVALID: {
    'zh-CN': '邀请链接无效、已使用或已过期',
    'en-US': 'The invitation link is invalid, used or expired',
  },
  FRAMEWORK_INVALID: {
    'zh-CN': '指标体系存在错误，请按提示修改',
    'en-US': 'The indicator system has errors; see the details',
  },
  FRAMEWORK_BUILTIN_READONLY: {
    'zh-CN': '内置指标体系不可修改，请先复制一份',
    'en-US': 'Built-in indicator systems are read-only; copy one first',
  },
  IMPORT_INVALID: {
    'zh-CN': '导入的表格存在错误，未导入任何内容',
    'en-US': 'The imported sheet has errors; nothing was imported',
  },
  // Evaluations (评价项目)
  EVALUATION_ACTION_REFUSED: {
    'zh-CN': '当前不能执行此操作',
    'en-US': 'This action is not possible now',
  },
  EVALUATION_ACTION_FORBIDDEN: {
    'zh-CN': '您不能对该评价项目执行此操作',
    'en-US': 'You may not do this on this evaluation',
  },
  IDEMPOTENCY_KEY_REUSED: {
    'zh-CN': '同一请求标识已用于不同的内容',
    'en-US': 'This Idempotency-Key was used for a different request',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    'zh-CN': '相同的请求正在处理中，请稍候',
    'en-US': 'The same request is still being processed',
  },
  ROSTER_FIRM_UNKNOWN: {
    'zh-CN': '未找到使用该统一社会信用代码的评价机构',
    'en-US': 'No evaluating firm has this unified social credit code',
  },
  ROSTER_FIRM_EXISTS: {
    'zh-CN': '该机构已在本局第三方机构库中',
    'en-US': "The firm is already in the bureau's roster",
  },
  RATE_LIMITED: { 'zh-CN': '请求过于频繁，请稍后再试', 'en-US': 'Too many requests; please slow down' },
  INTERNAL: { 'zh-CN': '服务器内部错误，请稍后再试', 'en-US': 'Internal error; please try again later' },
  FILE_MISSING: { 'zh-CN': '请选择要上传的文件', 'en-US': 'Please choose a file to upload' },
  FILE_TOO_LARGE: { 'zh-CN': '文件超过允许的大小', 'en-US': 'The file is larger than allowed' },
  FILE_TYPE_NOT_ALLOWED: {
    'zh-CN': '不接受此类型的文件（按文件内容识别，而非文件名）',
    'en-US': 'This kind of file is not accepted (judged by its content, not its name)',
  },
  UPLOAD_INTERRUPTED: {
    'zh-CN': '上传未完成，请重新上传',
    'en-US': 'The upload did not complete; please try again',
  },
  // Reminders and notifications (issue 9)
  JOB_NOT_FAILED: {
    'zh-CN': '该任务未处于失败状态，无需重试',
    'en-US': 'This job has not failed; there is nothing to retry',
  },
  // Fieldwork: fiscal figures and the scoring workbench (issue 9)
  FIGURE_CONFLICT: {
    'zh-CN': '该数据已被他人修改，已显示最新内容，请核对后重新保存',
    'en-US': 'Someone else changed this figure; the current value is shown — check it and save again',
  },
  SCORE_CONFLICT: {
    'zh-CN': '该指标已被他人评分，已显示最新内容，请核对后重新保存',
    'en-US': 'Someone else scored this indicator; their version is shown — check it and save again',
  },
  // Issue 6: workbook imports parsed in a worker pool
  IMPORT_BUSY: {
    'zh-CN': '正在处理的导入较多，请稍后重试',
    'en-US': 'Too many imports are being processed; please try again shortly',
  },
  // The report (issue 10)
  REPORT_CONFLICT: {
    'zh-CN': '报告正文已被他人修改，已显示最新内容，请核对后重新保存',
    'en-US': 'Someone else changed the report text; the current text is shown — check it and save again',
  },
  REPORT_VERSION_IMMUTABLE: {
    'zh-CN': '已保存的报告版本不可修改或删除',
    'en-US': 'A saved report version cannot be changed or deleted',
  },
  REPORT_STAGE_REFUSED: {
    'zh-CN': '当前阶段不能保存此类报告版本',
    'en-US': 'A version of this kind cannot be saved in the current phase',
  },
  REPORT_INCONSISTENT: {
    'zh-CN': '报告未通过一致性检查，请按所列问题修改后再保存',
    'en-US': 'The report does not pass the consistency check; fix the problems listed and save again',
  },
  REPORT_CONVERTER_UNAVAILABLE: {
    'zh-CN': 'PDF 转换服务暂不可用（服务器未安装 LibreOffice），请先下载 Word 版本',
    'en-US':
      'PDF conversion is unavailable (LibreOffice is not installed on the server); download the Word file instead',
  },
  // Delivery: issue, acknowledge, archive, amendments (出具, 验收, 归档, issue 11)
  EVALUATION_ARCHIVED: {
    'zh-CN': '该评价项目已归档，不能再修改；如需更正，请添加更正记录',
    'en-US': 'This evaluation is archived and cannot change; add an amendment record to correct it',
  },
  AMENDMENT_REFUSED: {
    'zh-CN': '当前不能添加更正记录',
    'en-US': 'An amendment cannot be added now',
  },
  // Three-level review (三级复核, issue 11)
  REVIEW_NOT_IN_PROGRESS: {
    'zh-CN': '报告当前不在内部复核阶段',
    'en-US': 'The report is not in internal review',
  },
  REVIEW_NOTE_FORBIDDEN: {
    'zh-CN': '只有本机构的复核人可以提出或解决复核意见',
    'en-US': "Only the firm's reviewers can add or resolve review notes",
  },
  REVIEW_NOTE_CONFLICT: {
    'zh-CN': '该复核意见已被他人处理，请刷新后重试',
    'en-US': 'Someone else changed this review note; refresh and try again',
  },
  REVIEW_SIGNOFF_REFUSED: {
    'zh-CN': '数据库拒绝了此复核签署（复核人职责分离规则）',
    'en-US': 'The database refused this sign-off (segregation of duties)',
  },
  REVIEW_LEVELS_FORBIDDEN: {
    'zh-CN': '只有评价机构的管理员可以设置复核级次',
    'en-US': "Only a firm's administrator can set its review levels",
  },
  // The archive package (归档包, issue 11)
  ARCHIVE_PACKAGE_NOT_READY: {
    'zh-CN': '归档包正在生成，请稍后再下载',
    'en-US': 'The archive package is still being built; download it when it is ready',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface FieldError {
  field: string;
  /** A stable code such as `isEmail`, `credit_code.check_character`, `password.too_short`. */
  code: string;
  message: string;
}

/** Body of every error response. */
export interface ErrorResponse {
  statusCode: number;
  code: ErrorCode;
  message: string;
  requestId: string;
  details?: FieldError[];
  /** How many further problems were found but left out to keep the answer small. */
  omittedDetails?: number;
  /** On a 409 of a versioned record (FIGURE_CONFLICT, SCORE_CONFLICT): the record as it is now. */
  current?: unknown;
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return ERROR_MESSAGES[code][locale];
}

/** Picks the best supported locale from an Accept-Language header; zh-CN when nothing matches. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag, q } of ranked) {
    if (q <= 0) continue;
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en-US';
  }
  return DEFAULT_LOCALE;
}
