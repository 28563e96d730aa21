import { TestBed } from '@angular/core/testing';
import { NzI18nService, en_US, provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { I18nService, LOCALE_STORAGE_KEY, interpolate } from './i18n.service';
import { EN_US } from './translations.en-us';
import { ZH_CN } from './translations.zh-cn';

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideNzI18n(zh_CN)] });
  });

  it('defaults to Chinese and switches at run time, keeping the choice', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.locale()).toBe('zh-CN');
    expect(document.title).toBe('绩效评价协同平台');
    expect(i18n.t('home.title.bureau')).toBe('财政局工作台');
    i18n.setLocale('en-US');
    expect(i18n.t('home.title.bureau')).toBe('Bureau workspace');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');
    expect(document.title).toBe('Jixiao Performance Evaluation');
    expect(TestBed.inject(NzI18nService).getLocaleId()).toBe(en_US.locale);
  });

  it('fills placeholders', () => {
    expect(interpolate('审计链完整（已校验 {count} 条）', { count: 12 })).toBe('审计链完整（已校验 12 条）');
  });

  it('picks plural forms by the locale’s rules, # standing for the number', () => {
    const items = '{n, plural, one {# item} other {# items}} of {total}';
    expect(interpolate(items, { n: 1, total: 3 }, 'en-US')).toBe('1 item of 3');
    expect(interpolate(items, { n: 0, total: 3 }, 'en-US')).toBe('0 items of 3');
    expect(interpolate(items, { n: 21, total: 30 }, 'en-US')).toBe('21 items of 30');
    expect(interpolate('{n, plural, =0 {none} one {one left} other {# left}}', { n: 0 }, 'en-US')).toBe(
      'none',
    );
    expect(interpolate('{n, plural, other {# 项}}', { n: 1 }, 'zh-CN')).toBe('1 项');
    // Without the number, the text stays as it is rather than guessing.
    expect(interpolate(items, { total: 3 }, 'en-US')).toBe('{n, plural, one {# item} other {# items}} of 3');
  });

  it('says “1 item”, not “1 items”, through the service in English', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLocale('en-US');
    expect(i18n.t('requests.todo.count', { n: 1 })).toBe('1 item');
    expect(i18n.t('requests.todo.count', { n: 4 })).toBe('4 items');
    expect(i18n.t('requests.daysOverdue', { n: 1 })).toBe('1 day overdue');
    i18n.setLocale('zh-CN');
    expect(i18n.t('requests.todo.count', { n: 1 })).toBe(ZH_CN['requests.todo.count'].replace('{n}', '1'));
  });

  it('writes every plural form in a shape the filler reads, with an “other” form', () => {
    for (const text of [...Object.values(EN_US), ...Object.values(ZH_CN)]) {
      if (!text.includes(', plural,')) continue;
      const filled = interpolate(
        text,
        new Proxy({}, { get: () => 2, has: () => true }) as Record<string, number>,
      );
      expect(filled, text).not.toContain(', plural,');
      expect(text, text).toMatch(/other \{/);
    }
  });

  it('has an English text for every key', () => {
    expect(Object.keys(EN_US).sort()).toEqual(Object.keys(ZH_CN).sort());
    expect(Object.values(EN_US).every((text) => text.length > 0)).toBe(true);
  });
});
