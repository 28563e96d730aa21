import { HttpErrorResponse } from '@angular/common/http';
import {
  ERROR_MESSAGES,
  type ErrorCode,
  type ErrorResponse,
  type FieldError,
  type Locale,
} from '@jixiao/contracts';

/** Code for failures without an API answer (offline, proxy down). */
export const NETWORK_ERROR = 'NETWORK' as const;
export type ApiErrorCode = ErrorCode | typeof NETWORK_ERROR;

const NETWORK_MESSAGES: Record<Locale, string> = {
  'zh-CN': '无法连接服务器，请检查网络后重试',
  'en-US': 'Cannot reach the server; please check your connection',
};

/** What every failed API call rejects with: the API's ErrorResponse, or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly requestId: string | null = null,
    readonly details: readonly FieldError[] = [],
    /** On a 409 of a versioned record: the record as it is now (whose change won). */
    readonly current: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The first field error for `field`, if the API sent one. */
  fieldMessage(field: string): string | null {
    return this.details.find((detail) => detail.field === field)?.message ?? null;
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_MESSAGES;
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  return typeof body === 'object' && body !== null && isErrorCode((body as { code?: unknown }).code);
}

function fallbackCode(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'VALIDATION_FAILED';
    case 401:
      return 'AUTH_REQUIRED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'ROUTE_NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'INTERNAL';
  }
}

/** Maps any HTTP failure to an ApiError, with a message in `locale` when the body has none. */
export function toApiError(error: unknown, locale: Locale): ApiError {
  if (error instanceof ApiError) return error;
  if (!(error instanceof HttpErrorResponse)) {
    return new ApiError(0, NETWORK_ERROR, NETWORK_MESSAGES[locale]);
  }
  if (error.status === 0) return new ApiError(0, NETWORK_ERROR, NETWORK_MESSAGES[locale]);
  const body: unknown = error.error;
  if (isErrorResponse(body)) {
    return new ApiError(
      body.statusCode || error.status,
      body.code,
      body.message || ERROR_MESSAGES[body.code][locale],
      body.requestId ?? null,
      Array.isArray(body.details) ? body.details : [],
      body.current,
    );
  }
  const code = fallbackCode(error.status);
  return new ApiError(
    error.status,
    code,
    ERROR_MESSAGES[code][locale],
    error.headers?.get('x-request-id') ?? null,
  );
}

/** Message for showing any caught error to the user. */
export function errorText(error: unknown, locale: Locale): string {
  return toApiError(error, locale).message;
}
