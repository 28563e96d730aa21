import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Framework } from '@jixiao/domain';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { FrameworkEditorStore } from '../editor/framework-editor.store';
import { testFramework } from '../model/test-framework';
import { TryItPanelComponent } from './try-it-panel.component';
import { TryItStore } from './try-it.store';

/** The test framework plus a yes/no leaf (2.2) and a 酌情 leaf (2.3). */
function framework(): Framework {
  const base = testFramework();
  const [, effect] = base.indicators;
  const levels = effect?.children?.[0];
  if (!effect || !levels) throw new Error('fixture changed');
  effect.children = [
    { ...levels, weight: '20' },
    { id: '2.2', name: '是否公开', weight: '10', rule: { kind: 'yes_no' } },
    { id: '2.3', name: '满意度', weight: '10', rule: { kind: 'judgement' } },
  ];
  return base;
}

describe('试算 inputs', () => {
  beforeEach(() => {
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
    const value = framework();
    TestBed.inject(FrameworkEditorStore).load({
      id: 't1',
      builtin: false,
      name: value.name,
      status: 'active',
      version: 1,
      indicatorCount: 6,
      updatedAt: '2026-01-01T00:00:00Z',
      updatedByName: null,
      framework: value,
      versions: [],
      problems: [],
    });
  });

  it('a yes/no item shows "未录入" until something is chosen, not 否', async () => {
    const fixture = TestBed.createComponent(TryItPanelComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const yesNo = element.querySelector('[data-testid="observation-2.2"]');
    expect(yesNo?.textContent).toContain('未录入');
    expect(yesNo?.textContent).not.toContain('否');
    expect(yesNo?.getAttribute('data-value')).toBe('none');
    // Its label is tied to it (the select's input carries the id the label points to).
    expect(element.querySelector('label[for="try-observation-2.2"]')?.textContent).toContain('是否公开');
    expect(element.querySelector('#try-observation-2\\.2')).not.toBeNull();
  });

  it('"未填项按满分" puts 酌情 items into 人工调整 at full weight and says so', async () => {
    const fixture = TestBed.createComponent(TryItPanelComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('[data-testid="try-it-fill"]')?.click();
    await fixture.whenStable();
    const state = TestBed.inject(TryItStore);
    expect(state.observations()['2.2']).toBe(true);
    expect(state.overrides()).toEqual([{ nodeId: '2.3', score: '10', reason: '试算：酌情给分项暂按满分' }]);
    expect(element.querySelector('[data-testid="try-it-judgement-hint"]')?.textContent).toContain(
      '1 项酌情给分指标无法自动填写，已按满分加入下方“人工调整”',
    );
    expect(
      element.querySelector('[data-testid="try-it-overrides"] [data-testid="override-0"]'),
    ).not.toBeNull();
    // A second fill does not add it twice.
    element.querySelector<HTMLButtonElement>('[data-testid="try-it-fill"]')?.click();
    expect(state.overrides()).toHaveLength(1);
  });
});
