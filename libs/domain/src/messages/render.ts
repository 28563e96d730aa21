import { CATALOG, type MessageCode } from './catalog';
import type { Message, MessageLocale, MessageParam, MessageParams } from './message';
import { FIGURE_NAME, figureLabel } from '../scoring/figures';
import { choosePlural, PLURAL_BLOCK, pluralForms } from './plural';

/** A name rendered from data rather than a template (a figure's name in the reader's language). */
function renderName(message: Message, locale: MessageLocale): string | null {
  if (message.code !== FIGURE_NAME) return null;
  const key = message.params?.['key'];
  return typeof key === 'string' ? figureLabel(key, locale) : '';
}

/** Builds a message of a known code. */
export function msg(code: MessageCode, params?: MessageParams): Message {
  return params === undefined ? { code } : { code, params };
}

/** Lists inside a message are joined like this ("a、b" / "a, b"); message lists like this ("a；b"). */
const LIST_SEPARATOR: Readonly<Record<MessageLocale, string>> = { 'zh-CN': '、', 'en-US': ', ' };
const PART_SEPARATOR: Readonly<Record<MessageLocale, string>> = { 'zh-CN': '；', 'en-US': '; ' };

type Piece = string | { param: string } | { plural: string; forms: ReadonlyMap<string, string> };

/** Templates split once into literal text and placeholders, per locale. */
const compiled: Readonly<Record<MessageLocale, Map<string, readonly Piece[] | null>>> = {
  'zh-CN': new Map(),
  'en-US': new Map(),
};

const TEMPLATES = CATALOG as Readonly<Record<string, Readonly<Record<MessageLocale, string>> | undefined>>;

function compile(code: string, locale: MessageLocale): readonly Piece[] | null {
  const template = TEMPLATES[code]?.[locale];
  if (template === undefined) return null;
  const pieces: Piece[] = [];
  // A plural block (plural.ts) or a placeholder, whichever comes first.
  const pattern = new RegExp(`${PLURAL_BLOCK.source}|\\{(\\w+)\\}`, 'g');
  let last = 0;
  for (let match = pattern.exec(template); match !== null; match = pattern.exec(template)) {
    if (match.index > last) pieces.push(template.slice(last, match.index));
    const [, plural, forms, param] = match;
    pieces.push(plural !== undefined ? { plural, forms: pluralForms(forms ?? '') } : { param: param ?? '' });
    last = match.index + match[0].length;
  }
  if (last < template.length) pieces.push(template.slice(last));
  return pieces;
}

function renderParam(value: MessageParam, locale: MessageLocale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (!Array.isArray(value)) return renderMessage(value as Message, locale);
  const list = value as readonly MessageParam[];
  let text = '';
  let separator = LIST_SEPARATOR[locale];
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as MessageParam;
    // A list of names reads like a list of words; a list of sentences is separated like sentences.
    if (typeof item === 'object' && !Array.isArray(item) && (item as Message).code !== FIGURE_NAME) {
      separator = PART_SEPARATOR[locale];
    }
  }
  for (let i = 0; i < list.length; i++)
    text += (i === 0 ? '' : separator) + renderParam(list[i] as MessageParam, locale);
  return text;
}

/**
 * The text of a message in `locale` (zh-CN by default). An unknown code renders as the code itself
 * (so a newer server's message still shows something); a missing parameter renders as "".
 */
export function renderMessage(message: Message, locale: MessageLocale = 'zh-CN'): string {
  const name = renderName(message, locale);
  if (name !== null) return name;
  const cache = compiled[locale];
  let pieces = cache.get(message.code);
  if (pieces === undefined) {
    pieces = compile(message.code, locale);
    cache.set(message.code, pieces);
  }
  if (pieces === null) return message.code;
  const params = message.params;
  let text = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') text += piece;
    else if ('plural' in piece) {
      const value = params?.[piece.plural];
      if (typeof value === 'number' || typeof value === 'string') {
        text += choosePlural(piece.forms, value, locale) ?? '';
      }
    } else if (params !== undefined) {
      const value = params[piece.param];
      if (value !== undefined) text += renderParam(value, locale);
    }
  }
  return text;
}

/** Several messages as one text: "a；b" / "a; b". */
export function renderMessages(messages: readonly Message[], locale: MessageLocale = 'zh-CN'): string {
  return messages.map((message) => renderMessage(message, locale)).join(PART_SEPARATOR[locale]);
}
