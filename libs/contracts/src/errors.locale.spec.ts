import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, localeFromAcceptLanguage } from './errors';

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['en-US,en;q=0.9', 'en-US'],
    ['zh-CN', 'zh-CN'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en', 'en-US'],
    ['en-GB', 'en-US'],
    ['EN-us', 'en-US'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['fr', 'zh-CN'],
    ['fr-FR,de;q=0.8', 'zh-CN'],
    ['fr-FR, en;q=0.5', 'en-US'],
    ['*', 'zh-CN'],
  ])('%j → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it.each([[undefined], [null], ['']])('defaults to zh-CN for %j', (header) => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(localeFromAcceptLanguage(header)).toBe('zh-CN');
  });

  it('prefers the higher q-value over the order in the header', () => {
    expect(localeFromAcceptLanguage('zh;q=0.5, en;q=0.8')).toBe('en-US');
    expect(localeFromAcceptLanguage('en;q=0.1, fr, zh-CN;q=0.7')).toBe('zh-CN');
  });

  it('keeps header order between equal q-values', () => {
    expect(localeFromAcceptLanguage('en, zh')).toBe('en-US');
    expect(localeFromAcceptLanguage('zh, en')).toBe('zh-CN');
  });

  it('tolerates spaces around tags and parameters', () => {
    expect(localeFromAcceptLanguage('  zh ; q=0.2 ,  en-US ; q=0.9 ')).toBe('en-US');
  });

  it('treats an unreadable q-value as the lowest preference', () => {
    expect(localeFromAcceptLanguage('en;q=abc, zh;q=0.1')).toBe('zh-CN');
  });

  // Bug: RFC 9110 §12.4.2 says q=0 means "not acceptable", but such a language is still chosen.
  it('never picks a language the client marked q=0', () => {
    expect(localeFromAcceptLanguage('en;q=0')).toBe('zh-CN');
  });

  it.each([';;;', ',,,', 'q=1', 'en;q=', ';q=0.5', '\u0000', '绩效', 'en-US,'.repeat(1000)])(
    'does not throw on %j',
    (header) => {
      expect(LOCALES).toContain(localeFromAcceptLanguage(header));
    },
  );

  it('never throws on any string and always returns a supported locale', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (header) => {
        expect(LOCALES).toContain(localeFromAcceptLanguage(header));
      }),
    );
  }, 30_000); // 100 generated headers: seconds on a machine busy with the other suites

  it('never throws on header-like strings', () => {
    const part = fc
      .tuple(
        fc.constantFrom('en', 'zh', 'EN-us', 'zh-CN', 'fr', '*', '', ';'),
        fc.option(fc.string({ maxLength: 5 })),
      )
      .map(([tag, q]) => (q === null ? tag : `${tag};q=${q}`));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        expect(LOCALES).toContain(localeFromAcceptLanguage(parts.join(',')));
      }),
    );
  }, 30_000);
});
