import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DatabaseReadiness } from '@jixiao/api-platform';
import { startTestApp, type TestApp } from '../support/test-app';

/*
 * GET /api/health is answered ahead of Nest's pipeline while the database's last answer is fresh, and
 * by its route otherwise. Both must be the same answer; everything unusual must reach the route.
 */
describe('health: the fast answer and the route answer alike', () => {
  let t: TestApp;
  let readiness: DatabaseReadiness;
  /** The route's calls: only the route asks the readiness check. */
  let routeCalls: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    t = await startTestApp();
    readiness = t.app.get(DatabaseReadiness);
    routeCalls = vi.spyOn(readiness, 'check');
  });
  afterAll(async () => {
    routeCalls.mockRestore();
    await t.close();
  });

  const REQUEST_ID = 'probe-0123456789';
  const probe = () => t.http().get('/api/health').set('X-Request-Id', REQUEST_ID).buffer(true);
  const headerNames = (headers: Record<string, unknown>) =>
    Object.keys(headers)
      .filter((name) => name !== 'date' && name !== 'connection' && name !== 'keep-alive')
      .sort();

  it('answers from the route when the last ping is stale, then ahead of it with the same bytes and headers', async () => {
    const stale = vi.spyOn(readiness, 'isFresh').mockReturnValue(false);
    routeCalls.mockClear();
    let viaRoute: Awaited<ReturnType<typeof probe>>;
    try {
      viaRoute = await probe().expect(200);
    } finally {
      stale.mockRestore();
    }
    expect(routeCalls).toHaveBeenCalledTimes(1);

    expect(readiness.isFresh()).toBe(true);
    routeCalls.mockClear();
    const fast = await probe().expect(200);
    expect(routeCalls).not.toHaveBeenCalled();

    expect(fast.text).toBe(viaRoute.text);
    expect(JSON.parse(fast.text)).toEqual({ status: 'ok', database: 'ok' });
    expect(headerNames(fast.headers)).toEqual(headerNames(viaRoute.headers));
    for (const name of headerNames(viaRoute.headers)) expect(fast.headers[name]).toBe(viaRoute.headers[name]);
    expect(fast.headers['x-request-id']).toBe(REQUEST_ID);
    expect(fast.headers['cache-control']).toBe('no-store');
    expect(fast.headers['content-security-policy']).toContain("frame-ancestors 'none'");

    const ownId = await t.http().get('/api/health').expect(200);
    expect(ownId.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves a query string, HEAD, a body, another spelling and other methods to the route', async () => {
    await probe().expect(200);
    expect(readiness.isFresh()).toBe(true);
    routeCalls.mockClear();
    await t.http().get('/api/health?verbose=1').expect(200);
    await t.http().head('/api/health').expect(200);
    await t.http().get('/api/health/').expect(200);
    await t.http().get('/API/Health').expect(200);
    await t.http().get('/api/health').set('Content-Type', 'application/json').send('{}').expect(200);
    expect(routeCalls).toHaveBeenCalledTimes(5);

    // What the pipeline refuses is still refused: invalid text in the query, a form body, a wrong method.
    const nul = await t.http().get('/api/health?x=%00').expect(400);
    expect((nul.body as { details: { field: string }[] }).details[0]?.field).toBe('query.x');
    await t.http().get('/api/health').set('Content-Type', 'text/plain').send('hello').expect(415);
    await t.http().delete('/api/health').expect(404);
    expect(routeCalls).toHaveBeenCalledTimes(5);
  });
});
