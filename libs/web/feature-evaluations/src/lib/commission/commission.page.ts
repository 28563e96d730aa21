import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type FormControl } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { CommissionOptions } from '@jixiao/contracts';
import { COMMISSIONABLE_KINDS, type EvaluationKind } from '@jixiao/domain';
import {
  EvaluationPhasePipe,
  EvaluationsApiService,
  FieldErrorPipe,
  I18nService,
  TranslatePipe,
  applyServerErrors,
  i18nError,
  toApiError,
  validateForm,
  type TranslationKey,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  COMMISSION_DUE_PHASES,
  FUNDS_PATTERN,
  commissionRequest,
  dueDatesOutOfOrder,
  type CommissionDuePhase,
} from './commission-form';

type DueDateControls = Record<CommissionDuePhase, FormControl<Date | null>>;

/** /evaluations/new — 委托评价: the bureau commissions an evaluation and uploads the engagement letter. */
@Component({
  selector: 'jx-commission-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzFormModule,
    NzGridModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzProgressModule,
    NzRadioModule,
    NzSelectModule,
    EvaluationPhasePipe,
    FieldErrorPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './commission.page.html',
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-full {
      width: 100%;
    }
    .jx-file {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    /* antd shows file inputs inside forms (display: block); this one is driven by the button. */
    input.jx-hidden {
      display: none !important;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-footer {
      display: flex;
      gap: 12px;
      align-items: center;
    }
    .jx-progress {
      width: 240px;
    }
    .jx-title {
      display: flex;
      align-items: center;
      gap: 8px;
    }
  `,
})
export class CommissionPage implements OnInit {
  private readonly api = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly kinds = COMMISSIONABLE_KINDS;
  protected readonly kindKey = (kind: EvaluationKind): TranslationKey => `evaluation.kind.${kind}`;
  protected readonly duePhases = COMMISSION_DUE_PHASES;
  protected readonly options = signal<CommissionOptions | null>(null);
  protected readonly optionsError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly letter = signal<File | null>(null);
  protected readonly progress = signal<number | null>(null);

  protected readonly form = this.fb.group({
    unitId: ['', Validators.required],
    fiscalYear: [
      new Date().getFullYear() - 1,
      [Validators.required, Validators.min(2000), Validators.max(2100)],
    ],
    kind: ['department_overall' as EvaluationKind, Validators.required],
    title: ['', Validators.maxLength(200)],
    fundsInScope: [
      '',
      [
        Validators.required,
        (control: { value: string }) =>
          !control.value || FUNDS_PATTERN.test(control.value.trim().replace(/,/g, ''))
            ? null
            : i18nError('commission.fundsInvalid'),
      ],
    ],
    focus: ['', [Validators.required, Validators.maxLength(5000)]],
    requirements: ['', [Validators.required, Validators.maxLength(5000)]],
    dueDates: this.fb.group<DueDateControls>({
      preparation: this.fb.control<Date | null>(null),
      fieldwork: this.fb.control<Date | null>(null),
      draft: this.fb.control<Date | null>(null),
      feedback: this.fb.control<Date | null>(null),
      review: this.fb.control<Date | null>(null),
      issue: this.fb.control<Date | null>(null),
    }),
    firmId: ['', Validators.required],
  });

  ngOnInit(): void {
    void this.loadOptions();
  }

  private async loadOptions(): Promise<void> {
    try {
      this.options.set(await this.api.commissionOptions());
    } catch (caught) {
      this.optionsError.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  protected dueControl(phase: CommissionDuePhase): FormControl<Date | null> {
    return this.form.controls.dueDates.controls[phase];
  }

  protected pickLetter(picker: HTMLInputElement): void {
    this.letter.set(picker.files?.[0] ?? null);
  }

  protected clearLetter(picker: HTMLInputElement): void {
    picker.value = '';
    this.letter.set(null);
  }

  /** Dates out of order get an error next to them; true when all are in order. */
  private checkDueDates(): boolean {
    const group = this.form.controls.dueDates;
    for (const phase of COMMISSION_DUE_PHASES) {
      const control = group.controls[phase];
      if (control.hasError('i18n')) control.setErrors(null);
    }
    const late = dueDatesOutOfOrder(group.getRawValue());
    for (const phase of late) {
      const control = group.controls[phase];
      control.setErrors(i18nError('commission.dueOrder'));
      control.markAsDirty();
      control.markAsTouched();
    }
    return late.length === 0;
  }

  async submit(): Promise<void> {
    this.formError.set(null);
    const datesInOrder = this.checkDueDates();
    if (!validateForm(this.form) || !datesInOrder || this.saving()) return;
    this.saving.set(true);
    let created: string | null = null;
    try {
      const evaluation = await this.api.commission(commissionRequest(this.form.getRawValue()));
      created = evaluation.id;
      const letter = this.letter();
      if (letter) {
        this.progress.set(0);
        try {
          await this.api.uploadFile(evaluation.id, 'engagement_letter', letter, (percent) =>
            this.progress.set(Math.max(1, percent)),
          );
        } catch (caught) {
          this.message.error(
            this.i18n.t('commission.letterFailed', {
              message: toApiError(caught, this.i18n.locale()).message,
            }),
            { nzDuration: 8000 },
          );
        }
      }
      this.message.success(this.i18n.t('commission.created'));
      await this.router.navigate(['/evaluations', created]);
    } catch (caught) {
      if (created) return;
      this.formError.set(applyServerErrors(this.form, toApiError(caught, this.i18n.locale())));
    } finally {
      this.progress.set(null);
      this.saving.set(false);
    }
  }
}
