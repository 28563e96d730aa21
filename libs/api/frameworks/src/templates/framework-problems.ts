import type { Locale } from '@jixiao/contracts';
import type { FrameworkProblem } from '@jixiao/domain';
import { localiseProblem, parseFramework } from '@jixiao/domain';
import type { Framework } from '@jixiao/domain';
import { AppError } from '@jixiao/api-platform';

/** Field problems for the error response: the node id (or "framework") and the domain's message in `locale`. */
function asFieldProblems(problems: FrameworkProblem[], locale: Locale) {
  return problems.map((problem) => ({
    field: problem.nodeId ? `framework.${problem.nodeId}` : 'framework',
    code: problem.code,
    message: localiseProblem(problem, locale).message,
  }));
}

/**
 * Parses untrusted JSON into a framework; errors reject it with FRAMEWORK_INVALID and one detail per
 * problem. Warnings do not block saving: they stay visible on the template.
 */
export function requireValidFramework(
  json: unknown,
  locale: Locale = 'zh-CN',
): { framework: Framework; problems: FrameworkProblem[] } {
  const { framework, problems } = parseFramework(json);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (!framework || errors.length > 0)
    throw new AppError('FRAMEWORK_INVALID', 400, asFieldProblems(errors, locale));
  return { framework, problems };
}
