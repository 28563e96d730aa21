import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Framework } from '@jixiao/domain';
import { ApiError } from '@jixiao/web-data-access';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { provideNzIconsTesting } from 'ng-zorro-antd/icon/testing';
import { testFramework } from '../model/test-framework';
import { FrameworkWorkbenchComponent } from './framework-workbench.component';

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

const byTestId = (fixture: ComponentFixture<unknown>, id: string): HTMLElement | null =>
  (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`);

async function typeInto(fixture: ComponentFixture<unknown>, id: string, value: string): Promise<void> {
  const input = byTestId(fixture, id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle(fixture);
}

describe('FrameworkWorkbenchComponent (a plain framework, saved by its host)', () => {
  let saved: Framework[];
  let answer: () => Promise<void>;

  beforeEach(() => {
    localStorage.clear();
    saved = [];
    answer = () => Promise.resolve();
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

  async function render(editable: boolean): Promise<ComponentFixture<FrameworkWorkbenchComponent>> {
    const fixture = TestBed.createComponent(FrameworkWorkbenchComponent);
    fixture.componentRef.setInput('framework', testFramework());
    fixture.componentRef.setInput('revision', 'e1@1');
    fixture.componentRef.setInput('editable', editable);
    fixture.componentRef.setInput('save', (framework: Framework) => {
      saved.push(framework);
      return answer();
    });
    await settle(fixture);
    return fixture;
  }

  it('edits a weight, saves it through the host and is clean afterwards', async () => {
    const fixture = await render(true);
    (byTestId(fixture, 'tree-row-1.2') as HTMLElement).click();
    await settle(fixture);
    await typeInto(fixture, 'node-weight', '15');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
    expect(byTestId(fixture, 'unsaved')).not.toBeNull();
    (byTestId(fixture, 'save-framework') as HTMLButtonElement).click();
    await settle(fixture);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.indicators[0]?.children?.[1]?.weight).toBe('15');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('a stale version keeps the edits and says so, with a reload', async () => {
    const fixture = await render(true);
    answer = () => Promise.reject(new ApiError(409, 'CONFLICT', '版本冲突'));
    (byTestId(fixture, 'tree-row-1.2') as HTMLElement).click();
    await settle(fixture);
    await typeInto(fixture, 'node-weight', '15');
    (byTestId(fixture, 'save-framework') as HTMLButtonElement).click();
    await settle(fixture);
    expect(byTestId(fixture, 'conflict-alert')?.textContent).toContain('已被他人修改');
    expect(byTestId(fixture, 'conflict-reload')).not.toBeNull();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
  });

  it('a refresh of the host with the same revision keeps edits in progress; a new revision reloads', async () => {
    const fixture = await render(true);
    (byTestId(fixture, 'tree-row-1.2') as HTMLElement).click();
    await settle(fixture);
    await typeInto(fixture, 'node-weight', '15');
    fixture.componentRef.setInput('framework', testFramework());
    await settle(fixture);
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
    fixture.componentRef.setInput('revision', 'e1@2');
    await settle(fixture);
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('is read-only when the host says so: no save button', async () => {
    const fixture = await render(false);
    expect(byTestId(fixture, 'save-framework')).toBeNull();
  });
});
