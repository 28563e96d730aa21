import { AppError, isUniqueViolation } from '@jixiao/api-platform';

const TRIGGER_REASON = /review_signoff: ([a-z_]+)/;

function driverMessage(error: unknown): string {
  const driver = (error as { driverError?: { message?: unknown; constraint?: unknown } } | null)?.driverError;
  return typeof driver?.message === 'string' ? driver.message : '';
}

function constraintOf(error: unknown): string {
  const driver = (error as { driverError?: { constraint?: unknown } } | null)?.driverError;
  return typeof driver?.constraint === 'string' ? driver.constraint : '';
}

/**
 * The database's word on a sign-off the API let through (a race, or a rule only the database sees): a
 * 409 naming the rule, never a 500. Other errors are not ours to translate.
 */
export function signOffRefusal(error: unknown): AppError | null {
  let reason: string | null = null;
  if (isUniqueViolation(error)) {
    reason =
      constraintOf(error) === 'evaluation_review_signoff_one_level_per_person'
        ? 'reviewer_signed_already'
        : 'level_signed_already';
  } else {
    reason = TRIGGER_REASON.exec(driverMessage(error))?.[1] ?? null;
  }
  if (reason === null) return null;
  return new AppError('REVIEW_SIGNOFF_REFUSED', 409, [{ field: 'event', code: `review.${reason}` }]);
}
