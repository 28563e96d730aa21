/**
 * The shared syntax of 规则参数 texts: items separated by ";" (or "；"), each `left=right` (or "＝").
 * A text containing a separator, a quote, or leading/trailing spaces is written in double quotes with
 * `""` for a quote inside: `"A=1"`.
 */

const ITEM_SEPARATORS = new Set([';', '；']);
const PAIR_SEPARATORS = new Set(['=', '＝']);

/** Splits on any of `separators` outside double quotes; `limit` = maximal number of parts. */
function splitOutsideQuotes(text: string, separators: ReadonlySet<string>, limit = Infinity): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && separators.has(char) && parts.length < limit - 1) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** The items of a parameter text, blank ones dropped. */
export function splitItems(text: string): string[] {
  return splitOutsideQuotes(text, ITEM_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `left=right` at the LAST "=" outside quotes (so `<=` style text stays on the left); null without one. */
export function splitPair(item: string): { left: string; right: string } | null {
  const parts = splitOutsideQuotes(item, PAIR_SEPARATORS);
  if (parts.length < 2) return null;
  const right = parts.pop() ?? '';
  return { left: parts.join('=').trim(), right: right.trim() };
}

/** A token: a quoted text (unescaped) or the trimmed raw text. Null for an unterminated quote. */
export function unquote(token: string): string | null {
  const text = token.trim();
  if (!text.startsWith('"')) return text;
  if (text.length < 2 || !text.endsWith('"')) return null;
  const inner = text.slice(1, -1);
  if (inner.replace(/""/g, '').includes('"')) return null;
  return inner.replace(/""/g, '"');
}

/** Reads a leading token (quoted or up to whitespace) and returns it with the rest of the text. */
export function leadingToken(text: string): { token: string; rest: string } | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('"')) {
    const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
    return match ? { token: match[1] ?? '', rest: match[2] ?? '' } : null;
  }
  let index = 1;
  while (index < trimmed.length) {
    if (trimmed[index] === '"') {
      if (trimmed[index + 1] === '"') index += 2;
      else break;
    } else index += 1;
  }
  if (index >= trimmed.length) return null;
  const token = unquote(trimmed.slice(0, index + 1));
  return token === null ? null : { token, rest: trimmed.slice(index + 1).trim() };
}

const NEEDS_QUOTES = /[;；=＝"]/;

/** Quotes a text when reading it back unquoted would change it; `noSpaces` also quotes inner whitespace. */
export function quoteIfNeeded(text: string, noSpaces = false): string {
  const plain =
    text !== '' && !NEEDS_QUOTES.test(text) && text === text.trim() && !(noSpaces && /\s/.test(text));
  return plain ? text : `"${text.replace(/"/g, '""')}"`;
}
