import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { I18nService } from '@jixiao/web-data-access';
import { NzSelectModule } from 'ng-zorro-antd/select';
import type { SourceValue } from './rule-draft';
import type { SourceOption } from './source-options';

/** Where a value comes from: a measure, a figure, the observed value (and a fixed number when allowed). */
@Component({
  selector: 'jx-source-select',
  imports: [FormsModule, NzSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-select
      class="jx-full"
      nzShowSearch
      [nzId]="selectId() ?? ''"
      [attr.data-testid]="testId()"
      [nzDisabled]="disabled()"
      [ngModel]="value()"
      (ngModelChange)="valueChange.emit($event)"
    >
      @for (option of shown(); track option.value) {
        <nz-option [nzValue]="option.value" [nzLabel]="groupLabel(option) + option.label" />
      }
    </nz-select>
  `,
  styles: `
    .jx-full {
      width: 100%;
    }
  `,
})
export class SourceSelectComponent {
  readonly value = input.required<SourceValue>();
  readonly options = input.required<readonly SourceOption[]>();
  readonly allowConstant = input(false);
  readonly disabled = input(false);
  readonly testId = input('rule-source');
  /** The id of the search input, for a `<label for>`. */
  readonly selectId = input<string>();
  readonly valueChange = output<SourceValue>();

  private readonly i18n = inject(I18nService);

  protected readonly shown = computed(() => {
    const options = this.options().filter((option) => this.allowConstant() || option.group !== 'constant');
    // Keep a value that the framework no longer offers selectable (e.g. a removed measure).
    if (!options.some((option) => option.value === this.value())) {
      options.push({ value: this.value(), label: this.value(), group: 'figure' });
    }
    return options;
  });

  protected groupLabel(option: SourceOption): string {
    switch (option.group) {
      case 'measure':
        return this.i18n.t('rule.source.measurePrefix');
      case 'figure':
        return this.i18n.t('rule.source.figurePrefix');
      case 'observed':
      case 'constant':
        return '';
    }
  }
}
