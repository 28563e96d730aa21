import { ChangeDetectionStrategy, Component, input, linkedSignal, output, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { DecimalString, RuleKind, ScoringRule } from '@jixiao/domain';
import { TranslatePipe } from '@jixiao/web-data-access';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { BandsEditorComponent } from './bands-editor.component';
import { LevelsEditorComponent } from './levels-editor.component';
import { CONSTANT, draftFromRule, emptyDraft, ruleFromDraft, type RuleDraft } from './rule-draft';
import { RULE_KINDS } from './rule-kinds';
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
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    BandsEditorComponent,
    LevelsEditorComponent,
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
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
      margin-bottom: 8px;
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

  protected setKind(kind: RuleKind): void {
    const current = this.draft();
    // Keep the source when switching between kinds that read one.
    this.apply({ ...emptyDraft(kind, this.weight()), source: current.source });
  }

  protected patch(patch: Partial<RuleDraft>): void {
    this.apply({ ...this.draft(), ...patch });
  }

  private apply(draft: RuleDraft): void {
    this.draft.set(draft);
    this.ruleChange.emit(ruleFromDraft(draft));
  }
}
