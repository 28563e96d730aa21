import { describe, expect, it } from 'vitest';
import { isInvalidText } from '../validation/storable-text';
import { findBodyProblem, findForbiddenKey } from './body-content';

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

describe('findBodyProblem', () => {
  it.each([
    ['{"name":"a\\u0000b"}', 'name'],
    ['{"name":"\\ud800"}', 'name'],
    ['{"a":[1,{"b":"x\\udc00y"}]}', 'a.1.b'],
    ['{"ok\\u0000":1}', 'ok\ufffd'],
    ['{"\\ud83d":1}', '\ufffd'],
  ])('refuses NUL and lone surrogates in %s as invalid text at %s', (json, field) => {
    expect(findBodyProblem(JSON.parse(json))).toEqual({ field, code: 'text.invalid' });
  });

  it('accepts Chinese text, emoji (paired surrogates) and ordinary control characters', () => {
    expect(findBodyProblem(JSON.parse('{"name":"绩效评价 \\ud83d\\ude00\\t\\n"}'))).toBeNull();
    expect(isInvalidText('昌吉市财政局')).toBe(false);
  });
});
