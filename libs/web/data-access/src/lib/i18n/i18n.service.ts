import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@jixiao/contracts';
import { applyPlurals } from '@jixiao/domain/vocabulary';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { EN_US } from './translations.en-us';
import { ZH_CN, type TranslationKey } from './translations.zh-cn';

export const LOCALE_STORAGE_KEY = 'jx.locale';

const DICTIONARIES: Record<Locale, Record<TranslationKey, string>> = { 'zh-CN': ZH_CN, 'en-US': EN_US };

export type TranslationParams = Record<string, string | number>;

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(storage: Storage | undefined): Locale {
  try {
    const value = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * Fills `{name}` placeholders, and picks ICU plural forms — `{n, plural, one {# item} other {# items}}`,
 * `#` standing for the number — by the locale's plural rules (`applyPlurals`, shared with the server's
 * message catalogs).
 */
export function interpolate(
  text: string,
  params?: TranslationParams,
  locale: string = DEFAULT_LOCALE,
): string {
  if (!params) return text;
  return applyPlurals(text, params, locale).replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** The UI locale (a signal) and typed translations; switching needs no reload. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly nzI18n = inject(NzI18nService);
  private readonly storage = this.document.defaultView?.localStorage;
  private readonly current = signal<Locale>(storedLocale(this.storage));

  readonly locale = this.current.asReadonly();
  readonly isChinese = computed(() => this.current() === 'zh-CN');

  constructor() {
    this.apply(this.current());
  }

  setLocale(locale: Locale): void {
    this.current.set(locale);
    try {
      this.storage?.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page only.
    }
    this.apply(locale);
  }

  toggle(): void {
    this.setLocale(this.current() === 'zh-CN' ? 'en-US' : 'zh-CN');
  }

  /** Reads the locale signal, so templates and computeds calling it update on a switch. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const locale = this.current();
    return interpolate(DICTIONARIES[locale][key], params, locale);
  }

  /** For keys built at run time (e.g. audit actions); null when unknown. */
  tryT(key: string, params?: TranslationParams): string | null {
    const dictionary: Record<string, string> = DICTIONARIES[this.current()];
    return key in dictionary ? interpolate(dictionary[key] ?? key, params) : null;
  }

  private apply(locale: Locale): void {
    this.nzI18n.setLocale(locale === 'zh-CN' ? zh_CN : en_US);
    this.document.documentElement.lang = locale;
    this.document.title = DICTIONARIES[locale]['app.name'];
  }
}
