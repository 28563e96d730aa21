import { describe, expect, it } from 'vitest';
import commonPasswords from './common-passwords.json';
import { PASSWORD_MIN_LENGTH, passwordProblems } from './password-policy';

describe('passwordProblems: common passwords (ASVS 6.2.4)', () => {
  it('ships a list of at least 3,000 entries, lower case and long enough to matter', () => {
    expect(commonPasswords.length).toBeGreaterThanOrEqual(3000);
    for (const entry of commonPasswords) {
      expect(entry).toBe(entry.toLowerCase());
      expect([...entry].length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    }
  });

  it.each([
    'Password123!',
    'Admin@123456',
    'woaini123456',
    'Demo-Pass#2026',
    'P@ssw0rd1234',
    'Qwerty123456',
    'Welcome@2025',
    'Iloveyou1314',
    '1qaz2wsx3edc',
    'Zhangwei1988',
    'wangfang1992',
    'woaini5201314',
    'Caizheng@123',
    'Jixiao@2026!',
    '123456789012',
    '5201314520131',
    'qweasdzxc123',
    'Administrator',
    'Letmein12345',
    'Changeme1234',
    'Shanghai@123',
    'Zhongguo1234',
    'Xiaoming123456',
    'Superman1234',
    'Football@123',
    'Abcd12345678',
  ])('refuses %s as too common', (password) => {
    expect(passwordProblems(password)).toContain('too_common');
  });

  it('accepts passphrases that merely contain a common word', () => {
    expect(passwordProblems('password rotation is harmful')).toEqual([]);
    expect(passwordProblems('昌吉的杏花开了woaini')).toEqual([]);
  });
});
