import { countIndicators, type Framework } from '@jixiao/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each template version keeps its indicator count, written with the version (versions never change).
 * The library's list used to load every template's whole framework — a few hundred kilobytes each —
 * only to count its indicators. Existing versions are counted here by the domain's own count; the
 * table's forced row-level security is lifted for this one statement, inside the migration's transaction.
 */
export class FrameworkIndicatorCount1764450000000 implements MigrationInterface {
  name = 'FrameworkIndicatorCount1764450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE framework_template_version ADD COLUMN indicator_count integer CHECK (indicator_count >= 0);
      ALTER TABLE framework_template_version NO FORCE ROW LEVEL SECURITY;
    `);
    const versions = (await queryRunner.query(
      `SELECT template_id, version, framework FROM framework_template_version`,
    )) as { template_id: string; version: number; framework: Framework }[];
    for (const row of versions) {
      await queryRunner.query(
        `UPDATE framework_template_version SET indicator_count = $3 WHERE template_id = $1 AND version = $2`,
        [row.template_id, row.version, countIndicators(row.framework.indicators ?? [])],
      );
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
