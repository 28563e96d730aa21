import { randomBytes } from 'node:crypto';
import { isUuid, sha256Hex } from '@jixiao/api-platform';

/**
 * Opaque tokens (refresh tokens, invitation links) are `<organisation id>.<256 random bits>`. The
 * organisation part only says where to look: the token is valid when its hash is found there, so a
 * forged prefix finds nothing. Only the hash is stored.
 */
export function newOpaqueToken(organisationId: string): { token: string; hash: string } {
  const token = `${organisationId}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: sha256Hex(token) };
}

export function parseOpaqueToken(token: unknown): { organisationId: string; hash: string } | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [organisationId, secret, ...rest] = token.split('.');
  if (!isUuid(organisationId) || !secret || secret.length < 40 || rest.length > 0) return null;
  return { organisationId, hash: sha256Hex(token) };
}
