import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../tenancy/tenant-database';

/** How long a successful ping answers for the database: health checks come far more often than that. */
export const READINESS_FRESH_MS = 1000;

/**
 * Whether the database answers, without a round trip per health request: a ping that succeeded less
 * than `READINESS_FRESH_MS` ago answers for it, and requests that arrive while a ping is on its way
 * wait for that one instead of sending their own. A failed ping is not remembered: the next request
 * pings again, so an outage shows at once and recovery within a second.
 */
@Injectable()
export class DatabaseReadiness {
  private answeredAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | null = null;

  constructor(private readonly db: TenantDatabase) {}

  /** Whether the database answered within the last second. */
  isFresh(): boolean {
    return performance.now() - this.answeredAt < READINESS_FRESH_MS;
  }

  /** Resolves when the database has answered within the last second; rejects with the ping's error. */
  check(): Promise<void> {
    if (this.isFresh()) return Promise.resolve();
    this.pending ??= this.db
      .ping()
      .then(() => {
        this.answeredAt = performance.now();
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
