import { describe, expect, it } from 'vitest';
import { JSON_SHAPE_LIMITS, jsonShapeProblem } from './json-shape';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('jsonShapeProblem', () => {
  it('accepts ordinary bodies, strings full of brackets and escaped quotes included', () => {
    expect(jsonShapeProblem(bytes('{"email":"a@b.c","roles":["head"],"n":{"x":[1,2,{}]}}'))).toBeNull();
    expect(jsonShapeProblem(bytes(`{"text":"${'[{,:'.repeat(20_000)}\\"]"}`))).toBeNull();
    expect(jsonShapeProblem(bytes('[]'))).toBeNull();
  });

  it('refuses nesting past the bound', () => {
    const depth = JSON_SHAPE_LIMITS.maxDepth;
    expect(jsonShapeProblem(bytes('['.repeat(depth) + ']'.repeat(depth)))).toBeNull();
    expect(jsonShapeProblem(bytes('['.repeat(depth + 1) + ']'.repeat(depth + 1)))).toBe('json.too_deep');
    expect(jsonShapeProblem(bytes('['.repeat(5000)))).toBe('json.too_deep');
  });

  it('refuses an object with too many keys, counting keys not commas inside strings', () => {
    const keys = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":"a,b"`).join(',')}}`;
    expect(jsonShapeProblem(bytes(keys(JSON_SHAPE_LIMITS.maxKeysPerObject)))).toBeNull();
    expect(jsonShapeProblem(bytes(keys(JSON_SHAPE_LIMITS.maxKeysPerObject + 1)))).toBe('json.too_many_keys');
    expect(jsonShapeProblem(bytes(keys(150_000)))).toBe('json.too_many_keys');
  });

  it('refuses a long array and too many values in total', () => {
    const array = (n: number) => `[${Array.from({ length: n }, () => '1').join(',')}]`;
    expect(jsonShapeProblem(bytes(array(JSON_SHAPE_LIMITS.maxArrayLength)))).toBeNull();
    expect(jsonShapeProblem(bytes(array(JSON_SHAPE_LIMITS.maxArrayLength + 1)))).toBe('json.array_too_long');
    const many = `[${Array.from({ length: 20 }, () => array(9000)).join(',')}]`;
    expect(jsonShapeProblem(bytes(many))).toBe('json.too_many_values');
  });

  it('scans a 2 MB hostile body in milliseconds', () => {
    const hostile = bytes(`{${Array.from({ length: 150_000 }, (_, i) => `"k${i}":1`).join(',')}}`);
    const started = performance.now();
    jsonShapeProblem(hostile);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
