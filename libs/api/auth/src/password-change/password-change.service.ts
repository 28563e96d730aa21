import { Injectable } from '@nestjs/common';
import { AppError, AuditTrail, RequestContext, TenantDatabase, UserEntity } from '@jixiao/api-platform';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertPasswordPolicy } from '../passwords/password-policy';
import { SessionService } from '../sessions/session.service';
import { LoginThrottle } from '../throttle/login-throttle.service';
import type { ChangePasswordDto } from './change-password.dto';

/**
 * Changes the caller's password and signs out every other session of theirs. Attempts are counted
 * by `PasswordChangeThrottleGuard` before this runs; only a successful change gives its count back.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
    private readonly throttle: LoginThrottle,
  ) {}

  async change(dto: ChangePasswordDto): Promise<void> {
    const principal = this.context.requirePrincipal();
    const users = this.db.manager.getRepository(UserEntity);
    const user = await users.findOne({
      where: { id: principal.userId },
      select: { id: true, passwordHash: true, email: true, displayName: true },
      lock: { mode: 'for_no_key_update' },
    });
    if (!user) throw AppError.notFound();
    if (!(await this.hasher.verify(user.passwordHash, dto.currentPassword))) {
      throw new AppError('AUTH_WRONG_PASSWORD', 400, [{ field: 'currentPassword', code: 'password.wrong' }]);
    }
    assertPasswordPolicy('newPassword', dto.newPassword, {
      email: user.email,
      displayName: user.displayName,
      organisationName: principal.organisationName,
    });
    await users.update(
      { id: user.id },
      {
        passwordHash: await this.hasher.hash(dto.newPassword),
        passwordChangedAt: new Date(),
        version: () => 'version + 1',
      },
    );
    await this.throttle.forgetInCurrentTransaction(this.throttle.passwordChangeKeys(user.id));
    const revoked = await this.sessions.revokeAllOfUser(user.id, 'password_changed', principal.sessionId);
    await this.audit.record({
      action: 'auth.password',
      targetType: 'user',
      targetId: user.id,
      detail: { otherSessionsRevoked: revoked },
    });
  }
}
