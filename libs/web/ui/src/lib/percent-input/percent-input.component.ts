import { ChangeDetectionStrategy, Component, forwardRef, input, signal } from '@angular/core';
import { FormsModule, NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import { TranslatePipe } from '@jixiao/web-data-access';
import { NzInputModule } from 'ng-zorro-antd/input';
import { formatPercent, parsePercent } from './percent';

type Value = number | string | null;

/**
 * A rate typed and shown as a percentage ("95.03%") while the model holds the fraction, exactly:
 * `valueType="decimal"` gives the decimal string "0.9503", `"number"` (default, for the rule
 * parameters the model keeps as numbers) gives Number("0.9503"), whose text is again "0.9503". Text
 * that is not a percentage is marked and leaves the value unchanged; on blur the text is written the
 * canonical way.
 */
@Component({
  selector: 'jx-percent-input',
  imports: [FormsModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => PercentInputComponent), multi: true },
  ],
  template: `
    <input
      nz-input
      inputmode="decimal"
      autocomplete="off"
      [nzSize]="size()"
      [id]="inputId() ?? null"
      [attr.aria-label]="ariaLabel() ?? null"
      [attr.aria-invalid]="invalid() ? true : null"
      [attr.data-testid]="testId() ?? null"
      [attr.title]="invalid() ? ('percent.invalid' | t) : null"
      [nzStatus]="invalid() ? 'error' : ''"
      [placeholder]="placeholder()"
      [disabled]="disabled()"
      [ngModel]="text()"
      (ngModelChange)="typed($event)"
      (blur)="blurred()"
    />
    @if (invalid()) {
      <div class="jx-percent-error" role="alert">{{ 'percent.invalid' | t }}</div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .jx-percent-error {
      color: #cf1322;
      font-size: 12px;
      line-height: 18px;
    }
  `,
})
export class PercentInputComponent implements ControlValueAccessor {
  readonly valueType = input<'number' | 'decimal'>('number');
  readonly inputId = input<string>();
  readonly ariaLabel = input<string>();
  readonly testId = input<string>();
  readonly placeholder = input('');
  readonly size = input<'default' | 'small' | 'large'>('default');

  protected readonly text = signal('');
  protected readonly invalid = signal(false);
  protected readonly disabled = signal(false);
  /** The fraction the text stands for, as a decimal string (null = empty). */
  private value: string | null = null;
  private onChange: (value: Value) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  writeValue(value: Value): void {
    const incoming = value === null || value === undefined || value === '' ? null : String(value);
    // Keep what the user is typing ("95." …) when the model only echoes it back.
    if (incoming !== null && this.value !== null && Number(incoming) === Number(this.value)) return;
    if (incoming === this.value) return;
    this.value = incoming;
    this.text.set(formatPercent(incoming));
    this.invalid.set(false);
  }

  registerOnChange(fn: (value: Value) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  protected typed(text: string): void {
    this.text.set(text);
    const parsed = parsePercent(text);
    this.invalid.set(!parsed.ok);
    if (!parsed.ok) return;
    this.value = parsed.value;
    this.onChange(
      parsed.value === null || this.valueType() === 'decimal' ? parsed.value : Number(parsed.value),
    );
  }

  protected blurred(): void {
    if (!this.invalid()) this.text.set(formatPercent(this.value));
    this.onTouched();
  }
}
