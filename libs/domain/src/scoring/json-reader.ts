import type { FrameworkProblem } from './evaluation.model';
import { error } from './problems';
import type { MessageCode } from '../messages/catalog';
import type { MessageParams } from '../messages/message';
import { msg } from '../messages/render';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads fields of untrusted JSON, recording a problem (with the path) for every mismatch. */
export class JsonReader {
  readonly problems: FrameworkProblem[] = [];

  fail(code: MessageCode, nodeId: string | null, path: string, params: MessageParams = {}): null {
    this.problems.push(error(code, nodeId, { path, ...params }));
    return null;
  }

  private wrongType(nodeId: string | null, path: string, type: MessageCode): null {
    return this.fail('parse.wrong_type', nodeId, path, { type: msg(type) });
  }

  object(value: unknown, path: string, nodeId: string | null): JsonObject | null {
    return isObject(value) ? value : this.fail('parse.not_object', nodeId, path);
  }

  array(value: unknown, path: string, nodeId: string | null): unknown[] | null {
    return Array.isArray(value) ? value : this.wrongType(nodeId, path, 'type.array');
  }

  string(object: JsonObject, key: string, path: string, nodeId: string | null): string | null {
    const value = object[key];
    if (value === undefined) return this.fail('parse.missing_field', nodeId, `${path}.${key}`);
    if (typeof value !== 'string') return this.wrongType(nodeId, `${path}.${key}`, 'type.string');
    // PostgreSQL cannot store U+0000 in text or jsonb: refused here rather than by the database.
    return value.includes('\u0000') ? this.fail('parse.nul_character', nodeId, `${path}.${key}`) : value;
  }

  number(object: JsonObject, key: string, path: string, nodeId: string | null): number | null {
    const value = object[key];
    if (value === undefined) return this.fail('parse.missing_field', nodeId, `${path}.${key}`);
    return typeof value === 'number' && Number.isFinite(value)
      ? value
      : this.wrongType(nodeId, `${path}.${key}`, 'type.number');
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
    if (value === undefined) return this.fail('parse.missing_field', nodeId, `${path}.${key}`);
    return typeof value === 'boolean' ? value : this.wrongType(nodeId, `${path}.${key}`, 'type.boolean');
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
      match ?? this.fail('parse.bad_value', nodeId, `${path}.${key}`, { value, allowed: allowed.join('/') })
    );
  }
}
