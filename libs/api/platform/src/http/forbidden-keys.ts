import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** The path of the first key that could pollute prototypes, or null. */
export function findForbiddenKey(value: unknown, path = '', depth = 0): string | null {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const nested = findForbiddenKey((value as Record<string, unknown>)[key], here, depth + 1);
    if (nested) return nested;
  }
  return null;
}

/** Rejects request bodies carrying `__proto__`, `constructor` or `prototype` keys (ASVS 15.3.6). */
export function rejectForbiddenKeys(request: Request, _response: Response, next: NextFunction): void {
  const field = findForbiddenKey(request.body);
  next(field ? AppError.validation([{ field, code: 'forbiddenKey' }]) : undefined);
}
