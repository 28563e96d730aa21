import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblems } from './password-policy';

/** Distinct characters, so length tests are not also "repetitive". */
const LATIN = 'correcthorsebatterystaplequickbrownfoxjumpsoverthelazydog';
const HAN =
  '春眠不觉晓处处闻啼鸟夜来风雨声花落知多少床前明月光疑是地上霜举头望低思故乡白日依山尽黄河入海流欲穷千里目更上一层楼';
const EMOJI = ['😀', '🐼', '🌸', '🚀', '🎉', '🍵', '🐉', '🌙', '🍎', '🔥', '🌊', '🍀', '🎈'];

function latinOfLength(length: number): string {
  return Array.from({ length }, (_, i) => LATIN.charAt(i % LATIN.length)).join('');
}

function hanOfLength(length: number): string {
  return Array.from({ length }, (_, i) => [...HAN][i % [...HAN].length]).join('');
}

describe('passwordProblems: a good password', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblems('correct horse battery staple')).toEqual([]);
  });

  it('accepts a Chinese passphrase', () => {
    expect(passwordProblems('春眠不觉晓处处闻啼鸟夜来')).toEqual([]);
  });

  it('accepts it with a context it does not use', () => {
    expect(
      passwordProblems('correct horse battery staple', {
        email: 'zhang.wei@example.cn',
        displayName: 'Zhang Wei',
        organisationName: '北京市财政局',
      }),
    ).toEqual([]);
  });
});

describe('passwordProblems: length in code points', () => {
  it(`requires ${PASSWORD_MIN_LENGTH} characters`, () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(passwordProblems(latinOfLength(11))).toEqual(['too_short']);
    expect(passwordProblems(latinOfLength(12))).toEqual([]);
  });

  it('counts Chinese characters one each', () => {
    expect(passwordProblems(hanOfLength(11))).toEqual(['too_short']);
    expect(passwordProblems(hanOfLength(12))).toEqual([]);
  });

  it('counts an emoji (two UTF-16 units) as one character', () => {
    const elevenEmoji = EMOJI.slice(0, 11).join('');
    expect(elevenEmoji.length).toBe(22);
    expect(passwordProblems(elevenEmoji)).toEqual(['too_short']);
    expect(passwordProblems(EMOJI.slice(0, 12).join(''))).toEqual([]);
  });

  it(`allows up to ${PASSWORD_MAX_LENGTH} characters`, () => {
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(passwordProblems(latinOfLength(128))).toEqual([]);
    expect(passwordProblems(latinOfLength(129))).toEqual(['too_long']);
  });

  it('does not call 100 emoji (200 UTF-16 units) too long', () => {
    const emoji = Array.from({ length: 100 }, (_, i) => EMOJI[i % EMOJI.length]).join('');
    expect(emoji.length).toBe(200);
    expect(passwordProblems(emoji)).toEqual([]);
  });

  it('calls 129 Chinese characters too long', () => {
    expect(passwordProblems(hanOfLength(129))).toEqual(['too_long']);
  });

  it('reports the empty password as too short and repetitive', () => {
    expect(passwordProblems('')).toEqual(['too_short', 'repetitive']);
  });
});

describe('passwordProblems: too_common', () => {
  it.each(['password1234', 'Password1234', 'QWERTY123456', 'woaini1314520', '1qaz2wsx3edc', 'administrator'])(
    'rejects %s',
    (password) => {
      expect(passwordProblems(password)).toContain('too_common');
    },
  );

  it('reports only too_common for a long enough common password', () => {
    expect(passwordProblems('P@ssw0rd1234')).toEqual(['too_common']);
  });

  it('does not reject a password that merely contains a common one', () => {
    expect(passwordProblems('password1234 is what I will not use')).not.toContain('too_common');
  });
});

describe('passwordProblems: repetitive', () => {
  it.each([
    'aaaaaaaaaaaa',
    'abababababab',
    'abcabcabcabc',
    'AbCaBcabcABC',
    '密码密码密码密码密码密码',
    '😀😀😀😀😀😀😀😀😀😀😀😀',
  ])('rejects %s (at most three distinct characters)', (password) => {
    expect(passwordProblems(password)).toEqual(['repetitive']);
  });

  it('accepts four distinct characters', () => {
    expect(passwordProblems('abcdabcdabcd')).toEqual([]);
  });
});
