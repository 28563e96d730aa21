import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { authInterceptor, errorInterceptor, localeInterceptor } from '@jixiao/web-data-access';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { GlobalOutline, LockOutline, MailOutline } from '@ant-design/icons-angular/icons';
import { LoginPage, safeReturnUrl } from './login.page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('LoginPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideNzI18n(zh_CN),
        provideNzIcons([GlobalOutline, LockOutline, MailOutline]),
        provideHttpClient(withInterceptors([errorInterceptor, localeInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function type(element: HTMLElement, testId: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!input) throw new Error(`no ${testId}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('shows the API message and keeps what the user typed when sign-in fails', async () => {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('绩效评价协同平台');

    type(element, 'login-email', 'wang@bureau.gov.cn');
    type(element, 'login-password', 'wrong password');
    element.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();

    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'wang@bureau.gov.cn', password: 'wrong password' });
    expect(request.request.headers.get('Accept-Language')).toBe('zh-CN');
    request.flush(
      { statusCode: 401, code: 'AUTH_INVALID_CREDENTIALS', message: '账号或密码错误', requestId: 'r1' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="login-error"]')?.textContent).toContain('账号或密码错误');
    expect(element.querySelector<HTMLInputElement>('[data-testid="login-email"]')?.value).toBe(
      'wang@bureau.gov.cn',
    );
    expect(element.querySelector<HTMLInputElement>('[data-testid="login-password"]')?.value).toBe(
      'wrong password',
    );
  });

  it('does not call the API with an empty form', async () => {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="login-submit"]')
      ?.click();
    await fixture.whenStable();
    http.expectNone('/api/auth/login');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('此项为必填项');
  });

  it('goes to the remembered page after signing in', async () => {
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(LoginPage);
    fixture.componentRef.setInput('returnUrl', '/admin/users');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    type(element, 'login-email', 'wang@bureau.gov.cn');
    type(element, 'login-password', 'correct horse battery');
    element.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
    http.expectOne('/api/auth/login').flush({
      accessToken: 't',
      expiresIn: 900,
      user: {
        id: 'u',
        email: 'wang@bureau.gov.cn',
        displayName: '王芳',
        roles: ['bureau_admin'],
        organisation: { id: 'o', kind: 'bureau', name: '某市财政局', region: '某市' },
      },
    });
    await settle();
    expect(navigate).toHaveBeenCalledWith('/admin/users');
  });

  it('only follows same-site return paths', () => {
    expect(safeReturnUrl('/admin/audit')).toBe('/admin/audit');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
