import { DEFAULT_REVIEW_LEVEL_TITLES } from '@jixiao/domain';
import type { EntityManager } from 'typeorm';
import type { DemoSavedVersion } from './demo-report-rows';
import type { DemoActor } from './seed-demo-evaluations';

/** The evaluation under review (its parties) — all rows below are the firm's own. */
export interface DemoReviewKey {
  bureauOrgId: string;
  evaluationId: string;
  firmOrgId: string;
  unitOrgId: string;
}

const instantOf = (daysAgo: number): Date => new Date(Date.now() - daysAgo * 86_400_000);

/**
 * Three-level review (三级复核, issue 11): the rows the review hook writes, as the firm. The database
 * has the last word on a sign-off (its trigger refuses an author, a non-reviewer, a level out of
 * order, open notes, an evaluation not in review), so the demo's sign-offs satisfy it honestly.
 */
export class DemoReviewRows {
  constructor(
    private readonly manager: EntityManager,
    private readonly key: DemoReviewKey,
  ) {}

  private async asFirm(): Promise<void> {
    await this.manager.query(`SELECT set_config('app.org_id', $1, true)`, [this.key.firmOrgId]);
  }

  private get ids(): string[] {
    return [this.key.bureauOrgId, this.key.evaluationId];
  }

  /** SUBMIT_FOR_REVIEW: round 1 with the firm's default three levels. */
  async startRound(startedBy: DemoActor, daysAgo: number): Promise<void> {
    await this.asFirm();
    await this.manager.query(
      `INSERT INTO evaluation_review_round
         (bureau_org_id, evaluation_id, round, firm_org_id, unit_org_id, levels, level_titles, started_by_name,
          started_at)
       VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8)`,
      [
        ...this.ids,
        this.key.firmOrgId,
        this.key.unitOrgId,
        DEFAULT_REVIEW_LEVEL_TITLES.length,
        DEFAULT_REVIEW_LEVEL_TITLES,
        startedBy.name,
        instantOf(daysAgo),
      ],
    );
  }

  /** SIGN_REVIEW: the next level's sign-off on the version under review, with its hash. */
  async signOff(level: number, signer: DemoActor, version: DemoSavedVersion, daysAgo: number): Promise<void> {
    await this.asFirm();
    await this.manager.query(
      `INSERT INTO evaluation_review_signoff
         (bureau_org_id, evaluation_id, round, level, firm_org_id, unit_org_id, signer_user_id, signer_name,
          report_version_id, content_hash, signed_at)
       VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        ...this.ids,
        level,
        this.key.firmOrgId,
        this.key.unitOrgId,
        signer.userId,
        signer.name,
        version.id,
        version.contentHash,
        instantOf(daysAgo),
      ],
    );
  }

  /** A review note (复核意见) of a level, open, or resolved by the team with its resolution. */
  async note(input: {
    level: number;
    anchor: string;
    body: string;
    author: DemoActor;
    daysAgo: number;
    resolved?: { by: DemoActor; resolution: string; daysAgo: number };
  }): Promise<void> {
    await this.asFirm();
    await this.manager.query(
      `INSERT INTO evaluation_review_note
         (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, round, level, anchor, body, author_user_id,
          author_name, created_at, status, resolved_by_name, resolved_at, resolution, version)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        ...this.ids,
        this.key.firmOrgId,
        this.key.unitOrgId,
        input.level,
        input.anchor,
        input.body,
        input.author.userId,
        input.author.name,
        instantOf(input.daysAgo),
        input.resolved ? 'resolved' : 'open',
        input.resolved?.by.name ?? null,
        input.resolved ? instantOf(input.resolved.daysAgo) : null,
        input.resolved?.resolution ?? null,
        input.resolved ? 2 : 1,
      ],
    );
  }

  /** ISSUE: the round completes. */
  async closeIssued(): Promise<void> {
    await this.asFirm();
    await this.manager.query(
      `UPDATE evaluation_review_round SET closed_at = now(), outcome = 'issued'
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND closed_at IS NULL`,
      this.ids,
    );
  }
}
