import { describe, expect, it } from 'vitest';
import { findForbiddenKey } from './forbidden-keys';

describe('findForbiddenKey', () => {
  it('finds prototype-polluting keys at any depth', () => {
    expect(findForbiddenKey(JSON.parse('{"a":{"b":[{"__proto__":{"x":1}}]}}'))).toBe('a.b.0.__proto__');
    expect(findForbiddenKey({ constructor: { prototype: {} } })).toBe('constructor');
  });

  it('accepts ordinary bodies', () => {
    expect(findForbiddenKey({ email: 'a@b.c', roles: ['head'], nested: { proto: 1 } })).toBeNull();
    expect(findForbiddenKey(undefined)).toBeNull();
  });
});
