import { randomUUID } from 'node:crypto';
import { hashPassword } from '@jixiao/api-auth';
import type { Role } from '@jixiao/domain';
import type { TestApp } from './test-app';
import { withClient } from './test-database';

/** A password no policy list contains, for accounts the tests create. */
export const TEST_PASSWORD = '测试账号-杏花-Blossom-7f3a';

/** Creates an active user in an existing organisation (owner connection) and returns its e-mail. */
export async function createTestUser(
  t: TestApp,
  organisationId: string,
  roles: Role[],
  password = TEST_PASSWORD,
): Promise<string> {
  const email = `t-${randomUUID().slice(0, 12)}@test.demo`;
  const hash = await hashPassword(password);
  await withClient(t.databaseUrl, (client) =>
    client.query(
      `INSERT INTO app_user (organisation_id, email, display_name, password_hash, roles)
       VALUES ($1, $2, '测试用户', $3, $4)`,
      [organisationId, email, hash, roles],
    ),
  );
  return email;
}
