import type { MessageLocale } from '../messages';

/** Why a piece of feedback work is refused (besides the evaluation's own refusals of WORK_RULES). */
export const FEEDBACK_REFUSAL_MESSAGES = {
  feedback_signed: {
    'zh-CN': '征求意见表已由单位负责人签署，不能再修改',
    'en-US': 'The feedback form is signed by the unit head and can no longer change',
  },
  feedback_not_signed: {
    'zh-CN': '被评价单位尚未签署征求意见表，暂不能答复其意见',
    'en-US': 'The unit has not signed its feedback form yet; its opinions cannot be answered',
  },
  feedback_invalid: {
    'zh-CN': '征求意见表填写不完整，请按提示补充',
    'en-US': 'The feedback form is incomplete; complete the fields shown',
  },
  opinion_answered: {
    'zh-CN': '该意见已答复，不能再修改或删除',
    'en-US': 'This opinion is answered and can no longer change',
  },
  feedback_version_missing: {
    'zh-CN': '请先保存交换意见稿，再发送征求意见',
    'en-US': 'Save the draft for feedback (交换意见稿) before sending it',
  },
  opinion_not_own: {
    'zh-CN': '只能修改本单位提出的意见',
    'en-US': 'Only opinions of your own organisation can be changed',
  },
} as const satisfies Record<string, Record<MessageLocale, string>>;

export type FeedbackRefusal = keyof typeof FEEDBACK_REFUSAL_MESSAGES;

export function feedbackRefusalMessage(code: FeedbackRefusal, locale: MessageLocale): string {
  return FEEDBACK_REFUSAL_MESSAGES[code][locale];
}
