import type { Locale } from '@jixiao/contracts';
import type { FrameworkProblem } from '@jixiao/domain';
import { localiseProblem, parseFramework } from '@jixiao/domain';
import type { Framework } from '@jixiao/domain';
import { frameworkLimitProblems, limitMessage, type LimitProblem } from '@jixiao/contracts';
import { AppError, type FieldProblem } from '@jixiao/api-platform';

/** Field problems for the error response: the node id (or "framework") and the domain's message in `locale`. */
function asFieldProblems(problems: FrameworkProblem[], locale: Locale): FieldProblem[] {
  return problems.map((problem) => ({
    field: problem.nodeId ? `framework.${problem.nodeId}` : 'framework',
    code: problem.code,
    message: localiseProblem(problem, locale).message,
  }));
}

/** A broken limit as a field problem: the field's path and the message in each language. */
function asLimitProblem(problem: LimitProblem): FieldProblem {
  return {
    field: problem.path,
    code: problem.code,
    params: problem.params,
    messages: { 'zh-CN': limitMessage(problem, 'zh-CN'), 'en-US': limitMessage(problem, 'en-US') },
  };
}

/**
 * Parses untrusted JSON into a framework; errors and broken limits (absurd weights, names too long
 * to store) reject it with FRAMEWORK_INVALID and one detail per problem. Warnings do not block
 * saving: they stay visible on the template.
 */
export function requireValidFramework(
  json: unknown,
  locale: Locale = 'zh-CN',
): { framework: Framework; problems: FrameworkProblem[] } {
  const { framework, problems } = parseFramework(json);
  const errors = asFieldProblems(
    problems.filter((problem) => problem.severity === 'error'),
    locale,
  );
  const limits = frameworkLimitProblems(json).map(asLimitProblem);
  if (!framework || errors.length > 0 || limits.length > 0) {
    throw new AppError('FRAMEWORK_INVALID', 400, [...limits, ...errors]);
  }
  return { framework, problems };
}
