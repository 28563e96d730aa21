import { msg } from '@jixiao/domain';
import { parseDecimalText, parseNumberText } from '../number-text';
import { fail, ok, type Parsed } from './parsed';
import { splitItems, splitPair, unquote } from './param-list';

/**
 * `键=值; 键=值` parameters with a fixed set of names: unknown, repeated and missing names are errors.
 * Values are read with the typed getters below, each giving a message on failure.
 */
export class KeyedParams {
  private constructor(private readonly values: ReadonlyMap<string, string>) {}

  static parse(
    text: string,
    required: readonly string[],
    optional: readonly string[] = [],
  ): Parsed<KeyedParams> {
    const values = new Map<string, string>();
    for (const item of splitItems(text)) {
      const pair = splitPair(item);
      if (pair === null) return fail('param.not_pair', { item });
      const name = pair.left.replace(/\s+/g, '');
      if (!required.includes(name) && !optional.includes(name)) {
        return fail('param.unknown_name', { name, names: [...required, ...optional] });
      }
      if (values.has(name)) return fail('param.repeated', { name });
      values.set(name, pair.right);
    }
    const missing = required.filter((name) => !values.has(name));
    if (missing.length > 0)
      return fail('param.missing', { names: missing.map((name) => msg('param.quoted', { name })) });
    return ok(new KeyedParams(values));
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  text(name: string): string {
    return this.values.get(name) ?? '';
  }

  number(name: string): Parsed<number> {
    const value = parseNumberText(this.text(name));
    return value === null ? fail('param.not_number', { name, text: this.text(name) }) : ok(value);
  }

  decimal(name: string): Parsed<string> {
    const value = parseDecimalText(this.text(name));
    return value === null ? fail('param.not_number', { name, text: this.text(name) }) : ok(value);
  }

  optionalDecimal(name: string): Parsed<string | undefined> {
    return this.has(name) ? this.decimal(name) : ok(undefined);
  }

  choice<T extends string>(name: string, choices: Record<string, T>): Parsed<T> {
    const raw = unquote(this.text(name)) ?? '';
    const value = choices[raw];
    return value === undefined
      ? fail('param.not_choice', { name, choices: Object.keys(choices).join('/'), text: raw })
      : ok(value);
  }
}

/** Unwraps several results, or the first failure. */
export function all<T extends readonly Parsed<unknown>[]>(
  ...results: T
): Parsed<{ [K in keyof T]: T[K] extends Parsed<infer V> ? V : never }> {
  const values: unknown[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    values.push(result.value);
  }
  return ok(values as { [K in keyof T]: T[K] extends Parsed<infer V> ? V : never });
}
