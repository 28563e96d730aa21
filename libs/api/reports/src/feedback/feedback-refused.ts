import {
  feedbackRefusalMessage,
  type FeedbackProblem,
  type FeedbackRefusal,
  renderMessage,
} from '@jixiao/domain';
import { AppError } from '@jixiao/api-platform';
import type { Locale } from '@jixiao/contracts';

/** 409 with the feedback refusal in `details[0]` (on the field it concerns), like the evaluation's refusals. */
export function feedbackRefused(
  refusal: FeedbackRefusal,
  locale: Locale,
  problems: readonly FeedbackProblem[] = [],
): AppError {
  const forbidden = refusal === 'opinion_not_own';
  return new AppError(
    forbidden ? 'EVALUATION_ACTION_FORBIDDEN' : 'EVALUATION_ACTION_REFUSED',
    forbidden ? 403 : 409,
    [
      { field: 'action', code: `feedback.${refusal}`, message: feedbackRefusalMessage(refusal, locale) },
      ...problems.map((problem) => ({
        field: problem.field,
        code: problem.code,
        message: renderMessage({ code: problem.code }, locale),
      })),
    ],
  );
}

/** 400 with one detail per problem, each on its field, with the message in the caller's language. */
export function feedbackInvalid(problems: readonly FeedbackProblem[], locale: Locale): AppError {
  return AppError.validation(
    problems.map((problem) => ({
      field: problem.field,
      code: problem.code,
      message: renderMessage({ code: problem.code }, locale),
    })),
  );
}

export function stale(): AppError {
  return new AppError('CONFLICT', 409, [{ field: 'version', code: 'stale' }]);
}
