import { describe, expect, it } from 'vitest';
import { deliveryDateFields } from './delivery-rows';
import {
  decisionLabel,
  feedbackFormFields,
  linkedChanges,
  opinionSource,
  type FeedbackFormRow,
} from './feedback-rows';
import {
  BUREAU_COPY_NOTICE,
  holdsReviewNotes,
  levelTitle,
  outcomeLabel,
  reviewAnchorLabel,
  type ReviewRoundRow,
} from './review-rows';

const ROUND: ReviewRoundRow = {
  round: 2,
  levels: 2,
  level_titles: ['项目经理', '合伙人'],
  started_at: new Date('2026-03-01T02:00:00Z'),
  started_by_name: '李组长',
  closed_at: null,
  outcome: null,
  return_reason: null,
  returned_by_name: null,
};

const FORM = {
  period: '2025年1月1日至2025年12月31日',
  evaluation_dates: '2026年1月至2026年3月',
  firm_contact: '李组长',
  firm_phone: '0994-1234567',
  unit_contact: '古丽',
  unit_phone: '0994-2345678',
  no_opinion: false,
  filled_on: '2026-03-05',
  due_date: '2026-03-11',
  signed_by_name: '王主任',
  signed_at: new Date('2026-03-05T01:30:00Z'),
  scan_file_id: null,
  created_at: new Date('2026-03-01T02:00:00Z'),
  version_seq: 2,
  version_label: '交换意见稿',
} as Omit<FeedbackFormRow, 'model'> as FeedbackFormRow;

const EVALUATION = { title: '中山路街道2025年度评价', firmName: '正衡', unitName: '中山路街道' };

describe('archive section rows (issue 11, sections 08–10)', () => {
  describe('09 三级复核', () => {
    it('keeps the review notes in the firm’s package only', () => {
      expect(holdsReviewNotes('firm')).toBe(true);
      expect(holdsReviewNotes('bureau')).toBe(false);
      expect(BUREAU_COPY_NOTICE).toContain('不纳入本副本');
    });

    it('names a level by the title its round kept, 第 n 级 alone when the round or level is unknown', () => {
      expect(levelTitle([ROUND], 2, 2)).toBe('第2级 合伙人');
      expect(levelTitle([ROUND], 2, 3)).toBe('第3级');
      expect(levelTitle([ROUND], 1, 1)).toBe('第1级');
    });

    it('words anchors and outcomes; an unparsable anchor stays as stored', () => {
      expect(reviewAnchorLabel('indicator:2.1.1')).toBe('指标 2.1.1');
      expect(reviewAnchorLabel('section:conclusion')).toBe('章节 conclusion');
      expect(reviewAnchorLabel('elsewhere')).toBe('elsewhere');
      expect(outcomeLabel(null)).toBe('进行中');
      expect(outcomeLabel('returned')).toBe('退回修改');
      expect(outcomeLabel('issued')).toBe('通过并出具');
    });
  });

  describe('08 征求意见', () => {
    it('lists the form’s fields with the head’s signature in Beijing time, or 未签署', () => {
      const fields = new Map(feedbackFormFields(FORM, EVALUATION, 2).map((row) => [row.field, row.value]));
      expect(fields.get('评价项目名称')).toBe(EVALUATION.title);
      expect(fields.get('征求意见稿')).toBe('第 2 版（交换意见稿）');
      expect(fields.get('反馈意见')).toBe('2 条（见《意见及采纳情况》）');
      expect(fields.get('单位负责人签署')).toBe('王主任（单位负责人）于 2026-03-05 09:30:00 签署确认');
      expect(fields.get('盖章反馈表扫描件')).toBe('未上传');
      const unsigned = new Map(
        feedbackFormFields(
          { ...FORM, no_opinion: true, signed_at: null, signed_by_name: null, scan_file_id: 'f' },
          EVALUATION,
          0,
        ).map((row) => [row.field, row.value]),
      );
      expect(unsigned.get('反馈意见')).toBe('无意见');
      expect(unsigned.get('单位负责人签署')).toBe('未签署');
      expect(unsigned.get('盖章反馈表扫描件')).toContain('SHA-256');
    });

    it('names the opinion’s source, the decision and the linked changes one per line', () => {
      expect(opinionSource({ author_org_id: 'unit' }, 'unit')).toBe('被评价单位');
      expect(opinionSource({ author_org_id: 'bureau' }, 'unit')).toBe('财政部门');
      expect(decisionLabel(null)).toBe('未答复');
      expect(decisionLabel('partly_adopted')).toBe('部分采纳');
      expect(linkedChanges(null)).toBe('');
      expect(
        linkedChanges([
          { kind: 'score', key: 'score:2.1.1', id: '2.1.1', name: '预算执行率', before: '3', after: '4' },
          { kind: 'text', key: 'text:x#1', place: '（一）部门主要职能', before: null, after: '新' },
        ]),
      ).toBe('2.1.1 预算执行率：3 → 4\n（一）部门主要职能：新增一段');
    });
  });

  describe('10 出具与验收', () => {
    it('lists the delivery dates and whether the archive met its 60-day deadline', () => {
      const dates = {
        issued_at: new Date('2026-03-20T02:00:00Z'),
        archive_due_date: '2026-05-19',
        acknowledged_at: new Date('2026-03-25T02:00:00Z'),
        archived_at: new Date('2026-05-19T03:00:00Z'),
        retain_until: '2036-05-19',
        archived_on_time: true,
      };
      const fields = new Map(deliveryDateFields(dates).map((row) => [row.field, row.value]));
      expect(fields.get('出具时间（北京时间）')).toBe('2026-03-20 10:00:00');
      expect(fields.get('归档期限（出具后 60 日）')).toBe('2026-05-19');
      expect(fields.get('保管期限（归档后 10 年）')).toBe('2036-05-19');
      expect(fields.get('是否按期归档')).toBe('是');
      const late = new Map(
        deliveryDateFields({ ...dates, archived_on_time: false }).map((row) => [row.field, row.value]),
      );
      expect(late.get('是否按期归档')).toBe('否（逾期归档）');
      const none = deliveryDateFields({
        issued_at: null,
        archive_due_date: null,
        acknowledged_at: null,
        archived_at: null,
        retain_until: null,
        archived_on_time: null,
      });
      expect(none.every((row) => row.value === '')).toBe(true);
    });
  });
});
