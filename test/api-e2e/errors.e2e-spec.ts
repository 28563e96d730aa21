import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, UserRecord } from '@jixiao/contracts';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';

const LEAK = /QueryFailedError|at \w+ \(|\.ts:\d+|SELECT |INSERT |node_modules/;

describe('errors are part of the interface', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signIn(t, 'admin@firm.demo');
  });
  afterAll(async () => t.close());

  const cases: {
    name: string;
    send: (t: TestApp, admin: SignedIn) => Promise<{ status: number; body: unknown; text: string }>;
    status: number;
    code: string;
  }[] = [
    {
      name: 'malformed JSON',
      send: (t) =>
        t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": "a@b.c",'),
      status: 400,
      code: 'MALFORMED_JSON',
    },
    {
      name: 'oversize body',
      send: (t, a) =>
        t
          .http()
          .post('/api/invitations')
          .set(a.auth)
          .send({ email: 'x@firm.demo', roles: ['evaluator'], pad: 'x'.repeat(2_200_000) }),
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'wrong types',
      send: (t, a) =>
        t
          .http()
          .post('/api/invitations')
          .set(a.auth)
          .send({ email: ['x'], roles: 'evaluator' }),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'unknown field',
      send: (t, a) =>
        t
          .http()
          .post('/api/invitations')
          .set(a.auth)
          .send({ email: 'y@firm.demo', roles: ['evaluator'], organisationId: 'x' }),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'prototype pollution key',
      send: (t, a) =>
        t
          .http()
          .post('/api/invitations')
          .set(a.auth)
          .set('Content-Type', 'application/json')
          .send('{"email":"z@firm.demo","roles":["evaluator"],"__proto__":{"admin":true}}'),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'unknown role value',
      send: (t, a) =>
        t
          .http()
          .post('/api/invitations')
          .set(a.auth)
          .send({ email: 'w@firm.demo', roles: ['superuser'] }),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'id that is not a uuid',
      send: (t, a) => t.http().get('/api/users/not-a-uuid').set(a.auth),
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'query parameter out of range',
      send: (t, a) => t.http().get('/api/audit-events?limit=100000').set(a.auth),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'unknown route',
      send: (t) => t.http().get('/api/no-such-thing'),
      status: 404,
      code: 'ROUTE_NOT_FOUND',
    },
    {
      name: 'wrong method',
      send: (t) => t.http().delete('/api/health'),
      status: 404,
      code: 'ROUTE_NOT_FOUND',
    },
  ];

  for (const c of cases) {
    it(`answers ${c.name} with ${c.status} ${c.code}, a request id and no internals`, async () => {
      const response = await c.send(t, admin);
      const body = response.body as ErrorResponse;
      expect(response.status).toBe(c.status);
      expect(body.code).toBe(c.code);
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
      expect(body.requestId).toMatch(/^[\w-]{8,}$/);
      expect(response.text).not.toMatch(LEAK);
    });
  }

  it('answers in English when the browser asks for it, with field messages', async () => {
    const response = await t
      .http()
      .post('/api/invitations')
      .set(admin.auth)
      .set('Accept-Language', 'en-US,en;q=0.9')
      .send({ email: 'bad', roles: [] });
    const body = response.body as ErrorResponse;
    expect(body.message).toBe('The submitted data is not valid');
    expect(body.details).toEqual(
      expect.arrayContaining([
        { field: 'email', code: 'isEmail', message: 'must be an e-mail address' },
        { field: 'roles', code: 'arrayNotEmpty', message: 'must contain at least one item' },
      ]),
    );
  });

  it('loses nothing on a rejected change: the user keeps the roles they had', async () => {
    const users = (await t.http().get('/api/users').set(admin.auth).expect(200)).body as UserRecord[];
    const lead = users.find((u) => u.email === 'lead@firm.demo');
    if (!lead) throw new Error('lead missing');
    await t
      .http()
      .patch(`/api/users/${lead.id}/roles`)
      .set(admin.auth)
      .send({ roles: ['team_lead', 'bureau_admin'] })
      .expect(400);
    const after = (await t.http().get(`/api/users/${lead.id}`).set(admin.auth).expect(200))
      .body as UserRecord;
    expect(after.roles).toEqual(lead.roles);
    expect(after.version).toBe(lead.version);
  });

  it('serves the OpenAPI document and a health check', async () => {
    const document = (await t.http().get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users/{id}/roles', '/api/audit-events/verify']),
    );
    expect((await t.http().get('/api/health').expect(200)).body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('sends security headers', async () => {
    const response = await t.http().get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});
