import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@jixiao/api-platform';

/** The firm's review levels and their titles; none stored means the default three. */
@Injectable()
export class ReviewLevelsRepository {
  constructor(private readonly db: TenantDatabase) {}

  async titles(firmOrgId: string): Promise<string[] | null> {
    const rows = (await this.db.manager.query(
      `SELECT title FROM firm_review_level WHERE firm_org_id = $1 ORDER BY level`,
      [firmOrgId],
    )) as { title: string }[];
    return rows.length > 0 ? rows.map((row) => row.title) : null;
  }

  async save(firmOrgId: string, titles: readonly string[]): Promise<void> {
    await this.db.manager.query(`DELETE FROM firm_review_level WHERE firm_org_id = $1`, [firmOrgId]);
    await this.db.manager.query(
      `INSERT INTO firm_review_level (firm_org_id, level, title)
       SELECT $1, ordinality, title FROM unnest($2::text[]) WITH ORDINALITY AS t(title, ordinality)`,
      [firmOrgId, titles],
    );
  }
}
