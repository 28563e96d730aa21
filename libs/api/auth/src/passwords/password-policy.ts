import { AppError } from '@jixiao/api-platform';
import { passwordProblems, type PasswordContext } from '@jixiao/domain';

/** Throws PASSWORD_POLICY with one field problem per broken rule. */
export function assertPasswordPolicy(field: string, password: string, context: PasswordContext): void {
  const problems = passwordProblems(password, context);
  if (problems.length > 0) {
    throw new AppError(
      'PASSWORD_POLICY',
      400,
      problems.map((problem) => ({ field, code: `password.${problem}` })),
    );
  }
}
