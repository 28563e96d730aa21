/** A random UUID v4; `crypto.randomUUID` exists only in secure contexts, so fall back to getRandomValues. */
export function newUuid(source: Crypto = globalThis.crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One Idempotency-Key per intended request: pressing confirm again with the same content (a retry
 * after a lost answer) reuses the key, so the API answers with the first result; changed content
 * is a new request and gets a new key.
 */
export class IdempotencyKeys {
  private last: { body: string; key: string } | null = null;

  constructor(private readonly generate: () => string = () => newUuid()) {}

  keyFor(request: unknown): string {
    const body = JSON.stringify(request);
    if (this.last?.body !== body) this.last = { body, key: this.generate() };
    return this.last.key;
  }

  /** Forget the key once the request has been answered (success or a definite refusal). */
  reset(): void {
    this.last = null;
  }
}
