import type { MessageTemplates } from './message';

/** Problems found while reading an indicator-system workbook (libs/api/frameworks/src/excel). */
export const IMPORT_MESSAGES = {
  'import.at_cell': {
    'zh-CN': '第 {row} 行「{column}」{detail}',
    'en-US': 'Row {row}, column 「{column}」: {detail}',
  },
  'import.at_indicator': {
    'zh-CN': '第 {row} 行「{column}」（指标 {id}）：{detail}',
    'en-US': 'Row {row}, column 「{column}」 (indicator {id}): {detail}',
  },
  'import.at_row': { 'zh-CN': '第 {row} 行{label}：{detail}', 'en-US': 'Row {row}{label}: {detail}' },
  'import.note_not_text': { 'zh-CN': '版本说明应为文字', 'en-US': 'The version note must be text' },
  'import.note_too_long': {
    'zh-CN': '版本说明不能超过 {max} 个字（现为 {length} 个字）',
    'en-US': 'The version note must be at most {max} characters (it has {length})',
  },
} as const satisfies Record<string, MessageTemplates>;
