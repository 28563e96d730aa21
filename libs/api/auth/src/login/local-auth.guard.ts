import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { APP_CONFIG, AppError, type AppConfig } from '@jixiao/api-platform';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Request } from 'express';
import { assertNotCrossOrigin } from '../sessions/refresh-cookie';
import { LoginDto } from './login.dto';

/**
 * passport-local runs before pipes, so the request is checked here first: a cross-site sign-in is
 * refused (login CSRF), and a malformed one is a 400 with field details, not a 401. Errors from the
 * strategy (locked, wrong password) pass through.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    assertNotCrossOrigin(request, this.config);
    const dto = plainToInstance(LoginDto, request.body ?? {});
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      throw AppError.validation(
        errors.flatMap((error) =>
          Object.keys(error.constraints ?? {}).map((code) => ({ field: error.property, code })),
        ),
      );
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new AppError('AUTH_INVALID_CREDENTIALS', 401);
    return user;
  }
}
