import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages';
import { calendarDayIn, latestDueDateReminded, reminderDue } from './reminder-schedule';
import { responsibleParties } from './responsible-parties';

describe('reminderDue', () => {
  it.each([
    ['2026-03-10', '2026-03-06', null],
    ['2026-03-10', '2026-03-07', { kind: 'due_soon', days: 3 }],
    ['2026-03-10', '2026-03-08', null],
    ['2026-03-10', '2026-03-09', { kind: 'due_soon', days: 1 }],
    ['2026-03-10', '2026-03-10', { kind: 'due_today', days: 0 }],
    ['2026-03-10', '2026-03-11', { kind: 'overdue', days: 1 }],
    ['2026-03-10', '2026-03-17', { kind: 'overdue', days: 7 }],
    ['2026-03-10', '2026-03-18', null],
    ['2026-03-10', '2026-03-24', { kind: 'overdue', days: 14 }],
    ['2026-02-27', '2026-03-02', { kind: 'overdue', days: 3 }],
  ])('due %s, today %s → %j', (due, today, expected) => {
    expect(reminderDue(due, today)).toEqual(expected);
  });

  it('never reminds about a due date later than latestDueDateReminded', () => {
    expect(latestDueDateReminded('2026-12-30')).toBe('2027-01-02');
    expect(reminderDue('2027-01-03', '2026-12-30')).toBeNull();
  });

  it('reads the calendar day in Asia/Shanghai, not UTC', () => {
    expect(calendarDayIn('Asia/Shanghai', new Date('2026-03-09T17:30:00Z'))).toBe('2026-03-10');
    expect(calendarDayIn('UTC', new Date('2026-03-09T17:30:00Z'))).toBe('2026-03-09');
  });
});

describe('responsibleParties', () => {
  it.each([
    ['commissioned', ['firm']],
    ['declined', ['bureau']],
    ['preparation.drafting', ['firm']],
    ['preparation.submitted', ['bureau']],
    ['fieldwork', ['firm', 'unit']],
    ['feedback', ['firm', 'unit']],
    ['issued', ['bureau']],
    ['archived', []],
  ] as const)('%s → %j', (status, parties) => {
    expect(responsibleParties(status).sort()).toEqual([...parties].sort());
  });
});

describe('notification messages', () => {
  it('render in both locales', () => {
    const message = {
      code: 'notification.evaluation_transitioned',
      params: {
        title: 'A局2025年度评价',
        actor: { code: 'notification.party.bureau' },
        event: { code: 'notification.event.APPROVE_PLAN' },
      },
    };
    expect(renderMessage(message, 'zh-CN')).toBe('「A局2025年度评价」：财政局批准了评价方案，进入评价实施');
    expect(renderMessage(message, 'en-US')).toBe(
      '「A局2025年度评价」: The bureau — approved the work plan: fieldwork starts',
    );
  });
});
