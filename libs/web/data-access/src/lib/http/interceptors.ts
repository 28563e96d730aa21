import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@jixiao/contracts';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { SessionService } from '../session/session.service';
import { toApiError } from './api-error';
import { IS_RETRY, SKIP_AUTH_RETRY } from './http-context';

const COOKIE_AUTH_PATHS = ['/api/auth/refresh', '/api/auth/logout'];
const RETRYABLE_CODES = new Set(['AUTH_REQUIRED', 'AUTH_SESSION_EXPIRED']);

function isApi(request: HttpRequest<unknown>): boolean {
  return request.url.startsWith('/api/') || request.url === '/api';
}

/** Every API call states the UI locale so the API localises its messages. */
export const localeInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApi(request)) return next(request);
  const locale = inject(I18nService).locale();
  return next(request.clone({ setHeaders: { 'Accept-Language': locale } }));
};

/** Rejects with ApiError instead of HttpErrorResponse, so callers get the API's code and message. */
export const errorInterceptor: HttpInterceptorFn = (request, next) => {
  const i18n = inject(I18nService);
  return next(request).pipe(
    catchError((error: unknown) => throwError(() => toApiError(error, i18n.locale()))),
  );
};

function withToken(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

function isExpiredSession(error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse) || error.status !== 401) return false;
  const code: unknown = (error.error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

/**
 * Adds the in-memory access token; cookie calls get the CSRF header and credentials. A 401 saying the
 * session is missing or expired triggers one refresh and one retry; if the refresh fails the session
 * ends and the original error propagates.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApi(request)) return next(request);
  const session = inject(SessionService);
  let outgoing = request;
  if (COOKIE_AUTH_PATHS.some((path) => request.url.startsWith(path))) {
    outgoing = outgoing.clone({ withCredentials: true, setHeaders: { [CSRF_HEADER]: CSRF_HEADER_VALUE } });
  }
  const skipRetry = request.context.get(SKIP_AUTH_RETRY) || request.context.get(IS_RETRY);
  return next(withToken(outgoing, session.accessToken())).pipe(
    catchError((error: unknown) => {
      if (skipRetry || !isExpiredSession(error)) return throwError(() => error);
      return from(session.refresh()).pipe(
        switchMap((ok) => {
          if (!ok) {
            session.expire();
            return throwError(() => error);
          }
          const retry = outgoing.clone({ context: outgoing.context.set(IS_RETRY, true) });
          return next(withToken(retry, session.accessToken()));
        }),
      );
    }),
  );
};
