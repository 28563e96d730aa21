import type { Locale } from '@jixiao/contracts';

/** The request-list workbook: one sheet, a header row, one item per row. */
export const REQUEST_SHEET = '资料清单';
export const REQUEST_COLUMNS = {
  seq: '序号',
  title: '资料名称',
  reason: '用途说明',
  indicators: '关联指标',
  dueDate: '截止日期',
  required: '是否必需',
  status: '状态',
} as const;
/** More items than any real list; a sheet beyond it is refused rather than read. */
export const MAX_REQUEST_ROWS = 500;

/** Why a row (or the file) cannot be imported; each with a message per locale. */
export const REQUEST_IMPORT_MESSAGES = {
  unreadable: {
    'zh-CN': '文件无法读取，请上传 .xlsx 文件',
    'en-US': 'The file cannot be read; upload an .xlsx file',
  },
  sheet_missing: {
    'zh-CN': '找不到工作表“资料清单”或其表头（须含“资料名称”列）',
    'en-US': 'No sheet “资料清单” with a header row containing “资料名称”',
  },
  empty: { 'zh-CN': '表格中没有资料项', 'en-US': 'The sheet lists no items' },
  too_many_rows: {
    'zh-CN': `资料项超过 ${MAX_REQUEST_ROWS} 条，未导入`,
    'en-US': `More than ${MAX_REQUEST_ROWS} items; nothing imported`,
  },
  title_missing: { 'zh-CN': '第 {row} 行：资料名称不能为空', 'en-US': 'Row {row}: the title is empty' },
  title_too_long: {
    'zh-CN': '第 {row} 行：资料名称不能超过 200 个字符',
    'en-US': 'Row {row}: the title has more than 200 characters',
  },
  reason_too_long: {
    'zh-CN': '第 {row} 行：用途说明不能超过 2000 个字符',
    'en-US': 'Row {row}: the reason has more than 2000 characters',
  },
  bad_date: {
    'zh-CN': '第 {row} 行：截止日期“{value}”不是有效日期（格式 YYYY-MM-DD）',
    'en-US': 'Row {row}: due date “{value}” is not a date (YYYY-MM-DD)',
  },
  bad_required: {
    'zh-CN': '第 {row} 行：是否必需应填“是”或“否”，而不是“{value}”',
    'en-US': 'Row {row}: “是否必需” must be 是 or 否, not “{value}”',
  },
  unknown_indicator: {
    'zh-CN': '第 {row} 行：指标“{value}”不在本项目的评价指标体系中',
    'en-US': 'Row {row}: indicator “{value}” is not in the evaluation’s indicator system',
  },
  too_many_indicators: {
    'zh-CN': '第 {row} 行：关联指标不能超过 50 个',
    'en-US': 'Row {row}: more than 50 linked indicators',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type RequestImportCode = keyof typeof REQUEST_IMPORT_MESSAGES;
