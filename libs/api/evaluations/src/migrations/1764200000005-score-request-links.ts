import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A score's evidence may name request items (资料清单): the link now refers to the item itself, so a
 * link can never point to an item of another evaluation or to one that does not exist. Deleting a
 * draft item removes its links.
 */
export class ScoreRequestLinks1764200000005 implements MigrationInterface {
  name = 'ScoreRequestLinks1764200000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE evaluation_score_request
        ADD CONSTRAINT evaluation_score_request_item_fk FOREIGN KEY (bureau_org_id, request_item_id)
        REFERENCES evaluation_request_item (bureau_org_id, id) ON DELETE CASCADE;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE evaluation_score_request DROP CONSTRAINT evaluation_score_request_item_fk`,
    );
  }
}
