import { describe, expect, it } from 'vitest';
import { actorOf, PARTIES_FIXTURE } from '../evaluation/testing/evaluation-fixtures';
import { REFUSAL_MESSAGES } from '../evaluation/refusals';
import {
  allowedRequestActions,
  decisionOutcome,
  requestRefusal,
  type RequestAction,
  type RequestSituation,
} from './request-actions';
import { daysPastDue, requestDue } from './request-due';
import { REQUEST_REFUSAL_MESSAGES, requestRefusalMessage } from './request-refusals';
import { requestStatusOf, REQUEST_STATUSES, type RequestStatus } from './request-status';
import { DEPARTMENT_REQUEST_LIST } from './standard-list';

const TEAM = actorOf(PARTIES_FIXTURE.firmOrgId, 'evaluator');
const LIAISON = actorOf(PARTIES_FIXTURE.unitOrgId, 'liaison');

function situation(overrides: Partial<RequestSituation>): RequestSituation {
  return {
    evaluationStatus: 'fieldwork',
    parties: PARTIES_FIXTURE,
    actor: TEAM,
    actorIsTeamMember: true,
    actorHasDeclared: true,
    itemStatus: 'submitted',
    reason: '',
    answerHasContent: false,
    ...overrides,
  };
}

describe('request item status', () => {
  it('shows 已提交 once the unit submitted the round it was asked for, whatever the firm stored', () => {
    expect(requestStatusOf('sent', true)).toBe('submitted');
    expect(requestStatusOf('rejected', true)).toBe('submitted');
    expect(requestStatusOf('more_requested', false)).toBe('more_requested');
    expect(requestStatusOf('accepted', true)).toBe('accepted');
    expect(requestStatusOf('draft', false)).toBe('draft');
  });
});

describe('request item transitions', () => {
  // [action, item status, actor, reason, content, expected refusal]
  it.each<[RequestAction, RequestStatus | null, 'team' | 'liaison', string, boolean, string | null]>([
    ['create', null, 'team', '', false, null],
    ['send', 'draft', 'team', '', false, null],
    ['send', 'sent', 'team', '', false, 'request_wrong_status'],
    ['delete', 'sent', 'team', '', false, 'request_wrong_status'],
    ['accept', 'submitted', 'team', '', false, null],
    ['accept', 'sent', 'team', '', false, 'request_wrong_status'],
    ['reject', 'submitted', 'team', '', false, 'request_reason_required'],
    ['reject', 'submitted', 'team', '  ', false, 'request_reason_required'],
    ['reject', 'submitted', 'team', '盖章页缺失', false, null],
    ['ask_more', 'submitted', 'team', '请补充12月凭证', false, null],
    ['waive', 'sent', 'team', '单位无此类业务', false, null],
    ['waive', 'accepted', 'team', '单位无此类业务', false, 'request_wrong_status'],
    ['accept', 'submitted', 'liaison', '', false, 'wrong_party'],
    ['answer', 'sent', 'liaison', '', false, null],
    ['answer', 'submitted', 'liaison', '', false, 'request_wrong_status'],
    ['submit', 'sent', 'liaison', '', false, 'request_answer_empty'],
    ['submit', 'rejected', 'liaison', '', true, null],
    ['submit', 'more_requested', 'liaison', '', true, null],
    ['submit', 'accepted', 'liaison', '', true, 'request_wrong_status'],
    ['submit', 'sent', 'team', '', true, 'wrong_party'],
  ])(
    '%s on a %s item by %s (reason %j, content %s) → %s',
    (action, itemStatus, who, reason, content, refusal) => {
      const actor = who === 'team' ? TEAM : LIAISON;
      expect(
        requestRefusal(action, situation({ actor, itemStatus, reason, answerHasContent: content })),
      ).toBe(refusal);
    },
  );

  it('works only in fieldwork', () => {
    for (const evaluationStatus of ['preparation.submitted', 'draft', 'archived'] as const) {
      expect(requestRefusal('create', situation({ evaluationStatus, itemStatus: null }))).toBe('wrong_phase');
    }
  });

  it('lets declared team members manage items and only the liaison or unit admin answer', () => {
    expect(requestRefusal('create', situation({ itemStatus: null, actorIsTeamMember: false }))).toBe(
      'not_team_member',
    );
    expect(requestRefusal('create', situation({ itemStatus: null, actorHasDeclared: false }))).toBe(
      'declaration_required',
    );
    const unitAdmin = actorOf(PARTIES_FIXTURE.unitOrgId, 'unit_admin');
    const head = actorOf(PARTIES_FIXTURE.unitOrgId, 'head');
    const bureau = actorOf(PARTIES_FIXTURE.bureauOrgId, 'performance_officer');
    const stranger = actorOf('org-other', 'liaison');
    expect(requestRefusal('answer', situation({ actor: unitAdmin, itemStatus: 'sent' }))).toBeNull();
    expect(requestRefusal('answer', situation({ actor: head, itemStatus: 'sent' }))).toBe('wrong_role');
    expect(requestRefusal('answer', situation({ actor: bureau, itemStatus: 'sent' }))).toBe('wrong_party');
    expect(requestRefusal('answer', situation({ actor: stranger, itemStatus: 'sent' }))).toBe('not_a_party');
  });

  it('offers each party exactly its actions', () => {
    expect(allowedRequestActions(situation({ itemStatus: 'submitted' }))).toEqual([
      'edit',
      'accept',
      'reject',
      'ask_more',
      'waive',
    ]);
    expect(allowedRequestActions(situation({ actor: LIAISON, itemStatus: 'rejected' }))).toEqual([
      'answer',
      'submit',
    ]);
    const head = actorOf(PARTIES_FIXTURE.unitOrgId, 'head');
    expect(allowedRequestActions(situation({ actor: head, itemStatus: 'sent' }))).toEqual([]);
  });

  it('opens a new answer round on reject and ask-for-more only', () => {
    expect(decisionOutcome('reject')).toEqual({ state: 'rejected', newRound: true });
    expect(decisionOutcome('ask_more')).toEqual({ state: 'more_requested', newRound: true });
    expect(decisionOutcome('accept')).toEqual({ state: 'accepted', newRound: false });
    expect(decisionOutcome('waive')).toEqual({ state: 'waived', newRound: false });
  });
});

