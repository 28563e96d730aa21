import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@jixiao/api-platform';
import { BUILTIN_FRAMEWORKS, countIndicators } from '@jixiao/domain';
import { DATABASE_SCHEMA } from '../../apps/api/src/app/database-schema';
import { TEST_APP_DB_PASSWORD } from '../support/database.global-setup';
import { createScratchDatabase, dropScratchDatabase, withClient } from '../support/test-database';

const COUNT_MIGRATION = 'FrameworkIndicatorCount1764450000000';

/*
 * The library's list reads each version's stored indicator count. Versions written before the count
 * existed are counted by the migration that adds it, with the domain's count.
 */
describe('framework versions keep their indicator count (migration of existing versions)', () => {
  let url: string;

  beforeAll(async () => {
    url = await createScratchDatabase('fw_count');
    const before = DATABASE_SCHEMA.migrations.filter((migration) => migration.name !== COUNT_MIGRATION);
    expect(before).toHaveLength(DATABASE_SCHEMA.migrations.length - 1);
    await migrateDatabase(url, TEST_APP_DB_PASSWORD, { ...DATABASE_SCHEMA, migrations: before });
  });
  afterAll(async () => {
    if (url) await dropScratchDatabase(url);
  });

  it('counts every stored version with the domain count, then requires the count and forces RLS again', async () => {
    const versions = await withClient(url, async (client) => {
      const {
        rows: [organisation],
      } = await client.query<{ id: string }>(
        `INSERT INTO organisation (kind, name, region, credit_code) VALUES ('bureau', '迁移测试财政局', '甘肃', $1) RETURNING id`,
        [randomBytes(9).toString('hex').toUpperCase()],
      );
      const written: { templateId: string; version: number; expected: number }[] = [];
      for (const [index, framework] of BUILTIN_FRAMEWORKS.entries()) {
        const {
          rows: [template],
        } = await client.query<{ id: string }>(
          `INSERT INTO framework_template (organisation_id, name, current_version) VALUES ($1, $2, 2) RETURNING id`,
          [organisation?.id, framework.name],
        );
        const trimmed = { ...framework, indicators: framework.indicators.slice(0, index + 1) };
        for (const [version, stored] of [framework, trimmed].entries()) {
          await client.query(
            `INSERT INTO framework_template_version (organisation_id, template_id, version, framework) VALUES ($1, $2, $3, $4)`,
            [organisation?.id, template?.id, version + 1, JSON.stringify(stored)],
          );
          written.push({
            templateId: template?.id ?? '',
            version: version + 1,
            expected: countIndicators(stored.indicators),
          });
        }
      }
      // More versions than the migration counts in one batch (200), so that it has to go on.
      const [first] = BUILTIN_FRAMEWORKS;
      if (!first) throw new Error('no built-in framework');
      const {
        rows: [long],
      } = await client.query<{ id: string }>(
        `INSERT INTO framework_template (organisation_id, name, current_version) VALUES ($1, '多版本', 250) RETURNING id`,
        [organisation?.id],
      );
      for (let version = 1; version <= 250; version += 1) {
        const stored = { ...first, indicators: first.indicators.slice(0, (version % 3) + 1) };
        await client.query(
          `INSERT INTO framework_template_version (organisation_id, template_id, version, framework) VALUES ($1, $2, $3, $4)`,
          [organisation?.id, long?.id, version, JSON.stringify(stored)],
        );
        written.push({ templateId: long?.id ?? '', version, expected: countIndicators(stored.indicators) });
      }
      return written;
    });
    expect(new Set(versions.map((version) => version.expected)).size).toBeGreaterThan(2);

    expect(await migrateDatabase(url, TEST_APP_DB_PASSWORD, DATABASE_SCHEMA)).toEqual([COUNT_MIGRATION]);

    await withClient(url, async (client) => {
      for (const version of versions) {
        const { rows } = await client.query<{ indicator_count: number }>(
          `SELECT indicator_count FROM framework_template_version WHERE template_id = $1 AND version = $2`,
          [version.templateId, version.version],
        );
        expect(rows[0]?.indicator_count).toBe(version.expected);
      }
      const { rows } = await client.query<{ forced: boolean; required: boolean }>(
        `SELECT c.relforcerowsecurity AS forced, a.attnotnull AS required
           FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'indicator_count'
          WHERE c.relname = 'framework_template_version'`,
      );
      expect(rows[0]).toEqual({ forced: true, required: true });
    });
  });
});
