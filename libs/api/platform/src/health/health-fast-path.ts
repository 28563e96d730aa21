import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { requestIdOf } from '../tenancy/request-id';
import type { DatabaseReadiness } from './database-readiness';
import { HEALTHY } from './health.controller';

const HEALTHY_JSON = JSON.stringify(HEALTHY);

/**
 * Answers `GET /api/health` ahead of Nest's pipeline while the database's last answer is fresh (less
 * than a second old): the probe that load balancers send many times a second then costs what a bare
 * server's would (tools/bench/bare-vs-product.mjs), not a pass through the router, guard, interceptor
 * and request context. Everything else goes on to the health route itself, which stays the one that
 * declares the policy and is listed with every route: a stale or failed ping (it pings and answers, or
 * fails as every route fails), HEAD and other methods, a query string, a body, any other spelling of
 * the path. Registered after the security headers, so the answer carries them; it sets the request id
 * as the request context would, and writes the bytes the route writes (spec).
 */
export function healthFastPath(path: string, readiness: DatabaseReadiness): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (
      request.url !== path ||
      request.method !== 'GET' ||
      request.headers['content-length'] !== undefined ||
      request.headers['transfer-encoding'] !== undefined ||
      !readiness.isFresh()
    ) {
      next();
      return;
    }
    response.setHeader('x-request-id', requestIdOf(request));
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Content-Length', Buffer.byteLength(HEALTHY_JSON));
    response.end(HEALTHY_JSON);
  };
}
