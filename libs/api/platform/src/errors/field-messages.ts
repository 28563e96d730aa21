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
