import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../tenancy/tenant-database';

/** Queues a message in the current transaction; a relay delivers it once the change has committed. */
@Injectable()
export class Outbox {
  constructor(private readonly db: TenantDatabase) {}

  async enqueue(organisationId: string, kind: string, payload: Record<string, unknown>): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO outbox_message (organisation_id, kind, payload) VALUES ($1, $2, $3)`,
      [organisationId, kind, JSON.stringify(payload)],
    );
  }
}
