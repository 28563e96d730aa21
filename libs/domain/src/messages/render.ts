import { CATALOG, type MessageCode } from './catalog';
import type { Message, MessageLocale, MessageParam, MessageParams } from './message';

/** Builds a message of a known code. */
export function msg(code: MessageCode, params?: MessageParams): Message {
  return params === undefined ? { code } : { code, params };
}

/** Lists inside a message are joined like this ("a、b" / "a, b"); message lists like this ("a；b"). */
const LIST_SEPARATOR: Readonly<Record<MessageLocale, string>> = { 'zh-CN': '、', 'en-US': ', ' };
const PART_SEPARATOR: Readonly<Record<MessageLocale, string>> = { 'zh-CN': '；', 'en-US': '; ' };

type Piece = string | { param: string };

/** Templates split once into literal text and placeholders. */
const compiled = new Map<string, readonly Piece[]>();

function compile(template: string): readonly Piece[] {
  const pieces: Piece[] = [];
  const pattern = /\{(\w+)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match !== null; match = pattern.exec(template)) {
    if (match.index > last) pieces.push(template.slice(last, match.index));
    pieces.push({ param: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < template.length) pieces.push(template.slice(last));
  return pieces;
}

function isMessage(value: MessageParam): value is Message {
  return typeof value === 'object' && !Array.isArray(value) && 'code' in value;
}

function renderParam(value: MessageParam, locale: MessageLocale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isMessage(value)) return renderMessage(value, locale);
  const list = value as readonly MessageParam[];
  const separator = list.some((item) => typeof item === 'object' && isMessage(item))
    ? PART_SEPARATOR[locale]
    : LIST_SEPARATOR[locale];
  return list.map((item) => renderParam(item, locale)).join(separator);
}

/**
 * The text of a message in `locale` (zh-CN by default). An unknown code renders as the code itself
 * (so a newer server's message still shows something); a missing parameter renders as "".
 */
export function renderMessage(message: Message, locale: MessageLocale = 'zh-CN'): string {
  const entry = (CATALOG as Readonly<Record<string, Readonly<Record<MessageLocale, string>>>>)[message.code];
  if (entry === undefined) return message.code;
  const key = `${locale}\u0000${message.code}`;
  let pieces = compiled.get(key);
  if (pieces === undefined) {
    pieces = compile(entry[locale]);
    compiled.set(key, pieces);
  }
  let text = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') text += piece;
    else {
      const value = message.params?.[piece.param];
      if (value !== undefined) text += renderParam(value, locale);
    }
  }
  return text;
}

/** Several messages as one text: "a；b" / "a; b". */
export function renderMessages(messages: readonly Message[], locale: MessageLocale = 'zh-CN'): string {
  return messages.map((message) => renderMessage(message, locale)).join(PART_SEPARATOR[locale]);
}
