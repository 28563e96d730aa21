import { IdempotencyKeys, newUuid } from './idempotency';

describe('IdempotencyKeys', () => {
  it('reuses the key for a retry of the same request and makes a new one for changed content', () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `k${++n}`);
    const first = keys.keyFor({ event: 'ACCEPT', version: 3 });
    expect(keys.keyFor({ event: 'ACCEPT', version: 3 })).toBe(first);
    expect(keys.keyFor({ event: 'DECLINE', version: 3, comment: '忙' })).not.toBe(first);
  });

  it('makes a new key after reset', () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `k${++n}`);
    const first = keys.keyFor({ event: 'ACCEPT', version: 3 });
    keys.reset();
    expect(keys.keyFor({ event: 'ACCEPT', version: 3 })).not.toBe(first);
  });
});

describe('newUuid', () => {
  it('builds a version-4 UUID from random bytes when randomUUID is unavailable', () => {
    const fake = { getRandomValues: <T extends ArrayBufferView>(array: T): T => array } as unknown as Crypto;
    expect(newUuid(fake)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
