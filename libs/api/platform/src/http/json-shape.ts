import type { FieldProblem } from '../errors/app-error';

/**
 * Bounds on the shape of a JSON request body, checked on the raw bytes before `JSON.parse` and long
 * before class-transformer (whose per-object key de-duplication is quadratic). The largest honest
 * body, an indicator system of a few hundred indicators with their scoring standards, stays far
 * below each of them.
 */
export const JSON_SHAPE_LIMITS = {
  /** Nesting of objects and arrays. */
  maxDepth: 32,
  /** Keys of any one object. */
  maxKeysPerObject: 1000,
  /** Elements of any one array. */
  maxArrayLength: 10_000,
  /** Keys and array elements in the whole body. */
  maxValues: 100_000,
} as const;

export type JsonShapeCode =
  'json.too_deep' | 'json.too_many_keys' | 'json.array_too_long' | 'json.too_many_values';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isWhitespace(byte: number): boolean {
  return byte === SPACE || byte === TAB || byte === LF || byte === CR;
}

/**
 * One linear pass over the raw body: the first bound it breaks, or null. Malformed JSON is left to
 * the parser (the scan only needs to be right for well-formed input and finite for any input).
 */
export function jsonShapeProblem(body: Uint8Array, limits = JSON_SHAPE_LIMITS): JsonShapeCode | null {
  /** Per open container: whether it is an object, and how many entries it has so far. */
  const isObject: boolean[] = [];
  const entries: number[] = [];
  let inString = false;
  let values = 0;
  for (let index = 0; index < body.length; index += 1) {
    const byte = body[index] as number;
    if (inString) {
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    if (isWhitespace(byte)) continue;
    const depth = entries.length;
    if (depth > 0 && entries[depth - 1] === 0 && byte !== CLOSE_ARRAY && byte !== CLOSE_OBJECT) {
      // The first entry of a container begins here.
      entries[depth - 1] = 1;
      values += 1;
    }
    switch (byte) {
      case QUOTE:
        inString = true;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        if (depth >= limits.maxDepth) return 'json.too_deep';
        isObject.push(byte === OPEN_OBJECT);
        entries.push(0);
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        isObject.pop();
        entries.pop();
        break;
      case COMMA: {
        if (depth === 0) break;
        const count = (entries[depth - 1] as number) + 1;
        entries[depth - 1] = count;
        values += 1;
        if (isObject[depth - 1] === true) {
          if (count > limits.maxKeysPerObject) return 'json.too_many_keys';
        } else if (count > limits.maxArrayLength) return 'json.array_too_long';
        break;
      }
      default:
        break;
    }
    if (values > limits.maxValues) return 'json.too_many_values';
  }
  return null;
}

/** Thrown from body-parser's `verify` hook; mapped to VALIDATION_FAILED by the error handler. */
export class JsonShapeError extends Error {
  readonly type = 'entity.shape.refused';

  constructor(readonly problem: FieldProblem) {
    super(problem.code);
    this.name = 'JsonShapeError';
  }
}

/** body-parser `verify` hook: refuses a body whose shape breaks a bound, before it is parsed. */
export function verifyJsonShape(_request: unknown, _response: unknown, body: Buffer): void {
  const code = jsonShapeProblem(body);
  if (code) throw new JsonShapeError({ field: 'body', code });
}
