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

  it('has an English text for every key', () => {
    expect(Object.keys(EN_US).sort()).toEqual(Object.keys(ZH_CN).sort());
    expect(Object.values(EN_US).every((text) => text.length > 0)).toBe(true);
  });
});
