import { msg, type Message, type MessageCode, type MessageParams } from '@jixiao/domain';

/** The outcome of reading one cell's text: a value, or the reason (a message for the user) it is not one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Message };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: MessageCode, params?: MessageParams): Parsed<T> {
  return { ok: false, message: msg(code, params) };
}
