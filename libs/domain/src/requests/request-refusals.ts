import type { MessageLocale } from '../messages';
import { refusalMessage, REFUSAL_MESSAGES, type RefusalCode } from '../evaluation/refusals';

/** Refusals only the request list has; the rest are the evaluation's own (refusals.ts). */
export const REQUEST_REFUSAL_MESSAGES = {
  request_wrong_status: {
    'zh-CN': '该资料项当前状态不能执行此操作',
    'en-US': 'Not possible in the item’s current status',
  },
  request_answer_empty: {
    'zh-CN': '请先填写说明或上传至少一个文件',
    'en-US': 'Write an explanation or upload at least one file first',
  },
  request_reason_required: {
    'zh-CN': '请填写原因',
    'en-US': 'A reason is required',
  },
} as const satisfies Record<string, Record<MessageLocale, string>>;

export type RequestRefusal = RefusalCode | keyof typeof REQUEST_REFUSAL_MESSAGES;

function isRequestOnly(code: RequestRefusal): code is keyof typeof REQUEST_REFUSAL_MESSAGES {
  return code in REQUEST_REFUSAL_MESSAGES && !(code in REFUSAL_MESSAGES);
}

export function requestRefusalMessage(code: RequestRefusal, locale: MessageLocale): string {
  return isRequestOnly(code) ? REQUEST_REFUSAL_MESSAGES[code][locale] : refusalMessage(code, locale);
}
