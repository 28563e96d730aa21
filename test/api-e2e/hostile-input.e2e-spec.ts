import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '@jixiao/contracts';
import { miniFramework } from '../support/mini-framework';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/*
 * Issue 6, availability and "no 500s": what an attacker can send without (or with) an account is
 * refused quickly, with a small answer and a stable code, and never reaches the database as a 500.
 */
function manyKeys(count: number): string {
  return `{${Array.from({ length: count }, (_, i) => `"k${i}":1`).join(',')}}`;
}

function detailOf(response: { body: unknown }) {
  return (response.body as ErrorResponse).details?.[0];
}

describe('hostile request bodies', () => {
  let t: TestApp;
  let firmAdmin: SignedIn;
  let lead: SignedIn;
  let operator: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    firmAdmin = await signIn(t, 'admin@firm.demo');
    lead = await signIn(t, 'lead@firm.demo');
    operator = await signIn(t, 'operator@platform.demo');
  });
  afterAll(async () => t.close());

  it('refuses 150,000 keys in milliseconds while /api/health keeps answering', async () => {
    const body = manyKeys(150_000);
    expect(body.length).toBeGreaterThan(1_500_000);
    const started = performance.now();
    const hostile = t
      .http()
      .post('/api/auth/invitations/accept')
      .set('Content-Type', 'application/json')
      .send(body)
      .then((response) => ({ response, ms: performance.now() - started }));
    const healthStarted = performance.now();
    const health = await t.http().get('/api/health');
    const healthMs = performance.now() - healthStarted;
    const { response, ms } = await hostile;
    expect(health.status).toBe(200);
    expect(response.status).toBe(400);
    expect(detailOf(response)).toMatchObject({ field: 'body', code: 'json.too_many_keys' });
    expect(response.text.length).toBeLessThan(2000);
    expect(ms).toBeLessThan(1000);
    expect(healthMs).toBeLessThan(1000);
  });

  it('refuses JSON nested 5,000 deep on sign-in (no stack overflow)', async () => {
    const deep = `{"email":${'['.repeat(5000)}${']'.repeat(5000)},"password":"x"}`;
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(deep);
    expect(response.status).toBe(400);
    expect(detailOf(response)).toMatchObject({ code: 'json.too_deep' });
  });

  it('answers a 1.8 MB top-level array with a small error, not one detail per element', async () => {
    const array = `[${Array.from({ length: 900_000 }, () => '1').join(',')}]`;
    const response = await t
      .http()
      .post('/api/invitations')
      .set(firmAdmin.auth)
      .set('Content-Type', 'application/json')
      .send(array);
    expect(response.status).toBe(400);
    expect(response.text.length).toBeLessThan(2000);
  });

  it('caps the details of an error and says how many were left out', async () => {
    const framework = { ...miniFramework(), indicators: Array.from({ length: 5000 }, () => ({ id: 7 })) };
    const response = await t
      .http()
      .post('/api/scoring/evaluate')
      .set(lead.auth)
      .send({ framework, figures: {}, observations: {}, overrides: {} });
    expect(response.status).toBe(400);
    const body = response.body as ErrorResponse;
    expect(body.details?.length).toBeLessThanOrEqual(100);
    expect(body.omittedDetails).toBeGreaterThan(0);
    expect(response.text.length).toBeLessThan(100_000);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
  ])('refuses %s in a string as invalid text next to its field', async (_label, text) => {
    const json = JSON.stringify({ contactName: text }).replace(
      /[\ud800-\udfff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16)}`,
    );
    const response = await t
      .http()
      .patch(`/api/organisations/${firmAdmin.session.user.organisation.id}`)
      .set(firmAdmin.auth)
      .set('Content-Type', 'application/json')
      .send(json);
    expect(response.status).toBe(400);
    expect(detailOf(response)).toMatchObject({ field: 'contactName', code: 'text.invalid' });
  });

  it('refuses NUL in a query string as invalid text', async () => {
    const response = await t.http().get('/api/audit-events?limit=5%00').set(firmAdmin.auth);
    expect(response.status).toBe(400);
    expect(detailOf(response)).toMatchObject({ field: 'query.limit', code: 'text.invalid' });
  });

  it.each(['9223372036854775808', '1e23', '99999999999999999999'])(
    'refuses beforeSeq=%s as out of range, not a 500',
    async (value) => {
      const response = await t.http().get(`/api/audit-events?beforeSeq=${value}`).set(firmAdmin.auth);
      expect(response.status).toBe(400);
      expect(detailOf(response)).toMatchObject({ field: 'beforeSeq' });
    },
  );

  it('refuses {"name": null} on organisation update as a field error', async () => {
    const response = await t
      .http()
      .patch(`/api/organisations/${firmAdmin.session.user.organisation.id}`)
      .set(operator.auth)
      .send({ name: null });
    expect(response.status).toBe(400);
    expect(detailOf(response)).toMatchObject({ field: 'name' });
  });

  it('answers overrides {"1": null} on evaluate with a 4xx, never a 500', async () => {
    const response = await t
      .http()
      .post('/api/scoring/evaluate')
      .set(lead.auth)
      .send({ framework: miniFramework(), figures: {}, observations: {}, overrides: { '1': null } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('keeps the audit entry of a refusal whose id ends in NUL', async () => {
    const requestId = `nul-audit-${Date.now()}`;
    const response = await t
      .http()
      .patch(`/api/organisations/${firmAdmin.session.user.organisation.id}%00`)
      .set(firmAdmin.auth)
      .set('X-Request-Id', requestId)
      .send({ contactName: '周文博' });
    expect(response.status).toBe(404);
    const rows = await withClient(
      t.databaseUrl,
      async (c) =>
        (
          await c.query(`SELECT action, result, target_id FROM audit_event WHERE request_id = $1`, [
            requestId,
          ])
        ).rows,
    );
    expect(rows).toEqual([
      {
        action: 'organisation.update',
        result: 'failure',
        target_id: `${firmAdmin.session.user.organisation.id}\ufffd`,
      },
    ]);
  });

  it.each(['[1,2]', '"text"', '42', 'null'])(
    'answers a sign-in body %s that is not an object with 400',
    async (body) => {
      const response = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(body);
      expect(response.status).toBe(400);
    },
  );

  it('accepts only JSON bodies: a urlencoded sign-in is 415', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('email=admin%40firm.demo&password=Demo-Pass%232026');
    expect(response.status).toBe(415);
    expect((response.body as ErrorResponse).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a foreign Origin', { Origin: 'https://evil.example' }],
  ])('refuses a sign-in marked %s (login CSRF)', async (_label, headers) => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set(headers)
      .send({ email: 'admin@firm.demo', password: 'Demo-Pass#2026' });
    expect(response.status).toBe(403);
    expect((response.body as ErrorResponse).code).toBe('AUTH_CSRF');
    expect(response.headers['set-cookie']).toBeUndefined();
  });
});
