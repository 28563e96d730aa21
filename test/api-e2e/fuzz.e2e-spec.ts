import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CreatedOrganisation } from '@jixiao/contracts';
import { creditCodeCheckCharacter } from '@jixiao/domain';
import { fuzzCase, LEAK, type FuzzCase } from '../support/fuzz/fuzz-cases';
import { routeInventory, type RouteEntry } from '../support/route-inventory';
import { createTestUser, TEST_PASSWORD } from '../support/test-accounts';
import { signIn, startTestApp, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

/**
 * Issue 6: a bounded fuzz run over every route — bad JSON, wrong types, huge and deep bodies, NUL and
 * lone surrogates, out-of-range numbers, bad ids, wrong content types, forged tokens. Not one answer
 * may be a 5xx or carry a stack trace or SQL. `FUZZ_REQUESTS` and `FUZZ_SEED` make it larger or
 * different (tools/fuzz/fuzz-api.mjs runs it on demand with many more requests).
 */
const REQUESTS = Number(process.env['FUZZ_REQUESTS'] ?? 1500);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);
const PARALLEL = 16;

const FORGED_TOKENS = [
  'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxIiwib3JnIjoiMSIsInNpZCI6IjEiLCJ0eXAiOiJhY2Nlc3MifQ.',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
  'not-a-token',
  `${'a'.repeat(5000)}.b.c`,
];

function creditCode(seed: number): string {
  const base = `91650100MF${String(seed).padStart(7, '0')}`.slice(0, 17);
  return `${base}${creditCodeCheckCharacter(base) ?? ''}`;
}

describe('fuzzing every route', () => {
  let t: TestApp;
  let tokens: string[];
  let routes: RouteEntry[];

  beforeAll(async () => {
    t = await startTestApp();
    routes = routeInventory(t.app).filter((route) => route.path.startsWith('/api/'));
    const operator = await signIn(t, 'operator@platform.demo');
    // The fuzzer's own organisation, so what it manages to change touches no other suite's data.
    const created = await t
      .http()
      .post('/api/organisations')
      .set(operator.auth)
      .send({
        kind: 'firm',
        name: '模糊测试事务所',
        region: '测试',
        creditCode: creditCode(Date.now() % 10_000_000),
        contactName: '测试',
        contactPhone: '0991-0000000',
        adminEmail: `fuzz-first-admin-${Date.now()}@test.demo`,
      })
      .expect(201);
    const { organisation } = created.body as CreatedOrganisation;
    const admin = await createTestUser(t, organisation.id, ['firm_admin']);
    const lead = await createTestUser(t, organisation.id, ['team_lead']);
    tokens = [
      (await signIn(t, admin, TEST_PASSWORD)).token,
      (await signIn(t, lead, TEST_PASSWORD)).token,
      operator.token,
    ];
  });
  afterAll(async () => {
    // The fuzzer's sign-in attempts must not lock the test client's address for later suites.
    await withClient(t.databaseUrl, (client) => client.query(`DELETE FROM login_throttle`));
    await t.close();
  });

  async function send(route: RouteEntry, fuzz: FuzzCase, index: number) {
    const path = route.path.replace(/:[A-Za-z]+/g, fuzz.pathValue) + (fuzz.query ? `?${fuzz.query}` : '');
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    let request = t.http()[method](path);
    if (fuzz.auth === 'valid')
      request = request.set('Authorization', `Bearer ${tokens[index % tokens.length] ?? ''}`);
    if (fuzz.auth === 'forged') {
      request = request.set('Authorization', `Bearer ${FORGED_TOKENS[index % FORGED_TOKENS.length] ?? ''}`);
    }
    if (fuzz.contentType) request = request.set('Content-Type', fuzz.contentType);
    const response = await (fuzz.body === null ? request : request.send(fuzz.body));
    return {
      label: `${route.method} ${path.slice(0, 120)} [${fuzz.contentType ?? '-'}] ${fuzz.auth}`,
      response,
    };
  }

  it(
    `answers ${REQUESTS} fuzzed requests without a 5xx, a stack trace or SQL`,
    async () => {
      const cases = fc.sample(fuzzCase, { numRuns: REQUESTS, seed: SEED });
      const failures: string[] = [];
      const statuses: Record<number, number> = {};
      for (let start = 0; start < cases.length; start += PARALLEL) {
        const batch = cases.slice(start, start + PARALLEL).map((fuzz, offset) => {
          const index = start + offset;
          return send(routes[index % routes.length] as RouteEntry, fuzz, index);
        });
        for (const { label, response } of await Promise.all(batch)) {
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          if (response.status >= 500)
            failures.push(`${response.status} ${label}: ${response.text.slice(0, 200)}`);
          else if (LEAK.test(response.text)) failures.push(`leak ${label}: ${response.text.slice(0, 200)}`);
        }
      }
      expect(routes.length).toBeGreaterThan(20);
      expect(failures).toEqual([]);
      expect(Object.keys(statuses).length).toBeGreaterThan(3);
    },
    Math.max(120_000, REQUESTS * 100),
  );
});
