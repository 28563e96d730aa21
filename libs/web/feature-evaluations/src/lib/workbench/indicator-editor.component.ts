import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { WorkbenchView } from '@jixiao/contracts';
import {
  deductionReasonRequired,
  rateText,
  type IndicatorNode,
  type NodeResult,
  type ObservedValue,
} from '@jixiao/domain';
import { TranslatePipe } from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { observationFields } from './observation-fields';
import type { IndicatorDraft } from './workbench-draft';

/** One indicator's inputs: observations, findings, deduction reason, override, unscored reason, evidence. */
@Component({
  selector: 'jx-indicator-editor',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzSwitchModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-editor.component.html',
  styles: `
    .jx-field {
      margin-bottom: 12px;
    }
    .jx-field > label,
    .jx-label {
      display: block;
      margin-bottom: 4px;
      font-weight: 500;
    }
    .jx-required::after {
      content: ' *';
      color: #cf1322;
    }
    .jx-error {
      color: #cf1322;
      font-size: 13px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
      font-size: 13px;
    }
    .jx-explanation {
      white-space: pre-wrap;
      background: #fafafa;
      padding: 8px;
      border-radius: 4px;
      font-size: 13px;
    }
    .jx-score {
      font-size: 18px;
      font-weight: 600;
    }
    .jx-row {
      display: flex;
      gap: 8px;
    }
    nz-select {
      width: 100%;
    }
    .jx-actions {
      display: flex;
      gap: 8px;
      justify-content: flex-end;
    }
  `,
})
export class IndicatorEditorComponent {
  readonly node = input.required<IndicatorNode>();
  readonly draft = input.required<IndicatorDraft>();
  readonly result = input<NodeResult | undefined>(undefined);
  readonly files = input<WorkbenchView['files']>([]);
  readonly errors = input<Record<string, string>>({});
  readonly saving = input(false);
  readonly conflict = input<string | null>(null);
  readonly draftChange = output<IndicatorDraft>();
  readonly save = output<void>();
  readonly closed = output<void>();

  protected readonly fields = computed(() => observationFields(this.node()));
  protected readonly rate = computed(() => rateText(this.result()?.rate ?? null));
  protected readonly needsReason = computed(() => {
    const result = this.result();
    return result !== undefined && deductionReasonRequired(result);
  });

  protected observed(key: string): ObservedValue | undefined {
    return this.draft().observations[key];
  }

  protected setObservation(key: string, value: ObservedValue | null): void {
    const observations = { ...this.draft().observations };
    if (value === null || value === '') delete observations[key];
    else observations[key] = value;
    this.change({ observations });
  }

  protected change(change: Partial<IndicatorDraft>): void {
    this.draftChange.emit({ ...this.draft(), ...change });
  }

  protected error(field: string): string | null {
    return this.errors()[field] ?? null;
  }

  protected observationError(key: string): string | null {
    return this.errors()[`observations.${key}`] ?? null;
  }
}
