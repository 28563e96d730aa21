import type { EvaluationEventType } from '../evaluation/evaluation-events';
import type { MessageTemplates } from './message';

/**
 * What the notification centre and its e-mails say (libs/api/platform/src/jobs): one template per
 * notification, and per lifecycle event the words for "what just happened".
 */
const NOTIFICATION_TEMPLATES = {
  'notification.evaluation_commissioned': {
    'zh-CN': '财政局委托贵机构开展「{title}」，请确认是否接受',
    'en-US': 'Your firm is commissioned for 「{title}」: please accept or decline',
  },
  'notification.evaluation_transitioned': {
    'zh-CN': '「{title}」：{actor}{event}',
    'en-US': '「{title}」: {actor} — {event}',
  },
  'notification.due_soon': {
    'zh-CN': '「{title}」当前阶段将于 {dueDate} 到期（还有 {days} 天）',
    'en-US': 'The current phase of 「{title}」 is due on {dueDate} ({days} days left)',
  },
  'notification.due_today': {
    'zh-CN': '「{title}」当前阶段今天（{dueDate}）到期',
    'en-US': 'The current phase of 「{title}」 is due today ({dueDate})',
  },
  'notification.overdue': {
    'zh-CN': '「{title}」当前阶段已于 {dueDate} 到期，已逾期 {days} 天',
    'en-US': 'The current phase of 「{title}」 was due on {dueDate}: {days} days overdue',
  },
  'notification.invitation_subject': {
    'zh-CN': '邀请您加入绩效评价协同平台（{organisation}）',
    'en-US': 'You are invited to Jixiao ({organisation})',
  },
  'notification.invitation_body': {
    'zh-CN': '{organisation} 邀请您加入绩效评价协同平台。请在 {expiresAt} 前打开以下链接设置密码：\n{link}',
    'en-US':
      '{organisation} invites you to Jixiao. Open this link before {expiresAt} to set your password:\n{link}',
  },
  'notification.mail_footer': {
    'zh-CN': '在平台中查看：{link}',
    'en-US': 'Open in Jixiao: {link}',
  },
  'notification.party.bureau': { 'zh-CN': '财政局', 'en-US': 'The bureau' },
  'notification.party.firm': { 'zh-CN': '评价机构', 'en-US': 'The firm' },
  'notification.party.unit': { 'zh-CN': '被评价单位', 'en-US': 'The unit' },
} as const satisfies Record<string, MessageTemplates>;

const EVENT_TEMPLATES: Record<`notification.event.${EvaluationEventType}`, MessageTemplates> = {
  'notification.event.ACCEPT': { 'zh-CN': '接受了委托', 'en-US': 'accepted the commission' },
  'notification.event.DECLINE': { 'zh-CN': '拒绝了委托', 'en-US': 'declined the commission' },
  'notification.event.REASSIGN_FIRM': { 'zh-CN': '改派了评价机构', 'en-US': 'reassigned the firm' },
  'notification.event.CANCEL': { 'zh-CN': '取消了评价', 'en-US': 'cancelled the evaluation' },
  'notification.event.SUBMIT_PLAN': { 'zh-CN': '提交了评价方案', 'en-US': 'submitted the work plan' },
  'notification.event.RETURN_PLAN': { 'zh-CN': '退回了评价方案', 'en-US': 'returned the work plan' },
  'notification.event.APPROVE_PLAN': {
    'zh-CN': '批准了评价方案，进入评价实施',
    'en-US': 'approved the work plan: fieldwork starts',
  },
  'notification.event.CLOSE_FIELDWORK': { 'zh-CN': '完成了评价实施', 'en-US': 'closed fieldwork' },
  'notification.event.SEND_FOR_FEEDBACK': {
    'zh-CN': '发送报告征求意见',
    'en-US': 'sent the report for feedback',
  },
  'notification.event.PRODUCE_FINAL': { 'zh-CN': '形成了报告终稿', 'en-US': 'produced the final draft' },
  'notification.event.SUBMIT_FOR_REVIEW': {
    'zh-CN': '提交了内部复核',
    'en-US': 'submitted the report for review',
  },
  'notification.event.SIGN_REVIEW': { 'zh-CN': '复核通过', 'en-US': 'signed the review' },
  'notification.event.RETURN_REVIEW': { 'zh-CN': '复核退回', 'en-US': 'returned the review' },
  'notification.event.ISSUE': { 'zh-CN': '出具了评价报告', 'en-US': 'issued the report' },
  'notification.event.ACKNOWLEDGE': { 'zh-CN': '验收了评价报告', 'en-US': 'acknowledged the report' },
  'notification.event.RETURN_ISSUED': { 'zh-CN': '退回了评价报告', 'en-US': 'returned the issued report' },
  'notification.event.ARCHIVE': { 'zh-CN': '归档了评价项目', 'en-US': 'archived the evaluation' },
};

export const NOTIFICATION_MESSAGES = { ...NOTIFICATION_TEMPLATES, ...EVENT_TEMPLATES } as const;
