import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { AppError, type AccessTokenClaims } from '@jixiao/api-platform';
import type { Request } from 'express';
import { LoginThrottle } from '../throttle/login-throttle.service';

/**
 * Counts a password-change attempt before the request's transaction opens and before any hashing,
 * like sign-in: a burst of parallel guesses at the current password gets at most the limit checked.
 * The count stays unless the change succeeds (the service gives it back in the change's transaction).
 * Guards run before the request's transaction loads the principal, so the user comes from the access
 * token the global guard verified.
 */
@Injectable()
export class PasswordChangeThrottleGuard implements CanActivate {
  constructor(private readonly throttle: LoginThrottle) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const request = execution.switchToHttp().getRequest<Request & { accessClaims?: AccessTokenClaims }>();
    const userId = request.accessClaims?.sub;
    if (!userId) throw AppError.unauthenticated();
    const attempt = await this.throttle.attempt(this.throttle.passwordChangeKeys(userId));
    if (attempt.locked) throw new AppError('AUTH_LOCKED', 429);
    return true;
  }
}
