import type { ErrorCode, Locale } from '@jixiao/contracts';

export interface FieldProblem {
  field: string;
  code: string;
  /** A message already written for the user (domain validation); otherwise looked up by code. */
  message?: string;
  /** The message in each language, when the problem has parameters (a limit, a value). */
  messages?: Record<Locale, string>;
  /** Parameters of a code's message, e.g. `{ max: 200 }` for `maxLength`. */
  params?: Record<string, string | number>;
}

/** A failure the user can understand: a stable code, an HTTP status and, for forms, the fields at fault. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly fields: FieldProblem[] = [],
    /** On a 409 of a versioned record: the record as it is now, sent as `current`. */
    readonly current?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }

  /** Seconds after which a retry may succeed, sent as `Retry-After` (503 and 429 answers). */
  retryAfterSeconds?: number;

  /** The service is momentarily at capacity: retry after `seconds`. */
  static busy(code: ErrorCode, seconds: number): AppError {
    const error = new AppError(code, 503);
    error.retryAfterSeconds = seconds;
    return error;
  }

  static validation(fields: FieldProblem[]): AppError {
    return new AppError('VALIDATION_FAILED', 400, fields);
  }

  /** For missing records and for records of other organisations alike. */
  static notFound(): AppError {
    return new AppError('NOT_FOUND', 404);
  }

  static forbidden(): AppError {
    return new AppError('FORBIDDEN', 403);
  }

  static unauthenticated(code: 'AUTH_REQUIRED' | 'AUTH_SESSION_EXPIRED' = 'AUTH_REQUIRED'): AppError {
    return new AppError(code, 401);
  }
}
