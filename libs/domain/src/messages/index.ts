export type { Message, MessageLocale, MessageParam, MessageParams, MessageTemplates } from './message';
export { CATALOG, type MessageCode } from './catalog';
export { msg, renderMessage, renderMessages } from './render';
export { applyPlurals } from './plural';
