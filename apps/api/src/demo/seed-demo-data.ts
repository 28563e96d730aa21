import { appendAuditEvent, withOwnerDataSource } from '@jixiao/api-platform';
import { DATABASE_SCHEMA } from '../app/database-schema';
import { hashPassword } from '@jixiao/api-auth';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, demoCreditCode } from './demo-data';
import { seedDemoEngagements } from './seed-demo-engagements';
import type { DemoActor } from './seed-demo-evaluations';
import type { DemoSeedOptions } from './seed-demo-lifecycle';

/**
 * Inserts the demo organisations and users unless they exist. Runs on the owner connection, but sets
 * each organisation's context so the inserts pass row-level security even for a non-superuser owner.
 * Every insert is recorded in that organisation's audit trail, so the chains verify from the start.
 */
export async function seedDemoData(
  ownerUrl: string,
  options: DemoSeedOptions = {},
): Promise<{ created: boolean }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return withOwnerDataSource(ownerUrl, DATABASE_SCHEMA, (dataSource) =>
    dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('jixiao:seed', 0))`);
      await manager.query(`SELECT set_config('app.platform', 'on', true)`);
      const existing = (await manager.query(`SELECT 1 FROM organisation WHERE credit_code = ANY($1)`, [
        DEMO_ORGANISATIONS.map(demoCreditCode),
      ])) as unknown[];
      if (existing.length > 0) return { created: false };

      const ids = new Map<string, string>();
      const users = new Map<string, DemoActor>();
      for (const organisation of DEMO_ORGANISATIONS) {
        const [{ id }] = (await manager.query(
          `INSERT INTO organisation (kind, name, region, credit_code, contact_name, contact_phone)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            organisation.kind,
            organisation.name,
            organisation.region,
            demoCreditCode(organisation),
            organisation.contactName,
            organisation.contactPhone,
          ],
        )) as [{ id: string }];
        ids.set(organisation.name, id);
        await manager.query(`SELECT set_config('app.org_id', $1, true)`, [id]);
        const audit = (
          action: string,
          targetType: string,
          targetId: string,
          detail: Record<string, unknown>,
        ) =>
          appendAuditEvent(manager, {
            organisationId: id,
            occurredAt: new Date().toISOString(),
            actorUserId: null,
            action,
            targetType,
            targetId,
            requestId: null,
            result: 'success',
            detail: { ...detail, source: 'demo-seed' },
          });
        await audit('organisation.create', 'organisation', id, {
          kind: organisation.kind,
          name: organisation.name,
        });
        for (const user of organisation.users) {
          const [{ id: userId }] = (await manager.query(
            `INSERT INTO app_user (organisation_id, email, display_name, password_hash, roles)
             VALUES ($1, $2, $3, $4, $5) RETURNING id`,
            [id, user.email, user.displayName, passwordHash, user.roles],
          )) as [{ id: string }];
          await audit('user.create', 'user', userId, { email: user.email, roles: user.roles });
          users.set(user.email, {
            userId,
            organisationId: id,
            roles: user.roles,
            name: user.displayName,
            organisationName: organisation.name,
          });
        }
      }
      await seedDemoEngagements(manager, ids, users, options);
      return { created: true };
    }),
  );
}
