import { describe, expect, it } from 'vitest';
import type { RequestItem } from '@jixiao/contracts';
import { filterRequests, NO_REQUEST_FILTERS, requestStatusColor } from './request-filters';

function item(overrides: Partial<RequestItem>): RequestItem {
  return {
    id: 'i',
    seq: 1,
    title: '年度部门决算报表',
    reason: '核实实际支出',
    indicatorIds: [],
    dueDate: null,
    required: true,
    status: 'sent',
    round: 1,
    overdue: false,
    daysOverdue: 0,
    decisionReason: null,
    sentAt: null,
    answers: [],
    allowedActions: [],
    version: 1,
    ...overrides,
  };
}

describe('request board filters', () => {
  const items = [
    item({ id: 'a', title: '预算批复', status: 'submitted' }),
    item({ id: 'b', title: '决算报表', status: 'sent', overdue: true, daysOverdue: 3 }),
    item({ id: 'c', title: '三公经费', reason: '决算中的三公支出', status: 'rejected' }),
  ];

  it('keeps everything without filters', () => {
    expect(filterRequests(items, NO_REQUEST_FILTERS).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
  });

  it('filters by status, overdue and text in title or reason', () => {
    expect(filterRequests(items, { ...NO_REQUEST_FILTERS, status: 'sent' }).map((entry) => entry.id)).toEqual(
      ['b'],
    );
    expect(
      filterRequests(items, { ...NO_REQUEST_FILTERS, overdueOnly: true }).map((entry) => entry.id),
    ).toEqual(['b']);
    expect(
      filterRequests(items, { ...NO_REQUEST_FILTERS, search: ' 决算 ' }).map((entry) => entry.id),
    ).toEqual(['b', 'c']);
  });

  it('colours rejected items red and settled ones green', () => {
    expect(requestStatusColor('rejected')).toBe('red');
    expect(requestStatusColor('accepted')).toBe('green');
  });
});
