import { createSecretKey, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessGuard, type RequestWithClaims } from './access.guard';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from './access-token';
import { AccessTokenVerifier } from './access-token-verifier';
import { Authorized, PublicEndpoint } from './endpoint.decorator';
import { AppError } from '../errors/app-error';

class Routes {
  undecorated(): void {
    return undefined;
  }

  @PublicEndpoint()
  open(): void {
    return undefined;
  }

  @Authorized('read', 'User')
  guarded(): void {
    return undefined;
  }
}

const secret = 'a-test-secret-of-at-least-32-characters';
const key = createSecretKey(Buffer.from(secret));
const jwt = new JwtService({
  secret: key,
  signOptions: {
    algorithm: ACCESS_TOKEN_ALGORITHM,
    issuer: ACCESS_TOKEN_ISSUER,
    audience: ACCESS_TOKEN_AUDIENCE,
    expiresIn: 600,
  },
});
const claims = { sub: randomUUID(), org: randomUUID(), sid: randomUUID(), typ: 'access' as const };

function contextFor(
  handler: keyof Routes,
  request: Partial<RequestWithClaims> = { headers: {} },
): ExecutionContext {
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

/** An `alg: none` token with the given claims (valid for an hour) and a made-up signature part. */
function unsigned(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ ...payload, iss: ACCESS_TOKEN_ISSUER, aud: ACCESS_TOKEN_AUDIENCE, exp })}.c2lnbmF0dXJl`;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), new AccessTokenVerifier({ jwtSecret: secret }));

  it('refuses a route that declares no policy (fail closed)', () => {
    expect(() => guard.canActivate(contextFor('undecorated'))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', status: 403 }),
    );
  });

  it('lets a public route through without looking at a token', () => {
    const request = { headers: { authorization: 'Bearer not-a-token' } } as Partial<RequestWithClaims>;
    expect(guard.canActivate(contextFor('open', request))).toBe(true);
    expect(request.accessClaims).toBeUndefined();
  });

  it('hands the verified claims of a valid access token on to the request transaction', async () => {
    const request = {
      headers: { authorization: `Bearer ${await jwt.signAsync(claims)}` },
    } as Partial<RequestWithClaims>;
    expect(guard.canActivate(contextFor('guarded', request))).toBe(true);
    expect(request.accessClaims).toMatchObject(claims);
  });

  it('refuses a missing, forged, foreign-audience or non-access token as AUTH_REQUIRED', async () => {
    const valid = await jwt.signAsync(claims);
    const tokens = [
      undefined,
      valid,
      `${valid.slice(0, -4)}AAAA`,
      await jwt.signAsync(claims, { audience: 'somewhere-else' }),
      await jwt.signAsync({ ...claims, typ: 'refresh' }),
      await new JwtService({ secret: 'another-secret-of-at-least-32-characters' }).signAsync(claims),
      // Expired, signed with another HMAC, unsigned, or without an expiry at all.
      await jwt.signAsync(claims, { expiresIn: -10 }),
      await jwt.signAsync(claims, { algorithm: 'HS384' }),
      unsigned(claims),
      await new JwtService({ secret: key }).signAsync(claims, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
      }),
    ];
    const outcomes = tokens.map((token) => {
      const headers =
        token === undefined ? {} : { authorization: token === valid ? valid : `Bearer ${token}` };
      try {
        return guard.canActivate(contextFor('guarded', { headers } as Partial<RequestWithClaims>));
      } catch (error) {
        return error instanceof AppError ? error.code : error;
      }
    });
    expect(outcomes).toEqual(Array(tokens.length).fill('AUTH_REQUIRED'));
  });
});
