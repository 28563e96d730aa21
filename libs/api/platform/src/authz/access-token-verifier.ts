import { Inject, Injectable } from '@nestjs/common';
import { createVerifier } from 'fast-jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  isAccessTokenClaims,
  type AccessTokenClaims,
} from './access-token';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;
/**
 * Verified tokens kept (LRU, keyed by a hash of the token, never beyond the token's `exp`): a signed-in
 * user sends the same token for up to ten minutes, and re-verifying it cost every request more than
 * the rest of its authentication (tools/bench/bare-vs-product.mjs profile). Revocation does not
 * depend on this: every authorised request re-reads its session in its own transaction.
 */
const VERIFIED_TOKENS_CACHED = 2000;

/**
 * Verifies a bearer access token's signature (HS256 only), issuer, audience, expiry and type with
 * fast-jwt. Answers the claims, or null for anything else. Tokens are signed by the JwtModule
 * (jsonwebtoken) with the same secret.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly verifyToken: (token: string) => unknown;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'jwtSecret'>) {
    this.verifyToken = createVerifier({
      key: config.jwtSecret,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      allowedIss: ACCESS_TOKEN_ISSUER,
      allowedAud: ACCESS_TOKEN_AUDIENCE,
      requiredClaims: ['exp', 'iss', 'aud'],
      cache: VERIFIED_TOKENS_CACHED,
    });
  }

  verify(authorization: string | undefined): AccessTokenClaims | null {
    const token = authorization ? BEARER.exec(authorization)?.[1] : undefined;
    if (!token) return null;
    try {
      const payload = this.verifyToken(token);
      return isAccessTokenClaims(payload) ? payload : null;
    } catch {
      return null;
    }
  }
}
