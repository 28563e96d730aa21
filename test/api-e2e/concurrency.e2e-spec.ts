import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedOrganisation, ErrorResponse } from '@jixiao/contracts';
import { creditCodeCheckCharacter } from '@jixiao/domain';
import { createTestUser, TEST_PASSWORD } from '../support/test-accounts';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/** Issue 6: what a burst of parallel requests must not break. */
function statusCounts(statuses: number[]): Record<number, number> {
  return statuses.reduce<Record<number, number>>((counts, status) => {
    counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }, {});
}

function creditCode(seed: number): string {
  const base = `91650100MA${String(seed).padStart(7, '0')}`.slice(0, 17);
  return `${base}${creditCodeCheckCharacter(base) ?? ''}`;
}

describe('parallel requests', () => {
  let t: TestApp;
  let operator: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    operator = await signIn(t, 'operator@platform.demo');
  });
  afterAll(async () => t.close());

  async function onboardFirm(seed: number): Promise<{ id: string; admin: SignedIn }> {
    const created = await t
      .http()
      .post('/api/organisations')
      .set(operator.auth)
      .send({
        kind: 'firm',
        name: `并发测试事务所${seed}`,
        region: '新疆维吾尔自治区乌鲁木齐市',
        creditCode: creditCode(seed),
        contactName: '测试',
        contactPhone: '0991-1234567',
        adminEmail: `first-admin-${seed}@test.demo`,
      })
      .expect(201);
    const { organisation } = created.body as CreatedOrganisation;
    const email = await createTestUser(t, organisation.id, ['firm_admin']);
    return { id: organisation.id, admin: await signIn(t, email, TEST_PASSWORD) };
  }

  it('never deadlocks: organisation updates, disable/enable and audited changes in one organisation', async () => {
    const firm = await onboardFirm(Date.now() % 1_000_000);
    const colleague = await createTestUser(t, firm.id, ['evaluator']);
    const [colleagueId] = await withClient(t.databaseUrl, async (c) =>
      (await c.query(`SELECT id FROM app_user WHERE email = $1`, [colleague])).rows.map(
        (row: { id: string }) => row.id,
      ),
    );
    const kinds: (() => Promise<{ status: number }>)[] = [
      () =>
        t
          .http()
          .patch(`/api/organisations/${firm.id}`)
          .set(firm.admin.auth)
          .send({ contactName: '联系人甲' }),
      () =>
        t
          .http()
          .patch(`/api/organisations/${firm.id}`)
          .set(operator.auth)
          .send({ contactPhone: '0991-7654321' }),
      () =>
        t
          .http()
          .post('/api/invitations')
          .set(firm.admin.auth)
          .send({ email: `p${Math.random()}@test.demo`.replace('0.', ''), roles: ['evaluator'] }),
      // A refusal: its failure entry is appended to the same chain in a transaction of its own.
      () => t.http().delete(`/api/invitations/${randomUUID()}`).set(firm.admin.auth),
      () =>
        t
          .http()
          .patch(`/api/users/${colleagueId ?? ''}/roles`)
          .set(firm.admin.auth)
          .send({ roles: ['evaluator', 'reviewer'] }),
      () =>
        t
          .http()
          .patch(`/api/organisations/${firm.id}`)
          .set(firm.admin.auth)
          .send({ contactName: '联系人乙' }),
    ];
    const requests = Array.from({ length: 120 }, (_, i) =>
      (kinds[i % kinds.length] as () => Promise<{ status: number }>)(),
    );
    const statuses = (await Promise.all(requests)).map((response) => response.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    const chain = await t.http().get('/api/audit-events/verify').set(firm.admin.auth);
    expect(chain.status).toBe(200);
    expect(chain.body).toMatchObject({ valid: true });
  });

  it('counts sign-in attempts before hashing: 30 parallel wrong passwords check at most 5', async () => {
    const firm = await onboardFirm((Date.now() + 1) % 1_000_000);
    const email = await createTestUser(t, firm.id, ['evaluator']);
    const attempts = Array.from({ length: 30 }, (_, i) =>
      t
        .http()
        .post('/api/auth/login')
        .send({ email, password: i === 24 ? TEST_PASSWORD : `wrong-password-${i}` }),
    );
    const responses = await Promise.all(attempts);
    const counts = statusCounts(responses.map((response) => response.status));
    expect((counts[401] ?? 0) + (counts[200] ?? 0)).toBeLessThanOrEqual(5);
    expect(counts[429]).toBeGreaterThanOrEqual(25);
    expect(responses[24]?.status).toBe(429);
    // Locked: even the right password is refused now.
    expect((await t.http().post('/api/auth/login').send({ email, password: TEST_PASSWORD })).status).toBe(
      429,
    );
  });

  it('throttles password change: after wrong current passwords, the right one is refused too', async () => {
    const firm = await onboardFirm((Date.now() + 2) % 1_000_000);
    const email = await createTestUser(t, firm.id, ['evaluator']);
    const user = await signIn(t, email, TEST_PASSWORD);
    const wrong = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t
          .http()
          .post('/api/auth/password')
          .set(user.auth)
          .send({ currentPassword: `wrong-${i}`, newPassword: '新的口令-杏花-Blossom-9c1d' }),
      ),
    );
    const counts = statusCounts(wrong.map((response) => response.status));
    expect(counts[400] ?? 0).toBeLessThanOrEqual(5);
    expect(counts[429]).toBeGreaterThanOrEqual(25);
    const right = await t
      .http()
      .post('/api/auth/password')
      .set(user.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: '新的口令-杏花-Blossom-9c1d' });
    expect(right.status).toBe(429);
    expect((right.body as ErrorResponse).code).toBe('AUTH_LOCKED');
  });

  it('answers EMAIL_TAKEN, not a 500, when two organisations’ invitations for one address are accepted at once', async () => {
    const first = await onboardFirm((Date.now() + 3) % 1_000_000);
    const second = await onboardFirm((Date.now() + 4) % 1_000_000);
    const email = `shared-${Date.now()}@test.demo`;
    const links = await Promise.all(
      [first, second].map(async (firm) => {
        const response = await t
          .http()
          .post('/api/invitations')
          .set(firm.admin.auth)
          .send({ email, roles: ['evaluator'] })
          .expect(201);
        return decodeURIComponent(
          String((response.body as { link: string }).link).split('/invite/')[1] ?? '',
        );
      }),
    );
    const accepted = await Promise.all(
      links.map((token) =>
        t
          .http()
          .post('/api/auth/invitations/accept')
          .send({ token, displayName: '同一人', password: TEST_PASSWORD }),
      ),
    );
    expect(accepted.map((response) => response.status).sort()).toEqual([201, 409]);
    const refused = accepted.find((response) => response.status === 409);
    expect((refused?.body as ErrorResponse).code).toBe('EMAIL_TAKEN');
  });

  it('does not tell an admin that an address has an account in another organisation', async () => {
    const firm = await onboardFirm((Date.now() + 5) % 1_000_000);
    const elsewhere = await t
      .http()
      .post('/api/invitations')
      .set(firm.admin.auth)
      .send({ email: 'admin@czj.demo', roles: ['evaluator'] });
    expect(elsewhere.status).toBe(201);
    const own = await createTestUser(t, firm.id, ['evaluator']);
    const here = await t
      .http()
      .post('/api/invitations')
      .set(firm.admin.auth)
      .send({ email: own, roles: ['evaluator'] });
    expect(here.status).toBe(409);
    expect((here.body as ErrorResponse).code).toBe('EMAIL_TAKEN');
  });
});
