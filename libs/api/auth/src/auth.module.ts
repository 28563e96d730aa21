import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { InvitationAcceptanceService } from './invitations/invitation-acceptance.service';
import { CredentialsService } from './login/credentials.service';
import { LocalStrategy } from './login/local.strategy';
import { PasswordChangeService } from './password-change/password-change.service';
import { PasswordHasher } from './passwords/password-hasher';
import { MeService } from './sessions/me.service';
import { SessionService } from './sessions/session.service';
import { LoginThrottle } from './throttle/login-throttle.service';

/** Sign-in, sessions, password change and invitation acceptance. */
@Module({
  controllers: [AuthController],
  providers: [
    PasswordHasher,
    LoginThrottle,
    CredentialsService,
    LocalStrategy,
    SessionService,
    MeService,
    PasswordChangeService,
    InvitationAcceptanceService,
  ],
  exports: [PasswordHasher, SessionService],
})
export class AuthModule {}
