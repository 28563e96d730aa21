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
import type { Exemption, ExtraDeduction, IndicatorNode } from '@jixiao/domain';
import { I18nService, TranslatePipe } from '@jixiao/web-data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  deductionDraft,
  deductionErrors,
  deductionsFromDrafts,
  exemptionErrors,
  newDeduction,
  newExemption,
  type DeductionDraft,
} from './clause-draft';

/**
 * The clauses of any indicator beside its rule: an exemption ("未有专项资金的，得满分") and extra
 * deductions ("审计、督查…每发现1处扣1分", "另…扣1分"). Each can be added, edited and removed; every
 * field shows the domain validator's problem next to it as the user types.
 */
@Component({
  selector: 'jx-clauses-editor',
  imports: [
    FormsModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './clauses-editor.component.html',
  styles: `
    fieldset {
      border-top: 1px solid #f0f0f0;
      margin-top: 4px;
      padding-top: 4px;
    }
    legend {
      font-size: 13px;
      font-weight: 500;
      color: rgba(0, 0, 0, 0.88);
      margin-bottom: 2px;
      border: 0;
      width: auto;
    }
    .jx-hint {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
      margin-bottom: 8px;
    }
    .jx-row {
      display: grid;
      grid-template-columns: 1fr 28px;
      gap: 0 8px;
      align-items: start;
    }
    .jx-deduction {
      border-bottom: 1px dashed #f0f0f0;
      margin-bottom: 8px;
    }
    .jx-grid {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 12px;
    }
    nz-form-item {
      margin-bottom: 10px;
    }
    nz-select {
      width: 100%;
    }
  `,
})
export class ClausesEditorComponent {
  readonly node = input.required<IndicatorNode>();
  readonly disabled = input(false);
  /** The rows are taken afresh from `node` whenever this changes (another node, a reload). */
  readonly resetKey = input('');
  readonly exemptionChange = output<Exemption | undefined>();
  readonly deductionsChange = output<ExtraDeduction[] | undefined>();

  private readonly i18n = inject(I18nService);
  protected readonly deductions = linkedSignal<string, DeductionDraft[]>({
    source: () => this.resetKey(),
    computation: () => untracked(() => (this.node().deductions ?? []).map(deductionDraft)),
  });
  protected readonly exemptionErrors = computed(() => {
    const node = this.node();
    return node.exemption ? exemptionErrors(node, node.exemption, this.i18n.locale()) : {};
  });
  protected readonly deductionErrors = computed(() =>
    this.deductions().map((draft) => deductionErrors(this.node(), draft, this.i18n.locale())),
  );

  protected addExemption(): void {
    this.exemptionChange.emit(newExemption());
  }

  protected patchExemption(patch: Partial<Exemption>): void {
    const exemption = this.node().exemption ?? newExemption();
    this.exemptionChange.emit({ ...exemption, ...patch });
  }

  protected removeExemption(): void {
    this.exemptionChange.emit(undefined);
  }

  protected addDeduction(): void {
    this.setDeductions([...this.deductions(), newDeduction()]);
  }

  protected patchDeduction(index: number, patch: Partial<DeductionDraft>): void {
    this.setDeductions(this.deductions().map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));
  }

  protected removeDeduction(index: number): void {
    this.setDeductions(this.deductions().filter((_, i) => i !== index));
  }

  private setDeductions(drafts: DeductionDraft[]): void {
    this.deductions.set(drafts);
    this.deductionsChange.emit(deductionsFromDrafts(drafts));
  }
}
