import type { MessageTemplates } from './message';

/** Feedback (征求意见, issue 11): problems of the form, opinions and answers, and the round's notifications. */
export const FEEDBACK_MESSAGES = {
  'feedback.anchor_unknown': {
    'zh-CN': '请选择报告中的章节或指标',
    'en-US': 'Choose a section or an indicator of the report',
  },
  'feedback.text_required': { 'zh-CN': '请填写意见内容', 'en-US': 'Write the opinion' },
  'feedback.text_too_long': { 'zh-CN': '意见内容不能超过 4000 字', 'en-US': 'At most 4,000 characters' },
  'feedback.too_long': { 'zh-CN': '内容过长', 'en-US': 'Too long' },
  'feedback.phone_invalid': { 'zh-CN': '请填写有效的电话号码', 'en-US': 'Enter a valid phone number' },
  'feedback.contact_required': { 'zh-CN': '请填写联系人', 'en-US': 'Enter the contact person' },
  'feedback.phone_required': { 'zh-CN': '请填写联系电话', 'en-US': 'Enter the phone number' },
  'feedback.no_opinion_with_opinions': {
    'zh-CN': '已填写意见，不能同时选择“无意见”',
    'en-US': 'There are opinions: “no opinion” cannot be chosen as well',
  },
  'feedback.opinions_or_none': {
    'zh-CN': '请至少填写一条意见，或选择“无意见”',
    'en-US': 'Add at least one opinion, or choose “no opinion”',
  },
  'feedback.reason_required': { 'zh-CN': '请填写理由', 'en-US': 'Give the reason' },
  'feedback.reason_too_long': { 'zh-CN': '理由不能超过 4000 字', 'en-US': 'At most 4,000 characters' },
  'feedback.changes_required': {
    'zh-CN': '采纳的意见请关联其引起的得分或文字修改',
    'en-US': 'Link an adopted opinion to the score or text changes it caused',
  },
  'feedback.changes_on_rejected': {
    'zh-CN': '不予采纳的意见不关联修改',
    'en-US': 'A rejected opinion links no changes',
  },
  'feedback.too_many_changes': { 'zh-CN': '关联的修改过多', 'en-US': 'Too many linked changes' },
  'feedback.change_unknown': {
    'zh-CN': '该修改已不在交换意见稿与当前报告的差异中，请刷新后重新选择',
    'en-US':
      'This change is no longer between the draft for feedback and the report now; reload and choose again',
  },
  'feedback.scan_unknown': {
    'zh-CN': '请上传盖章的征求意见表扫描件',
    'en-US': 'Upload the scan of the stamped form',
  },
  'notification.feedback_signed': {
    'zh-CN': '「{title}」：被评价单位已签署征求意见表（{count} 条意见），请逐条答复',
    'en-US':
      '「{title}」: the unit signed its feedback form ({count, plural, one {# opinion} other {# opinions}}); answer each one',
  },
  'notification.feedback_due_soon': {
    'zh-CN': '「{title}」：征求意见表将于 {dueDate} 到期（还有 {days} 天），请填写并由负责人签署',
    'en-US':
      '「{title}」: the feedback form is due on {dueDate} ({days, plural, one {# day} other {# days}} left); fill it and have the head sign it',
  },
  'notification.feedback_due_today': {
    'zh-CN': '「{title}」：征求意见表今天（{dueDate}）到期，请填写并由负责人签署',
    'en-US': '「{title}」: the feedback form is due today ({dueDate}); fill it and have the head sign it',
  },
  'notification.feedback_overdue': {
    'zh-CN': '「{title}」：征求意见表已于 {dueDate} 到期，已逾期 {days} 天',
    'en-US':
      '「{title}」: the feedback form was due on {dueDate}: {days, plural, one {# day} other {# days}} overdue',
  },
} as const satisfies Record<string, MessageTemplates>;
