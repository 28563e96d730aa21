import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { FrameworkTemplateDetail } from '@jixiao/contracts';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { updateNode } from '../model/framework-tree';
import { testFramework } from '../model/test-framework';
import { FrameworkEditorPage } from './framework-editor.page';
import { FrameworkEditorStore } from './framework-editor.store';

function detail(overrides: Partial<FrameworkTemplateDetail> = {}): FrameworkTemplateDetail {
  return {
    id: 't1',
    builtin: false,
    name: '测试指标体系',
    status: 'active',
    version: 1,
    indicatorCount: 5,
    updatedAt: '2026-01-01T00:00:00Z',
    updatedByName: '李明',
    framework: testFramework(),
    versions: [{ version: 1, createdAt: '2026-01-01T00:00:00Z', createdByName: '李明', note: '' }],
    problems: [],
    ...overrides,
  };
}

/** Lets the awaited API call resolve and the view update. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function render(value: FrameworkTemplateDetail): Promise<ComponentFixture<FrameworkEditorPage>> {
  const fixture = TestBed.createComponent(FrameworkEditorPage);
  fixture.componentRef.setInput('id', value.id);
  await fixture.whenStable();
  TestBed.inject(HttpTestingController).expectOne(`/api/frameworks/${value.id}`).flush(value);
  await settle(fixture);
  return fixture;
}

const el = (fixture: ComponentFixture<unknown>): HTMLElement => fixture.nativeElement as HTMLElement;
const byTestId = (fixture: ComponentFixture<unknown>, id: string): HTMLElement | null =>
  el(fixture).querySelector(`[data-testid="${id}"]`);

describe('FrameworkEditorPage', () => {
  beforeEach(() => {
    // The UI language is remembered in localStorage; these specs read Chinese texts.
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

  it('shows the tree with the live sum next to each parent', async () => {
    const fixture = await render(detail());
    expect(byTestId(fixture, 'tree-row-1.1')?.textContent).toContain('预算执行率');
    expect(byTestId(fixture, 'weight-sum-1')?.textContent).toContain('60');
    expect(byTestId(fixture, 'weight-sum-1')?.getAttribute('data-differs')).toBe('false');
  });

  it('shows a validation problem on the row it concerns and turns the sum red', async () => {
    const broken = { ...updateNode(testFramework(), '1.2', { weight: '15' }), totalWeight: '90' };
    const fixture = await render(detail({ framework: broken }));
    const parentRow = byTestId(fixture, 'tree-row-1');
    expect(parentRow?.querySelector('[data-testid="row-problem-1"]')?.textContent).toContain(
      '子指标权重合计 55，不等于上级权重 60',
    );
    expect(byTestId(fixture, 'tree-row-1.2')?.querySelector('[data-testid^="row-problem"]')).toBeNull();
    expect(byTestId(fixture, 'weight-sum-1')?.getAttribute('data-differs')).toBe('true');
    // The stated total is off as well: a framework-wide problem, shown above the tree.
    expect(byTestId(fixture, 'framework-problem')).not.toBeNull();
  });

  it('revalidates on every change', async () => {
    const fixture = await render(detail());
    const store = fixture.debugElement.injector.get(FrameworkEditorStore);
    store.updateNode('2.1', { weight: '30' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'weight-sum-2')?.getAttribute('data-differs')).toBe('true');
    expect(byTestId(fixture, 'tree-row-2')?.textContent).toContain('子指标权重合计 30，不等于上级权重 40');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
    store.updateNode('2.1', { weight: '40' });
    await fixture.whenStable();
    expect(byTestId(fixture, 'weight-sum-2')?.getAttribute('data-differs')).toBe('false');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('opens built-ins read-only', async () => {
    const fixture = await render(detail({ id: 'builtin-x', builtin: true }));
    expect(byTestId(fixture, 'builtin-readonly')).not.toBeNull();
    expect(byTestId(fixture, 'save-framework')).toBeNull();
    expect(byTestId(fixture, 'add-child')).toBeNull();
  });
});
