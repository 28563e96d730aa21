import { countIndicators, type Framework } from '@jixiao/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each template version keeps its indicator count, written with the version (versions never change).
 * The library's list used to load every template's whole framework — a few hundred kilobytes each —
 * only to count its indicators. Existing versions are counted here by the domain's own count; the
 * table's forced row-level security is lifted for that backfill only, inside the migration's transaction.
 */
const BATCH = 200;

export class FrameworkIndicatorCount1764450000000 implements MigrationInterface {
  name = 'FrameworkIndicatorCount1764450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE framework_template_version ADD COLUMN indicator_count integer CHECK (indicator_count >= 0);
      ALTER TABLE framework_template_version NO FORCE ROW LEVEL SECURITY;
    `);
    // In batches, in key order: a library's versions together may run to gigabytes of framework JSON.
    let after: { template_id: string; version: number } = {
      template_id: '00000000-0000-0000-0000-000000000000',
      version: 0,
    };
    for (;;) {
      const batch = (await queryRunner.query(
        `SELECT template_id, version, framework FROM framework_template_version
          WHERE (template_id, version) > ($1::uuid, $2::int) ORDER BY template_id, version LIMIT ${BATCH}`,
        [after.template_id, after.version],
      )) as { template_id: string; version: number; framework: Framework }[];
      for (const row of batch) {
        await queryRunner.query(
          `UPDATE framework_template_version SET indicator_count = $3 WHERE template_id = $1 AND version = $2`,
          [row.template_id, row.version, countIndicators(row.framework.indicators ?? [])],
        );
      }
      const last = batch.at(-1);
      if (!last || batch.length < BATCH) break;
      after = last;
    }
    await queryRunner.query(`
      ALTER TABLE framework_template_version FORCE ROW LEVEL SECURITY;
      ALTER TABLE framework_template_version ALTER COLUMN indicator_count SET NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE framework_template_version DROP COLUMN indicator_count`);
  }
}
