import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A field's error text, right under the field, for inputs that are not inside an `nz-form-control`
 * (table cells, page headers). The message names the field and the limit; screen readers hear it
 * when it appears.
 */
@Component({
  selector: 'jx-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as text) {
      <div class="jx-field-error" role="alert" [attr.data-testid]="testId()">{{ text }}</div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .jx-field-error {
      color: #cf1322;
      font-size: 12px;
      line-height: 18px;
      margin-top: 2px;
      white-space: normal;
    }
  `,
})
export class FieldErrorComponent {
  readonly message = input<string | null>(null);
  readonly testId = input('field-error');
}
