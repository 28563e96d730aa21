import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Me, SessionResponse, TodoItem } from '@jixiao/contracts';
import type { OrganisationKind, Role } from '@jixiao/domain';
import { I18nService, SessionService } from '@jixiao/web-data-access';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { HomePage } from './home.page';

async function signIn(kind: OrganisationKind, roles: Role[]): Promise<void> {
  const user: Me = {
    id: 'u1',
    email: 'li@example.cn',
    displayName: '李明',
    roles,
    organisation: { id: 'o1', kind, name: '测试单位', region: '某省某市' },
  };
  const response: SessionResponse = { accessToken: 't', expiresIn: 900, user };
  const login = TestBed.inject(SessionService).login({ email: user.email, password: 'x' });
  TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush(response);
  await login;
}

async function render(): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(HomePage);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

/** Lets the awaited API call resume and set its signal. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const text = (element: HTMLElement, testId: string): string =>
  element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? '';

describe('HomePage', () => {
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

  afterEach(() => TestBed.inject(SessionService).clear());

  it.each([
    ['bureau', ['bureau_admin'], '财政局工作台'],
    ['firm', ['evaluator'], '评价机构工作台'],
    ['unit', ['liaison'], '被评价单位工作台'],
    ['platform', ['operator'], '平台运营工作台'],
  ] as const)('titles the %s workspace', async (kind, roles, title) => {
    await signIn(kind, [...roles]);
    const element = await render();
    expect(text(element, 'home-title')).toBe(title);
    expect(text(element, 'home-kind')).toBe(kind);
    expect(text(element, 'home-welcome')).toContain('李明');
  });

  it('offers admins the invite link and the operator onboarding', async () => {
    await signIn('platform', ['operator']);
    const element = await render();
    expect(element.querySelector('[data-testid="quick-onboard"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="quick-invite"]')).not.toBeNull();
  });

  it('offers no admin links to ordinary users and shows role labels and work areas', async () => {
    await signIn('firm', ['evaluator', 'reviewer']);
    const element = await render();
    expect(element.querySelector('[data-testid="quick-invite"]')).toBeNull();
    expect(element.textContent).toContain('评价人员');
    expect(element.textContent).toContain('复核人员');
    expect(element.querySelector('[data-testid="area-firm-projects"]')).toBeNull();
  });

  it('lists the to-dos with links to their evaluations, overdue ones marked', async () => {
    await signIn('firm', ['team_lead']);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const todos: TodoItem[] = [
      {
        evaluationId: 'e1',
        title: '某街道办事处2025年度部门整体支出绩效评价',
        status: 'commissioned',
        action: 'ACCEPT',
        dueDate: '2026-01-10',
        overdue: true,
      },
      {
        evaluationId: 'e2',
        title: '某镇人民政府2025年度部门整体支出绩效评价',
        status: 'preparation.drafting',
        action: 'declare_independence',
        dueDate: null,
        overdue: false,
      },
    ];
    TestBed.inject(HttpTestingController).expectOne('/api/evaluations/todo').flush(todos);
    await settle();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const items = [...element.querySelectorAll('[data-testid="todo-item"]')];
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('接受委托');
    expect(items[0]?.textContent).toContain('已逾期');
    expect(items[1]?.textContent).toContain('签署回避声明');
    expect(items[1]?.textContent).not.toContain('已逾期');
    const link = items[0]?.querySelector('a[data-testid="todo-link"]');
    expect(link?.getAttribute('href')).toBe('/evaluations/e1');
  });

  it('says so when there is nothing to do, and links the evaluations and the indicator-system library', async () => {
    await signIn('bureau', ['performance_officer']);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectOne('/api/evaluations/todo').flush([]);
    await settle();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(text(element, 'todo-empty')).toBe('当前没有需要您处理的事项');
    expect(element.querySelector('[data-testid="quick-evaluations"]')?.getAttribute('href')).toBe(
      '/evaluations',
    );
    expect(element.querySelector('[data-testid="quick-frameworks"]')?.getAttribute('href')).toBe(
      '/frameworks',
    );
    expect(element.querySelector('[data-testid="quick-commission"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="quick-roster"]')).toBeNull();
  });

  it('asks the platform operator for no to-dos', async () => {
    await signIn('platform', ['operator']);
    await render();
    TestBed.inject(HttpTestingController).expectNone('/api/evaluations/todo');
  });

  it('switches to English without reload', async () => {
    await signIn('bureau', ['bureau_admin']);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    TestBed.inject(I18nService).setLocale('en-US');
    await fixture.whenStable();
    expect(text(fixture.nativeElement as HTMLElement, 'home-title')).toBe('Bureau workspace');
  });
});
