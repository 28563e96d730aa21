import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { ObservedValue } from '@jixiao/domain';
import { figureLabel } from '@jixiao/domain';
import { I18nService, TranslatePipe } from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { FrameworkEditorStore } from '../editor/framework-editor.store';
import { clauseInputs, figureKeys, leaves, observedLeaves } from '../model';
import { TryItStore } from './try-it.store';

/** A number input's value (Angular's number accessor gives a number, or null when empty). */
function toNumber(value: string | number | null): number | null {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The try-it inputs: figures of the measures, an observation per observed leaf, and overrides. */
@Component({
  selector: 'jx-try-it-inputs',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzEmptyModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './try-it-inputs.component.html',
  styles: `
    nz-card {
      margin-bottom: 12px;
    }
    .jx-field {
      display: grid;
      grid-template-columns: 1fr 130px;
      gap: 8px;
      align-items: center;
      margin-bottom: 6px;
    }
    .jx-label {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .jx-id {
      color: rgba(0, 0, 0, 0.6);
      margin-right: 4px;
    }
    .jx-override {
      border-bottom: 1px dashed #f0f0f0;
      padding-bottom: 6px;
      margin-bottom: 6px;
      display: grid;
      grid-template-columns: 1fr 80px 28px;
      gap: 6px;
    }
    .jx-override textarea {
      grid-column: 1 / 3;
    }
    .jx-hint {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
    nz-select {
      width: 100%;
    }
    .jx-judgements {
      margin-top: 8px;
    }
  `,
})
export class TryItInputsComponent {
  private readonly editor = inject(FrameworkEditorStore);
  private readonly i18n = inject(I18nService);
  protected readonly state = inject(TryItStore);
  protected readonly figureKeys = computed(() => {
    const framework = this.editor.framework();
    return framework ? figureKeys(framework) : [];
  });
  protected readonly observed = computed(() => {
    const framework = this.editor.framework();
    return framework ? observedLeaves(framework) : [];
  });
  protected readonly clauses = computed(() => {
    const framework = this.editor.framework();
    return framework ? clauseInputs(framework) : [];
  });
  protected readonly leafOptions = computed(() =>
    leaves(this.editor.framework()?.indicators ?? []).map(({ node }) => ({
      value: node.id,
      label: `${node.id} ${node.name}`,
    })),
  );

  protected fill(): void {
    const framework = this.editor.framework();
    if (framework) this.state.fillFullScores(framework);
  }

  protected figureValue(key: string): number | null {
    return this.state.figures()[key] ?? null;
  }

  /** 年初预算数（万元） for the standard figures; the key for others. */
  protected label(key: string): string {
    return figureLabel(key, this.i18n.locale());
  }

  protected setFigure(key: string, value: string | number | null): void {
    this.state.setFigure(key, toNumber(value));
  }

  protected observation(nodeId: string): ObservedValue | null {
    return this.state.observations()[nodeId] ?? null;
  }

  protected observationNumber(nodeId: string): number | null {
    const value = this.observation(nodeId);
    return typeof value === 'number' ? value : null;
  }

  protected setNumber(nodeId: string, value: string | number | null): void {
    this.state.setObservation(nodeId, toNumber(value));
  }

  protected setValue(nodeId: string, value: ObservedValue | null): void {
    this.state.setObservation(nodeId, value);
  }
}
