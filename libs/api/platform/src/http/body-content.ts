import type { NextFunction, Request, Response } from 'express';
import { AppError, type FieldProblem } from '../errors/app-error';
import { isInvalidText, storableText } from '../validation/storable-text';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Past the JSON shape bound; only reached by values that were not parsed from a request body. */
const MAX_DEPTH = 64;
const MAX_FIELD_LENGTH = 200;

function fieldPath(path: string, key: string): string {
  const here = path ? `${path}.${key}` : key;
  return here.length > MAX_FIELD_LENGTH ? `${here.slice(0, MAX_FIELD_LENGTH)}…` : here;
}

/** The first key that could pollute prototypes, or the first invalid text (key or value), or null. */
export function findBodyProblem(value: unknown, path = '', depth = 0): FieldProblem | null {
  if (typeof value === 'string') return isInvalidText(value) ? { field: path, code: 'text.invalid' } : null;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { field: fieldPath(path, key), code: 'forbiddenKey' };
    if (isInvalidText(key)) {
      return { field: fieldPath(path, storableText(key)), code: 'text.invalid' };
    }
    const nested = findBodyProblem((value as Record<string, unknown>)[key], fieldPath(path, key), depth + 1);
    if (nested) return nested;
  }
  return null;
}

/** The path of the first key that could pollute prototypes, or null. */
export function findForbiddenKey(value: unknown): string | null {
  const problem = findBodyProblem(value);
  return problem?.code === 'forbiddenKey' ? problem.field : null;
}

/**
 * Rejects request bodies and query strings carrying `__proto__`, `constructor` or `prototype` keys
 * (ASVS 15.3.6) or text that cannot be stored (NUL, lone surrogates), with the field concerned.
 */
export function rejectUnsafeContent(request: Request, _response: Response, next: NextFunction): void {
  // `request.query` parses the query string anew on every read: a URL without one has nothing to check.
  const query = request.url.includes('?') ? findBodyProblem(request.query, 'query') : null;
  const problem = findBodyProblem(request.body) ?? query;
  next(problem ? AppError.validation([problem]) : undefined);
}
