import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ScoreFrameworkRequest, ScoreFrameworkResponse } from '@jixiao/contracts';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { FrameworkEditorStore } from '../editor/framework-editor.store';
import { testFramework } from '../model/test-framework';
import { TryItPanelComponent } from './try-it-panel.component';
import { TryItStore } from './try-it.store';

const response: ScoreFrameworkResponse = {
  result: {
    nodes: [
      {
        id: '1',
        name: '过程',
        level: 1,
        weight: '60',
        computed: '55',
        final: '55',
        rate: '0.9167',
        overridden: false,
        overrideReason: null,
        vetoed: false,
        unscored: null,
        exempted: null,
        explanation: '',
        detail: { code: 'list', params: { parts: [] } },
      },
      {
        id: '1.1',
        name: '预算执行率',
        level: 2,
        weight: '40',
        computed: '40',
        final: '40',
        rate: '1',
        overridden: false,
        overrideReason: null,
        vetoed: false,
        unscored: null,
        exempted: null,
        explanation: '预算执行率 = 95 / 95 = 100.00%',
        detail: { code: 'value.labelled', params: { label: '预算执行率 =', value: '95 / 95 = 100.00%' } },
      },
    ],
    measures: [],
    level1: [
      { id: '1', name: '过程', weight: '60', score: '55', rate: '0.9167' },
      { id: '2', name: '效果', weight: '40', score: '40', rate: '1' },
    ],
    total: '95',
    grade: '优',
    complete: true,
  },
  consistency: { findings: [], total: '95', grade: '优' },
  problems: [],
};

describe('TryItPanelComponent', () => {
  beforeEach(() => {
    // The UI language is remembered in localStorage; these specs read Chinese texts.
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideNzI18n(zh_CN),
        provideNzIconsTesting(),
        provideHttpClient(),
        provideHttpClientTesting(),
        FrameworkEditorStore,
        TryItStore,
      ],
    });
    const framework = testFramework();
    TestBed.inject(FrameworkEditorStore).load({
      id: 't1',
      builtin: false,
      name: framework.name,
      status: 'active',
      version: 1,
      indicatorCount: 5,
      updatedAt: '2026-01-01T00:00:00Z',
      updatedByName: null,
      framework,
      versions: [],
      problems: [],
    });
  });

  it('offers an input per figure and observed leaf, posts them and shows the total', async () => {
    const fixture = TestBed.createComponent(TryItPanelComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = (id: string): HTMLInputElement => {
      const found = element.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!found) throw new Error(`no ${id}`);
      return found;
    };
    for (const [id, value] of [
      ['figure-final_accounts', '95'],
      ['figure-final_budget', '95'],
      ['observation-1.2', '1'],
    ] as const) {
      input(id).value = value;
      input(id).dispatchEvent(new Event('input'));
    }
    expect(element.querySelector('[data-testid="observation-2.1"]')).not.toBeNull();
    TestBed.inject(TryItStore).setObservation('2.1', 'a');
    await fixture.whenStable();

    input('try-it-run').click();
    await fixture.whenStable();
    const request = TestBed.inject(HttpTestingController).expectOne('/api/scoring/evaluate');
    expect(request.request.method).toBe('POST');
    const body = request.request.body as ScoreFrameworkRequest;
    expect(body.framework).toEqual(testFramework());
    expect(body.figures).toEqual({ final_accounts: 95, final_budget: 95 });
    expect(body.observations).toEqual({ '1.2': 1, '2.1': 'a' });
    expect(body.overrides).toEqual({});
    expect(element.querySelector('nz-spin .ant-spin-spinning, .ant-spin-spinning')).not.toBeNull();

    request.flush(response);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(input('try-it-total').textContent).toContain('95');
    expect(input('try-it-grade').textContent).toContain('优');
    expect(element.querySelector('[data-testid="result-row-1.1"]')?.textContent).toContain(
      '预算执行率 = 95 / 95',
    );
  });

  it('refuses an override without a reason', async () => {
    const fixture = TestBed.createComponent(TryItPanelComponent);
    const state = TestBed.inject(TryItStore);
    state.addOverride('1.2');
    state.patchOverride(0, { score: '10' });
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('[data-testid="try-it-run"]')
      ?.click();
    await fixture.whenStable();
    TestBed.inject(HttpTestingController).expectNone('/api/scoring/evaluate');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="try-it-error"]')?.textContent,
    ).toContain('人工调整必须填写理由');
  });
});
