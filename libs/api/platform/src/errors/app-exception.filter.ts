import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { localeFromAcceptLanguage } from '@jixiao/contracts';
import type { Request, Response } from 'express';
import { JsonShapeError } from '../http/json-shape';
import { RequestContext } from '../tenancy/request-context';
import { AppError } from './app-error';
import { errorResponseBody } from './error-response';

/** Maps an HttpException (or a body-parser error) without our code to the nearest stable code. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof JsonShapeError) return AppError.validation([error.problem]);
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : typeof (error as { status?: unknown } | null)?.status === 'number'
        ? (error as { status: number }).status
        : null;
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') return new AppError('MALFORMED_JSON', 400);
  if (type === 'entity.too.large' || status === 413) return new AppError('PAYLOAD_TOO_LARGE', 413);
  if (type === 'encoding.unsupported' || type === 'charset.unsupported' || status === 415) {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 415);
  }
  switch (status) {
    case null:
      return null;
    case 400:
      return new AppError('VALIDATION_FAILED', 400);
    case 401:
      return new AppError('AUTH_REQUIRED', 401);
    case 403:
      return new AppError('FORBIDDEN', 403);
    case 404:
      return new AppError('ROUTE_NOT_FOUND', 404);
    case 405:
      return new AppError('ROUTE_NOT_FOUND', 404);
    case 409:
      return new AppError('CONFLICT', 409);
    case 429:
      return new AppError('RATE_LIMITED', 429);
    default:
      return status >= 400 && status < 500 ? new AppError('VALIDATION_FAILED', status) : null;
  }
}

/**
 * The single exception filter: every error leaves as an ErrorResponse in the caller's language.
 * Unknown errors are logged with the request id and answered 500 without any internal detail.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly context: RequestContext) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const requestId = this.context.requestId ?? String(request.headers['x-request-id'] ?? '');
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const known = toAppError(exception);
    const error = known ?? new AppError('INTERNAL', 500);
    if (!known) {
      this.logger.error(
        `${request.method} ${request.path} failed (request ${requestId})`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    if (response.headersSent) return;
    if (error.retryAfterSeconds !== undefined)
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response.status(error.status).json(errorResponseBody(error, locale, requestId));
  }
}
