import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, LOCALES, errorMessage, type ErrorCode } from './errors';

const CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];
const HAN = /\p{Script=Han}/u;

describe('ERROR_MESSAGES', () => {
  it('has the two supported locales', () => {
    expect(LOCALES).toEqual(['zh-CN', 'en-US']);
  });

  it('has codes in UPPER_SNAKE_CASE', () => {
    expect(CODES.length).toBeGreaterThan(0);
    for (const code of CODES) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it.each(CODES)('%s has exactly a zh-CN and an en-US text', (code) => {
    expect(Object.keys(ERROR_MESSAGES[code]).sort()).toEqual(['en-US', 'zh-CN']);
  });

  it.each(CODES)('%s has a Chinese text with Chinese characters', (code) => {
    const text = errorMessage(code, 'zh-CN');
    expect(text.trim()).not.toBe('');
    expect(text).toMatch(HAN);
  });

  it.each(CODES)('%s has a non-empty English text without Chinese characters', (code) => {
    const text = errorMessage(code, 'en-US');
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(HAN);
  });

  it('returns the text for the requested locale', () => {
    expect(errorMessage('NOT_FOUND', 'zh-CN')).toBe('记录不存在');
    expect(errorMessage('NOT_FOUND', 'en-US')).toBe('Not found');
  });
});
