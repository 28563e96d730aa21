import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  isAccessTokenClaims,
  type AccessTokenClaims,
} from './access-token';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/**
 * Verifies a bearer access token's signature, algorithm, issuer, audience, expiry and type with the
 * JwtModule's key (a KeyObject, so jsonwebtoken does not re-derive a key on every request).
 * Answers the claims, or null for anything else.
 */
@Injectable()
export class AccessTokenVerifier {
  constructor(private readonly jwt: JwtService) {}

  verify(authorization: string | undefined): AccessTokenClaims | null {
    const token = authorization ? BEARER.exec(authorization)?.[1] : undefined;
    if (!token) return null;
    try {
      const payload: unknown = this.jwt.verify(token, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
      });
      return isAccessTokenClaims(payload) ? payload : null;
    } catch {
      return null;
    }
  }
}
