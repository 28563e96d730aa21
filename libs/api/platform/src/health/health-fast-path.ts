import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdOf } from '../tenancy/request-id';
import type { DatabaseReadiness } from './database-readiness';
import { HEALTHY } from './health.controller';

const HEALTHY_JSON = JSON.stringify(HEALTHY);

/** Answers a request before the web framework sees it, or declines (false) and leaves it untouched. */
export type EarlyAnswer = (request: IncomingMessage, response: ServerResponse) => boolean;

/**
 * Answers `GET /api/health` before Express and Nest while the database's last answer is fresh (less than
 * a second old): the probe that load balancers send many times a second then costs about what a bare
 * server's would (tools/bench/bare-vs-product.mjs), not a pass through Express, the router, guard,
 * interceptor and request context. Everything else goes on to the health route itself, which stays the
 * one that declares the policy and is listed with every route: a stale or failed ping (it pings and
 * answers, or fails as every route fails), HEAD and other methods, a query string, a body, any other
 * spelling of the path. The answer carries `headers` (the security headers every API answer carries)
 * and the request id as the request context would set it; health.e2e-spec compares it with the route's.
 */
export function healthFastPath(
  path: string,
  readiness: DatabaseReadiness,
  headers: ReadonlyArray<readonly [string, string]>,
): EarlyAnswer {
  const fixed = [
    ...headers.flat(),
    'Content-Type',
    'application/json; charset=utf-8',
    'Content-Length',
    String(Buffer.byteLength(HEALTHY_JSON)),
  ];
  return (request, response) => {
    if (
      request.url !== path ||
      request.method !== 'GET' ||
      request.headers['content-length'] !== undefined ||
      request.headers['transfer-encoding'] !== undefined ||
      !readiness.isFresh()
    ) {
      return false;
    }
    response.writeHead(200, [...fixed, 'x-request-id', requestIdOf(request)]);
    response.end(HEALTHY_JSON);
    return true;
  };
}
