import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { limitPath } from '@jixiao/contracts';
import type { GradeBand, GradeScale } from '@jixiao/domain';
import { TranslatePipe } from '@jixiao/web-data-access';
import { FieldErrorComponent } from '@jixiao/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTableModule } from 'ng-zorro-antd/table';
import { FrameworkEditorStore } from './framework-editor.store';

/** 评价等级: the grade scale, best first; a grade applies from its (inclusive) lower bound. */
@Component({
  selector: 'jx-grade-scale-editor',
  imports: [
    FormsModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzTableModule,
    FieldErrorComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (scale(); as scale) {
      <div nz-form nzLayout="inline" class="jx-head">
        @let nameError = store.fieldError(paths.scaleName);
        @let totalError = store.fieldError(paths.total);
        <nz-form-item>
          <nz-form-label nzFor="grade-scale-name">{{ 'grades.name' | t }}</nz-form-label>
          <nz-form-control [nzValidateStatus]="nameError ? 'error' : ''" [nzErrorTip]="nameError ?? ''">
            <input
              nz-input
              id="grade-scale-name"
              [readOnly]="disabled()"
              [ngModel]="scale.name"
              (ngModelChange)="set({ name: $event })"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="total-weight">{{ 'grades.totalWeight' | t }}</nz-form-label>
          <nz-form-control [nzValidateStatus]="totalError ? 'error' : ''" [nzErrorTip]="totalError ?? ''">
            <input
              nz-input
              id="total-weight"
              inputmode="decimal"
              data-testid="total-weight"
              [readOnly]="disabled()"
              [ngModel]="totalWeight()"
              (ngModelChange)="store.patch({ totalWeight: $event.trim() })"
            />
          </nz-form-control>
        </nz-form-item>
      </div>
      <p class="jx-hint">{{ 'grades.hint' | t }}</p>
      <nz-table
        #table
        nzSize="small"
        data-testid="grades-table"
        [nzData]="scale.grades"
        [nzFrontPagination]="false"
        [nzShowPagination]="false"
      >
        <thead>
          <tr>
            <th>{{ 'grades.label' | t }}</th>
            <th>{{ 'grades.minScore' | t }}</th>
            <th nzWidth="50px">
              <span class="jx-sr-only">{{ 'common.actions' | t }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (grade of table.data; track $index; let i = $index) {
            @let labelError = store.fieldError(paths.grade(i, 'label'));
            @let minError = store.fieldError(paths.grade(i, 'minScore'));
            <tr>
              <td>
                <input
                  nz-input
                  nzSize="small"
                  [class.jx-invalid]="labelError"
                  [attr.aria-label]="('grades.label' | t) + ' ' + (i + 1)"
                  [attr.aria-invalid]="labelError ? true : null"
                  [attr.data-testid]="'grade-label-' + i"
                  [readOnly]="disabled()"
                  [ngModel]="grade.label"
                  (ngModelChange)="patchGrade(i, { label: $event })"
                />
                <jx-field-error [message]="labelError" [testId]="'grade-label-error-' + i" />
              </td>
              <td>
                <input
                  nz-input
                  nzSize="small"
                  inputmode="decimal"
                  [class.jx-invalid]="minError"
                  [attr.aria-label]="('grades.minScore' | t) + ' ' + (grade.label || i + 1)"
                  [attr.aria-invalid]="minError ? true : null"
                  [attr.data-testid]="'grade-min-' + i"
                  [readOnly]="disabled()"
                  [ngModel]="grade.minScore"
                  (ngModelChange)="patchGrade(i, { minScore: $event.trim() })"
                />
                <jx-field-error [message]="minError" [testId]="'grade-min-error-' + i" />
              </td>
              <td>
                @if (!disabled()) {
                  <button
                    nz-button
                    nzType="text"
                    nzDanger
                    nzSize="small"
                    type="button"
                    [attr.aria-label]="('grades.remove' | t) + ' ' + (grade.label || i + 1)"
                    (click)="removeGrade(i)"
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
        <button nz-button nzType="dashed" nzBlock type="button" class="jx-add" (click)="addGrade()">
          <nz-icon nzType="plus" />{{ 'grades.add' | t }}
        </button>
      }
    }
  `,
  styles: `
    .jx-head {
      margin-bottom: 8px;
    }
    .jx-hint {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
    .jx-add {
      margin-top: 8px;
    }
    .jx-invalid {
      border-color: #cf1322;
    }
  `,
})
export class GradeScaleEditorComponent {
  protected readonly store = inject(FrameworkEditorStore);
  protected readonly disabled = this.store.readonly;
  protected readonly scale = computed(() => this.store.framework()?.gradeScale ?? null);
  protected readonly paths = {
    scaleName: limitPath.gradeScaleName(),
    total: limitPath.framework('totalWeight'),
    grade: limitPath.grade,
  };
  protected readonly totalWeight = computed(() => this.store.framework()?.totalWeight ?? '');

  protected set(patch: Partial<GradeScale>): void {
    const scale = this.scale();
    if (scale) this.store.patch({ gradeScale: { ...scale, ...patch } });
  }

  protected patchGrade(index: number, patch: Partial<GradeBand>): void {
    const grades = this.scale()?.grades ?? [];
    this.set({ grades: grades.map((grade, i) => (i === index ? { ...grade, ...patch } : grade)) });
  }

  protected addGrade(): void {
    this.set({ grades: [...(this.scale()?.grades ?? []), { label: '', minScore: '0' }] });
  }

  protected removeGrade(index: number): void {
    this.set({ grades: (this.scale()?.grades ?? []).filter((_, i) => i !== index) });
  }
}
