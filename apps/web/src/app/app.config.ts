import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { LOCALE_ID, provideBrowserGlobalErrorListeners, type ApplicationConfig } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withRouterConfig } from '@angular/router';
import {
  LocalizedTitleStrategy,
  authInterceptor,
  errorInterceptor,
  localeInterceptor,
} from '@jixiao/web-data-access';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { appIcons } from './app.icons';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      // A navigation a guard cancels (e.g. browser Back with unsaved edits, then "stay") puts the
      // browser history back where it was, instead of leaving a stale entry.
      withRouterConfig({ canceledNavigationResolution: 'computed' }),
    ),
    // errorInterceptor is outermost so the auth retry still sees the raw 401.
    provideHttpClient(withInterceptors([errorInterceptor, localeInterceptor, authInterceptor]), withFetch()),
    // Route titles are translation keys, shown in the UI language.
    { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
    provideNzI18n(zh_CN),
    provideNzIcons(appIcons),
    { provide: LOCALE_ID, useValue: 'zh-CN' },
  ],
};
