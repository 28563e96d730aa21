import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ErrorResponse, Me, SessionResponse } from '@jixiao/contracts';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../http/api-error';
import { authInterceptor, errorInterceptor, localeInterceptor } from '../http/interceptors';
import { I18nService } from '../i18n/i18n.service';
import { SessionService } from './session.service';

const me: Me = {
  id: 'u1',
  email: 'admin@bureau.gov.cn',
  displayName: '王芳',
  roles: ['bureau_admin'],
  organisation: { id: 'o1', kind: 'bureau', name: '某市财政局', region: '某市' },
};

function session(token: string): SessionResponse {
  return { accessToken: token, expiresIn: 900, user: me };
}

function unauthorized(code: ErrorResponse['code']): ErrorResponse {
  return { statusCode: 401, code, message: '登录已过期，请重新登录', requestId: 'req-1' };
}

/** Lets the refresh promise chain reach the retried request. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('SessionService and auth interceptor', () => {
  let http: HttpTestingController;
  let service: SessionService;
  let client: HttpClient;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideNzI18n(zh_CN),
        provideHttpClient(withInterceptors([errorInterceptor, localeInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(SessionService);
    client = TestBed.inject(HttpClient);
  });

  afterEach(() => {
    service.clear();
    http.verify();
  });

  it('restores a session through the refresh cookie with the CSRF header', async () => {
    const restored = service.restore();
    const request = http.expectOne('/api/auth/refresh');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('x-requested-with')).toBe('jixiao');
    expect(request.request.withCredentials).toBe(true);
    expect(request.request.headers.get('Authorization')).toBeNull();
    request.flush(session('token-1'));

    expect(await restored).toBe(true);
    expect(service.isAuthenticated()).toBe(true);
    expect(service.user()?.displayName).toBe('王芳');
    expect(service.accessToken()).toBe('token-1');
    expect(service.isAdmin()).toBe(true);
  });

  it('stays signed out when the refresh cookie is rejected', async () => {
    const restored = service.restore();
    http
      .expectOne('/api/auth/refresh')
      .flush(unauthorized('AUTH_REQUIRED'), { status: 401, statusText: 'Unauthorized' });
    expect(await restored).toBe(false);
    expect(service.isAuthenticated()).toBe(false);
  });

  it('sends the bearer token and the UI locale on API calls', async () => {
    const login = service.login({ email: me.email, password: 'secret' });
    http.expectOne('/api/auth/login').flush(session('token-1'));
    await login;

    TestBed.inject(I18nService).setLocale('en-US');
    const call = firstValueFrom(client.get('/api/users'));
    const request = http.expectOne('/api/users');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(request.request.headers.get('Accept-Language')).toBe('en-US');
    request.flush([]);
    await call;
  });

  it('refreshes and retries once when a call answers 401 AUTH_SESSION_EXPIRED', async () => {
    const login = service.login({ email: me.email, password: 'secret' });
    http.expectOne('/api/auth/login').flush(session('old-token'));
    await login;

    const call = firstValueFrom(client.get<string[]>('/api/users'));
    const first = http.expectOne('/api/users');
    expect(first.request.headers.get('Authorization')).toBe('Bearer old-token');
    first.flush(unauthorized('AUTH_SESSION_EXPIRED'), { status: 401, statusText: 'Unauthorized' });

    http.expectOne('/api/auth/refresh').flush(session('new-token'));
    await settle();
    const retry = http.expectOne('/api/users');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer new-token');
    retry.flush(['ok']);

    expect(await call).toEqual(['ok']);
  });

  it('does not retry a second time and surfaces the ApiError', async () => {
    const login = service.login({ email: me.email, password: 'secret' });
    http.expectOne('/api/auth/login').flush(session('old-token'));
    await login;

    const call = firstValueFrom(client.get('/api/users'));
    http
      .expectOne('/api/users')
      .flush(unauthorized('AUTH_REQUIRED'), { status: 401, statusText: 'Unauthorized' });
    http.expectOne('/api/auth/refresh').flush(session('new-token'));
    await settle();
    http
      .expectOne('/api/users')
      .flush(unauthorized('AUTH_REQUIRED'), { status: 401, statusText: 'Unauthorized' });

    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('AUTH_REQUIRED');
    http.expectNone('/api/auth/refresh');
  });

  it('does not refresh on a 401 for wrong credentials', async () => {
    const login = service.login({ email: me.email, password: 'wrong' });
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, code: 'AUTH_INVALID_CREDENTIALS', message: '账号或密码错误', requestId: 'r' },
        { status: 401, statusText: 'Unauthorized' },
      );
    const error = await login.catch((caught: unknown) => caught);
    expect((error as ApiError).message).toBe('账号或密码错误');
    http.expectNone('/api/auth/refresh');
    expect(service.isAuthenticated()).toBe(false);
  });
});
