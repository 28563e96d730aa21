import { CSRF_HEADER, CSRF_HEADER_VALUE, REFRESH_COOKIE } from '@jixiao/contracts';
import { AppError, type AppConfig } from '@jixiao/api-platform';
import type { CookieOptions, Request, Response } from 'express';

const COOKIE_PATH = '/api/auth';

function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, path: COOKIE_PATH };
}

export function setRefreshCookie(response: Response, token: string, config: AppConfig): void {
  response.cookie(REFRESH_COOKIE, token, {
    ...cookieOptions(config),
    maxAge: config.refreshTokenTtlSeconds * 1000,
  });
}

export function clearRefreshCookie(response: Response, config: AppConfig): void {
  response.clearCookie(REFRESH_COOKIE, cookieOptions(config));
}

export function refreshCookieOf(request: Request): unknown {
  return (request.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
}

/**
 * The cookie-authenticated endpoints (refresh, logout) need a custom header, which a cross-site form
 * cannot send, and refuse requests the browser marks as cross-site or that come from another origin.
 */
export function assertSameOriginRequest(request: Request, config: AppConfig): void {
  if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) throw new AppError('AUTH_CSRF', 403);
  assertNotCrossOrigin(request, config);
}

/**
 * Refuses requests the browser marks as cross-site or that name another origin. Sign-in uses this
 * (with JSON-only bodies, which a cross-site form cannot send) against login CSRF.
 */
export function assertNotCrossOrigin(request: Request, config: AppConfig): void {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') throw new AppError('AUTH_CSRF', 403);
  const origin = request.headers.origin;
  if (origin && !fetchSite && origin !== new URL(config.publicUrl).origin)
    throw new AppError('AUTH_CSRF', 403);
}
