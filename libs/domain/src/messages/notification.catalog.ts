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
    'en-US':
      'The current phase of 「{title}」 is due on {dueDate} ({days, plural, one {# day} other {# days}} left)',
  },
  'notification.due_today': {
    'zh-CN': '「{title}」当前阶段今天（{dueDate}）到期',
    'en-US': 'The current phase of 「{title}」 is due today ({dueDate})',
  },
  'notification.overdue': {
    'zh-CN': '「{title}」当前阶段已于 {dueDate} 到期，已逾期 {days} 天',
    'en-US':
      'The current phase of 「{title}」 was due on {dueDate}: {days, plural, one {# day} other {# days}} overdue',
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
  // Request list (资料清单)
  'notification.requests_sent': {
    'zh-CN': '「{title}」：评价机构发来 {count} 项资料需求，请按期提交',
    'en-US':
      '「{title}」: the firm requests {count, plural, one {# item; please answer it by its due date} other {# items; please answer them by their due dates}}',
  },
  'notification.request_submitted': {
    'zh-CN': '「{title}」：被评价单位提交了资料“{item}”，请审核',
    'en-US': '「{title}」: the unit answered “{item}”; please review it',
  },
  'notification.request_decided': {
    'zh-CN': '「{title}」：资料“{item}”{decision}',
    'en-US': '「{title}」: “{item}” {decision}',
  },
  'notification.request_decision.accept': { 'zh-CN': '已被接受', 'en-US': 'was accepted' },
  'notification.request_decision.reject': {
    'zh-CN': '被退回，请查看原因后重新提交',
    'en-US': 'was rejected: see the reason and answer again',
  },
  'notification.request_decision.ask_more': {
    'zh-CN': '需补充资料，请查看说明',
    'en-US': 'needs more material: see the request',
  },
  'notification.request_decision.waive': { 'zh-CN': '已豁免，无需提交', 'en-US': 'was waived' },
  'notification.request_decision.send': { 'zh-CN': '已发送', 'en-US': 'was sent' },
  'notification.request_due_soon': {
    'zh-CN': '「{title}」：资料“{item}”将于 {dueDate} 到期（还有 {days} 天）',
    'en-US': '「{title}」: “{item}” is due on {dueDate} ({days, plural, one {# day} other {# days}} left)',
  },
  'notification.request_due_today': {
    'zh-CN': '「{title}」：资料“{item}”今天（{dueDate}）到期',
    'en-US': '「{title}」: “{item}” is due today ({dueDate})',
  },
  'notification.request_overdue': {
    'zh-CN': '「{title}」：资料“{item}”已于 {dueDate} 到期，已逾期 {days} 天',
    'en-US': '「{title}」: “{item}” was due on {dueDate}: {days, plural, one {# day} other {# days}} overdue',
  },
  'notification.party.bureau': { 'zh-CN': '财政局', 'en-US': 'The bureau' },
  'notification.party.firm': { 'zh-CN': '评价机构', 'en-US': 'The firm' },
  'notification.party.unit': { 'zh-CN': '被评价单位', 'en-US': 'The unit' },
  // Delivery (归档期限, issue 11): the archive deadline, 60 days after issue
  'notification.archive_due_soon': {
    'zh-CN': '「{title}」归档期限为 {dueDate}（还有 {days} 天），请及时归档',
    'en-US': '「{title}」 must be archived by {dueDate} ({days, plural, one {# day} other {# days}} left)',
  },
  'notification.archive_due_today': {
    'zh-CN': '「{title}」今天（{dueDate}）归档到期，请及时归档',
    'en-US': '「{title}」 must be archived today ({dueDate})',
  },
  'notification.archive_overdue': {
    'zh-CN': '「{title}」归档期限 {dueDate} 已过，已逾期 {days} 天',
    'en-US':
      '「{title}」 was to be archived by {dueDate}: {days, plural, one {# day} other {# days}} overdue',
  },
  // Three-level review (三级复核, issue 11)
  'notification.review_report_changed': {
    'zh-CN': '「{title}」：您签署复核后报告已修改，请重新查看',
    'en-US': '「{title}」: the report changed after you signed its review; please look again',
  },
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
