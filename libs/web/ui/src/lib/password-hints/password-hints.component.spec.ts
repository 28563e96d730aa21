import { TestBed } from '@angular/core/testing';
import { I18nService } from '@jixiao/web-data-access';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { CheckCircleOutline, CloseCircleOutline } from '@ant-design/icons-angular/icons';
import { PasswordHintsComponent } from './password-hints.component';

describe('PasswordHintsComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideNzI18n(zh_CN), provideNzIcons([CheckCircleOutline, CloseCircleOutline])],
    });
  });

  async function render(password: string, context = {}): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(PasswordHintsComponent);
    fixture.componentRef.setInput('password', password);
    fixture.componentRef.setInput('context', context);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const broken = (element: HTMLElement): string[] =>
    [...element.querySelectorAll('li.jx-bad')].map((li) => li.getAttribute('data-problem') ?? '');

  it('flags a short password with the Chinese hint', async () => {
    const element = await render('abc');
    expect(broken(element)).toContain('too_short');
    expect(element.querySelector('[data-problem="too_short"]')?.textContent).toContain('至少 12 位');
  });

  it('flags common, repetitive and personal passwords', async () => {
    expect(broken(await render('password1234'))).toContain('too_common');
    expect(broken(await render('aaaaaaaaaaaaaaaa'))).toContain('repetitive');
    expect(broken(await render('wangfang-secure-2024', { email: 'wangfang@bureau.gov.cn' }))).toEqual([
      'contains_context',
    ]);
  });

  it('passes a good passphrase', async () => {
    expect(broken(await render('晴天 river cobalt 37'))).toEqual([]);
  });

  it('follows a language switch', async () => {
    const fixture = TestBed.createComponent(PasswordHintsComponent);
    fixture.componentRef.setInput('password', 'short');
    await fixture.whenStable();
    TestBed.inject(I18nService).setLocale('en-US');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('At least 12 characters');
  });
});
