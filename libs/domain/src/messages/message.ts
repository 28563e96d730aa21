/**
 * Text the engine, the validators and the importers produce for people, as data: a stable code and
 * its parameters. `renderMessage` (render.ts) turns it into zh-CN or en-US text with the catalogs of
 * this folder, so the API and the web app show the same words.
 */

/** A parameter: a plain value (names, numbers already formatted), another message, or a list of them. */
export type MessageParam = string | number | Message | readonly MessageParam[];

export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface Message {
  code: string;
  params?: MessageParams;
}

/** The languages messages are rendered in; `zh-CN` is the default. */
export type MessageLocale = 'zh-CN' | 'en-US';

/** One catalog entry: a template per locale with `{name}` placeholders. */
export type MessageTemplates = Readonly<Record<MessageLocale, string>>;
