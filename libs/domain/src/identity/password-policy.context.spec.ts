import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy';

describe('passwordProblems: contains_context', () => {
  it("rejects the e-mail's local part", () => {
    expect(passwordProblems('my zhangwei password', { email: 'zhangwei@example.cn' })).toEqual([
      'contains_context',
    ]);
  });

  it('does not reject the e-mail domain', () => {
    expect(passwordProblems('my example.cn password', { email: 'zhangwei@example.cn' })).toEqual([]);
  });

  it('rejects the display name', () => {
    expect(passwordProblems('hello wang xiaoming!', { displayName: 'Wang Xiaoming' })).toEqual([
      'contains_context',
    ]);
  });

  it('rejects a Chinese organisation name', () => {
    expect(passwordProblems('我在北京市财政局上班已经十年', { organisationName: '北京市财政局' })).toEqual([
      'contains_context',
    ]);
  });

  it('compares without regard to case', () => {
    expect(passwordProblems('ZHANGWEI likes tea', { email: 'ZhangWei@example.cn' })).toEqual([
      'contains_context',
    ]);
    expect(passwordProblems('welcome to acme audit co', { organisationName: 'ACME Audit' })).toEqual([
      'contains_context',
    ]);
  });

  it('ignores surrounding spaces in context values', () => {
    expect(passwordProblems('all about acme, really', { organisationName: '  Acme  ' })).toEqual([
      'contains_context',
    ]);
  });

  it('rejects the platform name jixiao', () => {
    expect(passwordProblems('my JiXiao account 2024')).toEqual(['contains_context']);
  });

  // Bug: '绩效' is in the built-in context words, but the length filter (>= 4) drops it, so it is never checked.
  it('rejects the platform name 绩效', () => {
    expect(passwordProblems('我的绩效评价平台账号密码')).toEqual(['contains_context']);
  });

  it('ignores context words shorter than four characters', () => {
    expect(
      passwordProblems('lee and bob went to abc', {
        email: 'lee@example.cn',
        displayName: 'Bob',
        organisationName: 'abc',
      }),
    ).toEqual([]);
  });

  it('checks a four-character context word', () => {
    expect(passwordProblems('lee and bob went to abcd', { organisationName: 'abcd' })).toEqual([
      'contains_context',
    ]);
  });

  it('handles an e-mail without @ as a whole word', () => {
    expect(passwordProblems('call me zhangwei please', { email: 'zhangwei' })).toEqual(['contains_context']);
  });

  it('combines with other problems', () => {
    expect(passwordProblems('zhangwei', { email: 'zhangwei@example.cn' })).toEqual([
      'too_short',
      'contains_context',
    ]);
  });
});

describe('Chinese context words', () => {
  it('flags a two- or three-character Chinese name inside the password', () => {
    expect(passwordProblems('王小明的评价账号2026', { displayName: '王小明' })).toContain('contains_context');
    expect(passwordProblems('马建国-Secure-Phrase', { displayName: '马建国' })).toContain('contains_context');
  });

  it('ignores a one-character name', () => {
    expect(passwordProblems('王某某某-评价-passphrase', { displayName: '某' })).not.toContain(
      'contains_context',
    );
  });
});
