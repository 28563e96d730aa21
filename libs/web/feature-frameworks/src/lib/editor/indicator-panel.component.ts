import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { limitPath } from '@jixiao/contracts';
import { figureLabel, type ScoringRule } from '@jixiao/domain';
import { I18nService, TranslatePipe } from '@jixiao/web-data-access';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { ClausesEditorComponent } from '../rules/clauses-editor.component';
import { RuleEditorComponent } from '../rules/rule-editor.component';
import { sourceOptions } from '../rules/source-options';
import { FrameworkEditorStore } from './framework-editor.store';

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/** Side panel editing the selected indicator: id, name, weight, explanation, standard and rule. */
@Component({
  selector: 'jx-indicator-panel',
  imports: [
    FormsModule,
    NzEmptyModule,
    NzFormModule,
    NzInputModule,
    ClausesEditorComponent,
    RuleEditorComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.selected(); as node) {
      <div nz-form nzLayout="vertical" data-testid="indicator-panel">
        @let idError = store.fieldError(path(node.id, 'id'));
        @let weightError = store.fieldError(path(node.id, 'weight'));
        @let nameError = store.fieldError(path(node.id, 'name'));
        @let explanationError = store.fieldError(path(node.id, 'explanation'));
        @let standardError = store.fieldError(path(node.id, 'standard'));
        <div class="jx-grid">
          <nz-form-item>
            <nz-form-label nzFor="node-id">{{ 'editor.col.id' | t }}</nz-form-label>
            <nz-form-control [nzValidateStatus]="idError ? 'error' : ''" [nzErrorTip]="idError ?? ''">
              <input
                nz-input
                id="node-id"
                data-testid="node-id"
                [attr.aria-invalid]="idError ? true : null"
                [readOnly]="disabled()"
                [ngModel]="node.id"
                [ngModelOptions]="{ updateOn: 'blur' }"
                (ngModelChange)="rename(node.id, $event)"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="node-weight">{{ 'editor.col.weight' | t }}</nz-form-label>
            <nz-form-control [nzValidateStatus]="weightError ? 'error' : ''" [nzErrorTip]="weightError ?? ''">
              <input
                nz-input
                id="node-weight"
                inputmode="decimal"
                data-testid="node-weight"
                [attr.aria-invalid]="weightError ? true : null"
                [readOnly]="disabled()"
                [ngModel]="node.weight"
                (ngModelChange)="store.updateNode(node.id, { weight: $event.trim() })"
              />
            </nz-form-control>
          </nz-form-item>
        </div>
        <nz-form-item>
          <nz-form-label nzFor="node-name">{{ 'editor.col.name' | t }}</nz-form-label>
          <nz-form-control [nzValidateStatus]="nameError ? 'error' : ''" [nzErrorTip]="nameError ?? ''">
            <input
              nz-input
              id="node-name"
              data-testid="node-name"
              [attr.aria-invalid]="nameError ? true : null"
              [readOnly]="disabled()"
              [ngModel]="node.name"
              (ngModelChange)="store.updateNode(node.id, { name: $event })"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="node-explanation">{{ 'editor.explanation' | t }}</nz-form-label>
          <nz-form-control
            [nzValidateStatus]="explanationError ? 'error' : ''"
            [nzErrorTip]="explanationError ?? ''"
          >
            <textarea
              nz-input
              id="node-explanation"
              data-testid="node-explanation"
              rows="3"
              [attr.aria-invalid]="explanationError ? true : null"
              [readOnly]="disabled()"
              [ngModel]="node.explanation ?? ''"
              (ngModelChange)="store.updateNode(node.id, { explanation: optional($event) })"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="node-standard">{{ 'editor.standard' | t }}</nz-form-label>
          <nz-form-control
            [nzValidateStatus]="standardError ? 'error' : ''"
            [nzErrorTip]="standardError ?? ''"
          >
            <textarea
              nz-input
              id="node-standard"
              data-testid="node-standard"
              rows="3"
              [attr.aria-invalid]="standardError ? true : null"
              [readOnly]="disabled()"
              [ngModel]="node.standard ?? ''"
              (ngModelChange)="store.updateNode(node.id, { standard: optional($event) })"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        @if (store.selectedIsLeaf()) {
          <jx-rule-editor
            [rule]="node.rule"
            [weight]="node.weight"
            [sources]="sources()"
            [disabled]="disabled()"
            [resetKey]="node.id + '@' + store.loadToken()"
            (ruleChange)="setRule(node.id, $event)"
          />
        } @else {
          <div class="jx-hint">{{ 'editor.parentRuleHint' | t }}</div>
        }
        <jx-clauses-editor
          [node]="node"
          [disabled]="disabled()"
          [resetKey]="node.id + '@' + store.loadToken()"
          (exemptionChange)="store.updateNode(node.id, { exemption: $event })"
          (deductionsChange)="store.updateNode(node.id, { deductions: $event })"
        />
      </div>
    } @else {
      <nz-empty [nzNotFoundContent]="'editor.selectHint' | t" />
    }
  `,
  styles: `
    .jx-grid {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 12px;
    }
    nz-form-item {
      margin-bottom: 10px;
    }
    .jx-hint {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
  `,
})
export class IndicatorPanelComponent {
  protected readonly store = inject(FrameworkEditorStore);
  private readonly i18n = inject(I18nService);
  protected readonly disabled = this.store.readonly;
  protected readonly optional = optional;
  protected readonly path = limitPath.node;
  protected readonly sources = computed(() => {
    const framework = this.store.framework();
    if (!framework) return [];
    const measureNames = new Map(framework.measures.map((measure) => [measure.key, measure.name]));
    // Users read names, not keys: a measure by its name, a figure by its standard name when it has one.
    return sourceOptions(framework, {
      observed: this.i18n.t('rule.source.observed'),
      constant: this.i18n.t('rule.source.constant'),
    }).map((option) => {
      const [kind, key = ''] = option.value.split(/:(.*)/s);
      if (kind === 'measure') return { ...option, label: measureNames.get(key) ?? key };
      if (kind === 'figure') return { ...option, label: figureLabel(key, this.i18n.locale()) };
      return option;
    });
  });

  protected rename(id: string, newId: string): void {
    const trimmed = newId.trim();
    if (trimmed && trimmed !== id) this.store.renameNode(id, trimmed);
  }

  protected setRule(id: string, rule: ScoringRule): void {
    this.store.updateNode(id, { rule });
  }
}
