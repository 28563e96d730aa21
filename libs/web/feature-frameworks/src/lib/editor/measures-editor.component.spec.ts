import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { FrameworkTemplateDetail } from '@jixiao/contracts';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { testFramework } from '../model/test-framework';
import { FrameworkEditorStore } from './framework-editor.store';
import { MeasuresEditorComponent } from './measures-editor.component';

function detail(): FrameworkTemplateDetail {
  return {
    id: 't1',
    builtin: false,
    name: '测试指标体系',
    status: 'active',
    version: 1,
    indicatorCount: 5,
    updatedAt: '2026-01-01T00:00:00Z',
    updatedByName: null,
    framework: testFramework(),
    versions: [],
    problems: [],
  };
}

async function typeFormula(fixture: ComponentFixture<MeasuresEditorComponent>, text: string): Promise<void> {
  const area = (fixture.nativeElement as HTMLElement).querySelector('textarea');
  if (!area) throw new Error('no formula field');
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await fixture.whenStable();
}

describe('MeasuresEditorComponent', () => {
  let store: FrameworkEditorStore;
  let fixture: ComponentFixture<MeasuresEditorComponent>;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [FrameworkEditorStore, provideNzI18n(zh_CN), provideNzIconsTesting()],
    });
    store = TestBed.inject(FrameworkEditorStore);
    store.load(detail());
    fixture = TestBed.createComponent(MeasuresEditorComponent);
    await fixture.whenStable();
  });

  it('shows each formula as readable text', () => {
    const area = (fixture.nativeElement as HTMLElement).querySelector('textarea');
    expect(area?.value).toMatch(/\//);
    expect(area?.value).not.toContain('{');
  });

  it('applies a formula typed as text to the framework', async () => {
    await typeFormula(fixture, '(final_budget - initial_budget) / initial_budget');
    expect(store.framework()?.measures[0]?.formula).toEqual({
      op: 'div',
      args: [
        { op: 'sub', args: [{ figure: 'final_budget' }, { figure: 'initial_budget' }] },
        { figure: 'initial_budget' },
      ],
    });
  });

  it('keeps an unparsable formula out of the framework and says why', async () => {
    const before = store.framework()?.measures[0]?.formula;
    await typeFormula(fixture, '(final_budget - ');
    expect(store.framework()?.measures[0]?.formula).toEqual(before);
    const error = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="formula-error-0"]');
    expect(error?.textContent?.trim().length).toBeGreaterThan(0);
  });
});