describe('overdue items', () => {
  it('counts calendar days past the due date, across month and year ends', () => {
    expect(daysPastDue('2025-07-05', '2025-07-05')).toBe(0);
    expect(daysPastDue('2025-07-05', '2025-07-06')).toBe(1);
    expect(daysPastDue('2024-12-31', '2025-03-01')).toBe(60);
    expect(daysPastDue('2025-07-10', '2025-07-01')).toBe(0);
    expect(daysPastDue(null, '2025-07-01')).toBe(0);
  });

  it('is overdue only while the unit still owes the answer', () => {
    expect(requestDue('sent', '2025-07-01', '2025-07-04')).toEqual({ overdue: true, daysOverdue: 3 });
    expect(requestDue('rejected', '2025-07-01', '2025-07-04').overdue).toBe(true);
    for (const status of ['draft', 'submitted', 'accepted', 'waived'] as const) {
      expect(requestDue(status, '2025-07-01', '2025-07-04')).toEqual({ overdue: false, daysOverdue: 0 });
    }
  });
});

describe('refusal messages and the standard list', () => {
  it('has a message in both languages for every refusal', () => {
    for (const code of [
      ...Object.keys(REQUEST_REFUSAL_MESSAGES),
      ...Object.keys(REFUSAL_MESSAGES),
    ] as const) {
      const typed = code as Parameters<typeof requestRefusalMessage>[0];
      expect(requestRefusalMessage(typed, 'zh-CN')).toMatch(/\S/);
      expect(requestRefusalMessage(typed, 'en-US')).toMatch(/\S/);
    }
  });

  it('lists the documents every department evaluation needs, each once', () => {
    const titles = DEPARTMENT_REQUEST_LIST.map((item) => item.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const needed of [
      '预算批复',
      '决算报表',
      '三公',
      '政府采购',
      '内部控制',
      '绩效目标申报表',
      '自评报告',
    ]) {
      expect(titles.some((title) => title.includes(needed))).toBe(true);
    }
    expect(REQUEST_STATUSES).toHaveLength(7);
  });
});
