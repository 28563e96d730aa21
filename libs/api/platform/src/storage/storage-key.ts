/** A key that could escape the storage root or collide with the driver's own files. A programming error. */
export class InvalidStorageKeyError extends Error {
  constructor(readonly key: string) {
    super(`Invalid storage key ${JSON.stringify(key.slice(0, 80))}`);
    this.name = 'InvalidStorageKeyError';
  }
}

/** Segments start with a letter, digit, `_` or `-` (so never `.`, `..` or a hidden name). */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;
const MAX_SEGMENTS = 16;

/**
 * Keys are `/`-separated segments of ASCII letters, digits, `.`, `_` and `-`: relative, no empty,
 * `.` or `..` segment, no backslash, no control or non-ASCII character, at most 512 characters.
 */
export function isValidStorageKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  const segments = key.split('/');
  return segments.length <= MAX_SEGMENTS && segments.every((segment) => SEGMENT.test(segment));
}

export function assertStorageKey(key: string): string {
  if (typeof key !== 'string' || !isValidStorageKey(key)) throw new InvalidStorageKeyError(String(key));
  return key;
}
