import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PercentInputComponent } from '@jixiao/web-ui';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';

/**
 * A number parameter of a rule (an anchor, a threshold, a bound): typed as a percentage ("95%")
 * when the rule reads a rate, as a plain number otherwise. The model keeps the fraction.
 */
@Component({
  selector: 'jx-rule-number',
  imports: [FormsModule, NzInputNumberModule, PercentInputComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (percent()) {
      <jx-percent-input
        [inputId]="inputId()"
        [testId]="testId()"
        [placeholder]="placeholder()"
        [disabled]="disabled()"
        [ngModel]="value()"
        (ngModelChange)="valueChange.emit($event)"
      />
    } @else {
      <nz-input-number
        [nzId]="inputId()"
        [attr.data-testid]="testId()"
        [nzPlaceHolder]="placeholder()"
        [nzDisabled]="disabled()"
        [ngModel]="value()"
        (ngModelChange)="valueChange.emit($event)"
      />
    }
  `,
  styles: `
    nz-input-number {
      width: 100%;
    }
  `,
})
export class RuleNumberComponent {
  readonly inputId = input.required<string>();
  readonly value = input<number | null>(null);
  readonly percent = input(false);
  readonly disabled = input(false);
  readonly placeholder = input('');
  readonly testId = input<string>();
  readonly valueChange = output<number | null>();
}
