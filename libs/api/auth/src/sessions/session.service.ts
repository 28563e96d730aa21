import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  APP_CONFIG,
  AppError,
  AuditTrail,
  RefreshTokenEntity,
  SessionEntity,
  TenantDatabase,
  type AccessTokenClaims,
  type AppConfig,
} from '@jixiao/api-platform';
import { IsNull, Not } from 'typeorm';
import { newOpaqueToken, parseOpaqueToken } from './opaque-token';

/** A spent refresh token presented again within this many seconds is a race between tabs, not theft. */
const REUSE_GRACE_SECONDS = 10;

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  userId: string;
  organisationId: string;
}

/**
 * Sessions and their rotating refresh tokens. Every refresh spends the presented token and issues a
 * new one; presenting a spent token again (after a short grace for concurrent tabs) revokes the whole
 * session, because someone else holds a copy.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jwt: JwtService,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session in the current (organisation-scoped) transaction. */
  async start(
    userId: string,
    organisationId: string,
    ip: string | null,
    userAgent: string | null,
  ): Promise<IssuedTokens> {
    const session = await this.db.manager.getRepository(SessionEntity).save({
      organisationId,
      userId,
      expiresAt: new Date(Date.now() + this.config.sessionMaxAgeSeconds * 1000),
      ip,
      userAgent,
    });
    return this.issue(session);
  }

  /** Spends `presented` and issues its successor, in a transaction of its own. */
  async rotate(presented: unknown): Promise<IssuedTokens> {
    const parsed = parseOpaqueToken(presented);
    if (!parsed) throw AppError.unauthenticated('AUTH_SESSION_EXPIRED');
    const outcome = await this.db.run(
      { organisationId: parsed.organisationId, userId: null, platform: false },
      async () => {
        const tokens = this.db.manager.getRepository(RefreshTokenEntity);
        const token = await tokens.findOne({
          where: { tokenHash: parsed.hash },
          lock: { mode: 'for_no_key_update' },
        });
        if (!token) return { error: true as const };
        const session = await this.db.manager
          .getRepository(SessionEntity)
          .findOne({ where: { id: token.sessionId }, lock: { mode: 'for_no_key_update' } });
        if (!session || session.revokedAt) return { error: true as const };
        if (token.usedAt) {
          if (Date.now() - token.usedAt.getTime() <= REUSE_GRACE_SECONDS * 1000)
            return { error: true as const };
          await this.revokeInTransaction(session, 'refresh_token_reuse');
          await this.audit.record({
            organisationId: session.organisationId,
            actorUserId: session.userId,
            action: 'auth.refresh_reuse',
            targetType: 'session',
            targetId: session.id,
            result: 'failure',
          });
          return { error: true as const };
        }
        if (token.expiresAt.getTime() <= Date.now() || session.expiresAt.getTime() <= Date.now()) {
          return { error: true as const };
        }
        const active = (await this.db.manager.query(
          `SELECT 1 FROM app_user u JOIN organisation o ON o.id = u.organisation_id
          WHERE u.id = $1 AND u.status = 'active' AND o.status = 'active'`,
          [session.userId],
        )) as unknown[];
        if (active.length === 0) return { error: true as const };
        await tokens.update({ id: token.id }, { usedAt: new Date() });
        return { error: false as const, tokens: await this.issue(session) };
      },
    );
    if (outcome.error) throw AppError.unauthenticated('AUTH_SESSION_EXPIRED');
    return outcome.tokens;
  }

  /** Ends the session a refresh token belongs to; unknown tokens are ignored (logout always succeeds). */
  async endByRefreshToken(presented: unknown): Promise<void> {
    const parsed = parseOpaqueToken(presented);
    if (!parsed) return;
    await this.db.run({ organisationId: parsed.organisationId, userId: null, platform: false }, async () => {
      const token = await this.db.manager
        .getRepository(RefreshTokenEntity)
        .findOne({ where: { tokenHash: parsed.hash } });
      if (!token) return;
      const session = await this.db.manager
        .getRepository(SessionEntity)
        .findOne({ where: { id: token.sessionId } });
      if (!session || session.revokedAt) return;
      await this.revokeInTransaction(session, 'logout');
      await this.audit.record({
        organisationId: session.organisationId,
        actorUserId: session.userId,
        action: 'auth.logout',
        targetType: 'session',
        targetId: session.id,
      });
    });
  }

  /** Revokes every live session of a user except `keepSessionId`, in the current transaction. */
  async revokeAllOfUser(
    userId: string,
    reason: string,
    keepSessionId: string | null = null,
  ): Promise<number> {
    const result = await this.db.manager
      .getRepository(SessionEntity)
      .update(
        { userId, revokedAt: IsNull(), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) },
        { revokedAt: new Date(), revokedReason: reason },
      );
    return result.affected ?? 0;
  }

  private async revokeInTransaction(session: SessionEntity, reason: string): Promise<void> {
    await this.db.manager
      .getRepository(SessionEntity)
      .update({ id: session.id }, { revokedAt: new Date(), revokedReason: reason });
  }

  private async issue(session: SessionEntity): Promise<IssuedTokens> {
    const { token, hash } = newOpaqueToken(session.organisationId);
    const expiresAt = Math.min(
      Date.now() + this.config.refreshTokenTtlSeconds * 1000,
      session.expiresAt.getTime(),
    );
    await this.db.manager.getRepository(RefreshTokenEntity).insert({
      organisationId: session.organisationId,
      sessionId: session.id,
      tokenHash: hash,
      expiresAt: new Date(expiresAt),
    });
    const claims: AccessTokenClaims = {
      sub: session.userId,
      org: session.organisationId,
      sid: session.id,
      typ: 'access',
    };
    return {
      accessToken: await this.jwt.signAsync(claims),
      refreshToken: token,
      sessionId: session.id,
      userId: session.userId,
      organisationId: session.organisationId,
    };
  }
}
