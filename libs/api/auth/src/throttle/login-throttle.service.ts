import { Injectable } from '@nestjs/common';
import { NO_TENANT, TenantDatabase } from '@jixiao/api-platform';

interface ThrottleRule {
  prefix: string;
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/**
 * Failed sign-ins are counted per account and IP, per account and per IP. Reaching a limit locks that
 * key for a while; a success clears the account's counters. Counters live in PostgreSQL so every API
 * instance sees the same numbers.
 */
export const THROTTLE_RULES: readonly ThrottleRule[] = [
  { prefix: 'account-ip', maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  { prefix: 'account', maxFailures: 20, windowSeconds: 60 * 60, lockSeconds: 60 * 60 },
  { prefix: 'ip', maxFailures: 100, windowSeconds: 60 * 60, lockSeconds: 60 * 60 },
];

export interface FailureOutcome {
  /** Keys that became locked by this failure. */
  newlyLocked: string[];
}

@Injectable()
export class LoginThrottle {
  constructor(private readonly db: TenantDatabase) {}

  private keys(email: string, ip: string): Map<ThrottleRule, string> {
    const values: Record<string, string> = { 'account-ip': `${email}|${ip}`, account: email, ip };
    return new Map(THROTTLE_RULES.map((rule) => [rule, `${rule.prefix}:${values[rule.prefix] ?? ''}`]));
  }

  async isLocked(email: string, ip: string): Promise<boolean> {
    const keys = [...this.keys(email, ip).values()];
    const rows = (await this.db.run(NO_TENANT, () =>
      this.db.manager.query(`SELECT 1 FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`, [
        keys,
      ]),
    )) as unknown[];
    return rows.length > 0;
  }

  async recordFailure(email: string, ip: string): Promise<FailureOutcome> {
    const newlyLocked: string[] = [];
    await this.db.run(NO_TENANT, async () => {
      for (const [rule, key] of this.keys(email, ip)) {
        const [row] = (await this.db.manager.query(
          `INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, now())
           ON CONFLICT (key) DO UPDATE SET
             failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
             window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $2)
                                      THEN now() ELSE t.window_started_at END
           RETURNING failures, locked_until`,
          [key, rule.windowSeconds],
        )) as [{ failures: number; locked_until: Date | null }];
        const alreadyLocked = row.locked_until !== null && row.locked_until.getTime() > Date.now();
        if (row.failures >= rule.maxFailures && !alreadyLocked) {
          await this.db.manager.query(
            `UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2), failures = 0,
                    window_started_at = now() WHERE key = $1`,
            [key, rule.lockSeconds],
          );
          newlyLocked.push(key);
        }
      }
    });
    return { newlyLocked };
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    const keys = [...this.keys(email, ip).entries()]
      .filter(([rule]) => rule.prefix !== 'ip')
      .map(([, key]) => key);
    await this.db.run(NO_TENANT, () =>
      this.db.manager.query(`DELETE FROM login_throttle WHERE key = ANY($1)`, [keys]),
    );
  }
}
