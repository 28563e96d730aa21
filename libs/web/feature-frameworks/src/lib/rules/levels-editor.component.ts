import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe } from '@jixiao/web-data-access';
import { PercentInputComponent } from '@jixiao/web-ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import type { LevelDraft } from './rule-draft';

/** Editable list of graded levels (等级): key, label and the rate of the weight it scores. */
@Component({
  selector: 'jx-levels-editor',
  imports: [FormsModule, NzButtonModule, NzIconModule, NzInputModule, PercentInputComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="jx-level jx-level-head">
      <span>{{ 'rule.level.key' | t }}</span>
      <span>{{ 'rule.level.label' | t }}</span>
      <span>{{ 'rule.level.rate' | t }}</span>
      <span></span>
    </div>
    @for (level of levels(); track $index; let i = $index) {
      <div class="jx-level" [attr.data-testid]="'level-' + i">
        <input
          nz-input
          nzSize="small"
          [attr.aria-label]="('rule.level.key' | t) + ' ' + (i + 1)"
          [disabled]="disabled()"
          [ngModel]="level.key"
          (ngModelChange)="patch(i, { key: $event })"
        />
        <input
          nz-input
          nzSize="small"
          [attr.aria-label]="('rule.level.label' | t) + ' ' + (i + 1)"
          [disabled]="disabled()"
          [ngModel]="level.label"
          (ngModelChange)="patch(i, { label: $event })"
        />
        <jx-percent-input
          size="small"
          valueType="decimal"
          [testId]="'level-rate-' + i"
          [ariaLabel]="('rule.level.rate' | t) + ' ' + (i + 1)"
          [disabled]="disabled()"
          [ngModel]="level.rate"
          (ngModelChange)="patch(i, { rate: $event ?? '' })"
        />
        <button
          nz-button
          nzType="text"
          nzSize="small"
          nzDanger
          type="button"
          [attr.aria-label]="('rule.level.remove' | t) + ' ' + (i + 1)"
          [disabled]="disabled()"
          (click)="remove(i)"
        >
          <nz-icon nzType="delete" />
        </button>
      </div>
    }
    @if (!disabled()) {
      <button nz-button nzType="dashed" nzSize="small" nzBlock type="button" (click)="add()">
        <nz-icon nzType="plus" />{{ 'rule.level.add' | t }}
      </button>
    }
  `,
  styles: `
    .jx-level {
      display: grid;
      grid-template-columns: 1fr 1.4fr 72px 28px;
      gap: 6px;
      margin-bottom: 6px;
    }
    .jx-level-head {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
  `,
})
export class LevelsEditorComponent {
  readonly levels = input.required<readonly LevelDraft[]>();
  readonly disabled = input(false);
  readonly levelsChange = output<LevelDraft[]>();

  protected patch(index: number, patch: Partial<LevelDraft>): void {
    this.levelsChange.emit(this.levels().map((level, i) => (i === index ? { ...level, ...patch } : level)));
  }

  protected add(): void {
    this.levelsChange.emit([
      ...this.levels(),
      { key: `level${this.levels().length + 1}`, label: '', rate: '0' },
    ]);
  }

  protected remove(index: number): void {
    this.levelsChange.emit(this.levels().filter((_, i) => i !== index));
  }
}
