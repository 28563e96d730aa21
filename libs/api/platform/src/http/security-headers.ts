import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers, taken once: with static options (no per-request CSP nonce) helmet sets the same
 * headers on every response, through a chain of a dozen middleware functions each request would walk
 * (tools/bench/bare-vs-product.mjs profile). Run against a recording response at start-up, it hands
 * over the list, which one step then sets. Fails at start-up if helmet ever needs the request.
 */
export function securityHeadersOf(
  options: Readonly<HelmetOptions>,
): ReadonlyArray<readonly [string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: number | string | readonly string[]) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
      return recorder;
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish synchronously: its headers cannot be taken once');
  return [...headers];
}

/** API answers are never stored by browsers or proxies: they carry one organisation's data. */
export const API_CACHE_CONTROL = ['Cache-Control', 'no-store'] as const;

/**
 * Sets the security headers (helmet's, from `securityHeadersOf`) on every response, and
 * `API_CACHE_CONTROL` on every API answer.
 */
export function securityHeaders(
  headers: ReadonlyArray<readonly [string, string]>,
  apiPathPrefix: string,
): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    if (request.path.startsWith(apiPathPrefix)) response.setHeader(...API_CACHE_CONTROL);
    next();
  };
}
