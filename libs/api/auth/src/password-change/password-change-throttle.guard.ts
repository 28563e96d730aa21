import { Injectable, type CanActivate } from '@nestjs/common';
import { AppError, RequestContext } from '@jixiao/api-platform';
import { LoginThrottle } from '../throttle/login-throttle.service';

/**
 * Counts a password-change attempt before the request's transaction opens and before any hashing,
 * like sign-in: a burst of parallel guesses at the current password gets at most the limit checked.
 * The count stays unless the change succeeds (the service gives it back in the change's transaction).
 */
@Injectable()
export class PasswordChangeThrottleGuard implements CanActivate {
  constructor(
    private readonly throttle: LoginThrottle,
    private readonly context: RequestContext,
  ) {}

  async canActivate(): Promise<boolean> {
    const { userId } = this.context.requirePrincipal();
    const attempt = await this.throttle.attempt(this.throttle.passwordChangeKeys(userId));
    if (attempt.locked) throw new AppError('AUTH_LOCKED', 429);
    return true;
  }
}
