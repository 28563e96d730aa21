import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { formatFormula, parseFormula, type MeasureDefinition } from '@jixiao/domain';
import { limitPath } from '@jixiao/contracts';
import { TranslatePipe } from '@jixiao/web-data-access';
import { FieldErrorComponent } from '@jixiao/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { FrameworkEditorStore } from './framework-editor.store';

/**
 * 计算指标: the measures as a list (key, name, unit, formula). Formulas are typed as text,
 * `(final_budget - initial_budget) / initial_budget`, with the same parser the Excel import uses.
 */
@Component({
  selector: 'jx-measures-editor',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    FieldErrorComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-alert class="jx-alert" nzType="info" nzShowIcon [nzMessage]="'measures.formulaHint' | t" />
    <nz-table
      #table
      nzSize="small"
      data-testid="measures-table"
      [nzData]="measures()"
      [nzFrontPagination]="false"
      [nzShowPagination]="false"
      [nzScroll]="{ y: 'calc(100vh - 380px)' }"
    >
      <thead>
        <tr>
          <th nzWidth="150px">{{ 'measures.key' | t }}</th>
          <th nzWidth="170px">{{ 'measures.name' | t }}</th>
          <th nzWidth="100px">{{ 'measures.unit' | t }}</th>
          <th>{{ 'measures.formula' | t }}</th>
          <th nzWidth="50px">
            <span class="jx-sr-only">{{ 'common.actions' | t }}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        @for (measure of table.data; track $index; let i = $index) {
          @let keyError = store.fieldError(path(i, 'key'));
          @let nameError = store.fieldError(path(i, 'name'));
          <tr [attr.data-testid]="'measure-row-' + measure.key">
            <td>
              <input
                nz-input
                nzSize="small"
                [attr.aria-label]="('measures.key' | t) + ' ' + (i + 1)"
                [attr.aria-invalid]="keyError ? true : null"
                [readOnly]="disabled()"
                [ngModel]="measure.key"
                (ngModelChange)="patch(i, { key: $event.trim() })"
              />
              <jx-field-error [message]="keyError" />
            </td>
            <td>
              <input
                nz-input
                nzSize="small"
                [attr.aria-label]="('measures.name' | t) + ' ' + (i + 1)"
                [attr.aria-invalid]="nameError ? true : null"
                [readOnly]="disabled()"
                [ngModel]="measure.name"
                (ngModelChange)="patch(i, { name: $event })"
              />
              <jx-field-error [message]="nameError" />
            </td>
            <td>
              <label class="jx-sr-only" [for]="'measure-unit-' + i">{{
                ('measures.unit' | t) + ' ' + (measure.name || i + 1)
              }}</label>
              <nz-select
                nzSize="small"
                class="jx-full"
                [nzId]="'measure-unit-' + i"
                [nzDisabled]="disabled()"
                [ngModel]="measure.unit"
                (ngModelChange)="patch(i, { unit: $event })"
              >
                <nz-option nzValue="rate" [nzLabel]="'measures.unit.rate' | t" />
                <nz-option nzValue="number" [nzLabel]="'measures.unit.number' | t" />
              </nz-select>
            </td>
            <td>
              <textarea
                nz-input
                class="jx-code"
                rows="2"
                [attr.aria-label]="('measures.formula' | t) + ' ' + (measure.name || i + 1)"
                [readOnly]="disabled()"
                [ngModel]="texts()[i]"
                (ngModelChange)="setFormula(i, $event)"
              ></textarea>
              @if (problems()[i]; as problem) {
                <div class="jx-error" [attr.data-testid]="'formula-error-' + i">{{ problem }}</div>
              }
            </td>
            <td>
              @if (!disabled()) {
                <button
                  nz-button
                  nzType="text"
                  nzDanger
                  nzSize="small"
                  type="button"
                  [attr.aria-label]="('measures.remove' | t) + ' ' + (measure.name || i + 1)"
                  (click)="remove(i)"
                >
                  <nz-icon nzType="delete" />
                </button>
              }
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
    @if (!disabled()) {
      <button
        nz-button
        nzType="dashed"
        nzBlock
        type="button"
        class="jx-add"
        data-testid="add-measure"
        (click)="add()"
      >
        <nz-icon nzType="plus" />{{ 'measures.add' | t }}
      </button>
    }
  `,
  styles: `
    .jx-alert {
      margin-bottom: 8px;
    }
    .jx-full {
      width: 100%;
    }
    .jx-code {
      font-family: monospace;
      font-size: 12px;
    }
    .jx-error {
      color: #cf1322;
      font-size: 12px;
    }
    .jx-add {
      margin-top: 8px;
    }
  `,
})
export class MeasuresEditorComponent {
  private readonly store = inject(FrameworkEditorStore);
  protected readonly disabled = this.store.readonly;
  protected readonly path = limitPath.measure;
  protected readonly measures = computed(() => this.store.framework()?.measures ?? []);
  /** The formula texts as typed; a text that does not parse stays here (and is not applied) until it does. */
  protected readonly texts = linkedSignal<string, string[]>({
    source: () => `${this.store.loadToken()}:${this.measures().length}`,
    computation: () => untracked(() => this.measures().map((measure) => formatFormula(measure.formula))),
  });
  /** Why each typed formula does not parse, by row; null where it does. */
  protected readonly problems = computed(() =>
    this.texts().map((text) => {
      const parsed = parseFormula(text);
      return parsed.ok ? null : parsed.message;
    }),
  );

  protected patch(index: number, patch: Partial<MeasureDefinition>): void {
    this.store.patch({
      measures: this.measures().map((measure, i) => (i === index ? { ...measure, ...patch } : measure)),
    });
  }

  protected setFormula(index: number, text: string): void {
    this.texts.update((texts) => texts.map((old, i) => (i === index ? text : old)));
    const parsed = parseFormula(text);
    if (parsed.ok) this.patch(index, { formula: parsed.value });
  }

  protected add(): void {
    const n = this.measures().length + 1;
    this.store.patch({
      measures: [
        ...this.measures(),
        {
          key: `measure_${n}`,
          name: '',
          unit: 'rate',
          formula: { op: 'div', args: [{ figure: 'final_accounts' }, { figure: 'final_budget' }] },
        },
      ],
    });
  }

  protected remove(index: number): void {
    this.store.patch({ measures: this.measures().filter((_, i) => i !== index) });
  }
}
