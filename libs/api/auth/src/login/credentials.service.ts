import { Injectable } from '@nestjs/common';
import { AppError, AuditTrail, NO_TENANT, RequestContext, TenantDatabase } from '@jixiao/api-platform';
import { PasswordHasher } from '../passwords/password-hasher';
import { LoginThrottle } from '../throttle/login-throttle.service';

export interface VerifiedLogin {
  userId: string;
  organisationId: string;
}

interface LoginRow {
  password_hash: string;
  user_status: string;
  organisation_status: string;
}

interface Account {
  user_id: string;
  organisation_id: string;
}

/**
 * Checks an e-mail and password. The attempt is counted atomically before any hashing, so parallel
 * guesses cannot outrun the lockout; unknown accounts cost the same argon2 verification as known
 * ones; every failure on a real account is audited in that account's organisation, and so is a lockout.
 */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  async verify(rawEmail: string, password: string): Promise<VerifiedLogin> {
    const email = rawEmail.trim().toLowerCase();
    const ip = this.context.clientIp ?? 'unknown';
    const attempt = await this.throttle.attempt(this.throttle.signInKeys(email, ip));
    const account = await this.findAccount(email);
    if (attempt.locked) {
      await this.auditLockout(account, ip, attempt.newlyLocked);
      throw new AppError('AUTH_LOCKED', 429);
    }

    const row = account ? await this.loginRow(account) : undefined;
    const passwordMatches = await this.hasher.verify(row?.password_hash ?? null, password);
    const usable = row?.user_status === 'active' && row.organisation_status === 'active';
    if (account && row && passwordMatches && usable) {
      await this.throttle.succeeded(attempt);
      return { userId: account.user_id, organisationId: account.organisation_id };
    }

    const newlyLocked = await this.throttle.failed(attempt);
    if (account) {
      await this.audit.recordFailure({
        organisationId: account.organisation_id,
        actorUserId: account.user_id,
        action: 'auth.login',
        targetType: 'user',
        targetId: account.user_id,
        detail: { reason: !passwordMatches ? 'wrong_password' : 'account_disabled', ip },
      });
    }
    await this.auditLockout(account, ip, newlyLocked);
    if (newlyLocked.length > 0) throw new AppError('AUTH_LOCKED', 429);
    throw new AppError('AUTH_INVALID_CREDENTIALS', 401);
  }

  private async findAccount(email: string): Promise<Account | undefined> {
    const [account] = (await this.db.run(NO_TENANT, () =>
      this.db.manager.query(`SELECT user_id, organisation_id FROM auth_find_login($1)`, [email]),
    )) as Account[];
    return account;
  }

  private async loginRow(account: Account): Promise<LoginRow | undefined> {
    const rows = (await this.db.run(
      { organisationId: account.organisation_id, userId: null, platform: false },
      () =>
        this.db.manager.query(
          `SELECT u.password_hash, u.status AS user_status, o.status AS organisation_status
             FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
          [account.user_id],
        ),
    )) as LoginRow[];
    return rows[0];
  }

  /** A lock of the account's own keys (not only of the client address) goes to its audit trail. */
  private async auditLockout(account: Account | undefined, ip: string, newlyLocked: string[]): Promise<void> {
    if (!account || !newlyLocked.some((key) => !key.startsWith('ip:'))) return;
    await this.audit.recordFailure({
      organisationId: account.organisation_id,
      actorUserId: null,
      action: 'auth.lockout',
      targetType: 'user',
      targetId: account.user_id,
      detail: { ip, keys: newlyLocked.map((key) => key.split(':')[0]) },
    });
  }
}
