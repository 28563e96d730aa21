import type { FrameworkProblem } from './evaluation.model';
import { error } from './problems';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads fields of untrusted JSON, recording a problem (with the path) for every mismatch. */
export class JsonReader {
  readonly problems: FrameworkProblem[] = [];

  fail(code: string, nodeId: string | null, path: string, message: string): null {
    this.problems.push(error(code, nodeId, `${path}：${message}`));
    return null;
  }

  object(value: unknown, path: string, nodeId: string | null): JsonObject | null {
    return isObject(value) ? value : this.fail('parse.not_object', nodeId, path, '应为对象');
  }

  array(value: unknown, path: string, nodeId: string | null): unknown[] | null {
    return Array.isArray(value) ? value : this.fail('parse.wrong_type', nodeId, path, '应为数组');
  }

  string(object: JsonObject, key: string, path: string, nodeId: string | null): string | null {
    const value = object[key];
    if (value === undefined) return this.fail('parse.missing_field', nodeId, `${path}.${key}`, '缺少此项');
    return typeof value === 'string'
      ? value
      : this.fail('parse.wrong_type', nodeId, `${path}.${key}`, '应为字符串');
  }

  number(object: JsonObject, key: string, path: string, nodeId: string | null): number | null {
    const value = object[key];
    if (value === undefined) return this.fail('parse.missing_field', nodeId, `${path}.${key}`, '缺少此项');
    return typeof value === 'number' && Number.isFinite(value)
      ? value
      : this.fail('parse.wrong_type', nodeId, `${path}.${key}`, '应为数值');
  }

  /** An optional field: `undefined` when absent, `null` when present but wrong. */
  optional<T>(
    object: JsonObject,
    key: string,
    read: (object: JsonObject, key: string, path: string, nodeId: string | null) => T | null,
    path: string,
    nodeId: string | null,
  ): T | null | undefined {
    return object[key] === undefined ? undefined : read(object, key, path, nodeId);
  }

  boolean(object: JsonObject, key: string, path: string, nodeId: string | null): boolean | null {
    const value = object[key];
    if (value === undefined) return this.fail('parse.missing_field', nodeId, `${path}.${key}`, '缺少此项');
    return typeof value === 'boolean'
      ? value
      : this.fail('parse.wrong_type', nodeId, `${path}.${key}`, '应为布尔值');
  }

  oneOf<T extends string>(
    object: JsonObject,
    key: string,
    allowed: readonly T[],
    path: string,
    nodeId: string | null,
  ): T | null {
    const value = this.string(object, key, path, nodeId);
    if (value === null) return null;
    const match = allowed.find((candidate) => candidate === value);
    return (
      match ??
      this.fail('parse.bad_value', nodeId, `${path}.${key}`, `“${value}”不是 ${allowed.join('/')} 之一`)
    );
  }
}
