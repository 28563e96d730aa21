import { Injectable } from '@nestjs/common';
import { NO_TENANT, TenantDatabase } from '@jixiao/api-platform';

export interface ThrottleRule {
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

/** Wrong current passwords on password change, per user (a stolen access token must not guess on). */
export const PASSWORD_CHANGE_RULE: ThrottleRule = {
  prefix: 'password-change',
  maxFailures: 5,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

/** Rules whose counters a success clears; the others (shared by many accounts) only give the attempt back. */
const CLEARED_ON_SUCCESS = new Set(['account-ip', 'account', PASSWORD_CHANGE_RULE.prefix]);

/** One counted attempt: the keys it counted on, and whether it may go on to check the password. */
export interface ThrottledAttempt {
  keys: readonly (readonly [ThrottleRule, string])[];
  locked: boolean;
  /** Keys that became locked by this attempt. */
  newlyLocked: string[];
}

/**
 * Counts every attempt atomically *before* the password is hashed (SECURITY DEFINER functions of the
 * `login_throttle` table, which the runtime role cannot touch otherwise). A burst of parallel guesses
 * therefore gets at most the limit checked; the rest are refused without hashing.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly db: TenantDatabase) {}

  signInKeys(email: string, ip: string): (readonly [ThrottleRule, string])[] {
    const values: Record<string, string> = { 'account-ip': `${email}|${ip}`, account: email, ip };
    return THROTTLE_RULES.map((rule) => [rule, `${rule.prefix}:${values[rule.prefix] ?? ''}`] as const);
  }

  passwordChangeKeys(userId: string): (readonly [ThrottleRule, string])[] {
    return [[PASSWORD_CHANGE_RULE, `${PASSWORD_CHANGE_RULE.prefix}:${userId}`]];
  }

  /**
   * Counts the attempt on each key in order (always the same order, so parallel attempts never
   * deadlock), stopping at the first key that is locked.
   */
  async attempt(keys: readonly (readonly [ThrottleRule, string])[]): Promise<ThrottledAttempt> {
    const newlyLocked: string[] = [];
    let locked = false;
    await this.db.run(NO_TENANT, async () => {
      for (const [rule, key] of keys) {
        const [row] = (await this.db.manager.query(
          `SELECT locked, newly_locked FROM auth_throttle_attempt($1, $2, $3, $4)`,
          [key, rule.maxFailures, rule.windowSeconds, rule.lockSeconds],
        )) as [{ locked: boolean; newly_locked: boolean }];
        if (row.newly_locked) newlyLocked.push(key);
        if (row.locked) {
          // Refused without a password check: the wider keys (account, address) count checks only,
          // so one locked account cannot use up the address's allowance for everyone behind it.
          locked = true;
          break;
        }
      }
    });
    return { keys, locked, newlyLocked };
  }

  /** The counted attempt failed: keys at their limit lock now. Returns the keys newly locked. */
  async failed(attempt: ThrottledAttempt): Promise<string[]> {
    const newlyLocked: string[] = [];
    await this.db.run(NO_TENANT, async () => {
      for (const [rule, key] of attempt.keys) {
        const [row] = (await this.db.manager.query(`SELECT auth_throttle_failed($1, $2, $3) AS locked`, [
          key,
          rule.maxFailures,
          rule.lockSeconds,
        ])) as [{ locked: boolean | null }];
        if (row.locked === true) newlyLocked.push(key);
      }
    });
    return newlyLocked;
  }

  /** The counted attempt succeeded: the account's counters are forgotten, shared ones get it back. */
  async succeeded(attempt: ThrottledAttempt): Promise<void> {
    await this.db.run(NO_TENANT, () => this.forgetInCurrentTransaction(attempt.keys));
  }

  /**
   * `succeeded`, inside the caller's transaction (so it commits with the change it rewards, and no
   * second connection is taken from inside a transaction).
   */
  async forgetInCurrentTransaction(keys: readonly (readonly [ThrottleRule, string])[]): Promise<void> {
    const clear = keys.filter(([rule]) => CLEARED_ON_SUCCESS.has(rule.prefix)).map(([, key]) => key);
    const release = keys.filter(([rule]) => !CLEARED_ON_SUCCESS.has(rule.prefix)).map(([, key]) => key);
    await this.db.manager.query(`SELECT auth_throttle_succeeded($1, $2)`, [clear, release]);
  }
}
