import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { EvaluationDetail } from '@jixiao/contracts';
import { errorInterceptor } from '@jixiao/web-data-access';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { anEvaluation } from '../testing/evaluation-fixture';
import { ActionBarComponent } from './action-bar.component';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('ActionBarComponent', () => {
  let fixture: ComponentFixture<ActionBarComponent>;
  let http: HttpTestingController;
  let changed: EvaluationDetail[];
  let stale: number;

  async function render(evaluation: EvaluationDetail): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ActionBarComponent);
    fixture.componentRef.setInput('evaluation', evaluation);
    changed = [];
    stale = 0;
    fixture.componentInstance.changed.subscribe((detail) => changed.push(detail));
    fixture.componentInstance.stale.subscribe(() => stale++);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const buttons = (element: HTMLElement): string[] =>
    [...element.querySelectorAll('[data-testid^="event-"]')].map(
      (button) => button.getAttribute('data-testid') ?? '',
    );

  /** The modal renders in the overlay container, outside the component. */
  const overlay = (selector: string): HTMLElement | null => document.querySelector(selector);

  async function typeComment(text: string): Promise<void> {
    const textarea = overlay('[data-testid="action-comment"]') as HTMLTextAreaElement;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideNzI18n(zh_CN),
        provideNzIconsTesting(),
        provideHttpClient(withInterceptors([errorInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((node) => (node.innerHTML = ''));
  });

  it('offers exactly the events the API allows, primary first and danger last', async () => {
    const element = await render(
      anEvaluation({ availableEvents: ['CANCEL', 'APPROVE_PLAN', 'RETURN_PLAN'] }),
    );
    expect(buttons(element)).toEqual(['event-APPROVE_PLAN', 'event-CANCEL', 'event-RETURN_PLAN']);
    expect(element.textContent).toContain('批准评价方案');
    expect((await render(anEvaluation({ availableEvents: [] }))).querySelectorAll('button')).toHaveLength(0);
  });

  it('requires a reason to return a plan, then sends it with the version and an Idempotency-Key', async () => {
    const element = await render(
      anEvaluation({ status: 'preparation.submitted', availableEvents: ['RETURN_PLAN'] }),
    );
    (element.querySelector('[data-testid="event-RETURN_PLAN"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    await fixture.componentInstance.confirm();
    await fixture.whenStable();
    http.expectNone('/api/evaluations/e1/transitions');
    expect(overlay('.ant-modal')?.textContent).toContain('此项为必填项');

    await typeComment('请补充风险应对措施');
    const sent = fixture.componentInstance.confirm();
    const request = http.expectOne('/api/evaluations/e1/transitions');
    expect(request.request.body).toEqual({ event: 'RETURN_PLAN', version: 3, comment: '请补充风险应对措施' });
    expect(request.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const returned = anEvaluation({ status: 'preparation.returned', version: 4 });
    request.flush(returned);
    await sent;
    expect(changed).toEqual([returned]);
  });

  it('repeats a lost request with the same Idempotency-Key', async () => {
    const element = await render(anEvaluation({ status: 'commissioned', availableEvents: ['ACCEPT'] }));
    (element.querySelector('[data-testid="event-ACCEPT"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const first = fixture.componentInstance.confirm();
    const lost = http.expectOne('/api/evaluations/e1/transitions');
    const key = lost.request.headers.get('Idempotency-Key');
    lost.error(new ProgressEvent('error'), { status: 0 });
    await first;
    await settle();
    const second = fixture.componentInstance.confirm();
    const retry = http.expectOne('/api/evaluations/e1/transitions');
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush(anEvaluation({ status: 'preparation.drafting', version: 4 }));
    await second;
    expect(changed).toHaveLength(1);
  });

  it('shows a refusal next to the comment and asks the page to reload on a stale version', async () => {
    const element = await render(anEvaluation({ status: 'commissioned', availableEvents: ['DECLINE'] }));
    (element.querySelector('[data-testid="event-DECLINE"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    await typeComment('x');
    const refused = fixture.componentInstance.confirm();
    http.expectOne('/api/evaluations/e1/transitions').flush(
      {
        statusCode: 409,
        code: 'EVALUATION_ACTION_REFUSED',
        message: '当前不能执行此操作',
        requestId: 'r1',
        details: [{ field: 'comment', code: 'comment_required', message: '请填写原因或意见' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await refused;
    await fixture.whenStable();
    expect(overlay('.ant-modal')?.textContent).toContain('请填写原因或意见');

    const conflicting = fixture.componentInstance.confirm();
    http
      .expectOne('/api/evaluations/e1/transitions')
      .flush(
        { statusCode: 409, code: 'CONFLICT', message: '数据已被他人修改，请刷新后重试', requestId: 'r2' },
        { status: 409, statusText: 'Conflict' },
      );
    await conflicting;
    expect(stale).toBe(1);
    expect(changed).toHaveLength(0);
  });

  it('makes REASSIGN_FIRM pick another firm from the roster, never the current one', async () => {
    const element = await render(
      anEvaluation({ status: 'declined', myParty: 'bureau', availableEvents: ['REASSIGN_FIRM'] }),
    );
    (element.querySelector('[data-testid="event-REASSIGN_FIRM"]') as HTMLButtonElement).click();
    http.expectOne('/api/evaluations/commission-options').flush({
      units: [],
      firms: [
        { id: 'f1', name: '某会计师事务所' },
        { id: 'f2', name: '另一评价机构' },
      ],
    });
    await settle();
    await fixture.whenStable();
    await fixture.componentInstance.confirm();
    await fixture.whenStable();
    http.expectNone('/api/evaluations/e1/transitions');
    expect(overlay('.ant-modal')?.textContent).toContain('此项为必填项');
    expect(
      (fixture.componentInstance as unknown as { firms: () => { id: string }[] }).firms().map((f) => f.id),
    ).toEqual(['f2']);
  });
});
