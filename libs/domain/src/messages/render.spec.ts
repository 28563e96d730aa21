import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { SCORING_MESSAGES } from './scoring.catalog';
import { VALIDATION_MESSAGES } from './validation.catalog';
import { msg, renderMessage, renderMessages } from './render';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it.each(Object.entries(CATALOG))('%s has both languages with the same parameters', (_, entry) => {
    expect(entry['zh-CN'].trim()).not.toBe('');
    expect(entry['en-US'].trim()).not.toBe('');
    expect(placeholders(entry['en-US'])).toEqual(placeholders(entry['zh-CN']));
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

  it('renders an unknown code as the code itself', () => {
    expect(renderMessage({ code: 'no.such.code' }, 'en-US')).toBe('no.such.code');
  });
});
