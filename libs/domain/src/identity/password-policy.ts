/**
 * Password policy after ASVS 5.0 V6.2: at least 12 characters, up to 128, no composition rules,
 * not a commonly used password, not built from the user's own context (e-mail, name, organisation).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_context' | 'repetitive';

const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  'qwertyuiop12',
  'password1234',
  'password12345',
  'passw0rd1234',
  'iloveyou1234',
  'abc123456789',
  'qwerty123456',
  'admin1234567',
  'administrator',
  'welcome12345',
  '1q2w3e4r5t6y',
  'aa1234567890',
  'woaini520131',
  'woaini1314520',
  'a123456789012',
  'zxcvbnm12345',
  'changeme1234',
  'letmein12345',
  'p@ssw0rd1234',
  'p@ssword1234',
  'qazwsxedcrfv',
  '1qaz2wsx3edc',
]);

export interface PasswordContext {
  email?: string;
  displayName?: string;
  organisationName?: string;
}

function contextWords(context: PasswordContext): string[] {
  const words = ['jixiao', '绩效'];
  if (context.email) words.push(context.email.split('@')[0] ?? '');
  if (context.displayName) words.push(context.displayName);
  if (context.organisationName) words.push(context.organisationName);
  // Chinese names and words carry meaning in two characters; Latin ones are checked from four.
  return words
    .map((word) => word.trim().toLowerCase())
    .filter((word) => [...word].length >= (/[\u3400-\u9fff]/.test(word) ? 2 : 4));
}

/** Every rule the password breaks; empty when it is acceptable. Length counts Unicode code points. */
export function passwordProblems(password: string, context: PasswordContext = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) problems.push('too_common');
  if (new Set(lower).size <= 3) problems.push('repetitive');
  if (contextWords(context).some((word) => lower.includes(word))) problems.push('contains_context');
  return problems;
}
