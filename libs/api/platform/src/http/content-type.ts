import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';

/** The only request bodies the API reads: JSON, and multipart for file uploads. */
const ACCEPTED_TYPES = ['application/json', 'multipart/form-data'];

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Refuses a request body of any other type with 415 before anything reads it. Forms
 * (`application/x-www-form-urlencoded`, `text/plain`) are what a cross-site page can post without a
 * CORS preflight, so this also closes login CSRF by form.
 */
export function requireKnownContentType(request: Request, _response: Response, next: NextFunction): void {
  if (!hasBody(request)) {
    next();
    return;
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  next(ACCEPTED_TYPES.includes(type) ? undefined : new AppError('UNSUPPORTED_MEDIA_TYPE', 415));
}
