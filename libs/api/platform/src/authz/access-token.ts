/** Claims of the short-lived access token (HS256, issuer/audience checked, `typ` = access). */
export interface AccessTokenClaims {
  sub: string;
  org: string;
  sid: string;
  typ: 'access';
}

export const ACCESS_TOKEN_ISSUER = 'jixiao';
export const ACCESS_TOKEN_AUDIENCE = 'jixiao-api';
export const ACCESS_TOKEN_ALGORITHM = 'HS256';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function isAccessTokenClaims(payload: unknown): payload is AccessTokenClaims {
  if (typeof payload !== 'object' || payload === null) return false;
  const claims = payload as Record<string, unknown>;
  return (
    claims['typ'] === 'access' && isUuid(claims['sub']) && isUuid(claims['org']) && isUuid(claims['sid'])
  );
}
