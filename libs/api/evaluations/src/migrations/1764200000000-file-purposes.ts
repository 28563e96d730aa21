import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every purpose an evaluation file may serve, from the engagement letter to the sealed report. */
export const FILE_PURPOSES_V2 = [
  'engagement_letter',
  'plan_attachment',
  'request_evidence',
  'figure_source',
  'work_paper',
  'report_version',
  'feedback_form',
  'issued_report',
  'archive',
] as const;

/**
 * Widens `evaluation_file.purpose` once for the fieldwork, report, feedback and archive parts, so that
 * each part's own migration never has to redefine the list (two redefinitions would drop each other's).
 */
export class FilePurposes1764200000000 implements MigrationInterface {
  name = 'FilePurposes1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const list = FILE_PURPOSES_V2.map((purpose) => `'${purpose}'`).join(', ');
    await queryRunner.query(`
      ALTER TABLE evaluation_file DROP CONSTRAINT evaluation_file_purpose_check;
      ALTER TABLE evaluation_file ADD CONSTRAINT evaluation_file_purpose_check CHECK (purpose IN (${list}));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE evaluation_file DROP CONSTRAINT evaluation_file_purpose_check;
      ALTER TABLE evaluation_file ADD CONSTRAINT evaluation_file_purpose_check
        CHECK (purpose IN ('engagement_letter', 'plan_attachment'));
    `);
  }
}
