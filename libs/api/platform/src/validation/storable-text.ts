// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const NUL_OR_LONE_SURROGATE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NUL_OR_LONE_SURROGATES = new RegExp(NUL_OR_LONE_SURROGATE.source, 'g');

/**
 * Text PostgreSQL cannot store (NUL in `text` and `jsonb`) or that is not Unicode (a lone UTF-16
 * surrogate, which `\ud800` in JSON produces).
 */
export function isInvalidText(text: string): boolean {
  return NUL_OR_LONE_SURROGATE.test(text);
}

/** The text with every NUL and lone surrogate replaced by U+FFFD, so it can be stored as evidence. */
export function storableText(text: string): string {
  return text.replace(NUL_OR_LONE_SURROGATES, '\ufffd');
}

/** A JSON-like value with every string (keys included) made storable. */
export function storableValue(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableValue);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, nested]) => [storableText(key), storableValue(nested)]),
  );
}
