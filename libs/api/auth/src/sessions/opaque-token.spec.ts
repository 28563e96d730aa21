import { describe, expect, it } from 'vitest';
import { newOpaqueToken, parseOpaqueToken } from './opaque-token';

const ORG = '3336c026-e2fc-4215-bfaf-e6645f558d13';

describe('opaque tokens', () => {
  it('round-trips: the parsed organisation and hash match the issued token', () => {
    const { token, hash } = newOpaqueToken(ORG);
    expect(parseOpaqueToken(token)).toEqual({ organisationId: ORG, hash });
  });

  it('issues a different secret every time', () => {
    expect(newOpaqueToken(ORG).token).not.toBe(newOpaqueToken(ORG).token);
  });

  it.each([
    undefined,
    42,
    '',
    'garbage',
    `${ORG}.short`,
    `not-a-uuid.${'a'.repeat(43)}`,
    `${ORG}.${'a'.repeat(43)}.extra`,
    'x'.repeat(500),
  ])('rejects %s', (value) => {
    expect(parseOpaqueToken(value)).toBeNull();
  });
});
