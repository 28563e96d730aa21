import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { AcceptInvitationPage } from './accept-invitation.page';
import { ChangePasswordPage } from './change-password.page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function type(element: HTMLElement, testId: string, value: string): void {
  const input = element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
  if (!input) throw new Error(`no ${testId}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** The error text ng-zorro shows under the field (not just a red border). */
function errorUnder(element: HTMLElement, testId: string): string {
  const item = element.querySelector(`[data-testid="${testId}"]`)?.closest('nz-form-item');
  return item?.querySelector('.ant-form-item-explain-error')?.textContent?.trim() ?? '';
}

async function stable(fixture: ComponentFixture<unknown>): Promise<void> {
  await settle();
  await fixture.whenStable();
}

describe('field errors name the field and the limit, next to the field', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideNzI18n(zh_CN),
        provideNzIconsTesting(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
  });

  it('修改密码: a mismatched confirmation says so under the confirmation', async () => {
    const fixture = TestBed.createComponent(ChangePasswordPage);
    await stable(fixture);
    const element = fixture.nativeElement as HTMLElement;
    type(element, 'password-new', '曹家湾绩效评价-2026-新密码');
    type(element, 'password-confirm', '曹家湾绩效评价-2026-新密');
    await stable(fixture);
    expect(errorUnder(element, 'password-confirm')).toBe('两次输入的密码不一致');

    // Fixing the new password to match clears it.
    type(element, 'password-new', '曹家湾绩效评价-2026-新密');
    await stable(fixture);
    expect(errorUnder(element, 'password-confirm')).toBe('');
  });

  it('接受邀请: an over-long 姓名 names the field and the limit; a mismatch is shown too', async () => {
    TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AcceptInvitationPage);
    fixture.componentRef.setInput('token', 't0k3n');
    await stable(fixture);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/invitations/t0k3n')
      .flush({
        email: 'new@zsl.demo',
        roles: ['liaison'],
        organisation: { name: '中山路街道办事处', kind: 'unit' },
        expiresAt: '2030-01-01T00:00:00Z',
      });
    await stable(fixture);
    const element = fixture.nativeElement as HTMLElement;
    type(element, 'invite-name', '张'.repeat(101));
    type(element, 'invite-password', '中山路街道资料联络-2026');
    type(element, 'invite-confirm', '中山路街道资料联络-2025');
    await stable(fixture);
    expect(errorUnder(element, 'invite-name')).toBe('姓名不能超过 100 个字符（现有 101 个）');
    expect(errorUnder(element, 'invite-confirm')).toBe('两次输入的密码不一致');
  });
});
