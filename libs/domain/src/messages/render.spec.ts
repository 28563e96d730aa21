import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { SCORING_MESSAGES } from './scoring.catalog';
import { VALIDATION_MESSAGES } from './validation.catalog';
import { messageParameters } from './plural';
import { msg, renderMessage, renderMessages } from './render';

describe('messages', () => {
  it.each(Object.entries(CATALOG))('%s has both languages with the same parameters', (_, entry) => {
    expect(entry['zh-CN'].trim()).not.toBe('');
    expect(entry['en-US'].trim()).not.toBe('');
    expect(messageParameters(entry['en-US'])).toEqual(messageParameters(entry['zh-CN']));
  });

  it.each(Object.entries({ ...SCORING_MESSAGES, ...VALIDATION_MESSAGES }))(
    '%s has English without Chinese',
    (_, entry) => {
      // Import messages may quote the workbook's own Chinese keywords (比率, 满分, 指标:…); these may not.
      expect(entry['en-US']).not.toMatch(/[\u4e00-\u9fff]/u);
    },
  );

  it('renders parameters, nested messages and lists per locale, Chinese by default', () => {
    const message = msg('unscored.children_unscored', { children: ['1.1', '1.2'] });
    expect(renderMessage(message)).toBe('下级指标 1.1、1.2 未评分');
    expect(renderMessage(message, 'en-US')).toBe('sub-indicators 1.1, 1.2 are not scored');
    const nested = msg('rule.not_applicable', { detail: msg('levels.unknown', { key: 'D' }) });
    expect(renderMessage(nested, 'en-US')).toBe('Cannot score by the rule: undefined level “D”');
    expect(renderMessages([msg('yes_no.yes'), msg('yes_no.no')], 'zh-CN')).toBe('判定为“是”；判定为“否”');
  });

  it('picks plural forms by the locale: one day, 3 days, and Chinese alike', () => {
    const overdue = (days: number) =>
      msg('notification.overdue', { title: 'T', dueDate: '2026-12-01', days });
    expect(renderMessage(overdue(1), 'en-US')).toBe(
      'The current phase of 「T」 was due on 2026-12-01: 1 day overdue',
    );
    expect(renderMessage(overdue(3), 'en-US')).toBe(
      'The current phase of 「T」 was due on 2026-12-01: 3 days overdue',
    );
    expect(renderMessage(overdue(1), 'zh-CN')).toContain('1');
    // A count the scoring engine has already formatted as text picks its form as well.
    const findings = (count: string) =>
      renderMessage(
        msg('deductions.applied', { count, per: '2', cap: '', amount: '2', weight: '10', score: '8' }),
        'en-US',
      );
    expect(findings('1')).toMatch(/^1 finding at 2 points each/);
    expect(findings('3')).toMatch(/^3 findings at 2 points each/);
  });

  it('writes every plural block so that a number picks a form (an “other” form is there)', () => {
    for (const entry of Object.values(CATALOG)) {
      for (const text of [entry['zh-CN'], entry['en-US']]) {
        if (!text.includes(', plural,')) continue;
        expect(text, text).toMatch(/other \{/);
        expect(messageParameters(text).length, text).toBeGreaterThan(0);
      }
    }
  });

  it('renders an unknown code as the code itself', () => {
    expect(renderMessage({ code: 'no.such.code' }, 'en-US')).toBe('no.such.code');
  });
});
