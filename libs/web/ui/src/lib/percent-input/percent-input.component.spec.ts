import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormsModule } from '@angular/forms';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { PercentInputComponent } from './percent-input.component';

@Component({
  imports: [FormsModule, PercentInputComponent],
  template: `<jx-percent-input
    testId="rate"
    ariaLabel="得分比例"
    [valueType]="type()"
    [ngModel]="value()"
    (ngModelChange)="value.set($event)"
  />`,
})
class HostComponent {
  readonly type = signal<'number' | 'decimal'>('decimal');
  readonly value = signal<number | string | null>('0.75');
}

describe('PercentInputComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideNzI18n(zh_CN)] });
  });

  async function render(type: 'number' | 'decimal', value: number | string | null) {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.type.set(type);
    fixture.componentInstance.value.set(value);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input') as HTMLInputElement;
    const type_ = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    return { fixture, element, input, type: type_ };
  }

  it('shows the stored fraction as a percentage and stores what is typed exactly', async () => {
    const { fixture, input, type } = await render('decimal', '0.75');
    expect(input.value).toBe('75%');
    expect(input.getAttribute('aria-label')).toBe('得分比例');
    await type('95.03%');
    expect(fixture.componentInstance.value()).toBe('0.9503');
    // What the user typed stays while they type; blur writes it the canonical way.
    await type('95.03');
    expect(input.value).toBe('95.03');
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(input.value).toBe('95.03%');
  });

  it('gives numbers whose text is the typed fraction, and null for an empty field', async () => {
    const { fixture, type } = await render('number', 0.6);
    await type('16.5%');
    expect(fixture.componentInstance.value()).toBe(0.165);
    await type('');
    expect(fixture.componentInstance.value()).toBeNull();
  });

  it('marks text that is not a percentage and keeps the last value', async () => {
    const { fixture, element, input, type } = await render('decimal', '0.5');
    await type('五十');
    expect(fixture.componentInstance.value()).toBe('0.5');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('95.03%');
  });
});
