import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DecimalString, RuleKind, ScoringRule } from '@jixiao/domain';
import { I18nService, TranslatePipe } from '@jixiao/web-data-access';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { BandsEditorComponent } from './bands-editor.component';
import { LevelsEditorComponent } from './levels-editor.component';
import { CONSTANT, draftFromRule, emptyDraft, ruleFromDraft, type RuleDraft } from './rule-draft';
import { ruleFieldErrors } from './rule-field-errors';
import { RULE_KINDS } from './rule-kinds';
import { RuleNumberComponent } from './rule-number.component';
import type { SourceOption } from './source-options';
import { SourceSelectComponent } from './source-select.component';

/**
 * The scoring rule of one leaf: a kind select and the parameter form of that kind. Every change
 * emits a complete rule object (`ruleChange`). The form keeps its own draft while the same node is
 * edited (`resetKey` changes when another node is selected or the framework is reloaded).
 */
@Component({
  selector: 'jx-rule-editor',
  imports: [
    FormsModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    BandsEditorComponent,
    LevelsEditorComponent,
    RuleNumberComponent,
    SourceSelectComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rule-editor.component.html',
  styles: `
    .jx-grid {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 12px;
    }
    nz-input-number,
    nz-select {
      width: 100%;
    }
    nz-form-item {
      margin-bottom: 10px;
    }
    .jx-hint {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
      margin-bottom: 8px;
    }
    .jx-abs {
      margin-bottom: 8px;
    }
    .jx-clause {
      border-top: 1px solid #f0f0f0;
      margin-top: 4px;
      padding-top: 4px;
    }
    .jx-clause legend {
      font-size: 13px;
      font-weight: 500;
      color: rgba(0, 0, 0, 0.88);
      margin-bottom: 2px;
      border: 0;
      width: auto;
    }
  `,
})
export class RuleEditorComponent {
  readonly rule = input<ScoringRule | undefined>();
  readonly weight = input<DecimalString>('1');
  readonly sources = input.required<readonly SourceOption[]>();
  readonly disabled = input(false);
  /** A new draft is taken from `rule` whenever this changes (another node, a reload). */
  readonly resetKey = input('');
  readonly ruleChange = output<ScoringRule>();

  protected readonly kinds = RULE_KINDS;
  protected readonly constant = CONSTANT;
  protected readonly draft = linkedSignal<string, RuleDraft>({
    source: () => this.resetKey(),
    computation: () => untracked(() => draftFromRule(this.rule(), this.weight())),
  });
  private readonly i18n = inject(I18nService);
  /** The rule reads a rate measure: its anchors, thresholds and bounds are typed as percentages. */
  protected readonly percent = computed(
    () => this.sources().find((option) => option.value === this.draft().source)?.rate === true,
  );
  /** Problems of the range bound and the zero-denominator verdicts, next to their fields. */
  protected readonly fieldErrors = computed(() =>
    ruleFieldErrors(this.draft(), this.weight(), this.i18n.locale()),
  );

  protected setKind(kind: RuleKind): void {
    const current = this.draft();
    // Keep the source, its |x| and the zero-denominator verdicts when switching between kinds that read one.
    this.apply({
      ...emptyDraft(kind, this.weight()),
      source: current.source,
      abs: current.abs,
      zeroDenominatorNonzero: current.zeroDenominatorNonzero,
      zeroDenominatorZero: current.zeroDenominatorZero,
    });
  }

  protected patch(patch: Partial<RuleDraft>): void {
    this.apply({ ...this.draft(), ...patch });
  }

  private apply(draft: RuleDraft): void {
    this.draft.set(draft);
    this.ruleChange.emit(ruleFromDraft(draft));
  }
}
