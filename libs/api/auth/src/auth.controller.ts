import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { InvitationPreview, Me, SessionResponse } from '@jixiao/contracts';
import {
  APP_CONFIG,
  AuditTrail,
  Authorized,
  PublicEndpoint,
  RequestContext,
  TenantDatabase,
  type AppConfig,
} from '@jixiao/api-platform';
import type { Request, Response } from 'express';
import { AcceptInvitationDto } from './invitations/accept-invitation.dto';
import { InvitationAcceptanceService } from './invitations/invitation-acceptance.service';
import { LocalAuthGuard } from './login/local-auth.guard';
import { LoginDto } from './login/login.dto';
import type { VerifiedLogin } from './login/credentials.service';
import { ChangePasswordDto } from './password-change/change-password.dto';
import { PasswordChangeThrottleGuard } from './password-change/password-change-throttle.guard';
import { PasswordChangeService } from './password-change/password-change.service';
import { MeService } from './sessions/me.service';
import {
  assertSameOriginRequest,
  clearRefreshCookie,
  refreshCookieOf,
  setRefreshCookie,
} from './sessions/refresh-cookie';
import { SessionService, type IssuedTokens } from './sessions/session.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly db: TenantDatabase,
    private readonly sessions: SessionService,
    private readonly me: MeService,
    private readonly passwords: PasswordChangeService,
    private readonly invitations: InvitationAcceptanceService,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @PublicEndpoint()
  @UseGuards(LocalAuthGuard)
  @ApiOkResponse({ description: 'Signed in; the refresh token is set as an HttpOnly cookie.' })
  async login(
    @Body() _body: LoginDto,
    @Req() request: Request & { user: VerifiedLogin },
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const { userId, organisationId } = request.user;
    const issued = await this.db.run({ organisationId, userId, platform: false }, async () => {
      const tokens = await this.sessions.start(
        userId,
        organisationId,
        this.context.clientIp,
        this.context.userAgent,
      );
      await this.db.manager.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [userId]);
      await this.audit.record({
        organisationId,
        actorUserId: userId,
        action: 'auth.login',
        targetType: 'session',
        targetId: tokens.sessionId,
        detail: { ip: this.context.clientIp },
      });
      return tokens;
    });
    return this.respond(issued, response);
  }

  @Post('refresh')
  @HttpCode(200)
  @PublicEndpoint()
  @ApiOkResponse({ description: 'A new access token; the presented refresh token is spent and replaced.' })
  async refresh(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    assertSameOriginRequest(request, this.config);
    try {
      return await this.respond(await this.sessions.rotate(refreshCookieOf(request)), response);
    } catch (error) {
      clearRefreshCookie(response, this.config);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @PublicEndpoint()
  @ApiNoContentResponse()
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    assertSameOriginRequest(request, this.config);
    await this.sessions.endByRefreshToken(refreshCookieOf(request));
    clearRefreshCookie(response, this.config);
  }

  @Get('me')
  @Authorized('read', 'Profile')
  @ApiOkResponse()
  current(): Me {
    return this.me.current();
  }

  @Post('password')
  @HttpCode(204)
  @Authorized('update', 'Profile', { audit: 'auth.password' })
  @UseGuards(PasswordChangeThrottleGuard)
  @ApiNoContentResponse({ description: 'Changed; every other session of the user is signed out.' })
  async changePassword(@Body() dto: ChangePasswordDto): Promise<void> {
    await this.passwords.change(dto);
  }

  @Get('invitations/:token')
  @PublicEndpoint()
  @ApiOkResponse({
    description: 'What the invitation is for; INVITATION_INVALID when used, revoked or expired.',
  })
  async invitation(@Param('token') token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Post('invitations/accept')
  @PublicEndpoint()
  @ApiCreatedResponse({ description: 'The account exists; sign in with it.' })
  async acceptInvitation(@Body() dto: AcceptInvitationDto): Promise<{ email: string }> {
    return this.invitations.accept(dto);
  }

  private async respond(issued: IssuedTokens, response: Response): Promise<SessionResponse> {
    setRefreshCookie(response, issued.refreshToken, this.config);
    const user = await this.db.run(
      { organisationId: issued.organisationId, userId: issued.userId, platform: false },
      () => this.me.load(issued.userId),
    );
    return { accessToken: issued.accessToken, expiresIn: this.config.accessTokenTtlSeconds, user };
  }
}
